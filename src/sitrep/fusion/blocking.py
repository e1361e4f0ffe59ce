"""Candidate pairs: only reports that could be one incident are ever compared.

Every pair the hard rules in :mod:`.compatibility` allow shares a blocking
key, so blocking loses nothing, and cost grows with the number of reports
near each other in time and space, not with the square of the corpus:

- reports with a point are indexed by (type family, day, point); each
  distinct point knows the points within the largest merge distance (found
  once through a ~45 km grid), and a report probes those over the next days
  of its date window;
- the same reports also probe their admin2 per day (one district can be
  wider than the merge distance);
- reports that know only the region, or only the week or month, probe every
  report of their admin1 over their (wider) date window;
- reports with no place probe reports of the same type on the same day.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator

from .compatibility import ANY_FAMILY, DATE_WINDOW, MAX_DAY_WINDOW, NEAR_KM_APPROXIMATE, Item, distance_km

CELL_LAT_DEG = 0.4  # ~44 km, above the 40 km merge limit

Point = tuple[float, float]


def _cell_width(row: int) -> float:
    """Longitude width of the cells in one latitude row, >= 44 km wide."""
    lat = min(89.0, abs(row * CELL_LAT_DEG) + CELL_LAT_DEG)
    return min(360.0, CELL_LAT_DEG / max(math.cos(math.radians(lat)), 1e-3))


def _cell(lat: float, lon: float, row: int | None = None) -> tuple[int, int]:
    row = math.floor(lat / CELL_LAT_DEG) if row is None else row
    return row, math.floor((lon + 180.0) / _cell_width(row))


def point_neighbours(points: Iterable[Point]) -> dict[Point, list[Point]]:
    """Each distinct point -> the points within the largest merge distance
    (itself included), in sorted order."""
    grid: dict[tuple[int, int], list[Point]] = defaultdict(list)
    distinct = sorted(set(points))
    for p in distinct:
        grid[_cell(*p)].append(p)
    out: dict[Point, list[Point]] = {}
    for lat, lon in distinct:
        row = math.floor(lat / CELL_LAT_DEG)
        near = []
        for r in (row - 1, row, row + 1):
            _, col = _cell(lat, lon, r)
            for c in (col - 1, col, col + 1):
                near.extend(q for q in grid.get((r, c), ())
                            if distance_km(lat, lon, q[0], q[1]) <= NEAR_KM_APPROXIMATE)
        out[(lat, lon)] = sorted(near)
    return out


def _window(item: Item) -> int:
    return MAX_DAY_WINDOW if item.time_precision <= 1 else DATE_WINDOW.get(item.time_precision, DATE_WINDOW[3])


def candidate_pairs(items: list[Item]) -> Iterator[tuple[int, int]]:
    """Candidate pairs (i, j) of item indices, i < j.

    Each report's own probes are de-duplicated; a pair may still come from
    both of its reports, so callers de-duplicate what they keep.
    """
    by_point: dict[tuple, list[int]] = defaultdict(list)
    by_admin2: dict[tuple, list[int]] = defaultdict(list)
    by_admin1: dict[tuple, list[int]] = defaultdict(list)
    by_type: dict[tuple, list[int]] = defaultdict(list)
    families: set[int] = set()
    dated = [it for it in items if it.day is not None]
    for it in dated:
        families.add(it.family)
        if it.has_point:
            by_point[(it.family, it.day, it.lat, it.lon)].append(it.index)
        if it.admin2:
            by_admin2[(it.family, it.admin1, it.admin2, it.day)].append(it.index)
        if it.admin1:
            by_admin1[(it.family, it.admin1, it.day)].append(it.index)
        by_type[(it.sub_event_type, it.day)].append(it.index)
    near = point_neighbours((it.lat, it.lon) for it in dated if it.has_point)  # type: ignore[misc]
    all_families = sorted(families)
    any_present = ANY_FAMILY in families

    for it in dated:
        i = it.index
        if it.family == ANY_FAMILY:
            probe_families: Iterable[int] = all_families
        else:
            probe_families = (it.family, ANY_FAMILY) if any_present else (it.family,)
        found: list[Iterable[int]] = []
        if not it.has_place:
            found.append(by_type.get((it.sub_event_type, it.day), ()))
        else:
            precise = it.time_precision <= 1
            # Day-precise point reports look forward only: a pair on two
            # days is found from its earlier report (or a coarse report's
            # wider probe).
            if precise and it.has_point:
                days = range(it.day, it.day + MAX_DAY_WINDOW + 1)  # type: ignore[operator]
            else:
                window = _window(it)
                days = range(it.day - window, it.day + window + 1)  # type: ignore[operator]
            points = near[(it.lat, it.lon)] if it.has_point else ()  # type: ignore[index]
            for fam in probe_families:
                for day in days:
                    for lat, lon in points:
                        found.append(by_point.get((fam, day, lat, lon), ()))
                    if it.admin2 and precise and it.has_point:
                        found.append(by_admin2.get((fam, it.admin1, it.admin2, day), ()))
                    if it.admin1 and not (precise and it.has_point):
                        found.append(by_admin1.get((fam, it.admin1, day), ()))
        seen: set[int] = set()
        for bucket in found:
            for j in bucket:
                if j != i and j not in seen:
                    seen.add(j)
                    yield (i, j) if i < j else (j, i)
