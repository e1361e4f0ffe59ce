"""Sub-event type accuracy of `code_document` on the e2e dev corpus.

    .venv/bin/python benchmarks/coding/bench_e2e.py [--data ../shared/data/e2e_dev] [--verbose]

For each (document, event) row of reports_truth.csv the document's reports
must include one with the outlet's framed sub-event type (the type as that
document presents it); a document with no event must yield no report.
Also: how many documents got the right number of reports.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import defaultdict
from pathlib import Path

from sitrep.coding import code_document
from sitrep.model import Document

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "e2e_dev"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    truth: dict[str, list[str]] = defaultdict(list)
    with (args.data / "reports_truth.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            truth[row["doc_id"]].extend([row["framed_sub_event_type"]] if row["event_id"] else [])
    correct = total = right_count = 0
    for line in (args.data / "documents.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        doc = Document(**{k: record.get(k) for k in ("id", "text", "source", "url", "published_at",
                                                     "language", "title")})
        reports = code_document(doc)
        got = [r.sub_event_type for r in reports]
        expected = truth.get(doc.id, [])
        right_count += len(got) == len(expected)
        if expected:
            for label in expected:
                total += 1
                correct += label in got
        else:
            total += 1
            correct += not got
        if args.verbose:
            mark = "ok " if (set(expected) <= set(got) and (expected or not got)) else "ERR"
            print(f"{mark} {doc.id} {doc.language} expected {expected} got "
                  f"{[(r.sub_event_type, r.confidence) for r in reports]}")
    print(json.dumps({"sub_event_accuracy": round(correct / total, 3), "rows": total,
                      "documents_with_right_report_count": right_count, "documents": len(truth)}))


if __name__ == "__main__":
    main()
