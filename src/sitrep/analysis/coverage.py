"""Which outlets reported which events, and whose account differs.

An outlet "reported" an event when its framing row says so or when the
event lists it among its sources. Shares are taken over the events in scope:
``events_reported`` is the share of all events an outlet (or any outlet of an
ownership group) reported, ``by_perpetrator`` the same share within the events
of each perpetrator. An account is "reframed" when the outlet's own coding of
the event's type or perpetrator differs from the fused event's coding.
"""

from __future__ import annotations

from collections import defaultdict

from sitrep.model import Event, Framing, Report, Source

UNKNOWN_OWNERSHIP = "unknown"


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def ownership_of(source_id: str, sources: dict[str, Source], framing_ownership: str = "") -> str:
    source = sources.get(source_id)
    return (source.ownership if source and source.ownership else framing_ownership) or UNKNOWN_OWNERSHIP


def reported_by_source(events: list[Event], framing: list[Framing]) -> dict[str, set[str]]:
    """Source id -> ids of the in-scope events it reported."""
    in_scope = {e.event_id for e in events}
    reported: dict[str, set[str]] = defaultdict(set)
    for e in events:
        for s in e.sources:
            reported[s].add(e.event_id)
    for f in framing:
        if f.reported and f.event_id in in_scope:
            reported[f.source].add(f.event_id)
    return reported


def _group_figures(event_ids: set[str], events: list[Event], framing_rows: list[Framing]) -> dict:
    by_perp_total: dict[str, int] = defaultdict(int)
    by_perp_reported: dict[str, int] = defaultdict(int)
    for e in events:
        by_perp_total[e.perpetrator] += 1
        if e.event_id in event_ids:
            by_perp_reported[e.perpetrator] += 1
    accounts = [f for f in framing_rows if f.reported]
    differing = [f for f in accounts if f.differs]
    return {
        "events_reported": _share(len(event_ids), len(events)),
        "n_events_reported": len(event_ids),
        "by_perpetrator": {p: _share(by_perp_reported[p], n)
                           for p, n in sorted(by_perp_total.items(), key=lambda kv: (-kv[1], kv[0]))},
        "n_by_perpetrator": {p: by_perp_reported[p]
                             for p, _ in sorted(by_perp_total.items(), key=lambda kv: (-kv[1], kv[0]))},
        "accounts": len(accounts),
        "accounts_differing": len(differing),
        "share_differing": _share(len(differing), len(accounts)),
        "event_ids": sorted(event_ids),
    }


def coverage(events: list[Event], framing: list[Framing], sources: dict[str, Source]) -> dict:
    """The contract's ``coverage`` block, plus counts, overlap and event ids."""
    in_scope = {e.event_id for e in events}
    framing = [f for f in framing if f.event_id in in_scope]
    reported = reported_by_source(events, framing)
    framing_ownership = {f.source: f.ownership for f in framing if f.ownership}
    all_sources = sorted(set(sources) | set(reported))
    owner = {s: ownership_of(s, sources, framing_ownership.get(s, "")) for s in all_sources}

    by_source = {}
    for s in all_sources:
        figures = _group_figures(reported.get(s, set()), events, [f for f in framing if f.source == s])
        source = sources.get(s)
        by_source[s] = {"name": source.name if source and source.name else s,
                        "ownership": owner[s], **figures}

    by_ownership = {}
    group_events: dict[str, set[str]] = {}
    for group in sorted(set(owner.values())):
        members = [s for s in all_sources if owner[s] == group]
        ids = set().union(*(reported.get(s, set()) for s in members)) if members else set()
        group_events[group] = ids
        figures = _group_figures(ids, events, [f for f in framing if owner.get(f.source) == group])
        by_ownership[group] = {"sources": members, **figures}

    state = group_events.get("state", set())
    independent = group_events.get("independent", set())
    overlap = {
        "both": sorted(state & independent),
        "state_only": sorted(state - independent),
        "independent_only": sorted(independent - state),
        "neither": sorted(in_scope - state - independent),
    }
    return {"by_ownership": by_ownership, "by_source": by_source,
            "overlap": {k: {"events": len(v), "event_ids": v} for k, v in overlap.items()}}


def _evidence_of(event: Event, source: str, reports_by_id: dict[str, Report]) -> list[str]:
    return [r.evidence for rid in event.report_ids
            if (r := reports_by_id.get(rid)) is not None and r.source == source and r.evidence]


def _country_of_account(event: Event, framing: Framing, reports_by_id: dict[str, Report]) -> str:
    """The state the outlet's perpetrator serves, from its own report: framing
    rows carry the perpetrator code only, and "state forces" alone does not
    say whose."""
    for rid in event.report_ids:
        r = reports_by_id.get(rid)
        if r is not None and r.source == framing.source and r.perpetrator == framing.perpetrator:
            return r.perpetrator_country or ""
    return ""


def reframed(events: list[Event], framing: list[Framing], sources: dict[str, Source],
             reports: list[Report] | None = None) -> list[dict]:
    """Accounts whose coding differs from the event's, with both sides' quotes."""
    by_id = {e.event_id: e for e in events}
    reports_by_id = {r.report_id: r for r in reports or []}
    framing_by_event: dict[str, list[Framing]] = defaultdict(list)
    for f in framing:
        framing_by_event[f.event_id].append(f)
    rows = []
    for f in sorted(framing, key=lambda f: (by_id[f.event_id].event_date or "", f.event_id, f.source)
                    if f.event_id in by_id else ("", f.event_id, f.source)):
        event = by_id.get(f.event_id)
        if event is None or not f.reported or not f.differs:
            continue
        own_quotes = [f.evidence] if f.evidence else _evidence_of(event, f.source, reports_by_id)
        consensus = []
        for other in framing_by_event[f.event_id]:
            if other.source == f.source or not other.reported or other.differs:
                continue
            quotes = [other.evidence] if other.evidence else _evidence_of(event, other.source, reports_by_id)
            for q in quotes:
                consensus.append({"source": other.source,
                                  "ownership": ownership_of(other.source, sources, other.ownership),
                                  "evidence": q})
        rows.append({
            "event_id": f.event_id,
            "event_date": event.event_date,
            "admin1": event.admin1,
            "source": f.source,
            "ownership": ownership_of(f.source, sources, f.ownership),
            "sub_event_type": f.sub_event_type,
            "perpetrator": f.perpetrator,
            "perpetrator_country": _country_of_account(event, f, reports_by_id),
            "fatalities": f.fatalities,
            "consensus_sub_event_type": event.sub_event_type,
            "consensus_perpetrator": event.perpetrator,
            "consensus_perpetrator_country": event.perpetrator_country,
            "consensus_fatalities": event.fatalities,
            "evidence": own_quotes,
            "consensus_evidence": consensus,
        })
    return rows
