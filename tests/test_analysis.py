"""analysis: figures recomputed independently from a generated corpus with
known answers, and the statistics checked against scipy."""

from __future__ import annotations

import csv
import json
import math
import random
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from scipy.stats import binomtest

from sitrep.analysis import analyze, clopper_pearson, compare_rates, detect_change_points, exact_binomial_p_value
from sitrep.model import Event, Framing, Report, Source

START = date(2022, 3, 1)
COMPARE = date(2022, 10, 1)
END = date(2022, 12, 31)

# (region, latitude, longitude) of a reference town; partisan events before / after COMPARE.
PARTISAN_PLAN = {
    "Kherson Oblast": ((46.64, 32.61), 3, 12),
    "Zaporizhzhia Oblast": ((46.84, 35.37), 4, 10),
    "Luhansk Oblast": ((48.57, 39.31), 2, 3),
}
STATE_FORCE_EVENTS = 14  # arrests and raids by occupation forces, spread over the period
UNATTRIBUTED_EVENTS = 5

SOURCES = {
    "ria_ru": Source("ria_ru", "RIA Novosti", "ru", "RU", "state"),
    "tass_ru": Source("tass_ru", "TASS", "ru", "RU", "state"),
    "meduza": Source("meduza", "Meduza", "ru", "LV", "independent"),
    "suspilne": Source("suspilne", "Suspilne", "uk", "UA", "independent"),
    "wire_en": Source("wire_en", "Wire service", "en", "GB", "independent"),
}


def _days(start: date, end: date, n: int, rng: random.Random) -> list[date]:
    span = (end - start).days
    return sorted(start + timedelta(days=rng.randint(0, span)) for _ in range(n))


def build_corpus(seed: int = 7) -> tuple[list[Event], list[Framing], list[Report]]:
    """Events, framing rows and reports with counts fixed by the plans above."""
    rng = random.Random(seed)
    events: list[Event] = []
    framing: list[Framing] = []
    reports: list[Report] = []
    targets = ["officials", "military", "security_forces", "infrastructure"]

    def add(event: Event, reporters: list[str], reframers: dict[str, tuple[str, str]]) -> None:
        event.sources = sorted(reporters)
        event.n_sources = len(reporters)
        for s in SOURCES:
            reported = s in reporters
            alt = reframers.get(s)
            sub, perp = alt if alt and reported else (event.sub_event_type, event.perpetrator)
            evidence = ""
            if reported:
                rid = f"r-{event.event_id}-{s}"
                who = "unknown saboteurs" if alt else "resistance fighters"
                evidence = (f"Sentence from {SOURCES[s].name}: {who} were behind the incident "
                            f"in {event.location} on {event.event_date}.")
                reports.append(Report(rid, f"d-{rid}", s, event.event_type, sub, perp,
                                      event_date=event.event_date, evidence=evidence))
                event.report_ids.append(rid)
            framing.append(Framing(event.event_id, s, SOURCES[s].ownership, int(reported),
                                   sub if reported else "", perp if reported else "",
                                   event.fatalities if reported else None,
                                   int(bool(reported and alt)), evidence))
        event.n_reports = len(event.report_ids)
        events.append(event)

    n = 0
    for region, ((lat, lon), before, after) in PARTISAN_PLAN.items():
        days = _days(START, COMPARE - timedelta(days=1), before, rng) + _days(COMPARE, END, after, rng)
        for day in days:
            n += 1
            target = targets[n % len(targets)]
            killed = (n % 3) if target != "infrastructure" else 0
            sub = "Remote explosive/landmine/IED" if n % 2 else "Attack"
            etype = "Explosions/Remote violence" if n % 2 else "Violence against civilians"
            ev = Event(f"ev{n:03d}", day.isoformat(), 1, etype, sub, "partisans", "UA",
                       target=target, country="UA", admin1=region, location=f"town in {region}",
                       latitude=lat + rng.uniform(-0.3, 0.3), longitude=lon + rng.uniform(-0.3, 0.3),
                       geo_precision=1, fatalities=killed)
            # Independent outlets report every partisan event; state outlets a third,
            # and every second state account recasts it as an unattributed explosion.
            reporters = ["meduza", "suspilne"] + (["ria_ru", "tass_ru"] if n % 3 == 0 else [])
            reframers = {"ria_ru": ("Remote explosive/landmine/IED", "unknown")} if n % 6 == 0 else {}
            add(ev, reporters, reframers)
    for i, day in enumerate(_days(START, END, STATE_FORCE_EVENTS, rng)):
        n += 1
        region = list(PARTISAN_PLAN)[i % 3]
        (lat, lon), _, _ = PARTISAN_PLAN[region]
        ev = Event(f"ev{n:03d}", day.isoformat(), 1, "Strategic developments", "Arrests",
                   "state_forces", "RU", target="civilians", country="UA", admin1=region,
                   location=f"city in {region}", latitude=lat, longitude=lon, geo_precision=2)
        add(ev, ["ria_ru", "wire_en"] if i % 2 else ["tass_ru"], {})
    for i, day in enumerate(_days(START, END, UNATTRIBUTED_EVENTS, rng)):
        n += 1
        ev = Event(f"ev{n:03d}", day.isoformat(), 1, "Explosions/Remote violence",
                   "Shelling/artillery/missile attack", "unknown", "", target="civilians",
                   country="UA", admin1="Donetsk Oblast", location="Donetsk Oblast",
                   latitude=48.0, longitude=37.8, geo_precision=3, fatalities=i)
        add(ev, ["wire_en"], {})
    return events, framing, reports


