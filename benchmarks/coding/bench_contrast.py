"""Weighted F1 of the coder on the held-out contrast sets (benchmarks/data/contrast).

    .venv/bin/python benchmarks/coding/bench_contrast.py [--model DIR] [--mode snippet|document] [--verbose]

Minimal pairs written after the shipped model and never trained on: a test of
the codebook's boundaries (who took a place, who used force, how a bomb was
delivered, event vs. denial or talks) on text in the corpus's own registers.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from sitrep.coding.classifier import MODEL_DIR, CodingModel
from sitrep.coding.evaluate import evaluate, format_scores

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
        started = time.perf_counter()
        result = evaluate(str(path), mode=args.mode, model=model)
        seconds = time.perf_counter() - started
        if args.verbose:
            print(format_scores(result))
        summary[language] = {"n": result["n"], "weighted_f1": result["weighted_f1"],
                             "macro_f1": result["macro_f1"], "no_event": result["no_event"],
                             "seconds": round(seconds, 1)}
        no_event = result["no_event"]
        print(f"{language}: n={result['n']} weighted F1 {result['weighted_f1']:.3f} macro F1 "
              f"{result['macro_f1']:.3f} no-event P/R {no_event['precision']}/{no_event['recall']} [{seconds:.1f}s]")
    print(json.dumps({"model": str(args.model), "mode": args.mode,
                      "corpus_sha256": model.metadata.get("corpus_sha256"), "results": summary}))


if __name__ == "__main__":
    main()
