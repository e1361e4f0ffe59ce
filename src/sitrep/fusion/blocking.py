"""Candidate pairs: only reports that could be one incident are ever compared.

Every pair the hard rules in :mod:`.compatibility` allow shares a blocking
key, so blocking loses nothing and cost grows with the number of reports
near each other in time and space, not with the square of the corpus:

- day-precise reports with a point sit in grid cells (~45 km, wider than the
  largest merge distance) per day and type family; each probes the 3x3
  cells around it over the next days of the date window;
- the same reports also probe their admin2 per day (one district can be
  wider than a cell);
- reports that know only the region, or only the week or month, probe every
  report of their admin1 over their (wider) date window;
- reports with no place probe reports of the same type on the same day.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator

from .compatibility import ANY_FAMILY, DATE_WINDOW, MAX_DAY_WINDOW, Item

CELL_LAT_DEG = 0.4  # ~44 km, above the 40 km merge limit
CELL_KM = CELL_LAT_DEG * 111.2


def _cell_width(row: int) -> float:
    """Longitude width of the cells in one latitude row, >= CELL_KM wide."""
    lat = min(89.0, abs(row * CELL_LAT_DEG) + CELL_LAT_DEG)
    return min(360.0, CELL_LAT_DEG / max(math.cos(math.radians(lat)), 1e-3))


def _row(lat: float) -> int:
    return math.floor(lat / CELL_LAT_DEG)


def _neighbour_cells(lat: float, lon: float) -> list[tuple[int, int]]:
    row = _row(lat)
    cells = []
    for r in (row - 1, row, row + 1):
        width = _cell_width(r)
        col = math.floor((lon + 180.0) / width)
        cells.extend((r, c) for c in (col - 1, col, col + 1))
    return cells


def _own_cell(lat: float, lon: float) -> tuple[int, int]:
    row = _row(lat)
    return row, math.floor((lon + 180.0) / _cell_width(row))


def _window(item: Item) -> int:
    return MAX_DAY_WINDOW if item.time_precision <= 1 else DATE_WINDOW.get(item.time_precision, DATE_WINDOW[3])


def candidate_pairs(items: list[Item]) -> Iterator[tuple[int, int]]:
    """Candidate pairs (i, j) of item indices, i < j.

    Each report's own probes are de-duplicated; a pair may still come from
    both of its reports, so callers de-duplicate what they keep.
    """
    by_cell: dict[tuple, list[int]] = defaultdict(list)
    by_admin2: dict[tuple, list[int]] = defaultdict(list)
    by_admin1: dict[tuple, list[int]] = defaultdict(list)
    by_type: dict[tuple, list[int]] = defaultdict(list)
    families: set[int] = set()
    dated = [it for it in items if it.day is not None]
    for it in dated:
        families.add(it.family)
        if it.has_point:
            by_cell[(it.family, it.day, *_own_cell(it.lat, it.lon))].append(it.index)  # type: ignore[arg-type]
        if it.admin2:
            by_admin2[(it.family, it.admin1, it.admin2, it.day)].append(it.index)
        if it.admin1:
            by_admin1[(it.family, it.admin1, it.day)].append(it.index)
        by_type[(it.sub_event_type, it.day)].append(it.index)
    all_families = sorted(families)

    for it in dated:
        i = it.index
        probe_families = all_families if it.family == ANY_FAMILY else (it.family, ANY_FAMILY)
        found: list[Iterable[int]] = []
        if not it.has_place:
            found.append(by_type.get((it.sub_event_type, it.day), ()))
        elif it.has_point and it.time_precision <= 1:
            # Pairs on different days are found from the earlier report
            # (and the wider probes of coarse reports): look forward only.
            cells = _neighbour_cells(it.lat, it.lon)  # type: ignore[arg-type]
            for fam in probe_families:
                for day in range(it.day, it.day + MAX_DAY_WINDOW + 1):  # type: ignore[operator]
                    for cell in cells:
                        found.append(by_cell.get((fam, day, *cell), ()))
                    if it.admin2:
                        found.append(by_admin2.get((fam, it.admin1, it.admin2, day), ()))
        else:
            window = _window(it)
            days = range(it.day - window, it.day + window + 1)  # type: ignore[operator]
            for fam in probe_families:
                if it.has_point:
                    cells = _neighbour_cells(it.lat, it.lon)  # type: ignore[arg-type]
                    for day in days:
                        for cell in cells:
                            found.append(by_cell.get((fam, day, *cell), ()))
                if it.admin1:
                    for day in days:
                        found.append(by_admin1.get((fam, it.admin1, day), ()))
        seen: set[int] = set()
        for bucket in found:
            for j in bucket:
                if j != i and j not in seen:
                    seen.add(j)
                    yield (i, j) if i < j else (j, i)
