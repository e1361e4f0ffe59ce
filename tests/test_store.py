"""The DuckDB store keeps documents, reports, events and runs in one file."""

import duckdb
import numpy as np
import pytest

from sitrep.model import Document, Event, Framing, Place, Report, Source
from sitrep.store import Store, StoreError


def _report(doc: Document, n: int = 0, **fields) -> Report:
    place = Place(text="Мелітополі", geonameid=701404, name="Melitopol", latitude=46.84735,
                  longitude=35.38196, country="UA", admin1="Zaporizhzhia Oblast", admin1_code="26")
    return Report(report_id=f"{doc.id}#{n}", doc_id=doc.id, source=doc.source, location=place, **fields)


def test_a_document_and_its_reports_survive_reopening_the_file(tmp_path):
    path = tmp_path / "s.duckdb"
    doc = Document(id="d1", text="Partisans blew up a car.", source="wire_en", published_at="2022-10-05T09:30:00+03:00")
    report = _report(doc, sub_event_type="Remote explosive/landmine/IED", perpetrator="partisans",
                     perpetrator_country="UA", fatalities=1, event_date="2022-10-04", confidence=0.9,
                     evidence="Partisans blew up a car.", evidence_start=0, evidence_end=24)
    with Store(path) as store:
        run_id = store.start_run(["in.jsonl"])
        store.add_coded_batch(run_id, [(doc, [report])], {report.report_id: np.arange(4, dtype=np.float32)})

    with Store(path, read_only=True) as store:
        (back,) = store.reports()
        assert back == report
        assert back.location.name == "Melitopol"
        assert store.report_embeddings()[report.report_id].tolist() == [0.0, 1.0, 2.0, 3.0]
        assert store.known_hashes([doc.hash, "unknown"]) == {doc.hash}


def test_the_same_text_with_other_whitespace_is_a_known_document(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        run_id = store.start_run([])
        store.add_coded_batch(run_id, [(Document(id="a", text="Two  lines\nof text"), [])])
        assert store.known_hashes([Document(id="b", text="Two lines of text ").hash])


def test_a_document_is_known_to_the_coder_that_coded_it(tmp_path):
    old, new = Document(id="a", text="coded long ago"), Document(id="b", text="coded today")
    with Store(tmp_path / "s.duckdb") as store:
        run_id = store.start_run([])
        store.add_coded_batch(run_id, [(old, [])], coder="0.1.0+old")
        store.add_coded_batch(run_id, [(new, [])], coder="0.1.0+new")
        assert store.known_hashes([old.hash, new.hash]) == {old.hash, new.hash}
        assert store.known_hashes([old.hash, new.hash], coder="0.1.0+new") == {new.hash}
        assert store.documents_coded_by_others("0.1.0+new") == [old]


def test_a_database_from_before_coders_were_recorded_opens_with_its_documents_coded_by_another(tmp_path):
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE documents (hash VARCHAR PRIMARY KEY, id VARCHAR, source VARCHAR, url VARCHAR, "
                    "published_at VARCHAR, language VARCHAR, title VARCHAR, text VARCHAR, origin VARCHAR, "
                    "run_id INTEGER, coded BOOLEAN)")
        doc = Document(id="d1", text="Partisans blew up a car.", source="wire_en", url="", language="en",
                       published_at="2022-10-05T09:30:00+03:00", title="Blast", origin="in.jsonl:1")
        con.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, TRUE)",
                    [doc.hash, doc.id, doc.source, doc.url, doc.published_at, doc.language, doc.title, doc.text,
                     doc.origin])
    with Store(path) as store:
        assert store.known_hashes([doc.hash]) == {doc.hash}
        assert store.known_hashes([doc.hash], coder="0.1.0+new") == set()
        assert store.documents_coded_by_others("0.1.0+new") == [doc]


def test_recoding_a_document_replaces_its_reports(tmp_path):
    doc = Document(id="d1", text="text")
    with Store(tmp_path / "s.duckdb") as store:
        run_id = store.start_run([])
        store.add_coded_batch(run_id, [(doc, [_report(doc, 0), _report(doc, 1)])])
        store.add_coded_batch(run_id, [(doc, [_report(doc, 0)])])
        assert [r.report_id for r in store.reports()] == ["d1#0"]


def test_a_failed_batch_leaves_nothing_half_written(tmp_path):
    doc = Document(id="d1", text="text")
    with Store(tmp_path / "s.duckdb") as store:
        run_id = store.start_run([])
        bad = _report(doc)
        bad.fatalities = "not a number"  # DuckDB refuses it mid-transaction
        with pytest.raises(Exception):
            store.add_coded_batch(run_id, [(doc, [bad])])
        assert store.counts()["documents"] == 0
        assert store.reports() == []


def test_events_links_and_framing_are_replaced_as_a_whole(tmp_path):
    first = Event(event_id="E1", event_date="2022-10-04", sources=["a", "b"], report_ids=["d1#0", "d2#0"],
                  disagreement={"perpetrator": {"partisans": ["a"], "state_forces": ["b"]}})
    with Store(tmp_path / "s.duckdb") as store:
        store.replace_events([first], {"d1#0": "E1", "d2#0": "E1"},
                             [Framing("E1", "a", "independent", 1, "Attack", "partisans", 1, 0)])
        assert store.events() == [first]
        second = Event(event_id="E2", event_date="2022-10-05")
        store.replace_events([second], {}, [])
        assert store.events() == [second]
        assert store.links() == {}
        assert store.framing() == []


def test_sources_are_upserted_by_id(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.upsert_sources([Source("ria_ru", "RIA", "ru", "RU", "state")])
        store.upsert_sources([Source("ria_ru", "RIA Novosti", "ru", "RU", "state"), Source("wire_en")])
        assert store.sources() == {
            "ria_ru": Source("ria_ru", "RIA Novosti", "ru", "RU", "state"),
            "wire_en": Source("wire_en"),
        }


def test_an_unfinished_run_is_visible_as_such(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        first = store.start_run(["a.jsonl"])
        store.finish_run(first, {"events": 3})
        store.start_run(["b.jsonl"])
        runs = store.runs()
    assert [r["summary"] for r in runs] == [{"events": 3}, None]
    assert runs[1]["finished_at"] is None


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("this is not a database")
    with pytest.raises(StoreError, match="notes.duckdb"):
        Store(path)
