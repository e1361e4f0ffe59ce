"""How each outlet covered and framed each event.

``framing_rows`` writes the contract's framing.csv rows (every event x every
known outlet); ``coverage`` and ``reframed`` summarise them for analysis.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..model import Event, Framing, Report, Source
from .consensus import UNKNOWN, agrees, best_account, representatives


def framing_rows(event: Event, members: list[Report], outlets: list[str],
                 sources: dict[str, Source]) -> list[Framing]:
    """One row per outlet in ``outlets`` (sorted): its account of ``event``,
    or reported=0 when it has none."""
    reps = representatives(members)
    rows = []
    for outlet in outlets:
        known = sources.get(outlet)
        ownership = known.ownership if known else ""
        r = reps.get(outlet)
        if r is None:
            rows.append(Framing(event_id=event.event_id, source=outlet, ownership=ownership))
            continue
        rows.append(Framing(
            event_id=event.event_id,
            source=outlet,
            ownership=ownership,
            reported=1,
            sub_event_type=r.sub_event_type,
            perpetrator=r.perpetrator or UNKNOWN,
            fatalities=r.fatalities,
            differs=0 if agrees(r, event) else 1,
            evidence=r.evidence,
        ))
    return rows


def _share(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 0.0


def _shares(reported_ids: set[str], events: list[Event]) -> dict[str, Any]:
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_perpetrator: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for e in events:
        hit = int(e.event_id in reported_ids)
        for table, key in ((by_type, e.event_type or ""), (by_perpetrator, e.perpetrator or UNKNOWN)):
            table[key][0] += hit
            table[key][1] += 1
    return {
        "events": len(events),
        "reported": sum(1 for e in events if e.event_id in reported_ids),
        "events_reported": _share(sum(1 for e in events if e.event_id in reported_ids), len(events)),
        "by_event_type": {k: _share(*v) for k, v in sorted(by_type.items())},
        "by_perpetrator": {k: _share(*v) for k, v in sorted(by_perpetrator.items())},
    }


def coverage(events: list[Event], framing: list[Framing], sources: dict[str, Source]) -> dict[str, Any]:
    """The share of events each outlet, and each ownership group, reported:
    overall, by event type and by perpetrator.

    An ownership group reports an event when any of its outlets does; each
    share's denominator is all events (of that type, of that perpetrator).
    Outlets come from ``sources`` and from the framing rows.
    """
    reported_by: dict[str, set[str]] = defaultdict(set)
    ownership_of: dict[str, str] = {s.id: s.ownership for s in sources.values()}
    for row in framing:
        ownership_of.setdefault(row.source, row.ownership)
        if row.reported:
            reported_by[row.source].add(row.event_id)
    by_source = {s: {"ownership": ownership_of[s], **_shares(reported_by.get(s, set()), events)}
                 for s in sorted(ownership_of)}
    groups: dict[str, list[str]] = defaultdict(list)
    for s in sorted(ownership_of):
        groups[ownership_of[s] or "unknown"].append(s)
    by_ownership = {}
    for group, members in sorted(groups.items()):
        ids: set[str] = set().union(*(reported_by.get(s, set()) for s in members))
        by_ownership[group] = {"sources": members, **_shares(ids, events)}
    return {"by_ownership": by_ownership, "by_source": by_source}


def reframed(events: list[Event], framing: list[Framing], reports: list[Report]) -> list[dict[str, Any]]:
    """The (event, outlet) pairs whose type or perpetrator differs from the
    event's consensus, each with the outlet's evidence and the evidence of
    the best account that agrees with the consensus."""
    by_id = {e.event_id: e for e in events}
    ownership_of = {row.source: Source(id=row.source, ownership=row.ownership) for row in framing}
    report_by_id = {r.report_id: r for r in reports}
    out = []
    for row in framing:
        if not (row.reported and row.differs) or row.event_id not in by_id:
            continue
        event = by_id[row.event_id]
        members = [report_by_id[i] for i in event.report_ids if i in report_by_id]
        best = best_account(members, event, ownership_of) if members else None
        if best is not None and not agrees(best, event):
            best = None
        own = next((r for r in members if r.source == row.source and r.evidence == row.evidence), None)
        out.append({
            "event_id": event.event_id,
            "event_date": event.event_date,
            "source": row.source,
            "ownership": row.ownership,
            "sub_event_type": row.sub_event_type,
            "perpetrator": row.perpetrator,
            "perpetrator_country": own.perpetrator_country if own else "",
            "consensus_sub_event_type": event.sub_event_type,
            "consensus_perpetrator": event.perpetrator,
            "consensus_perpetrator_country": event.perpetrator_country,
            "evidence": row.evidence,
            "consensus_source": best.source if best else "",
            "consensus_evidence": best.evidence if best else "",
        })
    return sorted(out, key=lambda d: (d["event_date"] or "", d["event_id"], d["source"]))
