"""Scoring the coder on a labelled file (`sitrep evaluate FILE`).

Accepts what :func:`.train.read_labelled` reads: a CASE 2021 Task 2 TSV, an
ACLED export CSV or the project's JSONL. Scores:

- weighted and macro F1 over the ACLED sub-event classes present in the
  gold labels (a text predicted "No event" that has an event is an error of
  its class; CASE codes outside ACLED count as "No event");
- precision and recall of "No event";
- per-class precision/recall/F1 and a confusion table (gold rows, predicted
  columns);
- the same figures for each language (given by the file, else detected).

Two modes: ``snippet`` classifies each text as one passage (the CASE task);
``document`` runs the whole document coder on it (trigger gate, passages,
merging) and takes its main event, or "No event" when it reports none.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

from sitrep.model import Document
from sitrep.taxonomy import BY_NAME, NO_EVENT, SUB_EVENT_NAMES

from .classifier import CodingModel, classify, load_model
from .train import LabelledFileError, LabelledText, event_f1, read_labelled

MODES = ("snippet", "document")


def predict(examples: list[LabelledText], model: CodingModel, mode: str = "snippet") -> list[str]:
    """The coder's label for each example."""
    if mode == "snippet":
        return [label for label, _ in classify([e.text for e in examples], model=model)]
    if mode == "document":
        from .document import code_document

        predicted = []
        for n, example in enumerate(examples):
            reports = code_document(Document(id=str(n), text=example.text, language=example.language), model=model)
            predicted.append(reports[0].sub_event_type if reports else NO_EVENT)
        return predicted
    raise ValueError(f"unknown evaluation mode {mode!r}: expected one of {MODES}")


def score(gold: list[str], predicted: list[str]) -> dict[str, Any]:
    """The figures for one set of gold and predicted labels."""
    true_no = sum(1 for g, p in zip(gold, predicted) if g == NO_EVENT and p == NO_EVENT)
    predicted_no = predicted.count(NO_EVENT)
    gold_no = gold.count(NO_EVENT)
    present = [name for name in SUB_EVENT_NAMES if name in set(gold) | set(predicted)]
    precision, recall, f1, support = precision_recall_fscore_support(
        gold, predicted, labels=present, zero_division=0) if present else ([], [], [], [])
    return {
        "n": len(gold),
        "weighted_f1": round(event_f1(gold, predicted, "weighted"), 4),
        "macro_f1": round(event_f1(gold, predicted, "macro"), 4),
        "accuracy": round(sum(g == p for g, p in zip(gold, predicted)) / len(gold), 4) if gold else 0.0,
        "no_event": {
            "precision": round(true_no / predicted_no, 4) if predicted_no else None,
            "recall": round(true_no / gold_no, 4) if gold_no else None,
            "support": gold_no,
        },
        "per_class": {
            name: {"precision": round(float(p), 4), "recall": round(float(r), 4),
                   "f1": round(float(f), 4), "support": int(s)}
            for name, p, r, f, s in zip(present, precision, recall, f1, support)
        },
    }


def evaluate(path: str, *, mode: str = "snippet", model: CodingModel | None = None) -> dict[str, Any]:
    """Score the coder on the labelled file at ``path`` (see the module docstring)."""
    skipped: list[str] = []
    examples = read_labelled(path, skipped)
    if not examples:
        raise LabelledFileError(f"{path}: no labelled examples to evaluate")
    model = model or load_model()
    examples = [_with_language(e) for e in examples]
    predicted = predict(examples, model, mode)
    gold = [e.label for e in examples]
    labels = [name for name in (*SUB_EVENT_NAMES, NO_EVENT) if name in set(gold) | set(predicted)]
    matrix = confusion_matrix(gold, predicted, labels=labels)
    result: dict[str, Any] = {
        "file": str(path),
        "mode": mode,
        "skipped": skipped,
        **score(gold, predicted),
        "confusion": {"labels": labels, "matrix": matrix.tolist()},
        "by_language": {},
        "model": {k: model.metadata.get(k) for k in ("corpus_sha256", "examples")},
    }
    for language in sorted(Counter(e.language or "?" for e in examples)):
        index = [i for i, e in enumerate(examples) if (e.language or "?") == language]
        lang_scores = score([gold[i] for i in index], [predicted[i] for i in index])
        lang_scores.pop("per_class")
        result["by_language"][language] = lang_scores
    return result


def _with_language(example: LabelledText) -> LabelledText:
    if example.language:
        return example
    from sitrep.nlp import detect_language

    return LabelledText(example.text, example.label, detect_language(example.text), example.origin)


def format_scores(result: dict[str, Any]) -> str:
    """A plain-text summary of :func:`evaluate`'s result: scores, languages, confusion table."""
    lines = [f"{result['file']} ({result['n']} texts, mode {result['mode']})",
             f"weighted F1 {result['weighted_f1']:.3f}  macro F1 {result['macro_f1']:.3f}  "
             f"accuracy {result['accuracy']:.3f}  " + _no_event_text(result["no_event"])]
    for language, s in result["by_language"].items():
        lines.append(f"  {language}: n={s['n']} weighted F1 {s['weighted_f1']:.3f} macro F1 {s['macro_f1']:.3f} "
                     + _no_event_text(s["no_event"]))
    labels = result["confusion"]["labels"]
    short = [_abbreviation(label) for label in labels]
    lines.append("confusion (rows gold, columns predicted):")
    lines.append(" " * 9 + " ".join(f"{s:>8}" for s in short))
    for s, row in zip(short, result["confusion"]["matrix"]):
        lines.append(f"{s:>8} " + " ".join(f"{v:>8}" if v else "       ." for v in row))
    lines.append("legend: " + "; ".join(f"{s}={label}" for s, label in zip(short, labels)))
    if result["skipped"]:
        lines.append(f"skipped {len(result['skipped'])} lines, e.g. {result['skipped'][0]}")
    return "\n".join(lines)


def _no_event_text(no_event: dict[str, Any]) -> str:
    def fmt(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    return f"no-event P {fmt(no_event['precision'])} R {fmt(no_event['recall'])}"


def _abbreviation(label: str) -> str:
    # CASE codes cut to 8 characters are unique and familiar to the field.
    return BY_NAME[label].case_code[:8] if label in BY_NAME else "NONE"
