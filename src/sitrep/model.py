"""The data model every stage shares.

Stages pass these plain dataclasses to each other and never each other's
internals: ``ingest`` yields :class:`Document`, ``coding`` turns a document
into :class:`Report` objects (one per event mention), ``geo`` fills each
report's :class:`Place`, ``fusion`` groups reports into :class:`Event` objects
and describes each outlet's account as :class:`Framing` rows, and ``store``
persists all of them.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

# Ownership of an outlet, as the sources file spells it.
STATE = "state"
INDEPENDENT = "independent"


def content_hash(text: str) -> str:
    """A hash of a document's text that ignores whitespace and Unicode form.

    Two copies of one article that differ only in line breaks or NFC/NFD
    form are the same document for deduplication.
    """
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass
class Source:
    """A news outlet or channel."""

    id: str
    name: str = ""
    language: str = ""
    country: str = ""
    ownership: str = ""  # STATE, INDEPENDENT or "" when unknown


@dataclass
class Document:
    """One news report as ingested: the contract's JSONL record."""

    id: str
    text: str
    source: str = ""
    url: str = ""
    published_at: str | None = None  # ISO 8601, with offset when known
    language: str | None = None  # ISO 639-1; detected when absent
    title: str = ""
    origin: str = ""  # where it came from: "file.jsonl:12", a URL, a path

    @property
    def hash(self) -> str:
        return content_hash(self.text)

    @property
    def full_text(self) -> str:
        """Title and body as one text; offsets in reports refer to ``text`` only."""
        return f"{self.title}\n{self.text}" if self.title else self.text


@dataclass
class IngestError:
    """A document or input that could not be read, and why."""

    origin: str  # file and line, file, or URL
    reason: str
    doc_id: str | None = None  # the document's id, when it could be read


@dataclass
class Place:
    """A place name in a text, resolved (or not) to a gazetteer entry."""

    text: str  # the surface form as it appears in the text
    start: int = -1  # character offsets into the document text; -1 when not from text
    end: int = -1
    geonameid: int | None = None
    name: str = ""  # the gazetteer's name (GeoNames `name`)
    feature: str = "city"  # "city", "region" or "country"
    latitude: float | None = None
    longitude: float | None = None
    country: str = ""  # ISO 3166 alpha-2
    admin1: str = ""  # first-level region name, e.g. "Zaporizhzhia Oblast"
    admin1_code: str = ""  # GeoNames admin1 code, e.g. "26"
    admin2: str = ""
    population: int = 0
    geo_precision: int = 1  # 1 the place itself, 2 near it / part of region, 3 region only

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Report:
    """One mention of one event in one document, coded.

    ``evidence`` is the sentence or passage the coding rests on;
    ``evidence_start``/``evidence_end`` locate it in the document text so
    that later stages (the geocoder) can look near it.
    """

    report_id: str
    doc_id: str
    source: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    perpetrator: str = "unknown"
    perpetrator_country: str = ""
    attribution: str = ""  # the source's own words on who did it ("claimed by", "blamed on")
    actor1: str = ""
    actor2: str = ""
    target: str = "unknown"
    fatalities: int = 0
    injuries: int = 0
    event_date: str | None = None  # YYYY-MM-DD
    time_precision: int = 1
    location: Place | None = None
    confidence: float = 0.0
    evidence: str = ""
    evidence_start: int = -1
    evidence_end: int = -1
    language: str = ""
    published_at: str | None = None
    notes: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    """One incident, fused from the reports of one or more outlets."""

    event_id: str
    event_date: str | None
    time_precision: int = 1
    event_type: str = ""
    sub_event_type: str = ""
    perpetrator: str = "unknown"
    perpetrator_country: str = ""
    actor1: str = ""
    actor2: str = ""
    target: str = "unknown"
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    location: str = ""
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    fatalities: int = 0
    n_reports: int = 0
    n_sources: int = 0
    sources: list[str] = field(default_factory=list)
    notes: str = ""
    confidence: float = 0.0
    report_ids: list[str] = field(default_factory=list)
    # Field -> {value: [source ids]} where the reports disagree.
    disagreement: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Framing:
    """How one outlet covered one event: the contract's framing.csv row."""

    event_id: str
    source: str
    ownership: str = ""
    reported: int = 0
    sub_event_type: str = ""
    perpetrator: str = ""
    fatalities: int | None = None
    differs: int = 0
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
