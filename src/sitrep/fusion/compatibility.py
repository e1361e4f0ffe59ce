"""Whether two reports can describe one incident, and how strongly they agree.

Two kinds of rule live here. *Hard* rules say when two reports cannot be one
incident whatever else they share (too far apart in time or space, a protest
and a shelling, one document's two reports). *Soft* evidence adds up to a
pair score; the clusterer merges the strongest pairs first.

Outlets frame one incident differently on purpose: a state outlet's
"Ukrainian shelling" may be an independent outlet's "partisan car bomb". So
sub-event types are compared through *compatibility groups* (types one
incident can plausibly be described as), not by equality.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass

import numpy as np

# Sub-event types one incident may be reported as by outlets with different
# lines. A type may sit in several groups (an armed clash can be told as an
# attack, or as a territory change).
COMPATIBLE_GROUPS: tuple[frozenset[str], ...] = (
    # Violence with weapons: a car bomb, a "missile strike", a drone hit, an
    # arson or a shooting at one place on one day are often one incident
    # retold.
    frozenset({
        "Armed clash", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade", "Chemical weapon", "Attack",
        "Looting/property destruction",
    }),
    # Taking people: "abducted" by one outlet is "detained" by another, and an
    # "attack prevented, saboteurs detained" by a security service's channel.
    frozenset({"Arrests", "Abduction/forced disappearance", "Disrupted weapons use"}),
    # A strike whose target's side reports it as drones or missiles shot down
    # ("debris fell on the depot"): one incident, two framings.
    frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Disrupted weapons use"}),
    # Crowds: one rally is "peaceful" to one outlet and a "riot" to another.
    frozenset({
        "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
        "Violent demonstration", "Mob violence",
    }),
    # Territory changing hands, with or without the fighting being reported.
    frozenset({
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
    }),
)


def _families() -> dict[str, int]:
    """Sub-event type -> blocking family: groups that share a type are joined,
    so that every compatible pair falls in one family."""
    parent = list(range(len(COMPATIBLE_GROUPS)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a in range(len(COMPATIBLE_GROUPS)):
        for b in range(a + 1, len(COMPATIBLE_GROUPS)):
            if COMPATIBLE_GROUPS[a] & COMPATIBLE_GROUPS[b]:
                parent[find(b)] = find(a)
    return {t: find(g) for g, group in enumerate(COMPATIBLE_GROUPS) for t in group}


FAMILY_OF: dict[str, int] = _families()
# Types outside every group only meet their own kind; unknown types meet all.
ANY_FAMILY = -1


# ACLED's catch-all: a report coded "Other" makes no claim about what kind of
# incident it was (a recap, an analytic aside), so it neither matches nor
# contradicts any type.
NONCOMMITTAL_TYPES = frozenset({"", "Other"})


def family_of(sub_event_type: str) -> int:
    """The blocking family of a sub-event type (ANY_FAMILY when noncommittal)."""
    if sub_event_type in NONCOMMITTAL_TYPES:
        return ANY_FAMILY
    # crc32, not hash(): Python salts string hashes per process.
    return FAMILY_OF.get(sub_event_type, 1000 + zlib.crc32(sub_event_type.encode("utf-8")))


def types_compatible(a: str, b: str) -> bool:
    if a in NONCOMMITTAL_TYPES or b in NONCOMMITTAL_TYPES or a == b:
        return True
    return any(a in g and b in g for g in COMPATIBLE_GROUPS)


# --- place ---------------------------------------------------------------

# Two points this close are one place for a single incident: a town and its
# outskirts, or two gazetteer points for one settlement.
NEAR_KM = 25.0
# "Near X" (geo_precision 2) locates the incident less exactly.
NEAR_KM_APPROXIMATE = 40.0
EARTH_KM = 6371.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


# --- the pair ------------------------------------------------------------


@dataclass(slots=True)
class Item:
    """What fusion needs of one report, in a compact form.

    ``day`` is the proleptic ordinal of the event date; ``pub_day`` that of
    the local publication date. ``admin1``/``admin2`` are normalised keys.
    """

    index: int  # position in the canonical order
    report_id: str
    doc_id: str
    source: str
    day: int | None
    time_precision: int
    pub_day: int | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    admin1: str
    admin2: str
    geo_precision: int
    sub_event_type: str
    family: int
    perpetrator: str
    perpetrator_country: str
    embedding: np.ndarray | None
    has_point: bool = False  # coordinates of the place itself or near it (not a region's)
    has_place: bool = False  # a point or at least the admin1

    def __post_init__(self) -> None:
        self.has_point = self.lat is not None and self.lon is not None and self.geo_precision < 3
        self.has_place = self.has_point or bool(self.admin1)


# Days two reports' event dates may differ by, given the coarser of their
# time precisions (1 day, 2 week, 3 month).
DATE_WINDOW = {1: 1, 2: 7, 3: 31}
# A two-day gap is allowed between day-precise dates when both reports were
# published within two days of each other: relative dates ("on Sunday",
# "накануне") resolved against different publication days drift by one.
DATE_WINDOW_SAME_NEWS_CYCLE = 2
MAX_DAY_WINDOW = max(DATE_WINDOW[1], DATE_WINDOW_SAME_NEWS_CYCLE)

# Pair evidence weights. A pair merges at MERGE_SCORE; typical merges:
# same town + same day + compatible (reframed) type = 2.2; same town + one day
# apart + same type = 2.6; region-only + one day apart + same type = 1.9.
# Non-merges: region-only + same day + merely compatible type = 1.5; 25 km
# apart + same day + compatible type = 1.7.
MERGE_SCORE = 1.75
# Two reports from one outlet are one incident only on stronger evidence and
# the same type: an outlet usually reports two incidents when it files twice.
SAME_SOURCE_EXTRA = 0.6
# Without any place, only near-identical text (with the same type and date)
# joins two reports.
NO_PLACE_TEXT_SIMILARITY = 0.93
# e5 cosine similarities sit high (unrelated news ~0.75-0.8, one incident
# retold ~0.85-0.95, also across languages): centre and scale them.
TEXT_CENTRE = 0.83
TEXT_SCALE = 8.0
TEXT_MAX = 0.6


def date_score(a: Item, b: Item) -> float | None:
    """Evidence from the dates, or None when they rule the pair out."""
    if a.day is None or b.day is None:
        return None
    gap = abs(a.day - b.day)
    precision = max(a.time_precision, b.time_precision)
    if precision >= 2:
        return 0.3 if gap <= DATE_WINDOW.get(precision, DATE_WINDOW[3]) else None
    if gap == 0:
        return 1.0
    if gap == 1:
        return 0.6
    if gap == 2 and a.pub_day is not None and b.pub_day is not None and abs(a.pub_day - b.pub_day) <= 2:
        return 0.3
    return None


def place_score(a: Item, b: Item) -> float | None:
    """Evidence from the places, None when they rule the pair out, 0.0 when
    one report has no place at all."""
    if not a.has_place or not b.has_place:
        return 0.0
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 1.0
    if a.has_point and b.has_point:
        limit = NEAR_KM if max(a.geo_precision, b.geo_precision) <= 1 else NEAR_KM_APPROXIMATE
        d = distance_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if d <= limit:
            return 1.0 - 0.5 * d / limit
        if a.admin2 and a.admin2 == b.admin2:
            return 0.5
        return None
    # At least one report knows only the region.
    if a.admin1 and a.admin1 == b.admin1:
        if a.admin2 and a.admin2 == b.admin2:
            return 0.5
        return 0.3
    return None


def type_score(a: Item, b: Item) -> float | None:
    if a.sub_event_type in NONCOMMITTAL_TYPES or b.sub_event_type in NONCOMMITTAL_TYPES:
        return 0.3
    if a.sub_event_type == b.sub_event_type:
        return 1.0
    if types_compatible(a.sub_event_type, b.sub_event_type):
        return 0.2
    return None


def perpetrator_score(a: Item, b: Item) -> float:
    if a.perpetrator == b.perpetrator and a.perpetrator not in ("", "unknown"):
        if a.perpetrator_country and b.perpetrator_country and a.perpetrator_country != b.perpetrator_country:
            return 0.0
        return 0.3
    return 0.0


def text_similarity(a: Item, b: Item) -> float | None:
    if a.embedding is None or b.embedding is None:
        return None
    return float(np.dot(a.embedding, b.embedding))


def text_score(similarity: float | None) -> float:
    if similarity is None:
        return 0.0
    return max(-TEXT_MAX, min(TEXT_MAX, (similarity - TEXT_CENTRE) * TEXT_SCALE))


def compatible(a: Item, b: Item) -> bool:
    """The hard rules only: may ``a`` and ``b`` sit in one event at all?"""
    if a.doc_id == b.doc_id:
        return False
    return (date_score(a, b) is not None and place_score(a, b) is not None
            and type_score(a, b) is not None)


def pair_score(a: Item, b: Item) -> float | None:
    """The evidence that ``a`` and ``b`` report one incident, or None when a
    hard rule rules it out or the evidence falls short of merging."""
    if a.doc_id == b.doc_id:
        return None
    ds = date_score(a, b)
    if ds is None:
        return None
    ps = place_score(a, b)
    if ps is None:
        return None
    ts = type_score(a, b)
    if ts is None:
        return None
    similarity = text_similarity(a, b)
    if not a.has_place or not b.has_place:
        # Nothing places the pair: only the same type and day and
        # near-identical wording say it is one incident.
        if (a.sub_event_type != b.sub_event_type or ds < 1.0 or similarity is None
                or similarity < NO_PLACE_TEXT_SIMILARITY):
            return None
        ps = 0.5
    same_source = bool(a.source) and a.source == b.source
    if same_source and a.sub_event_type != b.sub_event_type:
        # An outlet that files twice and codes differently reports two things.
        return None
    score = ds + ps + ts + perpetrator_score(a, b) + text_score(similarity)
    needed = MERGE_SCORE + (SAME_SOURCE_EXTRA if same_source else 0.0)
    return score if score >= needed else None
