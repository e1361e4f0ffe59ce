"""Accuracy and speed of the attribute extractors (perpetrator, event date, fatalities) on an e2e corpus.

For every document-event link in reports_truth.csv the extractors run on the
document's title and text (for a document that reports several events, on
the paragraph about each one) and are compared with how that outlet framed
the event: ``framed_perpetrator`` (ukrainian_forces / russian_forces are
state_forces with country UA / RU), the event's date, and
``reported_fatalities``. ``code_actors`` gets the outlet's framed sub-event
type, since classifying is another component's job.

    .venv/bin/python benchmarks/coding_attributes/bench_e2e.py [CORPUS_DIR] [--verbose]

CORPUS_DIR defaults to ../shared/data/e2e_dev.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections import defaultdict
from pathlib import Path

from sitrep.coding.actors import code_actors
from sitrep.coding.dates import resolve_event_date
from sitrep.coding.fatalities import count_casualties
from sitrep.nlp import split_sentences

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "e2e_dev"


def truth_perpetrator(perpetrator: str, country: str) -> str:
    """Sitrep's (perpetrator, country) in the corpus's perpetrator vocabulary."""
    if perpetrator == "state_forces" and country == "UA":
        return "ukrainian_forces"
    if perpetrator == "state_forces" and country == "RU":
        return "russian_forces"
    return perpetrator


def event_passages(document: dict, locations: list[str]) -> list[str]:
    """The passage about each event when a document reports several (one location per event).

    Each sentence goes to the event whose place is named in the nearest sentence (a tie goes to the event
    that follows, since an outlet introduces an event before naming its place). This stands in for the
    segmentation ``code_document`` does; the extractors themselves get no hint.
    """
    if len(locations) == 1:
        return [f"{document.get('title', '')}\n{document['text']}"]
    sentences = [s.text for s in split_sentences(document["text"])]
    anchors = {}
    for k, location in enumerate(locations):
        stem = location.lower()[:5]
        anchors[k] = next((i for i, s in enumerate(sentences) if stem in s.lower()), k)
    passages: list[list[str]] = [[] for _ in locations]
    for i, sentence in enumerate(sentences):
        nearest = min(anchors, key=lambda k: (abs(anchors[k] - i), -anchors[k]))
        passages[nearest].append(sentence)
    return [" ".join(p) for p in passages]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    corpus = Path(args.corpus)

    documents = {d["id"]: d for d in map(json.loads, (corpus / "documents.jsonl").read_text("utf-8").splitlines())}
    with open(corpus / "events_truth.csv", encoding="utf-8") as f:
        events = {row["event_id"]: row for row in csv.DictReader(f)}
    with open(corpus / "reports_truth.csv", encoding="utf-8") as f:
        links = [row for row in csv.DictReader(f) if row["event_id"]]
    per_document: dict[str, list[str]] = defaultdict(list)
    for link in links:
        per_document[link["doc_id"]].append(events[link["event_id"]]["location"])

    # load the lexicons and compile the regexes once, outside the timings (a process pays this once)
    code_actors("", "en", "Attack"), resolve_event_date("", None, "en"), count_casualties("", "en")
    hits = {"perpetrator": 0, "event_date": 0, "fatalities": 0}
    seconds = {"code_actors": 0.0, "resolve_event_date": 0.0, "count_casualties": 0.0}
    for link in links:
        document, event = documents[link["doc_id"]], events[link["event_id"]]
        language = document.get("language") or "en"
        locations = per_document[link["doc_id"]]
        passage = event_passages(document, locations)[locations.index(event["location"])]

        t0 = time.perf_counter()
        actors = code_actors(passage, language, link["framed_sub_event_type"])
        t1 = time.perf_counter()
        event_date, _precision = resolve_event_date(passage, document.get("published_at"), language)
        t2 = time.perf_counter()
        killed, _injured = count_casualties(passage, language)
        t3 = time.perf_counter()
        seconds["code_actors"] += t1 - t0
        seconds["resolve_event_date"] += t2 - t1
        seconds["count_casualties"] += t3 - t2

        got = {
            "perpetrator": truth_perpetrator(actors.perpetrator, actors.perpetrator_country),
            "event_date": event_date,
            "fatalities": killed,
        }
        want = {
            "perpetrator": link["framed_perpetrator"],
            "event_date": event["event_date"],
            "fatalities": int(link["reported_fatalities"] or 0),
        }
        for field in hits:
            if got[field] == want[field]:
                hits[field] += 1
            elif args.verbose:
                print(f"{link['doc_id']} {link['event_id']} {field}: got {got[field]!r}, want {want[field]!r}")

    n = len(links)
    print(f"document-event links: {n}")
    for field, hit in hits.items():
        print(f"{field:12s} accuracy {hit / n:.3f} ({hit}/{n})")
    for name, total in seconds.items():
        print(f"{name:20s} {1000 * total / n:.3f} ms per call (mean over whole documents)")


if __name__ == "__main__":
    main()
