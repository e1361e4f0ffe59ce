"""The analyst's figures: one pure function from the event store's contents
to the contract's ``analysis.json``.

Scope. ``since``/``until`` keep events dated inside the window (undated
events are then left out); ``region`` keeps one admin-1 region. Undated
events count in the headline figures only when no window is set; the
weekly series, the rate comparison and change points use dated events only.

Covered period. Rates are events per day over the period the collection
covers: from ``since`` (else the earlier of the first event date and
``meta["first_document_date"]``) to ``until`` (else the later of the last
event date and ``meta["last_document_date"]``), both ends inclusive. Days
before the comparison date run from the start to the day before it; days
after from the date itself to the end.

When the documents' dates are known, an event dated more than RECALL_DAYS
before the first document, or after the last one, lies outside what the
collection observed: a date misread, or an old event recalled. It counts
in the headline figures but not in the weekly series, the rate comparison
or the change points, where one such date would stretch the period by
months and dilute every rate; the caveats say how many were left out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

from sitrep.analysis import changepoints
from sitrep.analysis.coverage import coverage, reframed
from sitrep.analysis.labels import UNKNOWN_REGION, UNKNOWN_TYPE, perpetrator_noun
from sitrep.analysis.rates import compare_rates
from sitrep.model import Event, Framing, Report, Source

THIN_COUNT = 10  # fewer events than this on one side of the date: the ratio is imprecise
# How long before the first document an event may be dated and still count
# as observed by the collection: reports follow events by days, not months.
RECALL_DAYS = 14


def parse_day(value: str | None) -> date | None:
    """A YYYY-MM-DD (or longer ISO) string as a date; None for empty or unreadable."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _required_day(value: str, what: str) -> date:
    day = parse_day(value)
    if day is None:
        raise ValueError(f"{what}: {value!r} is not a date (expected YYYY-MM-DD)")
    return day


def _long_date(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B %Y')}"


def week_of(day: date) -> date:
    """The Monday starting the ISO week of ``day``."""
    return day - timedelta(days=day.weekday())


def _ranked(counter: Counter) -> dict[str, int]:
    return {k: v for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))}


def _ids_by(events: list[Event], key) -> dict[str, list[str]]:
    ids: dict[str, list[str]] = defaultdict(list)
    for e in events:
        ids[key(e)].append(e.event_id)
    return {k: sorted(v) for k, v in ids.items()}


def _killed(e: Event) -> int:
    return e.fatalities or 0  # a store may hold NULL for "not reported"


def _region(e: Event) -> str:
    return e.admin1 or UNKNOWN_REGION


def _sub_type(e: Event) -> str:
    return e.sub_event_type or UNKNOWN_TYPE


def _event_type(e: Event) -> str:
    return e.event_type or UNKNOWN_TYPE


