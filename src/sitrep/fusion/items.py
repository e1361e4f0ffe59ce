"""Reports in the compact, canonically ordered form the clusterer works on."""

from __future__ import annotations

from datetime import date, datetime, timezone

import numpy as np

from ..model import Report
from .compatibility import Item, family_of


def parse_day(value: str | None) -> int | None:
    """The ordinal of a YYYY-MM-DD date (or the date part of a timestamp);
    None when absent or unreadable."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def published_day(published_at: str | None) -> int | None:
    """The outlet's local calendar day of publication (the offset as written)."""
    return parse_day(published_at)


def arrival_key(report: Report) -> str:
    """When a report reached us, as a sortable UTC string.

    Event ids are anchored on a cluster's earliest-arriving report, so that
    reports published later join an event without changing its id.
    """
    if report.published_at:
        try:
            moment = datetime.fromisoformat(report.published_at)
        except ValueError:
            moment = None
        if moment is not None:
            if moment.tzinfo is not None:
                moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
            return moment.isoformat(timespec="seconds")
    return report.event_date or "9999"


def canonical_order(reports: list[Report]) -> list[Report]:
    """Reports sorted by (event date, report id): the order every decision
    follows, whatever order the input came in.

    Raises ValueError when two reports share an id.
    """
    ordered = sorted(reports, key=lambda r: (r.event_date or "", r.report_id))
    for a, b in zip(ordered, ordered[1:]):
        if a.report_id == b.report_id:
            raise ValueError(f"two reports share the id {a.report_id!r} (documents {a.doc_id!r}, {b.doc_id!r})")
    return ordered


def _admin1_key(report: Report) -> str:
    place = report.location
    if place is None or not (place.admin1_code or place.admin1):
        return ""
    return f"{place.country}|{place.admin1_code or place.admin1.casefold()}"


def to_item(index: int, report: Report, embedding: np.ndarray | None) -> Item:
    pub_day = published_day(report.published_at)
    day = parse_day(report.event_date)
    precision = report.time_precision if report.time_precision in (1, 2, 3) else 3
    if day is None and pub_day is not None:
        # Undated: it happened in the days before publication.
        day, precision = pub_day, max(precision, 2)
    place = report.location
    lat = lon = None
    geonameid = None
    admin2 = ""
    geo_precision = 3
    if place is not None:
        if place.latitude is not None and place.longitude is not None:
            lat, lon = float(place.latitude), float(place.longitude)
        geonameid = place.geonameid
        admin2 = place.admin2.casefold() if place.admin2 else ""
        geo_precision = place.geo_precision if place.geo_precision in (1, 2, 3) else 3
        if place.feature in ("region", "country"):
            geo_precision = 3
    if embedding is not None:
        embedding = np.asarray(embedding, dtype=np.float32).reshape(-1)
    return Item(
        index=index,
        report_id=report.report_id,
        doc_id=report.doc_id,
        source=report.source,
        day=day,
        time_precision=precision,
        pub_day=pub_day,
        lat=lat,
        lon=lon,
        geonameid=geonameid if geo_precision < 3 else None,
        admin1=_admin1_key(report),
        admin2=admin2,
        geo_precision=geo_precision,
        sub_event_type=report.sub_event_type,
        family=family_of(report.sub_event_type),
        perpetrator=report.perpetrator or "unknown",
        perpetrator_country=report.perpetrator_country,
        embedding=embedding,
    )


def to_items(reports: list[Report], embeddings: dict[str, np.ndarray] | None) -> list[Item]:
    """Items for reports already in canonical order."""
    embeddings = embeddings or {}
    return [to_item(i, r, embeddings.get(r.report_id)) for i, r in enumerate(reports)]
