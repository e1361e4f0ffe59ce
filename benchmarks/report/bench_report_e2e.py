"""Do the report's figures match the ground truth's? (issue 6's acceptance)

For each corpus (e2e_dev format: documents.jsonl, sources.csv,
events_truth.csv, reports_truth.csv) this runs the real commands

    sitrep run CORPUS/documents.jsonl --sources CORPUS/sources.csv --out OUT --db OUT/s.duckdb
    sitrep report --db OUT/s.duckdb --out OUT/report --compare-date 2022-09-30

then computes the same figures from the ground truth and prints both side by
side with a verdict:

- partisan events before / on-or-after the date, overall and per region
  (GeoNames admin1 codes 08 Kherson, 26 Zaporizhzhia, 05 Donetsk,
  14 Luhansk, 11 Crimea), and the rate ratio over the same covered period;
- the share of partisan events that state-owned outlets reported;
- the reframed (event, outlet) pairs.

Where a figure differs, the events behind it are named: each pipeline event
is matched to the truth event its documents report (majority of its
reports), so a miscoded, split, merged or spurious event shows up with its
documents. Mismatches there come from coding, geocoding or fusion; the
report's own arithmetic is checked by tests/test_demo_report.py.

    .venv/bin/python benchmarks/report/bench_report_e2e.py [CORPUS_DIR ...] [--keep DIR] [--json FILE]

Defaults: ../shared/data/e2e_dev and benchmarks/data/e2e_project.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from sitrep.analysis import compare_rates

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPORA = [ROOT.parent / "shared" / "data" / "e2e_dev", ROOT / "benchmarks" / "data" / "e2e_project"]
COMPARE = "2022-09-30"
# GeoNames admin1 codes of the regions the corpora cover, and a stem of the
# name the pipeline gives each ("Kherson Oblast", "Crimea").
REGIONS = {"08": "Kherson", "26": "Zaporizhzhia", "05": "Donetsk", "14": "Luhansk", "11": "Crimea"}
# Truth perpetrators in the pipeline's vocabulary (perpetrator, country).
TRUTH_PERPETRATOR = {"ukrainian_forces": ("state_forces", "UA"), "russian_forces": ("state_forces", "RU")}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def region_code(admin1_name: str) -> str:
    """The GeoNames code of a pipeline admin1 name; "?" for a region outside the list, "" for none."""
    if not admin1_name or admin1_name == "Unknown":
        return ""
    return next((code for code, stem in REGIONS.items() if stem.lower()[:6] in admin1_name.lower()), "?")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def run_pipeline(corpus: Path, out: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "sitrep.cli", "run", str(corpus / "documents.jsonl"),
                    "--sources", str(corpus / "sources.csv"), "--out", str(out), "--db", str(out / "s.duckdb")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "sitrep.cli", "report", "--db", str(out / "s.duckdb"),
                    "--out", str(out / "report"), "--compare-date", COMPARE],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


# --- ground truth -----------------------------------------------------------------------------

class Truth:
    def __init__(self, corpus: Path):
        self.events = {e["event_id"]: e for e in read_csv(corpus / "events_truth.csv")}
        self.links = [r for r in read_csv(corpus / "reports_truth.csv") if r["event_id"]]
        self.ownership = {s["id"]: s["ownership"] for s in read_csv(corpus / "sources.csv")}
        with (corpus / "documents.jsonl").open(encoding="utf-8") as fh:
            docs = [json.loads(line) for line in fh if line.strip()]
        self.source_of = {d["id"]: d["source"] for d in docs}
        self.published = [date.fromisoformat(d["published_at"][:10]) for d in docs if d.get("published_at")]
        self.events_of_doc: dict[str, list[str]] = defaultdict(list)
        for link in self.links:
            self.events_of_doc[link["doc_id"]].append(link["event_id"])

    def partisan(self) -> dict[str, dict]:
        return {i: e for i, e in self.events.items() if e["perpetrator"] == "partisans"}

    def reframed(self) -> set[tuple[str, str]]:
        pairs = set()
        for link in self.links:
            event = self.events[link["event_id"]]
            if (link["framed_sub_event_type"], link["framed_perpetrator"]) != (event["sub_event_type"],
                                                                               event["perpetrator"]):
                pairs.add((link["event_id"], self.source_of[link["doc_id"]]))
        return pairs

    def state_reported(self, event_ids: set[str]) -> set[str]:
        return {link["event_id"] for link in self.links
                if link["event_id"] in event_ids and self.ownership.get(self.source_of[link["doc_id"]]) == "state"}


# --- pipeline events to truth events ------------------------------------------------------------

def label_events(truth: Truth, reports: list[dict], events: dict[str, dict]) -> dict[str, str | None]:
    """Pipeline event id -> the truth event most of its reports stand for (None: no truth event)."""
    def label(report: dict) -> str | None:
        candidates = truth.events_of_doc.get(report["doc_id"], [])
        if len(candidates) <= 1:
            return candidates[0] if candidates else None

        def cost(truth_id: str) -> float:
            t = truth.events[truth_id]
            c = 0.0
            if report["event_date"]:
                c += min(abs((date.fromisoformat(report["event_date"][:10])
                              - date.fromisoformat(t["event_date"])).days), 30)
            if report["latitude"]:
                c += min(km(float(report["latitude"]), float(report["longitude"]),
                            float(t["latitude"]), float(t["longitude"])), 500) / 50
            c += 0 if report["sub_event_type"] == t["sub_event_type"] else 5
            return c
        return min(candidates, key=cost)

    votes: dict[str, Counter] = defaultdict(Counter)
    for r in reports:
        if r["event_id"]:
            votes[r["event_id"]][label(r)] += 1
    return {e: (votes[e].most_common(1)[0][0] if votes[e] else None) for e in events}


def describe(event: dict, docs: list[str]) -> str:
    who = event["perpetrator"] + (f"/{event['perpetrator_country']}" if event.get("perpetrator_country") else "")
    return (f"{event['event_id']} {event['event_date'] or 'undated'} {event['sub_event_type'] or 'uncoded'} "
            f"by {who} in {event['admin1'] or 'no region'} (documents {', '.join(sorted(docs))})")


# --- the comparison -----------------------------------------------------------------------------

def compare_corpus(corpus: Path, out: Path) -> dict:
    truth = Truth(corpus)
    analysis = json.loads((out / "report" / "analysis.json").read_text(encoding="utf-8"))
    events = {e["event_id"]: e for e in read_csv(out / "events.csv")}
    reports = read_csv(out / "reports.csv")
    labels = label_events(truth, reports, events)
    docs_of: dict[str, list[str]] = defaultdict(list)
    for r in reports:
        if r["event_id"]:
            docs_of[r["event_id"]].append(r["doc_id"])
    when = date.fromisoformat(COMPARE)
    rows: list[dict] = []

    # Partisan events before / after, per region, with the rate ratio over the same period.
    partisan = truth.partisan()
    period = analysis["compare"]["period"]
    start, end = date.fromisoformat(period["start"]), date.fromisoformat(period["end"])
    truth_start = min([date.fromisoformat(e["event_date"]) for e in truth.events.values()] + truth.published)
    truth_end = max([date.fromisoformat(e["event_date"]) for e in truth.events.values()] + truth.published)
    days_before, days_after = (when - truth_start).days, (truth_end - when).days + 1
    truth_counts: dict[str, Counter] = defaultdict(Counter)
    for e in partisan.values():
        side = "before" if date.fromisoformat(e["event_date"]) < when else "after"
        truth_counts[e["admin1_code"]][side] += 1
        truth_counts["all"][side] += 1
    system_counts: dict[str, Counter] = defaultdict(Counter)
    compare = analysis["compare"]
    system_counts["all"].update({"before": compare["overall"]["before"], "after": compare["overall"]["after"]})
    for name, block in compare["by_admin1"].items():
        system_counts[region_code(name) or "none"].update({"before": block["before"], "after": block["after"]})
    for code in ["all", *REGIONS, *sorted(set(system_counts) - set(REGIONS) - {"all"})]:
        t, s = truth_counts.get(code, Counter()), system_counts.get(code, Counter())
        name = "all regions" if code == "all" else f"{REGIONS.get(code, 'other/none')} ({code})"
        for side in ("before", "after"):
            rows.append({"figure": f"partisan events {side} {COMPARE}, {name}",
                         "truth": t[side], "report": s[side]})
    truth_ratio = compare_rates(truth_counts["all"]["before"], truth_counts["all"]["after"], days_before, days_after)
    rows.append({"figure": "covered period (days before, days after)", "truth": (days_before, days_after),
                 "report": (compare["overall"]["days_before"], compare["overall"]["days_after"])})
    rows.append({"figure": "partisan rate ratio after/before (95% CI)",
                 "truth": _ratio(truth_ratio.rate_ratio, truth_ratio.ci_low, truth_ratio.ci_high),
                 "report": _ratio(compare["overall"]["rate_ratio"], compare["overall"]["ci_low"],
                                  compare["overall"]["ci_high"])})

    # Coverage of partisan events by state outlets.
    state_truth = truth.state_reported(set(partisan))
    state = analysis["coverage"]["by_ownership"].get("state", {})
    n_partisan_report = analysis["by_perpetrator"].get("partisans", 0)
    rows.append({"figure": "partisan events reported by state outlets",
                 "truth": f"{len(state_truth)}/{len(partisan)} ({_pct(len(state_truth), len(partisan))})",
                 "report": f"{state.get('n_by_perpetrator', {}).get('partisans', 0)}/{n_partisan_report} "
                           f"({_pct(state.get('n_by_perpetrator', {}).get('partisans', 0), n_partisan_report)})"})

    # Reframed (event, outlet) pairs.
    truth_reframed = truth.reframed()
    report_reframed = {(labels.get(r["event_id"]) or f"unmatched:{r['event_id']}", r["source"])
                       for r in analysis["reframed"]}
    rows.append({"figure": "reframed (event, outlet) pairs", "truth": len(truth_reframed),
                 "report": len(report_reframed),
                 "pairs_equal": truth_reframed == report_reframed})
    for row in rows:
        row["match"] = row.pop("pairs_equal", row["truth"] == row["report"])

    # Which events make the partisan figures differ.
    causes: list[str] = []
    by_label: dict[str | None, list[str]] = defaultdict(list)
    for event_id, lab in labels.items():
        by_label[lab].append(event_id)
    for truth_id, t in sorted(partisan.items()):
        found = by_label.get(truth_id, [])
        if not found:
            docs = sorted(l["doc_id"] for l in truth.links if l["event_id"] == truth_id)
            causes.append(f"truth {truth_id} (partisans, {t['event_date']}, region {t['admin1_code']}) has no "
                          f"pipeline event; its documents: {', '.join(docs)}")
        for event_id in found:
            e = events[event_id]
            wrong = []
            if e["perpetrator"] != "partisans":
                wrong.append("perpetrator")
            if (e["event_date"] or "")[:10] != t["event_date"] and (
                    not e["event_date"] or (date.fromisoformat(e["event_date"][:10]) < when)
                    != (date.fromisoformat(t["event_date"]) < when)):
                wrong.append("side of the date")
            if region_code(e["admin1"]) != t["admin1_code"]:
                wrong.append("region")
            if len(found) > 1:
                wrong.append(f"split into {len(found)} events")
            if wrong:
                causes.append(f"truth {truth_id} (partisans, {t['event_date']}, region {t['admin1_code']}) -> "
                              f"{describe(e, docs_of[event_id])}: {', '.join(wrong)}")
    for event_id, e in sorted(events.items()):
        lab = labels[event_id]
        if e["perpetrator"] == "partisans" and (lab is None or lab not in partisan):
            what = "no truth event" if lab is None else (f"truth {lab} is {truth.events[lab]['perpetrator']} "
                                                         f"{truth.events[lab]['sub_event_type']}")
            causes.append(f"pipeline partisan event {describe(e, docs_of[event_id])}: {what}")
    framing = read_csv(out / "framing.csv")
    docs_by_event_source: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in reports:
        docs_by_event_source[(r["event_id"], r["source"])].append(r["doc_id"])
    for truth_id, source in sorted(truth_reframed - report_reframed):
        truth_doc = [l["doc_id"] for l in truth.links
                     if l["event_id"] == truth_id and truth.source_of[l["doc_id"]] == source]
        accounts = [f"pipeline event {f['event_id']} is {events[f['event_id']]['sub_event_type']} by "
                    f"{events[f['event_id']]['perpetrator']}, {source}'s account {f['sub_event_type']} by "
                    f"{f['perpetrator']}" for f in framing
                    if f["source"] == source and f["reported"] == "1" and labels.get(f["event_id"]) == truth_id]
        coded = {r["doc_id"] for r in reports}
        if not accounts:
            accounts = [f"coding found no event in document {d}" if d not in coded else
                        f"document {d}'s report went to pipeline event(s) "
                        f"{', '.join(sorted({r['event_id'] for r in reports if r['doc_id'] == d}))}, not {truth_id}'s"
                        for d in truth_doc]
        causes.append(f"reframing missed: truth {truth_id} by {source} (document {', '.join(truth_doc)}): "
                      + "; ".join(accounts))
    for r in analysis["reframed"]:
        pair = (labels.get(r["event_id"]) or f"unmatched:{r['event_id']}", r["source"])
        if pair in truth_reframed:
            continue
        docs = docs_by_event_source.get((r["event_id"], r["source"]), [])
        causes.append(f"reframing not in the truth: {pair[0]} by {pair[1]} (document {', '.join(docs)}): its account "
                      f"{r['sub_event_type'] or 'uncoded'} by {_who(r['perpetrator'], r.get('perpetrator_country'))}, "
                      f"pipeline event {r['event_id']} {r['consensus_sub_event_type']} by "
                      f"{_who(r['consensus_perpetrator'], r.get('consensus_perpetrator_country'))}")
    state_report_ids = set(state.get("event_ids", []))
    for truth_id in sorted(set(partisan)):
        for event_id in by_label.get(truth_id, []):
            if events[event_id]["perpetrator"] == "partisans" and (event_id in state_report_ids) != (
                    truth_id in state_truth):
                causes.append(f"state coverage of truth {truth_id}: truth says "
                              f"{'reported' if truth_id in state_truth else 'not reported'} by a state outlet, "
                              f"the pipeline's event {event_id} says the opposite")
    return {"corpus": str(corpus), "rows": rows, "causes": causes,
            "period": {"report": period, "truth": {"start": truth_start.isoformat(), "end": truth_end.isoformat()}},
            "events": {"pipeline": len(events), "truth": len(truth.events)}}


def _who(perpetrator: str, country: str | None) -> str:
    return f"{perpetrator}/{country}" if country else perpetrator


def _ratio(ratio: float | None, low: float | None, high: float | None) -> str:
    def f(v):
        return "∞" if v is None else f"{v:.2g}" if v < 10 else f"{v:.0f}"
    return "–" if low is None and high is None else f"{f(ratio)} ({f(low)}–{f(high)})"


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"


def print_result(result: dict, seconds: float) -> None:
    print(f"\n== {result['corpus']}  ({result['events']['pipeline']} pipeline events, "
          f"{result['events']['truth']} truth events; run + report {seconds:.0f} s)")
    width = max(len(r["figure"]) for r in result["rows"])
    print(f"{'figure':<{width}}  {'truth':>18}  {'report':>18}  verdict")
    for r in result["rows"]:
        print(f"{r['figure']:<{width}}  {str(r['truth']):>18}  {str(r['report']):>18}  "
              f"{'match' if r['match'] else 'MISMATCH'}")
    matched = sum(r["match"] for r in result["rows"])
    print(f"{matched}/{len(result['rows'])} figures match")
    if result["causes"]:
        print("Events behind the differences:")
        for c in result["causes"]:
            print(f"  - {c}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--keep", type=Path, help="keep each run's outputs under this folder")
    parser.add_argument("--json", type=Path, help="write the comparison here too")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in args.corpora:
            if not (corpus / "events_truth.csv").is_file():
                print(f"skipping {corpus}: no events_truth.csv", file=sys.stderr)
                continue
            out = (args.keep or Path(tmp)) / corpus.name
            shutil.rmtree(out, ignore_errors=True)  # a fresh database: a rerun must not keep old reports
            out.mkdir(parents=True)
            seconds = run_pipeline(corpus, out)
            result = compare_corpus(corpus, out)
            result["seconds"] = round(seconds, 1)
            print_result(result, seconds)
            results.append(result)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
