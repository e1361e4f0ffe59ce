"""``fuse``: reports in, events with their framing out."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..model import Event, Framing, Report, Source
from .clustering import cluster, event_id_for
from .consensus import consensus_event
from .framing import framing_rows
from .items import arrival_key, canonical_order, to_items


@dataclass
class FusionResult:
    events: list[Event] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)  # report_id -> event_id
    framing: list[Framing] = field(default_factory=list)


def fuse(reports: list[Report], sources: dict[str, Source], *,
         embeddings: dict[str, np.ndarray] | None = None) -> FusionResult:
    """Group reports into events, code each event by consensus, and describe
    each known outlet's account of each event.

    Deterministic and order-independent: the output depends only on the set
    of reports (and embeddings), so re-fusing all stored reports after new
    ones arrive *is* the incremental update. Event ids come from each
    event's earliest-arriving report and survive later reports joining.
    ``embeddings`` (report_id -> L2-normalised evidence embedding) add text
    similarity as evidence; without them fusion uses date, place, type and
    perpetrator alone.

    Raises ValueError when two reports share an id.
    """
    ordered = canonical_order(reports)
    items = to_items(ordered, embeddings)
    outlets = sorted(set(sources) | {r.source for r in ordered if r.source})
    result = FusionResult()
    events: list[tuple[Event, list[Report]]] = []
    for indices in cluster(items):
        members = [ordered[i] for i in indices]
        anchor = min(members, key=lambda r: (arrival_key(r), r.report_id))
        event = consensus_event(event_id_for(anchor.report_id), members, sources)
        events.append((event, members))
        for r in members:
            result.links[r.report_id] = event.event_id
    events.sort(key=lambda em: (em[0].event_date or "", em[0].event_id))
    for event, members in events:
        result.events.append(event)
        result.framing.extend(framing_rows(event, members, outlets, sources))
    return result
