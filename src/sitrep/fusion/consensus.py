"""One coding per event from its reports, keeping where outlets disagree.

Each outlet votes once per event, with the account of its most confident
report. Votes are weighted by the outlet's independence:

- independent outlets weigh 1.0: each corroborates on its own;
- state outlets weigh 0.5: in a war they carry one editorial line between
  them and have a stake in how an incident is told (a partisan bombing
  becomes "enemy shelling"), so two state outlets together count as one
  independent witness;
- outlets of unknown ownership weigh 0.75;

scaled by the report's coding confidence (0.5 + 0.5 * confidence, so an
unsure coding still counts half). Ties go to the value an independent outlet
gives, then to the value more outlets give, then to a specific value over
"unknown", then to the first in sort order, so the result never depends on
input order.

Fatalities follow ACLED's conservative rule: when outlets give different
death tolls, the lowest reported figure is coded. A report that gives no
figure carries 0 and is not read as a claim of zero deaths, so the rule
takes the minimum over reports that give a figure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

from ..model import INDEPENDENT, STATE, Event, Place, Report, Source
from ..nlp import split_sentences
from ..taxonomy import event_type_of
from .compatibility import NONCOMMITTAL_TYPES

OWNERSHIP_WEIGHT = {INDEPENDENT: 1.0, STATE: 0.5}
UNKNOWN_OWNERSHIP_WEIGHT = 0.75
UNKNOWN = "unknown"
# "unknown" perpetrator or target says less than a named one: half a vote.
UNKNOWN_VOTE_FACTOR = 0.5
NOTES_MAX_CHARS = 300


def ownership_weight(source: str, sources: dict[str, Source]) -> float:
    known = sources.get(source)
    return OWNERSHIP_WEIGHT.get(known.ownership, UNKNOWN_OWNERSHIP_WEIGHT) if known else UNKNOWN_OWNERSHIP_WEIGHT


def coding_confidence(report: Report) -> float:
    """Report confidence in [0, 1]; 0 (not given) reads as an even 0.5."""
    c = report.confidence
    return 0.5 if not c or c <= 0 else min(1.0, float(c))


def representatives(members: list[Report]) -> dict[str, Report]:
    """Each outlet's account of the event: its most confident report
    (first in canonical order on ties). Members come in canonical order."""
    best: dict[str, Report] = {}
    for r in members:
        current = best.get(r.source)
        if current is None or coding_confidence(r) > coding_confidence(current):
            best[r.source] = r
    return best


@dataclass
class _Ballot:
    value: Hashable
    weight: float
    source: str


def weighted_vote(ballots: Iterable[_Ballot], *, weak: Callable[[Hashable], bool] = lambda v: False) -> Hashable | None:
    """The value with the largest total weight. Ties go to the value backed by
    the most independent single outlet (two state outlets do not outvote one
    independent one), then to more outlets, then to a non-weak value, then
    to the smallest value in sort order."""
    weights: dict[Hashable, float] = defaultdict(float)
    strongest: dict[Hashable, float] = defaultdict(float)
    outlets: dict[Hashable, set[str]] = defaultdict(set)
    for b in ballots:
        weights[b.value] += b.weight * (UNKNOWN_VOTE_FACTOR if weak(b.value) else 1.0)
        strongest[b.value] = max(strongest[b.value], b.weight)
        outlets[b.value].add(b.source)
    if not weights:
        return None
    return min(weights, key=lambda v: (-round(weights[v], 9), -round(strongest[v], 9), -len(outlets[v]),
                                       weak(v), str(v)))


def _is_unknown(value: Hashable) -> bool:
    return value in ("", UNKNOWN, None)


def _place_key(place: Place) -> str:
    return str(place.geonameid) if place.geonameid is not None else (place.name or place.text).casefold()


def _place_name(place: Place) -> str:
    return place.name or place.text


def _disagreement(members: list[Report], value_of: Callable[[Report], str | None]) -> dict[str, list[str]]:
    by_value: dict[str, set[str]] = defaultdict(set)
    for r in members:
        value = value_of(r)
        if value is not None:
            by_value[value].add(r.source)
    if len(by_value) < 2:
        return {}
    return {v: sorted(s) for v, s in sorted(by_value.items())}


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return ""
    sentences = split_sentences(text)
    sentence = sentences[0].text if sentences else text
    if len(sentence) > NOTES_MAX_CHARS:
        sentence = sentence[:NOTES_MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return sentence


def agrees(report: Report, event: Event) -> bool:
    """Whether a report tells the event as the consensus does.

    Type and perpetrator are compared where both sides give one: an account
    that names no perpetrator (or no country), or codes the incident only as
    "Other", does not contradict one that does; it withholds, and coverage shows that. A reframing is an outlet
    saying something *else*: "shelling" for a car bomb, Ukrainian forces
    for partisans.
    """
    if (report.sub_event_type not in NONCOMMITTAL_TYPES and event.sub_event_type not in NONCOMMITTAL_TYPES
            and report.sub_event_type != event.sub_event_type):
        return False
    perpetrator = report.perpetrator or UNKNOWN
    if perpetrator != UNKNOWN and event.perpetrator != UNKNOWN and perpetrator != event.perpetrator:
        return False
    return not (report.perpetrator_country and event.perpetrator_country
                and report.perpetrator_country != event.perpetrator_country)


def consensus_event(event_id: str, members: list[Report], sources: dict[str, Source]) -> Event:
    """The event coded from its member reports (given in canonical order)."""
    reps = representatives(members)
    weight = {s: ownership_weight(s, sources) * (0.5 + 0.5 * coding_confidence(r)) for s, r in reps.items()}

    def ballots(value_of: Callable[[Report], Hashable], reports: Iterable[Report] | None = None) -> list[_Ballot]:
        chosen = reps.values() if reports is None else reports
        return [_Ballot(value_of(r), weight[r.source], r.source) for r in chosen]

    sub_event_type = weighted_vote((b for b in ballots(lambda r: r.sub_event_type) if b.value),
                                   weak=lambda v: v in NONCOMMITTAL_TYPES) or ""
    perpetrator = weighted_vote(ballots(lambda r: r.perpetrator or UNKNOWN), weak=_is_unknown) or UNKNOWN
    with_perpetrator = [r for r in reps.values() if (r.perpetrator or UNKNOWN) == perpetrator]
    perpetrator_country = weighted_vote(
        b for b in ballots(lambda r: r.perpetrator_country, with_perpetrator) if b.value) or ""
    target = weighted_vote(ballots(lambda r: r.target or UNKNOWN), weak=_is_unknown) or UNKNOWN
    actor1 = weighted_vote(b for b in ballots(lambda r: r.actor1, with_perpetrator) if b.value) or ""
    actor2 = weighted_vote(b for b in ballots(lambda r: r.actor2) if b.value) or ""

    # Date: the best-precision accounts vote; ties to the earliest date.
    dated = [r for r in reps.values() if r.event_date]
    time_precision = min((r.time_precision for r in dated), default=3)
    event_date = weighted_vote(ballots(lambda r: r.event_date, [r for r in dated if r.time_precision == time_precision]))

    # Place: the most precise accounts vote on the place.
    placed = [r for r in members if r.location is not None]
    place: Place | None = None
    if placed:
        best_precision = min(r.location.geo_precision for r in placed)  # type: ignore[union-attr]
        precise = [r for r in placed if r.location.geo_precision == best_precision]  # type: ignore[union-attr]
        per_outlet = {r.source: r for r in reversed(precise)}  # first precise report per outlet
        key = weighted_vote(_Ballot(_place_key(r.location), weight.get(s, UNKNOWN_OWNERSHIP_WEIGHT), s)  # type: ignore[arg-type]
                            for s, r in per_outlet.items())
        place = next(r.location for r in precise if _place_key(r.location) == key)  # type: ignore[arg-type]

    figures = [r.fatalities for r in members if r.fatalities and r.fatalities > 0]
    fatalities = min(figures) if figures else 0

    outlets = sorted(reps)
    event = Event(
        event_id=event_id,
        event_date=event_date,  # type: ignore[arg-type]
        time_precision=time_precision,
        event_type=event_type_of(sub_event_type),  # type: ignore[arg-type]
        sub_event_type=sub_event_type,  # type: ignore[arg-type]
        perpetrator=perpetrator,  # type: ignore[arg-type]
        perpetrator_country=perpetrator_country,  # type: ignore[arg-type]
        actor1=actor1,  # type: ignore[arg-type]
        actor2=actor2,  # type: ignore[arg-type]
        target=target,  # type: ignore[arg-type]
        fatalities=fatalities,
        n_reports=len(members),
        n_sources=len(outlets),
        sources=outlets,
        report_ids=[r.report_id for r in members],
    )
    if place is not None:
        event.country = place.country
        event.admin1 = place.admin1
        event.admin2 = place.admin2
        event.location = _place_name(place)
        event.geonameid = place.geonameid
        event.latitude = place.latitude
        event.longitude = place.longitude
        event.geo_precision = place.geo_precision

    disagreement = {
        "sub_event_type": _disagreement(members, lambda r: r.sub_event_type or None),
        "perpetrator": _disagreement(members, lambda r: r.perpetrator or UNKNOWN),
        "perpetrator_country": _disagreement(members, lambda r: r.perpetrator_country or None),
        "event_date": _disagreement(members, lambda r: r.event_date),
        "location": _disagreement(members, lambda r: _place_name(r.location) if r.location else None),
        "fatalities": _disagreement(members, lambda r: str(r.fatalities) if r.fatalities else None),
    }
    event.disagreement = {k: v for k, v in disagreement.items() if v}

    # Confidence: independent corroboration (noisy-or over outlets) times the
    # share of the vote behind the consensus type.
    doubt = 1.0
    for s, r in reps.items():
        doubt *= 1.0 - ownership_weight(s, sources) * coding_confidence(r)
    total = sum(weight.values())
    behind = sum(weight[s] for s, r in reps.items() if r.sub_event_type == sub_event_type)
    agreement = behind / total if total else 0.0
    event.confidence = round((1.0 - doubt) * (0.5 + 0.5 * agreement), 3)

    # Notes: the best agreeing account's first evidence sentence.
    best = best_account(members, event, sources)
    event.notes = first_sentence(best.evidence) or _summary(event)
    return event


def best_account(members: list[Report], event: Event, sources: dict[str, Source]) -> Report:
    """The report that best tells the event as coded: one that agrees with the
    consensus, has evidence, is in English (the report's language), from the
    most independent and most confident outlet; canonical order on ties."""
    return min(members, key=lambda r: (not agrees(r, event), not r.evidence, r.language != "en",
                                       -ownership_weight(r.source, sources), -coding_confidence(r)))


def _summary(event: Event) -> str:
    where = f" in {event.location}" if event.location else (f" in {event.admin1}" if event.admin1 else "")
    when = f" on {event.event_date}" if event.event_date else ""
    return f"{event.sub_event_type or 'Event'}{where}{when}."
