"""The report on the bundled demo corpus, end to end: the real pipeline
(coding model, gazetteer, fusion, DuckDB) runs on the demo documents, then
every figure in analysis.json is recomputed here from the CSV files the run
wrote (events.csv, framing.csv) and the demo's sources.csv and documents,
with the csv module only, and the HTML is checked for its charts, map and
tables.

What the figures must equal is the run's own events.csv, not the demo's
ground truth: coding accuracy is measured by benchmarks, and the analysis
must be exact whatever the coding found.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import pytest
from lxml import html as lxml_html

from sitrep import pipeline

COMPARE = "2022-09-30"
DEMO = Path(str(resources.files("sitrep") / "data" / "demo"))
RAW_CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")  # state_forces, vestnik_ru …


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    db = out / "sitrep.duckdb"
    pipeline.run([str(DEMO / "documents.jsonl")], out, db=db, sources=DEMO / "sources.csv")
    pipeline.report(db, out, compare_date=COMPARE)
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    events = _read_csv(out / "events.csv")
    framing = _read_csv(out / "framing.csv")
    doc = lxml_html.fromstring((out / "report.html").read_text(encoding="utf-8"))
    return out, analysis, events, framing, doc


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _ownership() -> dict[str, str]:
    return {row["id"]: row["ownership"] for row in _read_csv(DEMO / "sources.csv")}


def test_the_demo_finds_events_of_several_kinds(demo):
    _, analysis, events, _, _ = demo
    # A floor, not an accuracy figure: the demo must give the report something to show.
    assert len(events) >= 8
    assert analysis["by_perpetrator"].get("partisans", 0) >= 3
    assert len(analysis["by_admin1"]) >= 3


def test_headline_counts_equal_events_csv(demo):
    _, analysis, events, _, _ = demo
    assert analysis["events"] == len(events)
    assert analysis["by_sub_event_type"] == dict(Counter(e["sub_event_type"] or "Uncoded" for e in events))
    assert analysis["by_perpetrator"] == dict(Counter(e["perpetrator"] for e in events))
    assert analysis["by_admin1"] == dict(Counter(e["admin1"] or "Unknown" for e in events))
    assert analysis["fatalities"]["total"] == sum(int(e["fatalities"] or 0) for e in events)
    by_target: Counter = Counter()
    for e in events:
        if int(e["fatalities"] or 0):
            by_target[e["target"]] += int(e["fatalities"])
    assert analysis["fatalities"]["by_target"] == dict(by_target)
    ids = {e["event_id"] for e in events}
    for region, region_ids in analysis["event_ids"]["by_admin1"].items():
        assert set(region_ids) == {e["event_id"] for e in events if (e["admin1"] or "Unknown") == region}
        assert set(region_ids) <= ids


def test_before_after_counts_equal_events_csv(demo):
    _, analysis, events, _, _ = demo
    compare = analysis["compare"]
    assert compare["date"] == COMPARE and compare["perpetrator"] == "partisans"
    when = date.fromisoformat(COMPARE)
    with (DEMO / "documents.jsonl").open(encoding="utf-8") as fh:
        published = [date.fromisoformat(json.loads(line)["published_at"][:10]) for line in fh if line.strip()]
    # The covered period: the documents' span, reaching back two weeks for events reported
    # late; an event dated outside it (a misread date) is left out of the comparison.
    dated = [(d, e) for e in events if (d := _day(e["event_date"])) is not None
             and min(published) - timedelta(days=14) <= d <= max(published)]
    start = min([d for d, _ in dated] + [min(published)])
    end = max([d for d, _ in dated] + [max(published)])
    assert compare["period"] == {"start": start.isoformat(), "end": end.isoformat()}

    before: Counter = Counter()
    after: Counter = Counter()
    for d, e in dated:
        if e["perpetrator"] == "partisans":
            (before if d < when else after)[e["admin1"] or "Unknown"] += 1
    overall = compare["overall"]
    assert (overall["before"], overall["after"]) == (sum(before.values()), sum(after.values()))
    assert overall["days_before"] == (when - start).days
    assert overall["days_after"] == (end - when).days + 1
    assert set(compare["by_admin1"]) == set(before) | set(after)
    for region, block in compare["by_admin1"].items():
        assert (block["before"], block["after"]) == (before[region], after[region]), region
        assert (block["days_before"], block["days_after"]) == (overall["days_before"], overall["days_after"])
    if overall["before"] and overall["after"]:
        expected = (overall["after"] / overall["days_after"]) / (overall["before"] / overall["days_before"])
        assert overall["rate_ratio"] == pytest.approx(expected)
        assert overall["ci_low"] < overall["rate_ratio"] < overall["ci_high"]


def test_coverage_by_ownership_equals_framing_csv(demo):
    _, analysis, events, framing, _ = demo
    ownership = _ownership()
    reported: dict[str, set[str]] = defaultdict(set)  # ownership -> event ids
    for e in events:
        for source in filter(None, e["sources"].split(";")):
            reported[ownership.get(source, "unknown")].add(e["event_id"])
    for row in framing:
        if row["reported"] == "1":
            reported[ownership.get(row["source"], row["ownership"] or "unknown")].add(row["event_id"])
    partisan = {e["event_id"] for e in events if e["perpetrator"] == "partisans"}
    groups = analysis["coverage"]["by_ownership"]
    assert {"state", "independent"} <= set(groups)
    for group, figures in groups.items():
        ids = reported[group]
        assert figures["n_events_reported"] == len(ids)
        assert figures["events_reported"] == pytest.approx(len(ids) / len(events), abs=1e-4)
        assert set(figures["event_ids"]) == ids
        if partisan:
            assert figures["by_perpetrator"]["partisans"] == pytest.approx(len(ids & partisan) / len(partisan),
                                                                           abs=1e-4)
        accounts = [r for r in framing if r["reported"] == "1" and ownership.get(r["source"]) == group]
        assert figures["accounts"] == len(accounts)
        assert figures["accounts_differing"] == sum(r["differs"] == "1" for r in accounts)


def test_reframed_accounts_are_the_differing_framing_rows(demo):
    _, analysis, _, framing, _ = demo
    differing = {(r["event_id"], r["source"]) for r in framing if r["reported"] == "1" and r["differs"] == "1"}
    assert {(r["event_id"], r["source"]) for r in analysis["reframed"]} == differing
    rows = {(r["event_id"], r["source"]): r for r in framing}
    for r in analysis["reframed"]:
        own = rows[(r["event_id"], r["source"])]
        assert (r["sub_event_type"], r["perpetrator"]) == (own["sub_event_type"], own["perpetrator"])
        assert r["evidence"], "a reframed account must quote the sentence it rests on"


def test_html_has_charts_map_and_tables(demo):
    _, analysis, events, _, doc = demo
    charts = [c.get("aria-label") for c in doc.xpath("//svg[contains(@class, 'chart')]")]
    assert {"Events by sub-event type", "Events by perpetrator", "Events by region", "Events per week, by perpetrator",
            "Rate ratio after ÷ before, by region"} <= set(charts)
    (svg_map,) = doc.xpath("//svg[contains(@class, 'map')]")
    placed = sum(1 for e in events if e["latitude"] and e["longitude"])
    assert len(svg_map.xpath(".//a/circle[contains(@class, 'event-point')]")) == placed
    captions = {c.text for c in doc.xpath("//figcaption")}
    assert {"Events by type and perpetrator", "Events by perpetrator", "Events by region",
            "Partisan events before and after 30 September 2022", "Coverage by outlet ownership",
            "Coverage by outlet", "Sources"} <= captions
    region_rows = doc.xpath("//figure[@id='by-region']//tbody/tr")
    assert len(region_rows) == len(analysis["by_admin1"])
    assert len(doc.xpath("//article[@class='reframed']")) == len(analysis["reframed"])


def test_every_table_row_links_to_events_in_the_event_list(demo):
    _, _, events, _, doc = demo
    anchors = set(doc.xpath("//table[@class='events']//tr/@id"))
    assert anchors == {f"ev-{e['event_id']}" for e in events}
    links = doc.xpath("//a[starts-with(@href, '#ev-')]/@href")
    assert links and all(link[1:] in anchors for link in links)
    for row in doc.xpath("//figure[@id='by-region']//tbody/tr"):
        assert len(row.xpath(".//details/a")) == int(row.xpath("./td[2]")[0].text)


def test_html_is_self_contained_and_plain_english(demo):
    out, _, _, _, doc = demo
    html_text = (out / "report.html").read_text(encoding="utf-8")
    assert not doc.xpath("//script[@src]") and not doc.xpath("//link[@rel='stylesheet']")
    assert not doc.xpath("//img") and "@import" not in html_text and "url(http" not in html_text
    for attr in ("src", "href"):
        for value in doc.xpath(f"//@{attr}"):
            assert not value.startswith(("http:", "https:", "//")), value
    visible = lxml_html.fromstring(lxml_html.tostring(doc))
    for bad in visible.xpath("//style|//title"):
        bad.getparent().remove(bad)
    text = " ".join(visible.text_content().split())
    assert not RAW_CODE.findall(text)
    md = (out / "report.md").read_text(encoding="utf-8")
    assert not RAW_CODE.findall(md)
    assert "## Before and after 30 September 2022" in md
