"""Weighted F1 of the coder on the held-out contrast sets (benchmarks/data/contrast).

    .venv/bin/python benchmarks/coding/bench_contrast.py [--model DIR] [--mode snippet|document] [--verbose]

Minimal pairs written after the shipped model and never trained on: a test of
the codebook's boundaries (who took a place, who used force, how a bomb was
delivered, event vs. denial or talks) on text in the corpus's own registers.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench_case import score_file

from sitrep.coding.classifier import MODEL_DIR, CodingModel

DATA = Path(__file__).resolve().parents[1] / "data" / "contrast"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--mode", default="snippet", choices=("snippet", "document"))
    parser.add_argument("--verbose", action="store_true", help="print the confusion tables")
    args = parser.parse_args()
    model = CodingModel.load(args.model)
    summary = {}
    for path in sorted(DATA.glob("*_contrast.jsonl")):
        language = path.name.split("_")[0]
        summary[language] = score_file(path, language, model, args.mode, verbose=args.verbose)
    print(json.dumps({"model": str(args.model), "mode": args.mode,
                      "corpus_sha256": model.metadata.get("corpus_sha256"), "results": summary}))


if __name__ == "__main__":
    main()
