"""The ``sitrep`` command: parses options, calls the library, prints.

Every command here is a thin shell over a function in :mod:`sitrep.pipeline`
or a stage package, so everything the CLI does can be done from Python.
"""

from __future__ import annotations

from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__

app = typer.Typer(
    help="Sitrep: conflict events from multilingual news — coded to ACLED, geocoded, fused across outlets.",
    no_args_is_help=True,
    add_completion=False,
)
gazetteer_app = typer.Typer(help="Build and inspect the place-name gazetteer.", no_args_is_help=True)
sources_app = typer.Typer(help="The registry of outlets (ownership, country, language).", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(sources_app, name="sources")

console = Console(stderr=True)
out_console = Console()

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]


@contextmanager
def _progress_bar():
    """A Rich progress display; yields a callback (stage, done, total)."""
    with Progress(
        SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=console, transient=False,
    ) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def _fail(message: str) -> None:
    console.print(f"[red]error:[/red] {message}")
    raise typer.Exit(2)


def _load_models() -> None:
    """Load the classifier and the gazetteer (built on first use), or explain why not."""
    from .pipeline import load_models

    with console.status("loading the coding model and the gazetteer (the first run builds the gazetteer)"):
        try:
            load_models()
        except (FileNotFoundError, ValueError, OSError) as exc:
            console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(1)


def _version(value: bool) -> None:
    if value:
        out_console.print(f"sitrep {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Print the version and exit.")] = False) -> None:
    """Sitrep command line."""


def _print_run_summary(summary, out: Path) -> None:
    table = Table(title="Sitrep run", show_header=False)
    data = summary.to_dict()
    docs = data["documents"]
    table.add_row("documents read", str(docs["read"]))
    table.add_row("new documents coded", str(docs["new"]))
    table.add_row("recoded (an older Sitrep coded them)", str(docs["recoded"]))
    table.add_row("skipped as duplicates", str(docs["skipped_duplicates"]))
    table.add_row("failed", str(docs["failed"]))
    table.add_row("new reports", str(data["reports"]["new"]))
    table.add_row("reports in store", str(data["reports"]["total"]))
    table.add_row("events", str(data["events"]))
    table.add_row("time", f"{data['timings_s'].get('total', 0):.1f} s")
    table.add_row("database", data["database"])
    table.add_row("outputs", str(out))
    console.print(table)
    for failure in summary.failed:
        console.print(f"[yellow]failed:[/yellow] {failure['origin']}: {failure['reason']}")


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="JSONL files, folders, RSS/Atom files or URLs, page URLs, files of URLs.")],
    out: Annotated[Path, typer.Option("--out", help="Folder for events.csv, reports.csv, framing.csv, events.geojson, run.json.")],
    db: DbOption = Path("sitrep.duckdb"),
    sources: Annotated[Optional[Path], typer.Option("--sources", help="Sources CSV: id,name,language,country,ownership.")] = None,
) -> None:
    """Ingest, code, geocode and fuse INPUTS into the database, and write the event files."""
    from .pipeline import run as run_pipeline

    from .ingest import SourcesFileError

    if sources is not None and not sources.is_file():
        _fail(f"sources file not found: {sources}")
    _load_models()
    try:
        with _progress_bar() as progress:
            summary = run_pipeline(inputs, out, db=db, sources=sources, progress=progress)
    except SourcesFileError as exc:
        _fail(str(exc))
    _print_run_summary(summary, out)


@app.command()
def code(
    input: Annotated[Path, typer.Argument(help="JSONL file of documents.")],
    out: Annotated[Path, typer.Option("--out", help="Output JSONL: one line per input line.")],
    workers: Annotated[int, typer.Option("--workers", min=0, help=(
        "Processes to code in, each holding ~450 MB of models. 0: one per core, at most 4; "
        "a file of under 200 lines is coded in one."))] = 0,
) -> None:
    """Code each document on its own (no fusion, no database)."""
    from concurrent.futures.process import BrokenProcessPool

    from .pipeline import code_file, default_workers

    if not input.is_file():
        _fail(f"input file not found: {input}")
    if not workers:
        with open(input, "rb") as fh:
            workers = default_workers(sum(1 for _ in fh))
    if workers == 1:
        _load_models()
    try:
        with _progress_bar() as progress:
            counts = code_file(input, out, progress=progress, workers=workers)
    except (FileNotFoundError, ValueError, OSError) as exc:  # a worker could not load the models
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1)
    except BrokenProcessPool:
        console.print(f"[red]error:[/red] a coding process died (out of memory?); "
                      f"try again with fewer --workers than {workers}")
        raise typer.Exit(1)
    console.print(f"coded {counts['documents']} documents, {counts['events']} events, "
                  f"{counts['errors']} errors → {out}")


