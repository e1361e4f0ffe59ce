"""The event store: an embedded DuckDB file.

Every write is a transaction per batch, so a run killed half-way keeps all
the batches it committed and the next run over the same input only does the
rest (documents are keyed by content hash). Each document remembers which
coder coded it, so a newer Sitrep knows which codings are not its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import numpy as np

from ..model import Document, Event, Framing, Place, Report, Source

SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    id VARCHAR PRIMARY KEY, name VARCHAR, language VARCHAR, country VARCHAR, ownership VARCHAR
);
CREATE TABLE IF NOT EXISTS documents (
    hash VARCHAR PRIMARY KEY, id VARCHAR, source VARCHAR, url VARCHAR, published_at VARCHAR,
    language VARCHAR, title VARCHAR, text VARCHAR, origin VARCHAR, run_id INTEGER, coded BOOLEAN,
    coder VARCHAR
);
-- databases written before documents remembered their coder
ALTER TABLE documents ADD COLUMN IF NOT EXISTS coder VARCHAR;
CREATE TABLE IF NOT EXISTS reports (
    report_id VARCHAR PRIMARY KEY, doc_hash VARCHAR, doc_id VARCHAR, source VARCHAR,
    event_type VARCHAR, sub_event_type VARCHAR, perpetrator VARCHAR, perpetrator_country VARCHAR,
    attribution VARCHAR, actor1 VARCHAR, actor2 VARCHAR, target VARCHAR,
    fatalities INTEGER, injuries INTEGER, event_date VARCHAR, time_precision INTEGER,
    location JSON, confidence DOUBLE, evidence VARCHAR, evidence_start INTEGER, evidence_end INTEGER,
    language VARCHAR, published_at VARCHAR, notes VARCHAR, embedding FLOAT[]
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, event_date VARCHAR, time_precision INTEGER,
    event_type VARCHAR, sub_event_type VARCHAR, perpetrator VARCHAR, perpetrator_country VARCHAR,
    actor1 VARCHAR, actor2 VARCHAR, target VARCHAR, country VARCHAR, admin1 VARCHAR, admin2 VARCHAR,
    location VARCHAR, geonameid BIGINT, latitude DOUBLE, longitude DOUBLE, geo_precision INTEGER,
    fatalities INTEGER, n_reports INTEGER, n_sources INTEGER, sources VARCHAR[], notes VARCHAR,
    confidence DOUBLE, report_ids VARCHAR[], disagreement JSON
);
CREATE TABLE IF NOT EXISTS report_event (report_id VARCHAR PRIMARY KEY, event_id VARCHAR);
CREATE TABLE IF NOT EXISTS framing (
    event_id VARCHAR, source VARCHAR, ownership VARCHAR, reported INTEGER, sub_event_type VARCHAR,
    perpetrator VARCHAR, fatalities INTEGER, differs INTEGER, evidence VARCHAR,
    PRIMARY KEY (event_id, source)
);
CREATE SEQUENCE IF NOT EXISTS run_ids START 1;
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY, started_at VARCHAR, finished_at VARCHAR, inputs JSON, summary JSON
);
"""

_REPORT_COLUMNS = (
    "report_id", "doc_id", "source", "event_type", "sub_event_type", "perpetrator",
    "perpetrator_country", "attribution", "actor1", "actor2", "target", "fatalities", "injuries",
    "event_date", "time_precision", "confidence", "evidence", "evidence_start", "evidence_end",
    "language", "published_at", "notes",
)
_EVENT_COLUMNS = (
    "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "perpetrator",
    "perpetrator_country", "actor1", "actor2", "target", "country", "admin1", "admin2", "location",
    "geonameid", "latitude", "longitude", "geo_precision", "fatalities", "n_reports", "n_sources",
    "sources", "notes", "confidence", "report_ids",
)
_FRAMING_COLUMNS = (
    "event_id", "source", "ownership", "reported", "sub_event_type", "perpetrator",
    "fatalities", "differs", "evidence",
)


class StoreError(RuntimeError):
    pass


