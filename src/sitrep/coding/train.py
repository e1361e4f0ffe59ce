"""Reading labelled text and training the event classifier (`sitrep train`).

Three input formats, told apart by extension:

- ``.jsonl`` — the project's corpus: ``{"text", "label", "language", "style"}``;
- ``.tsv`` — CASE 2021 Task 2 style: ``id, EventSnippet, SubType`` (header optional);
- ``.csv`` — an ACLED export (``notes``, ``sub_event_type``), or any CSV with
  ``text`` and ``label`` columns.

Labels may be ACLED sub-event names or CASE codes (``taxonomy.normalize_label``).
Training is reproducible: examples are de-duplicated and sorted, every
random choice is seeded, and the written model carries the corpus hash, so
the same corpus always yields byte-identical model files.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import hstack
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from sitrep.nlp.embeddings import BASE, EVENT, cache_dir, encoder_id, encoder_metadata
from sitrep.taxonomy import NO_EVENT, SUB_EVENT_NAMES, normalize_label

from .classifier import MODEL_DIR, CodingModel, combine, make_vectorizers, normalize_text

TRAINING_DIR = Path(__file__).resolve().parent.parent / "data" / "training"

# Regularisation found by cross-validation on the project corpus; fixed so
# that a retrain is a pure function of the corpus.
LEXICAL_C = 20.0
EMBEDDING_C = 20.0
MAX_WORD_FEATURES = 40_000
MAX_CHAR_FEATURES = 60_000
EMBEDDING_WEIGHTS = (0.0, 0.2, 0.35, 0.5, 0.65, 0.8, 1.0)
SEED = 13
CV_MAX_EXAMPLES = 20_000

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True)
class LabelledText:
    text: str
    label: str  # ACLED sub-event name or NO_EVENT
    language: str | None = None
    origin: str = ""  # "file:line"
    style: str = ""  # the corpus's writing style (wire, local, official, ...), when given


class LabelledFileError(ValueError):
    """A labelled file that cannot be read at all (missing columns, unknown format)."""


def read_labelled(path: str | Path, errors: list[str] | None = None) -> list[LabelledText]:
    """The labelled texts in ``path``; unreadable lines are skipped and described in ``errors``.

    Raises :class:`LabelledFileError` when the file as a whole cannot be used.
    """
    path = Path(path)
    errors = errors if errors is not None else []
    if not path.exists():
        raise LabelledFileError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        rows = _read_jsonl(path, errors)
    elif suffix == ".tsv":
        rows = _read_case_tsv(path)
    elif suffix == ".csv":
        rows = _read_csv(path)
    else:
        raise LabelledFileError(f"{path}: unknown labelled format {suffix!r} (expected .jsonl, .tsv or .csv)")
    language_hint = _language_from_name(path)
    out: list[LabelledText] = []
    for line, text, label, language, style in rows:
        origin = f"{path}:{line}"
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{origin}: empty text")
            continue
        if label is None or not str(label).strip():
            errors.append(f"{origin}: missing label")
            continue
        try:
            normal = normalize_label(str(label))
        except ValueError as exc:
            errors.append(f"{origin}: {exc}")
            continue
        out.append(LabelledText(" ".join(text.split()), normal, language or language_hint, origin,
                                str(style or "")))
    return out


def _language_from_name(path: Path) -> str | None:
    stem = path.stem.lower()
    for code in ("en", "uk", "ru"):
        if stem.startswith(f"{code}_") or stem.endswith(f"_{code}"):
            return code
    return None


def _read_jsonl(path: Path, errors: list[str]):
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as exc:
                errors.append(f"{path}:{number}: not JSON ({exc.msg})")
                continue
            if not isinstance(record, dict):
                errors.append(f"{path}:{number}: not a JSON object")
                continue
            yield number, record.get("text"), record.get("label"), record.get("language"), record.get("style")


def _read_case_tsv(path: Path):
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for number, row in enumerate(reader, start=1):
            if not row or not any(cell.strip() for cell in row):
                continue
            if number == 1 and len(row) >= 3 and row[2].strip().lower() in {"subtype", "label", "sub_event_type"}:
                continue
            if len(row) < 3:
                raise LabelledFileError(f"{path}:{number}: expected 3 tab-separated columns "
                                        f"(id, EventSnippet, SubType), found {len(row)}")
            yield number, row[1], row[2], None, None


def _read_csv(path: Path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = {name.strip().lower(): name for name in (reader.fieldnames or [])}
        if "notes" in fields and "sub_event_type" in fields:
            text_col, label_col = fields["notes"], fields["sub_event_type"]
        elif "text" in fields and "label" in fields:
            text_col, label_col = fields["text"], fields["label"]
        else:
            raise LabelledFileError(f"{path}:1: expected columns notes,sub_event_type (ACLED export) "
                                    f"or text,label; found {sorted(fields)}")
        language_col = fields.get("language")
        for number, row in enumerate(reader, start=2):
            yield (number, row.get(text_col), row.get(label_col),
                   row.get(language_col) if language_col else None, None)


def default_corpus() -> list[Path]:
    """The project's labelled corpus files."""
    return sorted(TRAINING_DIR.glob("*.jsonl"))