EVENT_COLUMNS = ["event_id", "event_date", "time_precision", "event_type", "sub_event_type", "perpetrator",
                 "perpetrator_country", "actor1", "actor2", "target", "country", "admin1", "admin2",
                 "location", "geonameid", "latitude", "longitude", "geo_precision", "fatalities",
                 "n_reports", "n_sources", "sources", "notes", "confidence"]


def write_events_csv(events: list[Event], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=EVENT_COLUMNS)
        w.writeheader()
        for e in events:
            row = {c: getattr(e, c) for c in EVENT_COLUMNS if c != "sources"}
            row["sources"] = ";".join(e.sources)
            w.writerow(row)


def write_framing_csv(framing: list[Framing], path: Path) -> None:
    cols = ["event_id", "source", "ownership", "reported", "sub_event_type", "perpetrator",
            "fatalities", "differs"]
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for f in framing:
            w.writerow(f.to_dict())


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    events, framing, reports = build_corpus()
    out = tmp_path_factory.mktemp("corpus")
    write_events_csv(events, out / "events.csv")
    write_framing_csv(framing, out / "framing.csv")
    result = analyze(events, framing, SOURCES, reports=reports, compare_date=COMPARE.isoformat(),
                     since=START.isoformat(), until=END.isoformat(),
                     meta={"documents": len(reports), "model_version": "test-model-1"})
    # The figures must survive the trip through JSON unchanged: they are analysis.json.
    result = json.loads(json.dumps(result, allow_nan=False))
    return result, read_csv(out / "events.csv"), read_csv(out / "framing.csv")


def test_headline_counts_match_events_csv(corpus):
    result, rows, _ = corpus
    assert result["events"] == len(rows) == 9 + 25 + STATE_FORCE_EVENTS + UNATTRIBUTED_EVENTS
    for column, key in [("sub_event_type", "by_sub_event_type"), ("perpetrator", "by_perpetrator"),
                        ("admin1", "by_admin1"), ("event_type", "by_event_type")]:
        assert result[key] == dict(Counter(r[column] for r in rows))
    assert result["by_perpetrator"]["partisans"] == 34
    fatalities_by_target: Counter = Counter()
    for r in rows:
        if int(r["fatalities"]):
            fatalities_by_target[r["target"]] += int(r["fatalities"])
    assert result["fatalities"]["total"] == sum(int(r["fatalities"]) for r in rows)
    assert result["fatalities"]["by_target"] == dict(fatalities_by_target)


