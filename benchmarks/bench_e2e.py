"""End-to-end accuracy of `sitrep run` on a corpus with ground truth (e2e_dev format).

Runs the real command, then scores its outputs against events_truth.csv and
reports_truth.csv: coding fields per document-event link, geocoding of event
locations, report-to-event links (B-cubed), event precision/recall, reframed
(event, outlet) pairs, and the report's before/after partisan figures.

    .venv/bin/python benchmarks/bench_e2e.py [CORPUS_DIR] [--json OUT.json]

CORPUS_DIR defaults to ../shared/data/e2e_dev. Truth perpetrators
ukrainian_forces / russian_forces are state_forces with country UA / RU.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "e2e_dev"
PERPETRATOR = {
    "ukrainian_forces": ("state_forces", "UA"),
    "russian_forces": ("state_forces", "RU"),
}


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def perpetrator_matches(report: dict, truth: str) -> bool:
    """State forces must also have the right country; other groups need only the right class."""
    if truth in PERPETRATOR:
        return (report["perpetrator"], report["perpetrator_country"]) == PERPETRATOR[truth]
    return report["perpetrator"] == truth


def days_apart(a: str, b: str) -> int:
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def match_reports(truth_links, truth_events, reports):
    """Pair each truth (doc, event) link with the pipeline report of that document that fits it best."""
    by_doc = defaultdict(list)
    for r in reports:
        by_doc[r["doc_id"]].append(r)
    matched = {}
    for doc_id, links in groupby(truth_links, "doc_id").items():
        candidates = list(by_doc.get(doc_id, []))
        for link in links:
            if not candidates:
                break
            event = truth_events[link["event_id"]]

            def cost(r):
                c = 0.0
                if r["event_date"]:
                    c += min(days_apart(r["event_date"], event["event_date"]), 30)
                else:
                    c += 30
                if r["latitude"]:
                    c += min(km(float(r["latitude"]), float(r["longitude"]),
                                float(event["latitude"]), float(event["longitude"])), 500) / 50
                else:
                    c += 10
                return c - float(r["confidence"] or 0)

            best = min(candidates, key=cost)
            matched[(doc_id, link["event_id"])] = best
            candidates.remove(best)
    return matched


def groupby(rows, key):
    out = defaultdict(list)
    for row in rows:
        out[row[key]].append(row)
    return out


def bcubed(pred: dict, gold: dict) -> tuple[float, float, float]:
    items = list(gold)
    gold_clusters, pred_clusters = groupby([{"i": i, "c": gold[i]} for i in items], "c"), groupby(
        [{"i": i, "c": pred[i]} for i in items], "c")
    precision = recall = 0.0
    for i in items:
        same_pred = {x["i"] for x in pred_clusters[pred[i]]}
        same_gold = {x["i"] for x in gold_clusters[gold[i]]}
        overlap = len(same_pred & same_gold)
        precision += overlap / len(same_pred)
        recall += overlap / len(same_gold)
    p, r = precision / len(items), recall / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(corpus: Path, out: Path) -> dict:
    truth_events = {e["event_id"]: e for e in read_csv(corpus / "events_truth.csv")}
    truth_rows = read_csv(corpus / "reports_truth.csv")
    truth_links = [r for r in truth_rows if r["event_id"]]
    sources = {s["id"]: s for s in read_csv(corpus / "sources.csv")}
    reports = read_csv(out / "reports.csv")
    events = {e["event_id"]: e for e in read_csv(out / "events.csv")}
    framing = read_csv(out / "framing.csv")
    documents = {json.loads(line)["id"]: json.loads(line) for line in (corpus / "documents.jsonl").open()}

    matched = match_reports(truth_links, truth_events, reports)
    n_links = len(truth_links)
    fields = Counter()
    geo_hits = Counter()
    for link in truth_links:
        r = matched.get((link["doc_id"], link["event_id"]))
        if r is None:
            continue
        event = truth_events[link["event_id"]]
        fields["found"] += 1
        fields["sub_event_type"] += r["sub_event_type"] == link["framed_sub_event_type"]
        fields["perpetrator"] += perpetrator_matches(r, link["framed_perpetrator"])
        fields["event_date"] += r["event_date"] == event["event_date"]
        fields["fatalities"] += int(r["fatalities"] or 0) == int(link["reported_fatalities"] or 0)
        if r["latitude"]:
            d = km(float(r["latitude"]), float(r["longitude"]), float(event["latitude"]), float(event["longitude"]))
            geo_hits["within_10km"] += d <= 10
        geo_hits["admin1"] += r.get("admin1", "") != "" and _admin1_matches(
            r.get("admin1", ""), event["country"], event["admin1_code"])

    no_event_docs = {r["doc_id"] for r in truth_rows if not r["event_id"]}
    false_reports = [r for r in reports if r["doc_id"] in no_event_docs]

    # Report-to-event links: each truth link's predicted cluster is its matched report's event.
    gold = {(l["doc_id"], l["event_id"]): l["event_id"] for l in truth_links}
    pred = {}
    for key in gold:
        r = matched.get(key)
        pred[key] = r["event_id"] if r and r["event_id"] else f"missing:{key}"
    b_p, b_r, b_f = bcubed(pred, gold)

    # Events: a pipeline event stands for the truth event most of its matched reports belong to.
    label_of_report = {r["report_id"]: ev for (doc, ev), r in matched.items()}
    event_label = {}
    for event_id in events:
        labels = Counter(label_of_report.get(r["report_id"]) for r in reports if r["event_id"] == event_id)
        labels.pop(None, None)
        event_label[event_id] = labels.most_common(1)[0][0] if labels else None
    claimed = {v for v in event_label.values() if v}
    true_positive_events = len(claimed)
    event_precision = true_positive_events / len(events) if events else 0.0
    event_recall = true_positive_events / len(truth_events)

    # Reframed (event, outlet) pairs.
    truth_reframed = set()
    for link in truth_links:
        event = truth_events[link["event_id"]]
        if (link["framed_sub_event_type"], link["framed_perpetrator"]) != (event["sub_event_type"], event["perpetrator"]):
            truth_reframed.add((link["event_id"], documents[link["doc_id"]]["source"]))
    pred_reframed = {(event_label.get(f["event_id"]), f["source"]) for f in framing if f["differs"] == "1"}
    hit = len(truth_reframed & pred_reframed)
    reframed_p = hit / len(pred_reframed) if pred_reframed else (1.0 if not truth_reframed else 0.0)
    reframed_r = hit / len(truth_reframed) if truth_reframed else 1.0

    # State outlets' coverage of partisan events, truth vs pipeline.
    state = {s for s, row in sources.items() if row["ownership"] == "state"}
    truth_partisan = {e for e, row in truth_events.items() if row["perpetrator"] == "partisans"}
    truth_state_cov = sum(
        1 for e in truth_partisan
        if any(l["event_id"] == e and documents[l["doc_id"]]["source"] in state for l in truth_links)
    ) / max(len(truth_partisan), 1)

    found = max(fields["found"], 1)
    return {
        "documents": len(documents),
        "truth_links": n_links,
        "links_found": fields["found"],
        "accuracy": {
            "sub_event_type": fields["sub_event_type"] / n_links,
            "perpetrator": fields["perpetrator"] / n_links,
            "event_date": fields["event_date"] / n_links,
            "fatalities": fields["fatalities"] / n_links,
            "location_within_10km": geo_hits["within_10km"] / n_links,
            "admin1": geo_hits["admin1"] / n_links,
        },
        "accuracy_of_found": {k: fields[k] / found for k in ("sub_event_type", "perpetrator", "event_date", "fatalities")},
        "reports_on_no_event_documents": len(false_reports),
        "bcubed": {"precision": b_p, "recall": b_r, "f1": b_f},
        "events": {"predicted": len(events), "truth": len(truth_events),
                   "precision": event_precision, "recall": event_recall},
        "reframed": {"truth": sorted(map(list, truth_reframed)), "predicted": sorted(map(str, pred_reframed)),
                     "precision": reframed_p, "recall": reframed_r},
        "truth_state_coverage_of_partisan_events": truth_state_cov,
    }


# GeoNames admin1 codes (per country: codes repeat across countries), enough to check the e2e corpora.
_ADMIN1 = {
    **{("Ukraine", code): name for code, name in (
        ("01", "Cherkasy"), ("02", "Chernihiv"), ("03", "Chernivtsi"), ("04", "Dnipropetrovsk"), ("05", "Donetsk"),
        ("06", "Ivano-Frankivsk"), ("07", "Kharkiv"), ("08", "Kherson"), ("09", "Khmelnytskyi"), ("10", "Kirovohrad"),
        ("11", "Crimea"), ("12", "Kyiv City"), ("13", "Kyiv Oblast"), ("14", "Luhansk"), ("15", "Lviv"), ("16", "Mykolaiv"),
        ("17", "Odesa"), ("18", "Poltava"), ("19", "Rivne"), ("20", "Sevastopol"), ("21", "Sumy"),
        ("22", "Ternopil"), ("23", "Vinnytsia"), ("24", "Volyn"), ("25", "Zakarpattia"), ("26", "Zaporizhzhia"),
        ("27", "Zhytomyr"))},
    **{("Russia", code): name for code, name in (
        ("09", "Belgorod"), ("10", "Bryansk"), ("13", "Chelyabinsk"), ("17", "Dagestan"), ("19", "Ingush"),
        ("38", "Krasnodar"), ("41", "Kursk"), ("53", "Novosibirsk"), ("61", "Rostov"), ("86", "Voronezh"))}}


def _admin1_matches(name: str, country: str, code: str) -> bool:
    stem = _ADMIN1.get((country, code))
    return bool(stem) and stem.lower()[:6] in name.lower()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--json", help="write the scores here too")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "sitrep.cli", "run", str(corpus / "documents.jsonl"), "--sources",
             str(corpus / "sources.csv"), "--out", str(out), "--db", str(out / "s.duckdb")],
            check=True, stderr=subprocess.DEVNULL,
        )
        elapsed = time.perf_counter() - started
        scores = score(corpus, out)
        scores["run_seconds"] = round(elapsed, 2)
        subprocess.run(
            [sys.executable, "-m", "sitrep.cli", "report", "--db", str(out / "s.duckdb"), "--out", str(out / "r"),
             "--compare-date", "2022-09-30"], check=True, stderr=subprocess.DEVNULL,
        )
        scores["analysis"] = json.loads((out / "r" / "analysis.json").read_text())
        scores["analysis"].pop("weekly", None)
    text = json.dumps(scores, indent=2, ensure_ascii=False, default=str)
    print(text)
    if args.json:
        Path(args.json).write_text(text)


if __name__ == "__main__":
    main()
