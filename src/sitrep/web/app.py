"""``sitrep serve``: the event store over HTTP, read-only.

JSON endpoints for events (filterable), one event with its reports and each
outlet's framing, and the analysis figures; the report HTML at ``/``.
Each request opens the database read-only, so a running ``sitrep run`` in
another process is never blocked for long and never corrupted.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse

from ..store import Store


def create_app(db: str | Path) -> FastAPI:
    db = str(db)
    app = FastAPI(title="Sitrep", description="Conflict events coded from multilingual news.", version="0.1")

    def require_db() -> None:
        if not Path(db).is_file():
            raise HTTPException(503, f"database {db} does not exist yet: run `sitrep run` first")

    def store() -> Store:
        require_db()
        return Store(db, read_only=True)

    @app.get("/api/events")
    def events(
        since: str | None = Query(None, description="first event date, YYYY-MM-DD"),
        until: str | None = Query(None, description="last event date, YYYY-MM-DD"),
        admin1: str | None = None,
        perpetrator: str | None = None,
        sub_event_type: str | None = None,
        source: str | None = None,
        limit: int = Query(1000, le=100_000),
    ) -> list[dict]:
        with store() as s:
            rows = s.events()
        selected = [
            e for e in rows
            if (since is None or (e.event_date or "") >= since)
            and (until is None or (e.event_date or "") <= until)
            and (admin1 is None or e.admin1 == admin1)
            and (perpetrator is None or e.perpetrator == perpetrator)
            and (sub_event_type is None or e.sub_event_type == sub_event_type)
            and (source is None or source in e.sources)
        ]
        return [asdict(e) for e in selected[:limit]]

    @app.get("/api/events/{event_id}")
    def event(event_id: str) -> dict:
        with store() as s:
            match = [e for e in s.events() if e.event_id == event_id]
            if not match:
                raise HTTPException(404, f"no event {event_id}")
            members = set(match[0].report_ids)
            reports = [r.to_dict() for r in s.reports() if r.report_id in members]
            framing = [f.to_dict() for f in s.framing() if f.event_id == event_id]
        return {"event": asdict(match[0]), "reports": reports, "framing": framing}

    @app.get("/api/sources")
    def sources() -> list[dict]:
        with store() as s:
            return [asdict(src) for src in s.sources().values()]

    @app.get("/api/analysis")
    def analysis(compare_date: str | None = None, since: str | None = None, until: str | None = None,
                 region: str | None = None) -> dict:
        from ..pipeline import analyze_store

        require_db()
        figures, *_ = analyze_store(db, compare_date=compare_date, since=since, until=until, region=region)
        return figures

    @app.get("/api/status")
    def status() -> dict:
        with store() as s:
            return {"counts": s.counts(), "runs": s.runs()}

    @app.get("/", response_class=HTMLResponse)
    def index(compare_date: str | None = None) -> str:
        import tempfile

        from ..pipeline import report

        with tempfile.TemporaryDirectory() as tmp:
            report(db, tmp, compare_date=compare_date)
            return (Path(tmp) / "report.html").read_text(encoding="utf-8")

    return app