def test_every_headline_figure_links_to_its_events(corpus):
    result, rows, _ = corpus
    by_id = {r["event_id"]: r for r in rows}
    for region, ids in result["event_ids"]["by_admin1"].items():
        assert len(ids) == result["by_admin1"][region]
        assert all(by_id[i]["admin1"] == region for i in ids)
    for target, ids in result["event_ids"]["fatalities_by_target"].items():
        assert sum(int(by_id[i]["fatalities"]) for i in ids) == result["fatalities"]["by_target"][target]
    for row in result["by_type_and_perpetrator"]:
        assert len(row["event_ids"]) == row["events"]
        assert {by_id[i]["perpetrator"] for i in row["event_ids"]} == {row["perpetrator"]}


def test_weekly_series_matches_events_csv(corpus):
    result, rows, _ = corpus
    expected: Counter = Counter()
    for r in rows:
        d = date.fromisoformat(r["event_date"])
        monday = d - timedelta(days=d.weekday())
        expected[(monday.isoformat(), r["admin1"], r["perpetrator"])] += 1
    got = {(w["week"], w["admin1"], w["perpetrator"]): w["events"] for w in result["weekly"]}
    assert got == dict(expected)
    assert all(date.fromisoformat(w["week"]).weekday() == 0 for w in result["weekly"])


def test_before_after_comparison_recomputed_from_csv(corpus):
    result, rows, _ = corpus
    cmp_ = result["compare"]
    assert cmp_["date"] == "2022-10-01" and cmp_["perpetrator"] == "partisans"
    partisan = [r for r in rows if r["perpetrator"] == "partisans"]
    before = sum(1 for r in partisan if r["event_date"] < "2022-10-01")
    after = len(partisan) - before
    overall = cmp_["overall"]
    assert (overall["before"], overall["after"]) == (before, after) == (9, 25)
    assert (overall["days_before"], overall["days_after"]) == (214, 92)
    assert overall["rate_ratio"] == pytest.approx((25 / 92) / (9 / 214))
    test = binomtest(25, 34, 92 / 306)
    assert overall["p_value"] == pytest.approx(test.pvalue, rel=1e-9)
    assert overall["p_value"] < 0.001
    ci = test.proportion_ci(confidence_level=0.95, method="exact")
    odds_to_ratio = 214 / 92
    assert overall["ci_low"] == pytest.approx(ci.low / (1 - ci.low) * odds_to_ratio, rel=1e-9)
    assert overall["ci_high"] == pytest.approx(ci.high / (1 - ci.high) * odds_to_ratio, rel=1e-9)
    assert overall["ci_low"] < overall["rate_ratio"] < overall["ci_high"]
    assert sorted(overall["event_ids_before"] + overall["event_ids_after"]) == sorted(r["event_id"] for r in partisan)
    for region, (_, b, a) in PARTISAN_PLAN.items():
        block = cmp_["by_admin1"][region]
        assert (block["before"], block["after"]) == (b, a)
        assert block["p_value"] == pytest.approx(binomtest(a, a + b, 92 / 306).pvalue, rel=1e-9)