def _headline(events: list[Event]) -> dict[str, Any]:
    fatalities_by_target: Counter = Counter()
    fatalities_by_perpetrator: Counter = Counter()
    for e in events:
        if _killed(e):
            fatalities_by_target[e.target] += _killed(e)
            fatalities_by_perpetrator[e.perpetrator] += _killed(e)
    # Rows keep the state a perpetrator serves: Russian and Ukrainian state
    # forces are different actors even though the contract's code is one.
    cross: dict[tuple[str, str, str], list[Event]] = defaultdict(list)
    actors: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for e in events:
        cross[(_sub_type(e), e.perpetrator, e.perpetrator_country or "")].append(e)
        actors[(e.perpetrator, e.perpetrator_country or "")].append(e)
    by_type_and_perpetrator = [
        {"sub_event_type": t, "event_type": _event_type(group[0]), "perpetrator": p,
         "perpetrator_country": c, "events": len(group), "fatalities": sum(_killed(e) for e in group),
         "event_ids": sorted(e.event_id for e in group)}
        for (t, p, c), group in sorted(cross.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    by_actor = [
        {"perpetrator": p, "perpetrator_country": c, "events": len(group),
         "fatalities": sum(_killed(e) for e in group), "event_ids": sorted(e.event_id for e in group)}
        for (p, c), group in sorted(actors.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    killed = [e for e in events if _killed(e)]
    return {
        "events": len(events),
        "by_event_type": _ranked(Counter(_event_type(e) for e in events)),
        "by_sub_event_type": _ranked(Counter(_sub_type(e) for e in events)),
        "by_perpetrator": _ranked(Counter(e.perpetrator for e in events)),
        "by_admin1": _ranked(Counter(_region(e) for e in events)),
        "by_target": _ranked(Counter(e.target for e in events)),
        "by_type_and_perpetrator": by_type_and_perpetrator,
        "by_actor": by_actor,
        "fatalities": {"total": sum(_killed(e) for e in events),
                       "by_target": _ranked(fatalities_by_target),
                       "by_perpetrator": _ranked(fatalities_by_perpetrator)},
        "event_ids": {
            "by_event_type": _ids_by(events, _event_type),
            "by_sub_event_type": _ids_by(events, _sub_type),
            "by_perpetrator": _ids_by(events, lambda e: e.perpetrator),
            "by_admin1": _ids_by(events, _region),
            "by_target": _ids_by(events, lambda e: e.target),
            "fatalities_by_target": _ids_by(killed, lambda e: e.target),
            "fatalities_by_perpetrator": _ids_by(killed, lambda e: e.perpetrator),
        },
    }


def _weekly(dated: list[tuple[date, Event]]) -> list[dict[str, Any]]:
    cells: dict[tuple[str, str, str], list[Event]] = defaultdict(list)
    for day, e in dated:
        cells[(week_of(day).isoformat(), _region(e), e.perpetrator)].append(e)
    return [{"week": w, "admin1": r, "perpetrator": p, "events": len(group),
             "fatalities": sum(_killed(e) for e in group),
             "event_ids": sorted(e.event_id for e in group)}
            for (w, r, p), group in sorted(cells.items())]


def _weeks_in(start: date, end: date) -> list[date]:
    first, last = week_of(start), week_of(end)
    return [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]


def _change_points(dated: list[tuple[date, Event]], start: date, end: date) -> tuple[list[dict], dict]:
    weeks = _weeks_in(start, end)
    index = {w: i for i, w in enumerate(weeks)}
    series: dict[str, list[int]] = defaultdict(lambda: [0] * len(weeks))
    for day, e in dated:
        series[e.perpetrator][index[week_of(day)]] += 1
    found: list[dict] = []
    penalties: dict[str, float] = {}
    for name in sorted(series):
        points, penalty = changepoints.detect(series[name])
        if len(weeks) >= changepoints.MIN_WEEKS and sum(series[name]) >= changepoints.MIN_EVENTS:
            penalties[name] = round(penalty, 4)
        for p in points:
            found.append({"series": name, "week": weeks[p.week_index].isoformat(),
                          "penalty": round(penalty, 4),
                          "mean_before": round(p.mean_before, 3), "mean_after": round(p.mean_after, 3)})
    method = {"algorithm": "PELT (ruptures)", "model": changepoints.MODEL,
              "penalty_rule": changepoints.PENALTY_RULE, "penalty": penalties,
              "min_weeks": changepoints.MIN_WEEKS, "min_events": changepoints.MIN_EVENTS,
              "min_segment_weeks": changepoints.MIN_SEGMENT_WEEKS,
              "weeks": len(weeks)}
    return found, method


def _compare(dated: list[tuple[date, Event]], perpetrator: str, when: date,
             start: date, end: date) -> dict[str, Any]:
    days_before = max(0, (min(when, end + timedelta(days=1)) - start).days)
    days_after = max(0, (end - max(when, start)).days + 1)
    focus = [(d, e) for d, e in dated if e.perpetrator == perpetrator]

    def block(items: list[tuple[date, Event]]) -> dict[str, Any]:
        before = sorted(e.event_id for d, e in items if d < when)
        after = sorted(e.event_id for d, e in items if d >= when)
        stats = compare_rates(len(before), len(after), days_before, days_after).to_dict()
        return {**stats, "event_ids_before": before, "event_ids_after": after}

    regions: dict[str, list[tuple[date, Event]]] = defaultdict(list)
    for d, e in focus:
        regions[_region(e)].append((d, e))
    ordered = sorted(regions.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return {"date": when.isoformat(), "perpetrator": perpetrator,
            "period": {"start": start.isoformat(), "end": end.isoformat()},
            "confidence": 0.95,
            "test": ("exact conditional Poisson test (given the total, the count after the date is "
                     "binomial with p = days after / all days); two-sided p-value; Clopper–Pearson "
                     "interval transformed to the rate ratio"),
            "overall": block(focus),
            "by_admin1": {r: block(items) for r, items in ordered}}


def _count(n: int, noun: str) -> str:
    """"1 event", "3 events"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _verb(n: int) -> str:
    return "is" if n == 1 else "are"


def _caveats(scope: list[Event], undated: int, compare: dict | None, perpetrator: str,
             cover: dict, sources: dict[str, Source], *, outside: int = 0,
             first_doc: date | None = None, last_doc: date | None = None) -> list[str]:
    notes = ["Counts are of events reported by the collected outlets, not of all events that "
             "occurred; a change in counts can reflect a change in reporting as well as in activity."]
    if outside and first_doc and last_doc:
        notes.append(f"{_count(outside, 'event')} dated more than {RECALL_DAYS} days before the first document "
                     f"({_long_date(first_doc.isoformat())}) or after the last ({_long_date(last_doc.isoformat())}) "
                     f"{_verb(outside)} left out of the weekly series and the before/after comparison: "
                     "such a date is misread or recalls an event the collection did not cover.")
    if undated:
        notes.append(f"{_count(undated, 'event')} without a readable date {_verb(undated)} left out of the "
                     "weekly series and the before/after comparison.")
    if scope:
        single = sum(1 for e in scope if len(set(e.sources)) <= 1)
        if single:
            notes.append(f"{single} of {len(scope)} events ({100 * single / len(scope):.0f}%) rest on a "
                         "single outlet's report.")
        vague = sum(1 for e in scope if (e.geo_precision or 0) >= 3)
        if vague:
            notes.append(f"{_count(vague, 'event')} {_verb(vague)} located only to {'its' if vague == 1 else 'their'} "
                         "region; the map places "
                         f"{'it' if vague == 1 else 'them'} at the region's reference point.")
    if compare is not None:
        noun = perpetrator_noun(perpetrator)
        overall = compare["overall"]
        if min(overall["before"], overall["after"]) < THIN_COUNT:
            notes.append(f"Thin coverage: {_count(overall['before'], noun + ' event')} before and "
                         f"{overall['after']} after {_long_date(compare['date'])}; the rate ratio is imprecise.")
        thin = [r for r, b in compare["by_admin1"].items() if b["before"] + b["after"] < THIN_COUNT]
        if thin:
            notes.append(f"Fewer than {THIN_COUNT} {noun} events in {_count(len(thin), 'region')} "
                         f"({', '.join(thin)}): {'its comparison carries' if len(thin) == 1 else 'their comparisons carry'} "
                         "little weight.")
    groups = cover["by_ownership"]
    for group, label in (("state", "state-controlled"), ("independent", "independent")):
        if group not in groups:
            notes.append(f"No {label} outlet is among the sources, so coverage by ownership "
                         "cannot be compared.")
    unknown = [s for s, f in cover["by_source"].items() if f["ownership"] == "unknown"]
    if unknown:
        notes.append(f"Ownership is not known for {_count(len(unknown), 'outlet')} ({', '.join(unknown)}).")
    return notes


def analyze(events: list[Event], framing: list[Framing], sources: dict[str, Source], *,
            reports: list[Report] | None = None, compare_date: str | None = None,
            since: str | None = None, until: str | None = None, region: str | None = None,
            perpetrator: str = "partisans", meta: dict | None = None) -> dict[str, Any]:
    """All figures the report shows, as the contract's ``analysis.json``.

    Raises ValueError for an unreadable ``compare_date``/``since``/``until``.
    """
    meta = dict(meta or {})
    since_day = _required_day(since, "--since") if since else None
    until_day = _required_day(until, "--until") if until else None
    when = _required_day(compare_date, "--compare-date") if compare_date else None
    if since_day and until_day and since_day > until_day:
        raise ValueError(f"--since {since} is after --until {until}")

    scope: list[Event] = []
    dated: list[tuple[date, Event]] = []
    undated = 0
    for e in events:
        if region and _region(e).casefold() != region.casefold():
            continue
        day = parse_day(e.event_date)
        if day is None:
            if since_day or until_day:
                continue
            undated += 1
            scope.append(e)
            continue
        if (since_day and day < since_day) or (until_day and day > until_day):
            continue
        scope.append(e)
        dated.append((day, e))

    first_doc = parse_day(meta.get("first_document_date"))
    last_doc = parse_day(meta.get("last_document_date"))
    outside = [(d, e) for d, e in dated
               if (not since_day and first_doc and d < first_doc - timedelta(days=RECALL_DAYS))
               or (not until_day and last_doc and d > last_doc)]
    if outside:
        left_out = {id(e) for _, e in outside}
        dated = [(d, e) for d, e in dated if id(e) not in left_out]
    known_days = [d for d, _ in dated]
    start = since_day or min(known_days + ([first_doc] if first_doc else []), default=None)
    end = until_day or max(known_days + ([last_doc] if last_doc else []), default=None)

    result: dict[str, Any] = _headline(scope)
    result["weekly"] = _weekly(dated)
    if start and end and start <= end:
        result["change_points"], cp_method = _change_points(dated, start, end)
    else:
        result["change_points"], cp_method = [], {}
    compare = None
    if when is not None and start and end:
        compare = _compare(dated, perpetrator, when, start, end)
        result["compare"] = compare
    cover = coverage(scope, framing, sources)
    result["coverage"] = cover
    result["reframed"] = reframed(scope, framing, sources, reports)

    scope_ids = {e.event_id for e in scope}
    n_reports = len(reports) if reports is not None else meta.get("reports")
    result["methods"] = {
        "documents": meta.get("documents"),
        "reports": n_reports,
        "events_in_store": len(events),
        "events_in_scope": len(scope),
        "undated_events": undated,
        "events_outside_period": sorted(e.event_id for _, e in outside),
        "period": {"start": start.isoformat() if start else None,
                   "end": end.isoformat() if end else None,
                   "days": (end - start).days + 1 if start and end else 0},
        "filters": {"since": since, "until": until, "region": region,
                    "compare_date": compare_date, "perpetrator": perpetrator},
        "sources": [{"id": s, "name": f["name"], "ownership": f["ownership"],
                     "language": sources[s].language if s in sources else "",
                     "country": sources[s].country if s in sources else "",
                     "events_reported": f["n_events_reported"]}
                    for s, f in cover["by_source"].items()],
        "model_version": meta.get("model_version", ""),
        "runs": meta.get("runs", []),
        "generated_at": meta.get("generated_at", ""),
        "change_point_method": cp_method,
        "framing_rows": sum(1 for f in framing if f.event_id in scope_ids),
        "caveats": _caveats(scope, undated, compare, perpetrator, cover, sources,
                            outside=len(outside), first_doc=first_doc, last_doc=last_doc),
    }
    return result
