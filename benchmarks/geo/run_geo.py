"""Geocoder figures: accuracy on the written test sets and on e2e_dev, load time, speed.

Usage: .venv/bin/python benchmarks/geo/run_geo.py [--e2e ../shared/data/e2e_dev] [--errors]
Test sets (written for Sitrep, GeoNames truth from annotate.py):
  benchmarks/geo/ua_news.jsonl     en/uk/ru sentences about Ukraine
  benchmarks/geo/world_news.jsonl  English world and local news
  benchmarks/geo/ua_forms.jsonl    Russian spellings of Ukrainian villages, district adjectives,
                                   regions sharing one kind word
Speed is also measured on benchmarks/data/e2e_project (in the repo) and on
e2e_dev when present (titles and texts split into sentences).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import statistics
import subprocess
import sys
import time
from pathlib import Path

from sitrep.geo import Gazetteer, geoparse, locate
from sitrep.model import Document, Report

HERE = Path(__file__).parent


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def load_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def match(truth: dict, predicted: list) -> object | None:
    overlapping = [p for p in predicted if p.start < truth["end"] and p.end > truth["start"]]
    return overlapping[0] if overlapping else None


def evaluate(rows: list[dict], radius_km: float, show_errors: bool) -> dict:
    found = truths = predictions = 0
    city_total = city_ok = 0
    admin_total = admin_ok = 0
    country_total = country_ok = 0
    errors = []
    for row in rows:
        predicted = geoparse(row["text"], row["language"])
        predictions += len(predicted)
        for truth in row["places"]:
            truths += 1
            place = match(truth, predicted)
            if place is None:
                if truth["feature"] == "city":
                    city_total += 1
                if truth["feature"] != "country":
                    admin_total += 1
                errors.append(f"MISSED {truth['text']!r} in {row['text']}")
                continue
            found += 1
            if truth["feature"] == "city":
                city_total += 1
                ok = place.latitude is not None and distance_km(place.latitude, place.longitude, truth["latitude"], truth["longitude"]) <= radius_km
                city_ok += ok
                if not ok:
                    errors.append(f"WRONG {truth['text']!r}: got {place.name} {place.country}.{place.admin1_code} want {truth['name']} {truth['country']}.{truth['admin1_code']}")
            if truth["feature"] != "country":
                admin_total += 1
                good = place.country == truth["country"] and (not truth["admin1_code"] or place.admin1_code == truth["admin1_code"])
                admin_ok += good
                if not good and truth["feature"] == "region":
                    errors.append(f"WRONG REGION {truth['text']!r}: got {place.name} {place.country}.{place.admin1_code}")
            country_total += 1
            country_ok += place.country == truth["country"]
    spurious = predictions - found
    precision = found / predictions if predictions else 0.0
    recall = found / truths if truths else 0.0
    if show_errors:
        for error in errors:
            print("   ", error)
    return {
        "sentences": len(rows), "mentions": truths, "found": found, "spurious": spurious,
        "precision": precision, "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "city_mentions": city_total, "city_within_radius": city_ok / city_total if city_total else 0.0,
        "admin1_correct": admin_ok / admin_total if admin_total else 0.0,
        "country_correct_of_found": country_ok / country_total if country_total else 0.0,
    }


def evaluate_e2e(folder: Path) -> dict:
    documents = {d["id"]: d for d in load_rows(folder / "documents.jsonl")}
    truth = {r["event_id"]: r for r in csv.DictReader(open(folder / "events_truth.csv", encoding="utf-8"))}
    links = [r for r in csv.DictReader(open(folder / "reports_truth.csv", encoding="utf-8")) if r["event_id"]]
    within = admin = 0
    for link in links:
        raw = documents[link["doc_id"]]
        doc = Document(id=raw["id"], text=raw["text"], title=raw.get("title", ""), language=raw.get("language"))
        # No coding stage here: one report without evidence, so the lead stands for it.
        report = Report(report_id="r", doc_id=doc.id)
        locate(doc, [report])
        event = truth[link["event_id"]]
        place = report.location
        if place is not None and place.latitude is not None:
            within += distance_km(place.latitude, place.longitude, float(event["latitude"]), float(event["longitude"])) <= 10
            admin += place.admin1_code == event["admin1_code"].zfill(2) and place.country == "UA"
    return {"reports": len(links), "within_10km": within / len(links), "admin1_correct": admin / len(links)}


def load_seconds() -> float:
    Gazetteer.load()  # make sure the cache exists
    code = "import time; from sitrep.geo import Gazetteer; t=time.perf_counter(); Gazetteer.load(); print(time.perf_counter()-t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(3)]
    return statistics.median(runs)


def speed(sentences: list[tuple[str, str]]) -> tuple[float, float]:
    start = time.perf_counter()
    for text, language in sentences:
        geoparse(text, language)
    first = len(sentences) / (time.perf_counter() - start)
    start = time.perf_counter()
    for _ in range(5):
        for text, language in sentences:
            geoparse(text, language)
    warm = 5 * len(sentences) / (time.perf_counter() - start)
    return first, warm


def cold_speed(sentences: list[tuple[str, str]], runs: int = 3) -> tuple[float, float]:
    """Median first-pass and warm speed, each first pass in a fresh process (empty lemma caches).

    The gazetteer and the dictionaries are loaded before the clock starts:
    the first pass measures the analysis of names never seen before.
    """
    code = (
        "import json, sys; sys.path.insert(0, %r); from run_geo import speed, geoparse, Gazetteer; "
        "sentences = json.load(sys.stdin); Gazetteer.load(); "
        "geoparse('Warm-up in Kyiv.', 'en'); geoparse('Розминка в Києві.', 'uk'); geoparse('Разминка в Москве.', 'ru'); "
        "print(json.dumps(speed(sentences)))" % str(HERE)
    )
    results = [json.loads(subprocess.run([sys.executable, "-c", code], input=json.dumps(sentences), text=True,
                                         capture_output=True, check=True).stdout) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def corpus_sentences(folder: Path) -> list[tuple[str, str]]:
    from sitrep.nlp.sentences import split_sentences

    documents = load_rows(folder / "documents.jsonl")
    return [(s.text, d["language"]) for d in documents for s in split_sentences((d.get("title", "") + "\n" + d["text"]).strip())]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--e2e", type=Path, default=Path(__file__).resolve().parents[2].parent / "shared" / "data" / "e2e_dev")
    parser.add_argument("--errors", action="store_true", help="list every miss and wrong resolution")
    args = parser.parse_args()
    print(f"gazetteer load (cached, fresh process, median of 3): {load_seconds():.3f} s")
    ua_rows = load_rows(HERE / "ua_news.jsonl")
    world_rows = load_rows(HERE / "world_news.jsonl")
    Gazetteer.load()
    geoparse("Warm-up in Kyiv.", "en"), geoparse("Розминка в Києві.", "uk"), geoparse("Разминка в Москве.", "ru")  # loads the dictionaries
    corpora = [("test-set sentences (1-3 new place names each)", [(r["text"], r["language"]) for r in ua_rows + world_rows])]
    project = HERE.parent / "data" / "e2e_project"
    if project.exists():
        corpora.append(("e2e_project news sentences", corpus_sentences(project)))
    if args.e2e.exists():
        corpora.append(("e2e_dev news sentences", corpus_sentences(args.e2e)))
    for label, sentences in corpora:
        first, warm = cold_speed(sentences)
        print(f"speed, {label} ({len(sentences)}), fresh process, median of 3: "
              f"{first:,.0f} sentences/s first pass (cold caches), {warm:,.0f} sentences/s warm")
    ua = evaluate(ua_rows, 10.0, args.errors)
    print("ua_news (en/uk/ru):", json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in ua.items() if v is not None}))
    for language in ("en", "uk", "ru"):
        subset = evaluate([r for r in ua_rows if r["language"] == language], 10.0, False)
        print(f"  {language}: mentions {subset['mentions']}, within 10 km {subset['city_within_radius']:.3f} (cities), admin1 {subset['admin1_correct']:.3f}, F1 {subset['f1']:.3f}")
    forms = evaluate(load_rows(HERE / "ua_forms.jsonl"), 10.0, args.errors)
    print("ua_forms (Russian spellings, district adjectives, shared kind words):",
          json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in forms.items() if v is not None}))
    world = evaluate(world_rows, 161.0, args.errors)
    print("world_news (en):", json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in world.items() if v is not None}))
    project = HERE.parent / "data" / "e2e_project"
    if project.exists():
        print("e2e_project event locations (lead as evidence):", json.dumps(evaluate_e2e(project)))
    if args.e2e.exists():
        print("e2e_dev event locations (lead as evidence):", json.dumps(evaluate_e2e(args.e2e)))
    else:
        print(f"e2e_dev not found at {args.e2e}")


if __name__ == "__main__":
    main()