class Store:
    """A Sitrep database in one DuckDB file (``:memory:`` for a throwaway one)."""

    def __init__(self, path: str | Path = "sitrep.duckdb", *, read_only: bool = False):
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        if not read_only:
            self.con.execute(SCHEMA)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self):
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- sources -----------------------------------------------------------

    def upsert_sources(self, sources: Iterable[Source]) -> None:
        rows = [(s.id, s.name, s.language, s.country, s.ownership) for s in sources]
        if rows:
            with self.transaction() as con:
                con.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?)", rows)

    def sources(self) -> dict[str, Source]:
        rows = self.con.execute("SELECT id, name, language, country, ownership FROM sources ORDER BY id").fetchall()
        return {r[0]: Source(*r) for r in rows}

    # -- documents ---------------------------------------------------------

    def known_hashes(self, hashes: Iterable[str], *, coder: str | None = None) -> set[str]:
        """The hashes among ``hashes`` already coded (by ``coder``, when given)."""
        hashes = list(hashes)
        if not hashes:
            return set()
        query = "SELECT hash FROM documents WHERE hash IN (SELECT unnest(?)) AND coded"
        params: list = [hashes]
        if coder is not None:
            query += " AND coder IS NOT DISTINCT FROM ?"
            params.append(coder)
        return {r[0] for r in self.con.execute(query, params).fetchall()}

    def documents_coded_by_others(self, coder: str) -> list[Document]:
        """The stored documents that another coder (an older Sitrep, or none recorded) coded."""
        rows = self.con.execute(
            "SELECT id, text, source, url, published_at, language, title, origin FROM documents "
            "WHERE coder IS DISTINCT FROM ? ORDER BY hash", [coder]).fetchall()
        return [Document(*row) for row in rows]

    def add_coded_batch(self, run_id: int, batch: list[tuple[Document, list[Report]]],
                        embeddings: dict[str, np.ndarray] | None = None, *, coder: str | None = None) -> None:
        """Store documents with their reports in one transaction.

        A document and its reports land together or not at all: that is what
        makes an interrupted run resumable.
        """
        embeddings = embeddings or {}
        with self.transaction() as con:
            for doc, reports in batch:
                con.execute(
                    "INSERT OR REPLACE INTO documents (hash, id, source, url, published_at, language, title, "
                    "text, origin, run_id, coded, coder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)",
                    [doc.hash, doc.id, doc.source, doc.url, doc.published_at, doc.language,
                     doc.title, doc.text, doc.origin, run_id, coder],
                )
                con.execute("DELETE FROM reports WHERE doc_hash = ?", [doc.hash])
                for r in reports:
                    vector = embeddings.get(r.report_id)
                    con.execute(
                        f"INSERT OR REPLACE INTO reports (doc_hash, location, embedding, {', '.join(_REPORT_COLUMNS)}) "
                        f"VALUES (?, ?, ?, {', '.join('?' * len(_REPORT_COLUMNS))})",
                        [doc.hash, json.dumps(r.location.to_dict()) if r.location else None,
                         vector.tolist() if vector is not None else None,
                         *[getattr(r, c) for c in _REPORT_COLUMNS]],
                    )

    def document_count(self) -> int:
        return self.con.execute("SELECT count(*) FROM documents").fetchone()[0]

    def documents_meta(self) -> dict:
        """What the report's methods section says about the corpus."""
        row = self.con.execute(
            "SELECT count(*), min(published_at[:10]), max(published_at[:10]) FROM documents"
        ).fetchone()
        return {
            "documents": row[0],
            "reports": self.con.execute("SELECT count(*) FROM reports").fetchone()[0],
            "first_document_date": row[1],
            "last_document_date": row[2],
            "runs": self.runs(),
        }

    # -- reports -----------------------------------------------------------

    def reports(self) -> list[Report]:
        cols = ", ".join(_REPORT_COLUMNS)
        rows = self.con.execute(f"SELECT location, {cols} FROM reports ORDER BY report_id").fetchall()
        out = []
        for location, *values in rows:
            report = Report(**dict(zip(_REPORT_COLUMNS, values)))
            report.location = Place(**json.loads(location)) if location else None
            out.append(report)
        return out

    def report_embeddings(self) -> dict[str, np.ndarray]:
        rows = self.con.execute("SELECT report_id, embedding FROM reports WHERE embedding IS NOT NULL").fetchall()
        return {rid: np.asarray(vec, dtype=np.float32) for rid, vec in rows}

    # -- events ------------------------------------------------------------

    def replace_events(self, events: list[Event], links: dict[str, str], framing: list[Framing]) -> None:
        """Swap in a new fusion result atomically."""
        with self.transaction() as con:
            con.execute("DELETE FROM events")
            con.execute("DELETE FROM report_event")
            con.execute("DELETE FROM framing")
            if events:
                con.executemany(
                    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}, disagreement) "
                    f"VALUES ({', '.join('?' * (len(_EVENT_COLUMNS) + 1))})",
                    [[*[getattr(e, c) for c in _EVENT_COLUMNS], json.dumps(e.disagreement)] for e in events],
                )
            if links:
                con.executemany("INSERT INTO report_event VALUES (?, ?)", sorted(links.items()))
            if framing:
                con.executemany(
                    f"INSERT INTO framing VALUES ({', '.join('?' * len(_FRAMING_COLUMNS))})",
                    [[getattr(f, c) for c in _FRAMING_COLUMNS] for f in framing],
                )

    def events(self) -> list[Event]:
        cols = ", ".join(_EVENT_COLUMNS)
        rows = self.con.execute(
            f"SELECT disagreement, {cols} FROM events ORDER BY event_date, event_id"
        ).fetchall()
        out = []
        for disagreement, *values in rows:
            event = Event(**dict(zip(_EVENT_COLUMNS, values)))
            event.sources = list(event.sources or [])
            event.report_ids = list(event.report_ids or [])
            event.disagreement = json.loads(disagreement) if disagreement else {}
            out.append(event)
        return out

    def links(self) -> dict[str, str]:
        return dict(self.con.execute("SELECT report_id, event_id FROM report_event").fetchall())

    def framing(self) -> list[Framing]:
        rows = self.con.execute(
            f"SELECT {', '.join(_FRAMING_COLUMNS)} FROM framing ORDER BY event_id, source"
        ).fetchall()
        return [Framing(**dict(zip(_FRAMING_COLUMNS, r))) for r in rows]

    # -- runs --------------------------------------------------------------

    def start_run(self, inputs: list[str]) -> int:
        run_id = self.con.execute("SELECT nextval('run_ids')").fetchone()[0]
        self.con.execute(
            "INSERT INTO runs VALUES (?, ?, NULL, ?, NULL)",
            [run_id, _now(), json.dumps(inputs)],
        )
        return run_id

    def finish_run(self, run_id: int, summary: dict) -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, summary = ? WHERE run_id = ?",
            [_now(), json.dumps(summary, default=str), run_id],
        )

    def runs(self) -> list[dict]:
        rows = self.con.execute(
            "SELECT run_id, started_at, finished_at, inputs, summary FROM runs ORDER BY run_id"
        ).fetchall()
        return [
            {"run_id": r[0], "started_at": r[1], "finished_at": r[2],
             "inputs": json.loads(r[3]) if r[3] else [], "summary": json.loads(r[4]) if r[4] else None}
            for r in rows
        ]

    def counts(self) -> dict[str, int]:
        tables = ("sources", "documents", "reports", "events", "report_event", "framing", "runs")
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