def load_corpus(paths: list[str | Path]) -> tuple[list[LabelledText], list[str]]:
    """All examples of ``paths``, de-duplicated by normalised text and sorted; plus the skip notes."""
    errors: list[str] = []
    seen: dict[str, LabelledText] = {}
    for path in paths:
        for example in read_labelled(path, errors):
            key = _dedup_key(example.text)
            if key in seen:
                if seen[key].label != example.label:
                    errors.append(f"{example.origin}: same text labelled {seen[key].label!r} at "
                                  f"{seen[key].origin}; the first label is kept")
                continue
            seen[key] = example
    examples = sorted(seen.values(), key=lambda e: (_dedup_key(e.text), e.label))
    return examples, errors


def _dedup_key(text: str) -> str:
    # Case and spacing only: ACLED notes that differ in a date or a count are
    # separate events, not copies.
    return " ".join(text.lower().split())


def corpus_hash(examples: list[LabelledText]) -> str:
    digest = hashlib.sha256()
    for example in examples:
        digest.update(f"{example.label}\t{example.text}\n".encode())
    return digest.hexdigest()


# --- embeddings, cached on disk: embedding is the slow part of training ----

def _cache_path(encoder: str) -> Path:
    return cache_dir() / f"training_embeddings-{encoder_id(encoder)}.npz"


def embed_cached(texts: list[str], encoder: str = EVENT) -> np.ndarray:
    """Sentence embeddings of ``texts``, reusing those computed by earlier trainings."""
    from sitrep.nlp import embed

    path = _cache_path(encoder)
    cache: dict[str, np.ndarray] = {}
    if path.exists():
        try:
            with np.load(path, allow_pickle=False) as data:
                cache = dict(zip((str(k) for k in data["keys"]), data["vectors"]))
        except (OSError, ValueError, KeyError):
            cache = {}  # a damaged cache is only lost time
    keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts) if k not in cache}.items())
    if missing:
        vectors = embed([t for _, t in missing], encoder=encoder)
        cache.update({k: v for (k, _), v in zip(missing, vectors)})
        path.parent.mkdir(parents=True, exist_ok=True)
        ordered = sorted(cache)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(ordered), vectors=np.stack([cache[k] for k in ordered]))
        os.replace(tmp, path)
    return np.stack([cache[k] for k in keys]).astype(np.float32)


# --- fitting ---------------------------------------------------------------

def _fit_lexical(texts: list[str], labels: list[str], classes: list[str]):
    words, chars = make_vectorizers(max_word_features=MAX_WORD_FEATURES,
                                    max_char_features=MAX_CHAR_FEATURES, min_df=1)
    normal = [normalize_text(t) for t in texts]
    features = hstack([words.fit_transform(normal), chars.fit_transform(normal)]).tocsr()
    head = _logistic(LEXICAL_C).fit(features, labels)
    coef, intercept = _ordered(head, classes)
    return words, chars, coef, intercept