def test_coverage_shares_recomputed_from_framing_csv(corpus):
    result, rows, framing_rows = corpus
    perp = {r["event_id"]: r["perpetrator"] for r in rows}
    by_group: dict[str, set[str]] = defaultdict(set)
    by_source: dict[str, set[str]] = defaultdict(set)
    for f in framing_rows:
        if f["reported"] == "1":
            by_group[f["ownership"]].add(f["event_id"])
            by_source[f["source"]].add(f["event_id"])
    n_partisan = sum(1 for p in perp.values() if p == "partisans")
    for group, ids in by_group.items():
        got = result["coverage"]["by_ownership"][group]
        assert got["events_reported"] == pytest.approx(len(ids) / len(rows), abs=1e-4)
        partisan_share = sum(1 for i in ids if perp[i] == "partisans") / n_partisan
        assert got["by_perpetrator"]["partisans"] == pytest.approx(partisan_share, abs=1e-4)
    for source, ids in by_source.items():
        assert result["coverage"]["by_source"][source]["events_reported"] == pytest.approx(
            len(ids) / len(rows), abs=1e-4)
    # Independent outlets report every partisan event in the plan, state outlets a third.
    assert result["coverage"]["by_ownership"]["independent"]["by_perpetrator"]["partisans"] == 1.0
    assert result["coverage"]["by_ownership"]["state"]["by_perpetrator"]["partisans"] < 0.5


def test_reframed_accounts_carry_both_sides_quotes(corpus):
    result, _, framing_rows = corpus
    differing = {(f["event_id"], f["source"]) for f in framing_rows if f["differs"] == "1"}
    assert differing
    assert {(r["event_id"], r["source"]) for r in result["reframed"]} == differing
    for row in result["reframed"]:
        assert row["perpetrator"] == "unknown" and row["consensus_perpetrator"] == "partisans"
        assert row["evidence"] and "unknown saboteurs" in row["evidence"][0]
        assert row["consensus_evidence"]
        assert all("resistance fighters" in q["evidence"] for q in row["consensus_evidence"])
        assert row["source"] not in {q["source"] for q in row["consensus_evidence"]}


def test_change_point_found_where_the_rate_jumps(corpus):
    result, _, _ = corpus
    partisan_points = [c for c in result["change_points"] if c["series"] == "partisans"]
    method = result["methods"]["change_point_method"]
    assert method["penalty"]["partisans"] > 0
    assert all(c["penalty"] == method["penalty"]["partisans"] for c in partisan_points)
    # A step from ~0.3 to ~1.9 events a week at the start of October is found within a month.
    assert any(abs((date.fromisoformat(c["week"]) - COMPARE).days) <= 31 for c in partisan_points)


def test_change_points_on_a_known_step_and_on_flat_noise():
    rng = np.random.default_rng(3)
    step = np.concatenate([rng.poisson(1.0, 20), rng.poisson(8.0, 15)])
    points, penalty = detect_change_points(step)
    assert penalty > 0
    assert any(abs(p.week_index - 20) <= 1 for p in points)
    flat = rng.poisson(4.0, 40)
    assert detect_change_points(flat)[0] == [] or len(detect_change_points(flat)[0]) <= 1
    assert detect_change_points([0, 1, 0, 5, 6])[0] == []  # fewer than 8 weeks: not searched
    assert detect_change_points([2] * 12)[0] == []  # no variation


@pytest.mark.parametrize("k,n,p", [(25, 34, 92 / 306), (0, 10, 0.3), (10, 10, 0.3), (3, 40, 0.5),
                                   (7, 15, 0.45), (1, 1, 0.5)])
def test_exact_test_and_interval_agree_with_scipy(k, n, p):
    test = binomtest(k, n, p)
    assert exact_binomial_p_value(k, n, p) == pytest.approx(test.pvalue, rel=1e-9, abs=1e-15)
    ci = test.proportion_ci(confidence_level=0.95, method="exact")
    low, high = clopper_pearson(k, n)
    assert (low, high) == (pytest.approx(ci.low, abs=1e-12), pytest.approx(ci.high, abs=1e-12))


