"""End to end: the ``sitrep`` command on the bundled demo corpus and on a local web server.

These run the real pipeline (real embeddings, real gazetteer, a real DuckDB
file) through the installed command, as a user would.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import duckdb
import pytest

from sitrep.export import EVENT_COLUMNS, FRAMING_COLUMNS, REPORT_COLUMNS

DEMO = Path(str(resources.files("sitrep") / "data" / "demo"))
DOCUMENTS = DEMO / "documents.jsonl"
SOURCES = DEMO / "sources.csv"
SITREP = [sys.executable, "-m", "sitrep.cli"]


def sitrep(*args: str, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([*SITREP, *args], capture_output=True, text=True, env={**os.environ, **(env or {})})
    if check and result.returncode != 0:
        raise AssertionError(f"sitrep {' '.join(args)} exited {result.returncode}:\n{result.stderr}")
    return result


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    """One full run over the demo corpus, shared by the tests that only read its outputs."""
    out = tmp_path_factory.mktemp("demo")
    sitrep("run", str(DOCUMENTS), "--sources", str(SOURCES), "--out", str(out), "--db", str(out / "s.duckdb"))
    return out


def test_a_run_writes_every_contract_file_with_the_contract_columns(demo_run):
    with open(demo_run / "events.csv", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == list(EVENT_COLUMNS)
    with open(demo_run / "reports.csv", encoding="utf-8") as fh:
        assert next(csv.reader(fh))[: len(REPORT_COLUMNS)] == list(REPORT_COLUMNS)
    with open(demo_run / "framing.csv", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == list(FRAMING_COLUMNS)
    geojson = json.loads((demo_run / "events.geojson").read_text())
    assert geojson["type"] == "FeatureCollection"
    run = json.loads((demo_run / "run.json").read_text())
    assert run["documents"]["read"] == sum(1 for line in DOCUMENTS.open() if line.strip())
    assert run["documents"]["failed"] == 0
    assert set(run["timings_s"]) >= {"ingest", "coding", "fusion", "total"}


def test_the_demo_corpus_becomes_events_with_dates_places_and_sources(demo_run):
    events = read_csv(demo_run / "events.csv")
    reports = read_csv(demo_run / "reports.csv")
    assert len(events) >= 8
    assert len(events) < len(reports)  # several outlets report the same incidents
    for event in events:
        assert event["event_date"][:4] == "2022"
        assert event["sub_event_type"] and event["event_type"]
        assert int(event["n_sources"]) == len(event["sources"].split(";"))
    located = [e for e in events if e["latitude"]]
    assert len(located) >= 0.8 * len(events)
    # Occupied Ukraine sits between these bounds.
    for event in located:
        assert 44 < float(event["latitude"]) < 50 and 30 < float(event["longitude"]) < 41
    assert any(e["perpetrator"] == "partisans" for e in events)
    # Every report links to an event that exists.
    event_ids = {e["event_id"] for e in events}
    assert {r["event_id"] for r in reports} <= event_ids


def test_framing_has_a_row_per_event_and_outlet(demo_run):
    events = read_csv(demo_run / "events.csv")
    framing = read_csv(demo_run / "framing.csv")
    sources = {row["id"]: row["ownership"] for row in read_csv(SOURCES)}
    assert len(framing) == len(events) * len(sources)
    for row in framing:
        assert row["ownership"] == sources[row["source"]]
        assert row["reported"] in {"0", "1"}
        if row["reported"] == "0":
            assert row["differs"] == "0"
    # Each event's sources are exactly the outlets that reported it.
    reported = {(r["event_id"], r["source"]) for r in framing if r["reported"] == "1"}
    assert reported == {(e["event_id"], s) for e in events for s in e["sources"].split(";")}


def test_a_second_run_over_the_same_input_adds_nothing(demo_run):
    before = {name: (demo_run / name).read_text() for name in ("events.csv", "reports.csv", "framing.csv")}
    again = demo_run / "again"
    sitrep("run", str(DOCUMENTS), "--sources", str(SOURCES), "--out", str(again), "--db", str(demo_run / "s.duckdb"))
    run = json.loads((again / "run.json").read_text())
    assert run["documents"]["new"] == 0
    assert run["documents"]["recoded"] == 0
    assert run["documents"]["skipped_duplicates"] == run["documents"]["read"]
    assert run["reports"]["new"] == 0
    for name, text in before.items():
        assert (again / name).read_text() == text


def test_a_run_recodes_every_document_an_older_sitrep_coded(demo_run, tmp_path):
    db = tmp_path / "old.duckdb"
    shutil.copy(demo_run / "s.duckdb", db)
    # What an older coder left behind: its own fingerprint and its own codings.
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE documents SET coder = '0.0.1+older'")
        con.execute("UPDATE reports SET sub_event_type = 'Other', perpetrator = 'unknown'")
    # The run is given one document of the corpus; the store's others are recoded from their stored text.
    one = tmp_path / "one.jsonl"
    one.write_text(DOCUMENTS.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    out = tmp_path / "out"
    sitrep("run", str(one), "--sources", str(SOURCES), "--out", str(out), "--db", str(db))
    run = json.loads((out / "run.json").read_text())
    documents = sum(1 for line in DOCUMENTS.open() if line.strip())
    assert (run["documents"]["new"], run["documents"]["recoded"], run["documents"]["skipped_duplicates"]) == (
        0, documents, 0)
    for name in ("events.csv", "reports.csv", "framing.csv"):
        assert (out / name).read_text() == (demo_run / name).read_text()


def test_a_killed_run_resumes_to_the_same_result(demo_run, tmp_path):
    db = tmp_path / "killed.duckdb"
    wal = Path(str(db) + ".wal")
    process = subprocess.Popen(
        [*SITREP, "run", str(DOCUMENTS), "--sources", str(SOURCES), "--out", str(tmp_path / "x"), "--db", str(db)],
        env={**os.environ, "SITREP_BATCH_SIZE": "4"}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    # Kill it as soon as the first batch is committed (the write-ahead log grows).
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 20_000:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.01)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the run finished before it could be interrupted"

    resumed = tmp_path / "resumed"
    sitrep("run", str(DOCUMENTS), "--sources", str(SOURCES), "--out", str(resumed), "--db", str(db))
    run = json.loads((resumed / "run.json").read_text())
    assert 0 < run["documents"]["new"] < run["documents"]["read"]
    for name in ("events.csv", "reports.csv", "framing.csv"):
        assert (resumed / name).read_text() == (demo_run / name).read_text()


def test_broken_documents_are_named_and_the_run_goes_on(tmp_path):
    good = DOCUMENTS.read_text(encoding="utf-8").splitlines()[0]
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text("\n".join([
        good,
        '{"id": "broken", "text": "unterminated',
        '{"id": "empty", "text": "   "}',
        '{"text": "no id here"}',
    ]) + "\n", encoding="utf-8")
    result = sitrep("run", str(corpus), "--out", str(tmp_path / "out"), "--db", str(tmp_path / "s.duckdb"))
    run = json.loads((tmp_path / "out" / "run.json").read_text())
    assert run["documents"]["read"] == 1
    origins = sorted(f["origin"] for f in run["failed"])
    assert origins == [f"{corpus}:2", f"{corpus}:3", f"{corpus}:4"]
    assert all(f["reason"] for f in run["failed"])
    assert f"{corpus}:2" in result.stderr


def test_a_usage_error_exits_with_status_2(tmp_path):
    assert sitrep("run", str(DOCUMENTS), check=False).returncode == 2  # --out missing
    assert sitrep("code", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o.jsonl"),
                  check=False).returncode == 2


def test_code_writes_one_line_per_input_line_in_order(tmp_path):
    lines = DOCUMENTS.read_text(encoding="utf-8").splitlines()[:4]
    lines.insert(2, "{not json")
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sitrep("code", str(source), "--out", str(tmp_path / "out.jsonl"))
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert len(out) == 5
    assert "error" in out[2]
    assert [o["id"] for i, o in enumerate(out) if i != 2] == [json.loads(line)["id"] for line in lines if line != "{not json"]
    for record in out:
        for event in record.get("events", []):
            assert {"event_type", "sub_event_type", "perpetrator", "perpetrator_country", "actor1", "actor2",
                    "target", "fatalities", "event_date", "location", "confidence", "evidence"} <= set(event)
        confidences = [e["confidence"] for e in record.get("events", [])]
        assert confidences == sorted(confidences, reverse=True)


def test_code_in_worker_processes_writes_the_same_lines_in_the_same_order(tmp_path):
    # Enough lines for several chunks per worker, so results come back out of order if order is lost.
    demo = DOCUMENTS.read_text(encoding="utf-8").splitlines()
    lines = [json.dumps({**json.loads(line), "id": f"{n}-{json.loads(line)['id']}"}, ensure_ascii=False)
             for n in range(3) for line in demo]
    lines.insert(40, "{not json")
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = sitrep("code", str(source), "--out", str(tmp_path / "one.jsonl"), "--workers", "1")
    two = sitrep("code", str(source), "--out", str(tmp_path / "two.jsonl"), "--workers", "2")
    assert (tmp_path / "two.jsonl").read_text() == (tmp_path / "one.jsonl").read_text()
    assert len((tmp_path / "two.jsonl").read_text().splitlines()) == len(lines)
    counts = re.compile(r"coded \d+ documents, \d+ events, \d+ errors")
    assert counts.search(one.stderr).group() == counts.search(two.stderr).group()
    assert "1 errors" in two.stderr


def test_a_short_file_is_coded_in_one_process_and_a_long_one_on_every_core():
    from sitrep.pipeline import default_workers

    cores = len(os.sched_getaffinity(0))
    assert default_workers(50) == 1
    assert default_workers(100_000) == min(cores, 4)


def test_export_writes_csv_geojson_and_parquet(demo_run, tmp_path):
    import pyarrow.parquet as pq

    sitrep("export", "--db", str(demo_run / "s.duckdb"), "--out", str(tmp_path))
    assert pq.read_table(tmp_path / "events.parquet").num_rows == len(read_csv(demo_run / "events.csv"))
    assert (tmp_path / "events.csv").read_text() == (demo_run / "events.csv").read_text()
    assert (tmp_path / "events.geojson").exists()


def test_status_shows_what_the_database_holds(demo_run):
    result = sitrep("status", "--db", str(demo_run / "s.duckdb"))
    assert "documents" in result.stdout and "events" in result.stdout


def test_geoparse_gives_every_place_with_exact_offsets(tmp_path):
    lines = DOCUMENTS.read_text(encoding="utf-8").splitlines()[:3]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines + ['{"id": "x", "text": ""}']) + "\n", encoding="utf-8")
    sitrep("geoparse", str(source), "--out", str(tmp_path / "places.jsonl"))
    out = [json.loads(line) for line in (tmp_path / "places.jsonl").read_text().splitlines()]
    assert [o["id"] for o in out] == [json.loads(line)["id"] for line in lines] + ["x"]
    assert "error" in out[-1]  # an empty text is named, not silently skipped
    texts = [json.loads(line)["text"] for line in lines]
    found = 0
    for record, text in zip(out, texts):
        for place in record["places"]:
            assert text[place["start"]:place["end"]] == place["text"]
            assert place["feature"] in {"city", "region", "country"}
            found += place["geonameid"] is not None
    assert found >= 3


def test_coverage_and_reframing_tables_agree_with_framing(demo_run):
    framing = read_csv(demo_run / "framing.csv")
    reframed = read_csv(demo_run / "reframed.csv")
    assert {(r["event_id"], r["source"]) for r in reframed} == {
        (f["event_id"], f["source"]) for f in framing if f["differs"] == "1"}
    for row in reframed:
        assert row["evidence"] and row["consensus_evidence"]
    coverage = read_csv(demo_run / "coverage.csv")
    events = {f["event_id"] for f in framing}
    for ownership in ("state", "independent"):
        reported = {f["event_id"] for f in framing if f["ownership"] == ownership and f["reported"] == "1"}
        (overall,) = [c for c in coverage if c["group_by"] == "ownership" and c["group"] == ownership
                      and c["breakdown"] == "all"]
        assert float(overall["share_reported"]) == pytest.approx(len(reported) / len(events), abs=1e-4)
