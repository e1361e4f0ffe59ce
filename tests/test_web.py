"""`sitrep serve`: the store over HTTP, served by a real Uvicorn server on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest
import uvicorn

from sitrep.model import Document, Event, Framing, Place, Report, Source
from sitrep.store import Store
from sitrep.web import create_app


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "s.duckdb"
    doc = Document(id="d1", text="Partisans blew up a car in Melitopol.", source="wire_en",
                   published_at="2022-10-05T09:00:00+00:00")
    report = Report(report_id="d1#1", doc_id="d1", source="wire_en", sub_event_type="Remote explosive/landmine/IED",
                    event_type="Explosions/Remote violence", perpetrator="partisans", perpetrator_country="UA",
                    event_date="2022-10-04", evidence=doc.text,
                    location=Place(text="Melitopol", geonameid=701404, name="Melitopol", latitude=46.85,
                                   longitude=35.38, country="UA", admin1="Zaporizhzhia Oblast"))
    events = [
        Event(event_id="E1", event_date="2022-10-04", event_type="Explosions/Remote violence",
              sub_event_type="Remote explosive/landmine/IED", perpetrator="partisans", perpetrator_country="UA",
              admin1="Zaporizhzhia Oblast", location="Melitopol", latitude=46.85, longitude=35.38, geo_precision=1,
              n_reports=1, n_sources=1, sources=["wire_en"], report_ids=["d1#1"]),
        Event(event_id="E2", event_date="2022-06-01", event_type="Protests", sub_event_type="Peaceful protest",
              perpetrator="protesters", admin1="Kherson Oblast", sources=["ria_ru"]),
    ]
    with Store(db) as store:
        store.upsert_sources([Source("wire_en", ownership="independent"), Source("ria_ru", ownership="state")])
        store.add_coded_batch(store.start_run([]), [(doc, [report])])
        store.replace_events(events, {"d1#1": "E1"}, [
            Framing("E1", "wire_en", "independent", 1, report.sub_event_type, "partisans", 0, 0, doc.text),
            Framing("E1", "ria_ru", "state", 0),
        ])
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


def test_events_can_be_filtered_by_perpetrator_and_date(served):
    partisan = httpx.get(f"{served}/api/events", params={"perpetrator": "partisans"}).json()
    assert [e["event_id"] for e in partisan] == ["E1"]
    autumn = httpx.get(f"{served}/api/events", params={"since": "2022-09-01"}).json()
    assert [e["event_id"] for e in autumn] == ["E1"]


def test_an_event_comes_with_its_reports_and_each_outlets_framing(served):
    body = httpx.get(f"{served}/api/events/E1").json()
    assert [r["report_id"] for r in body["reports"]] == ["d1#1"]
    assert {f["source"]: f["reported"] for f in body["framing"]} == {"wire_en": 1, "ria_ru": 0}


def test_an_unknown_event_is_a_404_naming_it(served):
    response = httpx.get(f"{served}/api/events/NOPE")
    assert response.status_code == 404
    assert "NOPE" in response.json()["detail"]


def test_the_analysis_endpoint_counts_the_stored_events(served):
    figures = httpx.get(f"{served}/api/analysis").json()
    assert figures["events"] == 2
    assert figures["by_perpetrator"]["partisans"] == 1


def test_the_report_is_served_as_html(served):
    response = httpx.get(f"{served}/", timeout=60)
    assert response.status_code == 200
    assert "<svg" in response.text and "E1" in response.text