def test_rate_comparison_handles_zeros():
    none_before = compare_rates(0, 6, 100, 50)
    assert none_before.rate_ratio is None and none_before.ci_high is None
    assert none_before.ci_low > 0 and none_before.ratio_note
    none_after = compare_rates(6, 0, 100, 50)
    assert none_after.rate_ratio == 0 and none_after.ci_low == 0 and math.isfinite(none_after.ci_high)
    nothing = compare_rates(0, 0, 100, 50)
    assert nothing.rate_ratio is None and nothing.p_value is None and nothing.ratio_note
    edge = compare_rates(0, 5, 0, 50)
    assert edge.p_value is None and edge.ratio_note
    same = compare_rates(10, 5, 100, 50)
    assert same.rate_ratio == pytest.approx(1.0) and same.p_value == pytest.approx(1.0)
    with pytest.raises(ValueError):
        compare_rates(-1, 2, 10, 10)


def test_filters_and_bad_dates():
    events, framing, reports = build_corpus()
    kherson = analyze(events, framing, SOURCES, region="kherson oblast", compare_date="2022-10-01")
    assert kherson["by_admin1"] == {"Kherson Oblast": kherson["events"]}
    assert kherson["compare"]["overall"]["before"] == 3 and kherson["compare"]["overall"]["after"] == 12
    autumn = analyze(events, framing, SOURCES, since="2022-10-01", until="2022-12-31")
    assert all(w["week"] >= "2022-09-26" for w in autumn["weekly"])
    assert autumn["by_perpetrator"]["partisans"] == 25
    assert autumn["methods"]["period"] == {"start": "2022-10-01", "end": "2022-12-31", "days": 92}
    with pytest.raises(ValueError, match="--compare-date"):
        analyze(events, framing, SOURCES, compare_date="1 October")
    undated = [Event("x1", None, perpetrator="partisans"), Event("x2", "not a date", perpetrator="partisans")]
    result = analyze(events + undated, framing, SOURCES, compare_date="2022-10-01")
    assert result["events"] == len(events) + 2
    assert result["methods"]["undated_events"] == 2
    assert result["compare"]["overall"]["before"] + result["compare"]["overall"]["after"] == 34
    assert any("without a readable date" in c for c in result["methods"]["caveats"])


def test_empty_store_gives_empty_figures():
    result = analyze([], [], {}, compare_date="2022-10-01")
    assert result["events"] == 0 and result["weekly"] == [] and result["change_points"] == []
    assert "compare" not in result  # no covered period to compare over
    json.dumps(result, allow_nan=False)


def test_events_dated_outside_the_collection_stay_out_of_the_rates():
    events, framing, _ = build_corpus()
    meta = {"first_document_date": "2022-03-01", "last_document_date": "2022-12-31"}
    plain = analyze(events, framing, SOURCES, compare_date="2022-10-01", meta=meta)
    stray = [Event("old", "2021-09-01", perpetrator="partisans", admin1="Kherson Oblast"),
             Event("future", "2023-06-01", perpetrator="partisans", admin1="Kherson Oblast"),
             Event("recalled", "2022-02-20", perpetrator="partisans", admin1="Kherson Oblast")]
    result = analyze(events + stray, framing, SOURCES, compare_date="2022-10-01", meta=meta)
    # Headline counts keep every event; the period and the comparison ignore the two strays
    # but keep the one dated within days of the first document.
    assert result["events"] == plain["events"] + 3
    assert result["methods"]["events_outside_period"] == ["future", "old"]
    assert result["methods"]["period"]["start"] == "2022-02-20"
    assert result["methods"]["period"]["end"] == plain["methods"]["period"]["end"]
    assert result["compare"]["overall"]["before"] == plain["compare"]["overall"]["before"] + 1
    assert result["compare"]["overall"]["after"] == plain["compare"]["overall"]["after"]
    assert not any(w["week"] < "2022-02-14" or w["week"] > "2023-01-01" for w in result["weekly"])
    assert any("left out of the weekly series" in c and "2 events" in c for c in result["methods"]["caveats"])
    # An explicit window is the analyst's choice and is not second-guessed.
    chosen = analyze(events + stray, framing, SOURCES, since="2021-01-01", until="2023-12-31", meta=meta)
    assert chosen["methods"]["events_outside_period"] == []
