"""Writers for the contract's output files: CSV, GeoJSON and Parquet.

Column names and order follow ``CONTRACT.md`` exactly; extra columns come
after the contract's.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from .model import Event, Framing, Report

EVENT_COLUMNS = (
    "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "perpetrator",
    "perpetrator_country", "actor1", "actor2", "target", "country", "admin1", "admin2", "location",
    "geonameid", "latitude", "longitude", "geo_precision", "fatalities", "n_reports", "n_sources",
    "sources", "notes", "confidence",
)
REPORT_COLUMNS = (
    "report_id", "doc_id", "source", "event_id", "event_date", "sub_event_type", "perpetrator",
    "perpetrator_country", "fatalities", "location", "latitude", "longitude", "evidence", "confidence",
)
# Extra report columns, after the contract's: what an analyst checking a coding wants to see.
REPORT_EXTRA_COLUMNS = (
    "event_type", "target", "actor1", "actor2", "attribution", "injuries", "time_precision",
    "geonameid", "admin1", "geo_precision", "language",
)
FRAMING_COLUMNS = (
    "event_id", "source", "ownership", "reported", "sub_event_type", "perpetrator", "fatalities", "differs",
)


def event_record(event: Event) -> dict:
    record = {c: getattr(event, c) for c in EVENT_COLUMNS}
    record["sources"] = ";".join(event.sources)
    record["confidence"] = round(event.confidence, 3)
    return record


def report_record(report: Report, event_id: str | None) -> dict:
    place = report.location
    record = {
        "report_id": report.report_id, "doc_id": report.doc_id, "source": report.source,
        "event_id": event_id or "", "event_date": report.event_date,
        "sub_event_type": report.sub_event_type, "perpetrator": report.perpetrator,
        "perpetrator_country": report.perpetrator_country, "fatalities": report.fatalities,
        "location": place.name or place.text if place else "",
        "latitude": place.latitude if place else None, "longitude": place.longitude if place else None,
        "evidence": report.evidence, "confidence": round(report.confidence, 3),
    }
    record.update({
        "event_type": report.event_type, "target": report.target, "actor1": report.actor1,
        "actor2": report.actor2, "attribution": report.attribution, "injuries": report.injuries,
        "time_precision": report.time_precision,
        "geonameid": place.geonameid if place else None, "admin1": place.admin1 if place else "",
        "geo_precision": place.geo_precision if place else None, "language": report.language,
    })
    return record


def framing_record(row: Framing) -> dict:
    return {c: getattr(row, c) for c in FRAMING_COLUMNS}


def write_csv(path: Path, columns: Iterable[str], records: Iterable[dict]) -> Path:
    columns = list(columns)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for record in records:
            writer.writerow({k: "" if v is None else v for k, v in record.items()})
    return path


def write_events_csv(path: Path, events: list[Event]) -> Path:
    return write_csv(path, EVENT_COLUMNS, (event_record(e) for e in events))


def write_reports_csv(path: Path, reports: list[Report], links: dict[str, str]) -> Path:
    return write_csv(path, REPORT_COLUMNS + REPORT_EXTRA_COLUMNS,
                     (report_record(r, links.get(r.report_id)) for r in reports))


def write_framing_csv(path: Path, framing: list[Framing]) -> Path:
    return write_csv(path, FRAMING_COLUMNS, (framing_record(f) for f in framing))


COVERAGE_COLUMNS = ("group_by", "group", "ownership", "breakdown", "value", "share_reported")
REFRAMED_COLUMNS = (
    "event_id", "event_date", "source", "ownership", "sub_event_type", "perpetrator", "perpetrator_country",
    "consensus_sub_event_type", "consensus_perpetrator", "consensus_perpetrator_country", "evidence",
    "consensus_source", "consensus_evidence",
)


def coverage_records(coverage: dict) -> list[dict]:
    """Coverage shares in long form: one row per (outlet or ownership group, breakdown, value)."""
    rows = []
    for group_by, key in (("ownership", "by_ownership"), ("source", "by_source")):
        for group, figures in coverage.get(key, {}).items():
            ownership = group if group_by == "ownership" else figures.get("ownership", "")
            rows.append({"group_by": group_by, "group": group, "ownership": ownership, "breakdown": "all",
                         "value": "", "share_reported": figures.get("events_reported")})
            for breakdown in ("event_type", "perpetrator"):
                for value, share in figures.get(f"by_{breakdown}", {}).items():
                    rows.append({"group_by": group_by, "group": group, "ownership": ownership,
                                 "breakdown": breakdown, "value": value, "share_reported": share})
    return rows


def write_coverage_csv(path: Path, coverage: dict) -> Path:
    return write_csv(path, COVERAGE_COLUMNS, coverage_records(coverage))


def write_reframed_csv(path: Path, reframed: list[dict]) -> Path:
    return write_csv(path, REFRAMED_COLUMNS, reframed)


def write_geojson(path: Path, events: list[Event]) -> Path:
    """Events with coordinates as GeoJSON points (RFC 7946: longitude first)."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [e.longitude, e.latitude]},
            "properties": event_record(e),
        }
        for e in events
        if e.latitude is not None and e.longitude is not None
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1),
                    encoding="utf-8")
    return path


def write_parquet(path: Path, records: list[dict]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(records), path)
    return path
