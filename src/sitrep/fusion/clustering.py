"""Deterministic constrained clustering of reports into incidents.

Greedy agglomeration: candidate pairs that pass the merge score are taken
strongest first (ties by canonical position), and two clusters merge only
when *every* pair across them passes the hard rules (complete linkage on
compatibility), never two reports of one document, and two reports of one
outlet only on strong direct evidence. Single linkage would chain a week of
daily shelling reports in one town into one event; this does not.

The result depends only on the set of reports, never on input order, and
fusing old + new reports from scratch is the incremental result.
"""

from __future__ import annotations

import hashlib

import numpy as np

from .blocking import candidate_pairs
from .compatibility import Item, compatible, pair_score


def scored_edges(items: list[Item]) -> tuple[np.ndarray, np.ndarray]:
    """Unique candidate pairs that pass the merge score, strongest first:
    (pairs (m, 2), scores (m,))."""
    firsts: list[int] = []
    seconds: list[int] = []
    scores: list[float] = []
    for i, j in candidate_pairs(items):
        score = pair_score(items[i], items[j])
        if score is not None:
            firsts.append(i)
            seconds.append(j)
            scores.append(score)
    if not scores:
        return np.zeros((0, 2), dtype=np.int64), np.zeros(0)
    n = len(items)
    codes = np.asarray(firsts, dtype=np.int64) * n + np.asarray(seconds, dtype=np.int64)
    codes, first = np.unique(codes, return_index=True)
    score_arr = np.asarray(scores)[first]
    pairs = np.stack([codes // n, codes % n], axis=1)
    # Strongest first; equal scores in canonical order of (i, j).
    order = np.lexsort((pairs[:, 1], pairs[:, 0], -np.round(score_arr, 9)))
    return pairs[order], score_arr[order]


def _can_merge(items: list[Item], left: list[int], right: list[int]) -> bool:
    for a in left:
        item_a = items[a]
        for b in right:
            item_b = items[b]
            if not compatible(item_a, item_b):
                return False
            if item_a.source and item_a.source == item_b.source and pair_score(item_a, item_b) is None:
                return False
    return True


def cluster(items: list[Item]) -> list[list[int]]:
    """Clusters of item indices, each sorted, listed by their first index."""
    parent = list(range(len(items)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}

    def find(i: int) -> int:
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    pairs, _ = scored_edges(items)
    for i, j in pairs.tolist():
        ri, rj = find(i), find(j)
        if ri == rj or not _can_merge(items, members[ri], members[rj]):
            continue
        if len(members[ri]) < len(members[rj]):
            ri, rj = rj, ri
        parent[rj] = ri
        members[ri].extend(members.pop(rj))
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def event_id_for(anchor_report_id: str) -> str:
    """An event's id, from the report that anchors it (its earliest-arriving
    one): stable while later reports join."""
    return "E" + hashlib.sha1(anchor_report_id.encode("utf-8")).hexdigest()[:16]