def _lexical_proba(words, chars, coef, intercept, texts: list[str]) -> np.ndarray:
    normal = [normalize_text(t) for t in texts]
    features = hstack([words.transform(normal), chars.transform(normal)]).tocsr()
    return _softmax(np.asarray(features @ coef.T) + intercept)


def _fit_embedding(vectors: np.ndarray, labels: list[str], classes: list[str]):
    head = _logistic(EMBEDDING_C).fit(vectors, labels)
    return _ordered(head, classes)


def _logistic(c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=SEED)


def _ordered(head: LogisticRegression, classes: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Coefficients with one row per class of ``classes`` (absent ones get a very low score)."""
    coef = np.zeros((len(classes), head.coef_.shape[1]), dtype=np.float64)
    intercept = np.full(len(classes), -30.0)
    fitted = list(head.classes_)
    if len(fitted) == 2:  # binary logistic regression keeps one row
        rows = {fitted[1]: (head.coef_[0], head.intercept_[0]), fitted[0]: (-head.coef_[0], -head.intercept_[0])}
        rows = {k: (v[0] / 2, v[1] / 2) for k, v in rows.items()}
    else:
        rows = {label: (head.coef_[i], head.intercept_[i]) for i, label in enumerate(fitted)}
    for i, label in enumerate(classes):
        if label in rows:
            coef[i], intercept[i] = rows[label]
    return coef, intercept


def _softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(axis=1, keepdims=True)


def event_f1(gold: list[str], predicted: list[str], average: str = "weighted") -> float:
    """F1 over the ACLED sub-event classes present in ``gold`` ("No event" errors still count)."""
    labels = [name for name in SUB_EVENT_NAMES if name in set(gold)]
    if not labels:
        return 0.0
    return float(f1_score(gold, predicted, labels=labels, average=average, zero_division=0))


def _folds(labels: list[str], styles: list[str], folds: int) -> tuple[str, list[tuple[np.ndarray, np.ndarray]]]:
    """Cross-validation splits: leave one writing style out when the corpus names
    at least three styles (a test of wording the head has not seen, like a new
    outlet's), else stratified folds."""
    distinct = sorted(set(styles))
    if "" not in distinct and len(distinct) >= 3:
        index = np.arange(len(labels))
        return "leave-style-out", [(index[np.array(styles) != s], index[np.array(styles) == s]) for s in distinct]
    counts = Counter(labels)
    folds = min(folds, max(2, min(counts.values())))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    strata = [label if counts[label] >= folds else "_rare" for label in labels]
    return "stratified", list(splitter.split(labels, strata))


def _language_folds(languages: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Leave one language out, when every example names one of at least two:
    a test of text whose wording the lexical head cannot know at all."""
    distinct = sorted(set(languages))
    if "" in distinct or "?" in distinct or len(distinct) < 2:
        return []
    index, codes = np.arange(len(languages)), np.array(languages)
    return [(index[codes != g], index[codes == g]) for g in distinct]


def _out_of_fold(texts: list[str], labels: list[str], classes: list[str], vectors: np.ndarray | None,
                 splits: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray | None]:
    """Each head's probabilities for every example, from the fold that held it out."""
    lexical = np.zeros((len(texts), len(classes)))
    embedding = np.zeros_like(lexical) if vectors is not None else None
    for train_idx, test_idx in splits:
        sub_texts = [texts[i] for i in train_idx]
        sub_labels = [labels[i] for i in train_idx]
        words, chars, coef, intercept = _fit_lexical(sub_texts, sub_labels, classes)
        lexical[test_idx] = _lexical_proba(words, chars, coef, intercept, [texts[i] for i in test_idx])
        if vectors is not None and embedding is not None:
            e_coef, e_intercept = _fit_embedding(vectors[train_idx], sub_labels, classes)
            embedding[test_idx] = _softmax(vectors[test_idx] @ e_coef.T + e_intercept)
    return lexical, embedding


def _cross_validate(texts: list[str], labels: list[str], styles: list[str], classes: list[str],
                    vectors: np.ndarray | None, folds: int, languages: list[str] | None = None) -> dict[str, Any]:
    protocol, splits = _folds(labels, styles, folds)

    def scores(probabilities: np.ndarray) -> dict[str, float]:
        predicted = [classes[i] for i in probabilities.argmax(axis=1)]
        return {"weighted_f1": round(event_f1(labels, predicted), 4),
                "macro_f1": round(event_f1(labels, predicted, "macro"), 4),
                "accuracy": round(float(np.mean([p == g for p, g in zip(predicted, labels)])), 4)}

    lexical, embedding = _out_of_fold(texts, labels, classes, vectors, splits)
    result: dict[str, Any] = {"protocol": protocol, "folds": len(splits), "lexical": scores(lexical)}
    best_weight = 0.0
    if embedding is not None:
        result["embedding"] = scores(embedding)
        by_weight = {w: scores(combine(lexical, embedding, w)) for w in EMBEDDING_WEIGHTS}
        result["combined_by_weight"] = {str(w): s["weighted_f1"] for w, s in by_weight.items()}
        choice = {w: s["weighted_f1"] for w, s in by_weight.items()}
        language_splits = _language_folds(languages) if languages is not None else []
        if language_splits:
            # Leaving a style out still shows the head the other styles' words
            # in the same language; real wire copy is further from the corpus
            # than that (CASE scores sit ~0.25 below this CV). Leaving a
            # language out is the opposite extreme: the lexical head knows no
            # word. The weight is chosen by the mean of the two protocols.
            lang_lexical, lang_embedding = _out_of_fold(texts, labels, classes, vectors, language_splits)
            assert lang_embedding is not None
            by_language = {w: scores(combine(lang_lexical, lang_embedding, w))["weighted_f1"]
                           for w in EMBEDDING_WEIGHTS}
            result["leave_language_out_by_weight"] = {str(w): f for w, f in by_language.items()}
            choice = {w: (choice[w] + by_language[w]) / 2 for w in EMBEDDING_WEIGHTS}
        # Ties go to the lighter embedding weight: cheaper at run time.
        best_weight = max(EMBEDDING_WEIGHTS, key=lambda w: (round(choice[w], 6), -w))
        result["combined"] = by_weight[best_weight]
    result["embedding_weight"] = best_weight
    return result


def train(paths: list[str] | None = None, out: Path | None = None, *,
          embeddings: bool = True, folds: int = 5, encoder: str = EVENT) -> dict[str, Any]:
    """Train the classifier on ``paths`` (default: the project corpus) and write it to ``out``.

    Returns the metrics: corpus size and hash, label counts, skipped lines,
    and (with ``folds`` > 1) cross-validated F1 of each head and of their
    combination, whose best weight the written model uses. A corpus with no
    "No event" example (an ACLED export) gets the project corpus's ones.

    The embedding head reads ``encoder``'s vectors: ``event`` (e5 fine-tuned
    on the project corpus) or ``base``. On the very corpus the encoder was
    tuned on, a cross-validation here would score the head on texts its
    encoder has learned, so the weight comes from the encoder's own
    out-of-fold cross-validation (``scripts/finetune_encoder.py``) instead.
    """
    files = [Path(p) for p in paths] if paths else default_corpus()
    if not files:
        raise LabelledFileError(f"no labelled files given and none in {TRAINING_DIR}")
    examples, skipped = load_corpus(files)
    if not examples:
        raise LabelledFileError(f"no usable labelled examples in {', '.join(map(str, files))}")
    borrowed = 0
    if all(e.label != NO_EVENT for e in examples) and default_corpus():
        # An ACLED export has only events; without "No event" examples every
        # candidate sentence would be coded as one, so the project's are added.
        own = {_dedup_key(e.text) for e in examples}
        extra = [e for e in load_corpus(default_corpus())[0]
                 if e.label == NO_EVENT and _dedup_key(e.text) not in own]
        borrowed = len(extra)
        examples = sorted([*examples, *extra], key=lambda e: (_dedup_key(e.text), e.label))
    texts = [e.text for e in examples]
    labels = [e.label for e in examples]
    classes = sorted(set(labels))
    if len(classes) < 2:
        raise LabelledFileError(f"training needs at least two labels; found only {classes}")
    vectors = embed_cached(texts, encoder) if embeddings else None

    metrics: dict[str, Any] = {
        "examples": len(examples),
        "files": [str(f) for f in files],
        "corpus_sha256": corpus_hash(examples),
        "labels": dict(sorted(Counter(labels).items())),
        "languages": dict(sorted(Counter(e.language or "?" for e in examples).items())),
        "skipped": skipped,
        "borrowed_no_event": borrowed,
    }
    weight = 1.0 if vectors is not None else 0.0
    tuned_on = encoder_metadata(encoder) if vectors is not None and encoder != BASE else {}
    if folds > 1 and tuned_on.get("corpus_sha256") == metrics["corpus_sha256"]:
        metrics["cross_validation"] = {"protocol": "the encoder's out-of-fold cross-validation",
                                       **tuned_on["cross_validation"]}
        weight = tuned_on["cross_validation"]["embedding_weight"]
    elif folds > 1:
        styles = [e.style for e in examples]
        # Cross-validation only picks the heads' weight: on a large export
        # (an ACLED download) a fixed sample measures it as well, much faster.
        sample = np.arange(len(examples))
        if len(sample) > CV_MAX_EXAMPLES:
            sample = np.sort(np.random.RandomState(SEED).choice(len(sample), CV_MAX_EXAMPLES, replace=False))
        metrics["cross_validation"] = _cross_validate(
            [texts[i] for i in sample], [labels[i] for i in sample], [styles[i] for i in sample], classes,
            vectors[sample] if vectors is not None else None, folds,
            [examples[i].language or "?" for i in sample])
        weight = metrics["cross_validation"]["embedding_weight"]

    words, chars, coef, intercept = _fit_lexical(texts, labels, classes)
    e_coef = e_intercept = None
    if vectors is not None and weight > 0:
        e_coef, e_intercept = _fit_embedding(vectors, labels, classes)
    vocab_words = sorted(words.vocabulary_, key=words.vocabulary_.get)
    vocab_chars = sorted(chars.vocabulary_, key=chars.vocabulary_.get)
    model = CodingModel(
        labels=tuple(classes),
        word_vocabulary=vocab_words, word_idf=words.idf_,
        char_vocabulary=vocab_chars, char_idf=chars.idf_,
        lexical_coef=coef, lexical_intercept=intercept,
        embedding_coef=e_coef, embedding_intercept=e_intercept,
        embedding_weight=weight if e_coef is not None else 0.0,
        encoder=encoder if e_coef is not None else BASE,
        metadata={"corpus_sha256": metrics["corpus_sha256"], "examples": len(examples),
                  "encoder_id": encoder_id(encoder) if e_coef is not None else None,
                  "label_counts": metrics["labels"], "lexical_C": LEXICAL_C, "embedding_C": EMBEDDING_C,
                  "cross_validation": metrics.get("cross_validation")},
    )
    target = Path(out) if out else MODEL_DIR
    model.save(target)
    metrics["out"] = str(target)
    metrics["embedding_weight"] = model.embedding_weight
    metrics["features"] = len(vocab_words) + len(vocab_chars)
    if target.resolve() == Path(MODEL_DIR).resolve():
        from .classifier import load_model

        load_model.cache_clear()
    return metrics
