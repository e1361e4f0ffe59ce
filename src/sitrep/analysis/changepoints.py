"""Change points in weekly event counts (ruptures, PELT).

The penalty decides how large a shift must be before PELT splits a series.
It is set per series with a BIC-style rule, ``2 · ln(n) · s²``, where ``n``
is the number of weeks and ``s²`` the week-to-week noise variance estimated
from first differences (``Σ Δ² / (2 (n − 1))``), which a level shift barely
inflates. The rule and the value used are returned with every result so the
report can state them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import ruptures

MIN_WEEKS = 8  # shorter series are not searched: too few points for a shift to mean anything
# Sparser series are not searched either: with a handful of events the noise
# variance is tiny, so PELT would call any two events in nearby weeks a new level.
MIN_EVENTS = 10
MIN_SEGMENT_WEEKS = 2
MODEL = "l2"
PENALTY_RULE = "2 · ln(weeks) · s², s² = week-to-week variance from first differences"


@dataclass(frozen=True)
class ChangePoint:
    week_index: int  # first week of the new segment
    mean_before: float  # mean weekly events in the segment that ends here
    mean_after: float


def noise_variance(counts: np.ndarray) -> float:
    """Week-to-week variance estimated from first differences."""
    if len(counts) < 2:
        return 0.0
    diffs = np.diff(counts.astype(float))
    return float((diffs ** 2).sum() / (2 * (len(counts) - 1)))


def penalty_for(counts: np.ndarray) -> float:
    return 2.0 * math.log(len(counts)) * noise_variance(counts)


def detect(counts: list[int] | np.ndarray, penalty: float | None = None) -> tuple[list[ChangePoint], float]:
    """Change points of one weekly series, and the penalty used.

    A series shorter than MIN_WEEKS, with fewer than MIN_EVENTS events, or
    with no variation, has none.
    """
    signal = np.asarray(counts, dtype=float)
    if len(signal) < MIN_WEEKS or signal.sum() < MIN_EVENTS:
        return [], 0.0
    pen = penalty_for(signal) if penalty is None else penalty
    if pen <= 0.0:
        return [], pen
    algo = ruptures.Pelt(model=MODEL, min_size=MIN_SEGMENT_WEEKS, jump=1).fit(signal.reshape(-1, 1))
    ends = algo.predict(pen=pen)  # segment ends, the last one is len(signal)
    points: list[ChangePoint] = []
    starts = [0, *ends[:-1]]
    for i, boundary in enumerate(ends[:-1]):
        before = signal[starts[i]:boundary]
        after = signal[boundary:ends[i + 1]]
        points.append(ChangePoint(boundary, float(before.mean()), float(after.mean())))
    return points, pen
