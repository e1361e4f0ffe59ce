"""Weighted F1 of the coder on the CASE 2021 Task 2 dev files, per language.

    .venv/bin/python benchmarks/coding/bench_case.py [--model DIR] [--mode snippet|document] [--lexical-only]

Reads ../shared/data/case2021_task2_dev*.tsv (measurement only: never trained on).
The five non-ACLED CASE codes count as "No event".
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from sitrep.coding.classifier import MODEL_DIR, CodingModel
from sitrep.coding.evaluate import evaluate, format_scores

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
FILES = {"en": "case2021_task2_dev.tsv", "uk": "case2021_task2_dev_uk.tsv", "ru": "case2021_task2_dev_ru.tsv"}
TARGETS = {"en": 0.85, "uk": 0.80, "ru": 0.80}


def score_file(path: Path, language: str, model: CodingModel, mode: str, *, verbose: bool = False,
               target: float | None = None) -> dict:
    """Score the coder on one labelled file, print its one-line summary and return it."""
    started = time.perf_counter()
    result = evaluate(str(path), mode=mode, model=model)
    seconds = time.perf_counter() - started
    if verbose:
        print(format_scores(result))
    summary = {"n": result["n"], "weighted_f1": result["weighted_f1"], "macro_f1": result["macro_f1"],
               "no_event": result["no_event"]}
    if target is not None:
        summary["target"] = target
    summary["seconds"] = round(seconds, 1)
    aim = f" (target {target})" if target is not None else ""
    no_event = result["no_event"]
    print(f"{language}: n={result['n']} weighted F1 {result['weighted_f1']:.3f}{aim} macro F1 {result['macro_f1']:.3f} "
          f"no-event P/R {no_event['precision']}/{no_event['recall']} [{seconds:.1f}s]")
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--mode", default="snippet", choices=("snippet", "document"))
    parser.add_argument("--lexical-only", action="store_true", help="ignore the embedding head")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--verbose", action="store_true", help="print the confusion tables")
    args = parser.parse_args()
    model = CodingModel.load(args.model)
    if args.lexical_only:
        model.embedding_weight = 0.0
    summary = {}
    for language, name in FILES.items():
        path = args.data / name
        if not path.exists():
            print(f"{path}: missing, skipped")
            continue
        summary[language] = score_file(path, language, model, args.mode, verbose=args.verbose,
                                       target=TARGETS[language])
    print(json.dumps({"model": str(args.model), "mode": args.mode, "lexical_only": args.lexical_only,
                      "corpus_sha256": model.metadata.get("corpus_sha256"), "results": summary}))


if __name__ == "__main__":
    main()