@app.command()
def geoparse(
    input: Annotated[Path, typer.Argument(help="JSONL file of documents.")],
    out: Annotated[Path, typer.Option("--out", help="Output JSONL: every place name in each document, resolved.")],
) -> None:
    """Find and resolve every place name in each document."""
    from .pipeline import geoparse_file

    if not input.is_file():
        _fail(f"input file not found: {input}")
    with _progress_bar() as progress:
        counts = geoparse_file(input, out, progress=progress)
    console.print(f"{counts['documents']} documents, {counts['places']} place names, "
                  f"{counts['errors']} errors → {out}")


@app.command()
def report(
    db: DbOption = Path("sitrep.duckdb"),
    out: Annotated[Path, typer.Option("--out", help="Folder for report.html, report.md, analysis.json.")] = Path("report"),
    compare_date: Annotated[Optional[str], typer.Option("--compare-date", help="YYYY-MM-DD: compare rates before and after.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="First day covered, YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Last day covered, YYYY-MM-DD.")] = None,
    region: Annotated[Optional[str], typer.Option("--region", help="Only events in this admin-1 region.")] = None,
) -> None:
    """Write the analyst's report (HTML, Markdown, analysis.json) from the database."""
    from .pipeline import report as build_report

    if not db.is_file():
        _fail(f"database not found: {db} (run `sitrep run … --db {db}` first)")
    figures = build_report(db, out, compare_date=compare_date, since=since, until=until, region=region)
    console.print(f"{figures.get('events', 0)} events → {out / 'report.html'}, {out / 'report.md'}, {out / 'analysis.json'}")


@app.command()
def demo(
    out: Annotated[Path, typer.Option("--out", help="Folder for the demo's outputs and database.")] = Path("demo-out"),
) -> None:
    """Run the whole pipeline and the report on the bundled example corpus."""
    from .pipeline import report as build_report
    from .pipeline import run as run_pipeline

    demo_dir = resources.files("sitrep") / "data" / "demo"
    documents, sources = Path(str(demo_dir / "documents.jsonl")), Path(str(demo_dir / "sources.csv"))
    out.mkdir(parents=True, exist_ok=True)
    db = out / "sitrep.duckdb"
    _load_models()
    with _progress_bar() as progress:
        summary = run_pipeline([str(documents)], out, db=db, sources=sources, progress=progress)
    _print_run_summary(summary, out)
    build_report(db, out, compare_date="2022-09-30")
    out_console.print(f"\nDemo finished. Results in [bold]{out}/[/bold]:")
    for name in ("report.html", "report.md", "analysis.json", "events.csv", "reports.csv", "framing.csv",
                 "coverage.csv", "reframed.csv", "events.geojson", "run.json", "sitrep.duckdb"):
        out_console.print(f"  {out / name}")


@app.command()
def export(
    db: DbOption = Path("sitrep.duckdb"),
    out: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("export"),
    format: Annotated[list[str], typer.Option("--format", "-f", help="csv, geojson, parquet (repeatable).")] = ["csv", "geojson", "parquet"],
) -> None:
    """Export events, reports and framing from the database."""
    from .pipeline import export_store

    unknown = set(format) - {"csv", "geojson", "parquet"}
    if unknown:
        _fail(f"unknown format(s): {', '.join(sorted(unknown))}; use csv, geojson or parquet")
    if not db.is_file():
        _fail(f"database not found: {db}")
    for path in export_store(db, out, format):
        out_console.print(str(path))


@app.command()
def status(db: DbOption = Path("sitrep.duckdb")) -> None:
    """What the database holds, and its runs."""
    from .store import Store

    if not db.is_file():
        _fail(f"database not found: {db}")
    with Store(db, read_only=True) as store:
        counts, runs = store.counts(), store.runs()
    table = Table(title=f"Sitrep database {db}")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, n in counts.items():
        table.add_row(name, str(n))
    out_console.print(table)
    if runs:
        last = runs[-1]
        out_console.print(f"last run {last['run_id']}: started {last['started_at']}, "
                          f"finished {last['finished_at'] or '(interrupted)'}")


@app.command()
def train(
    inputs: Annotated[Optional[list[str]], typer.Argument(help="Training files (our JSONL, ACLED CSV, CASE TSV); default: the shipped corpus.")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Model folder; default: the package's.")] = None,
    embeddings: Annotated[bool, typer.Option("--embeddings/--no-embeddings",
                                             help="Also train the e5 embedding head (slower on large exports).")] = True,
    folds: Annotated[int, typer.Option(help="Cross-validation folds that choose the heads' mixture (1: none).")] = 5,
    encoder: Annotated[str, typer.Option(help="Encoder the embedding head reads: event (e5 tuned for event types) or base.")] = "event",
) -> None:
    """Train the event classifier reproducibly."""
    from .coding import LabelledFileError
    from .coding import train as train_model

    try:
        with console.status("training the event classifier"):
            metrics = train_model(inputs or None, out, embeddings=embeddings, folds=folds, encoder=encoder)
    except (LabelledFileError, FileNotFoundError) as exc:
        _fail(str(exc))
    for key, value in metrics.items():
        out_console.print(f"{key}: {value}")


@app.command()
def evaluate(
    file: Annotated[Path, typer.Argument(help="Labelled TSV/CSV (CASE 2021 format or ACLED export) or our JSONL.")],
    mode: Annotated[str, typer.Option(help="snippet: classify each text; document: run the whole coder on it.")] = "snippet",
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the full scores as JSON here.")] = None,
) -> None:
    """Score the event coder on a labelled file: F1 over the 25 ACLED classes, no-event precision/recall, confusions."""
    import json

    from .coding import LabelledFileError, format_scores
    from .coding import evaluate as evaluate_model

    if not file.is_file():
        _fail(f"file not found: {file}")
    if mode not in {"snippet", "document"}:
        _fail(f"--mode must be snippet or document, not {mode!r}")
    try:
        result = evaluate_model(str(file), mode=mode)
    except LabelledFileError as exc:
        _fail(str(exc))
    out_console.print(format_scores(result), highlight=False)
    if json_out:
        json_out.write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")


@app.command()
def serve(
    db: DbOption = Path("sitrep.duckdb"),
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the database read-only: JSON API under /api and the report at /."""
    import uvicorn

    from .web import create_app

    console.print(f"serving {db} on http://{host}:{port}/ (API docs at /docs)")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@gazetteer_app.command("build")
def gazetteer_build(
    country: Annotated[Optional[str], typer.Option("--country", help="ISO alpha-2 code of a GeoNames country dump to add.")] = None,
    source: Annotated[Optional[str], typer.Option("--from", help="Dump file or URL (default: geonames.org).")] = None,
) -> None:
    """Build the gazetteer index; with --country, add a full GeoNames country dump."""
    from .geo import build_gazetteer

    path = build_gazetteer(country, source, progress=True)
    out_console.print(f"gazetteer → {path}")


@sources_app.command("add")
def sources_add(
    id: str,
    db: DbOption = Path("sitrep.duckdb"),
    name: str = "",
    language: str = "",
    country: str = "",
    ownership: Annotated[str, typer.Option(help="state or independent")] = "",
) -> None:
    """Add or update an outlet."""
    from .model import Source
    from .store import Store

    if ownership not in {"", "state", "independent"}:
        _fail(f"ownership must be 'state' or 'independent', not {ownership!r}")
    with Store(db) as store:
        store.upsert_sources([Source(id, name, language, country, ownership)])
    out_console.print(f"source {id} saved in {db}")


@sources_app.command("list")
def sources_list(db: DbOption = Path("sitrep.duckdb")) -> None:
    """List the outlets the database knows."""
    from .store import Store

    if not db.is_file():
        _fail(f"database not found: {db}")
    with Store(db, read_only=True) as store:
        sources = store.sources()
    table = Table(title="Sources")
    for col in ("id", "name", "language", "country", "ownership"):
        table.add_column(col)
    for s in sources.values():
        table.add_row(s.id, s.name, s.language, s.country, s.ownership)
    out_console.print(table)


if __name__ == "__main__":
    app()
