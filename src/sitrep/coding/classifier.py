"""The event classifier: the ACLED sub-event type of a sentence or passage, or "No event".

Two linear heads share one label set:

- a *lexical* head, logistic regression on TF-IDF word 1–2-grams and
  character 2–5-grams (within words): cheap, language-agnostic, and good at
  the words that decide ACLED's finer distinctions (grenade, sarin, suicide);
- an *embedding* head, logistic regression on multilingual-e5-small sentence
  embeddings (``sitrep.nlp.embed``): slower, but it carries meaning across
  languages and paraphrases the corpus never spelled out.

Their probabilities are combined as a weighted geometric mean, the weight
chosen by cross-validation at training time (0 means the embedding head
did not earn its cost). The model is stored as plain arrays (``.npz``, no
pickles) plus a JSON file of metadata, both written by :mod:`.train`.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "model"
WEIGHTS_FILE = "classifier.npz"
METADATA_FILE = "classifier.json"
FORMAT_VERSION = 1

WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (2, 5)

# Dates, counts and years vary from report to report and say nothing about
# the type of event; apostrophes and ё come in several spellings.
_DIGITS = re.compile(r"\d+")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "ё": "е", "Ё": "Е"})


def normalize_text(text: str) -> str:
    """The form of a text that both heads see (lower-cased, digits folded)."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).lower()
    return _DIGITS.sub("0", text)


def make_vectorizers(
    word_vocabulary: list[str] | None = None, char_vocabulary: list[str] | None = None,
    *, max_word_features: int | None = None, max_char_features: int | None = None, min_df: int = 1,
) -> tuple[TfidfVectorizer, TfidfVectorizer]:
    """The word and character TF-IDF vectorizers, unfitted or with a fixed vocabulary."""
    common: dict[str, Any] = {"lowercase": False, "sublinear_tf": True, "dtype": np.float32}
    words = TfidfVectorizer(
        analyzer="word", ngram_range=WORD_NGRAMS, token_pattern=r"(?u)\b\w+\b",
        vocabulary={t: i for i, t in enumerate(word_vocabulary)} if word_vocabulary is not None else None,
        max_features=max_word_features, min_df=min_df if word_vocabulary is None else 1, **common,
    )
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=CHAR_NGRAMS,
        vocabulary={t: i for i, t in enumerate(char_vocabulary)} if char_vocabulary is not None else None,
        max_features=max_char_features, min_df=min_df if char_vocabulary is None else 1, **common,
    )
    return words, chars


def _softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(axis=1, keepdims=True)


@dataclass
class CodingModel:
    """A trained classifier: label set, lexical head, optional embedding head."""

    labels: tuple[str, ...]
    word_vocabulary: list[str]
    word_idf: np.ndarray
    char_vocabulary: list[str]
    char_idf: np.ndarray
    lexical_coef: np.ndarray  # (n_labels, n_word + n_char)
    lexical_intercept: np.ndarray  # (n_labels,)
    embedding_coef: np.ndarray | None = None  # (n_labels, 384)
    embedding_intercept: np.ndarray | None = None
    embedding_weight: float = 0.0  # share of the embedding head in the combined log-probability
    encoder: str = "base"  # the e5 encoder (sitrep.nlp.embeddings) whose vectors the embedding head reads
    metadata: dict[str, Any] = field(default_factory=dict)
    _heads: list[tuple[Any, dict[str, int], np.ndarray, int]] | None = field(default=None, repr=False)
    _lexical_weights: np.ndarray | None = field(default=None, repr=False)

    @property
    def uses_embeddings(self) -> bool:
        return self.embedding_coef is not None and self.embedding_weight > 0

    def _lexical_heads(self) -> list[tuple[Any, dict[str, int], np.ndarray, int]]:
        """For the word and the character features: the analyzer, the vocabulary, the IDF weights and the
        features' offset in the lexical head's weights."""
        if self._heads is None:
            words, chars = make_vectorizers(self.word_vocabulary, self.char_vocabulary)
            self._heads = [
                (words.build_analyzer(), words.vocabulary, self.word_idf.astype(np.float32), 0),
                (chars.build_analyzer(), chars.vocabulary, self.char_idf.astype(np.float32),
                 len(self.word_vocabulary)),
            ]
        return self._heads

    def lexical_proba(self, texts: list[str]) -> np.ndarray:
        if self._lexical_weights is None:
            # the weights gathered per feature: transpose once, not per call.
            self._lexical_weights = np.ascontiguousarray(self.lexical_coef.T, dtype=np.float32)
        # TfidfVectorizer's sublinear TF-IDF with l2 norm per feature set, computed here from its own analyzers:
        # a text has a few hundred features, and sklearn's per-call validation and sparse-matrix assembly cost
        # more than the arithmetic (a fifth of the document coder's time on ~300-word articles).
        scores = np.empty((len(texts), len(self.labels)), dtype=np.float64)
        for row, text in enumerate(texts):
            normal = normalize_text(text)
            total = np.zeros(len(self.labels), dtype=np.float32)
            for analyze, vocabulary, idf, offset in self._lexical_heads():
                counts: dict[int, int] = {}
                for feature in analyze(normal):
                    column = vocabulary.get(feature)
                    if column is not None:
                        counts[column] = counts.get(column, 0) + 1
                if not counts:
                    continue
                columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
                values = (np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
                          + np.float32(1.0)) * idf[columns]
                values /= np.sqrt(np.dot(values, values))
                total += values @ self._lexical_weights[columns + offset]
            scores[row] = total
        return _softmax(scores + self.lexical_intercept)

    def embed(self, texts: list[str]) -> np.ndarray:
        """The vectors of ``texts`` that the embedding head was trained on."""
        from sitrep.nlp import embed

        return embed(texts, encoder=self.encoder)

    def embedding_proba(self, vectors: np.ndarray) -> np.ndarray:
        if self.embedding_coef is None or self.embedding_intercept is None:
            raise ValueError("this model has no embedding head")
        return _softmax(vectors.astype(np.float64) @ self.embedding_coef.T + self.embedding_intercept)

    def proba(self, texts: list[str], *, use_embeddings: bool | None = None) -> np.ndarray:
        """Class probabilities, one row per text, columns in ``self.labels`` order."""
        if not texts:
            return np.zeros((0, len(self.labels)))
        lexical = self.lexical_proba(texts)
        if use_embeddings is False or not self.uses_embeddings:
            return lexical
        return combine(lexical, self.embedding_proba(self.embed(texts)), self.embedding_weight)

    def save(self, directory: Path) -> None:
        """Write the arrays and metadata; the same model always gives the same bytes."""
        directory.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, np.ndarray] = {
            "labels": np.array(self.labels, dtype=str),
            "word_vocabulary": np.array(self.word_vocabulary, dtype=str),
            "word_idf": self.word_idf.astype(np.float32),
            "char_vocabulary": np.array(self.char_vocabulary, dtype=str),
            "char_idf": self.char_idf.astype(np.float32),
            "lexical_coef": self.lexical_coef.astype(np.float16),
            "lexical_intercept": self.lexical_intercept.astype(np.float32),
        }
        if self.embedding_coef is not None and self.embedding_intercept is not None:
            arrays["embedding_coef"] = self.embedding_coef.astype(np.float32)
            arrays["embedding_intercept"] = self.embedding_intercept.astype(np.float32)
        _write_npz(directory / WEIGHTS_FILE, arrays)
        metadata = dict(self.metadata, format_version=FORMAT_VERSION, labels=list(self.labels),
                        embedding_weight=self.embedding_weight, encoder=self.encoder)
        (directory / METADATA_FILE).write_text(
            json.dumps(metadata, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> CodingModel:
        weights, meta_path = directory / WEIGHTS_FILE, directory / METADATA_FILE
        if not weights.exists() or not meta_path.exists():
            raise FileNotFoundError(
                f"no trained coding model in {directory} (expected {WEIGHTS_FILE} and {METADATA_FILE}); "
                "build it with `sitrep train`")
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
        if metadata.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"{meta_path}: model format {metadata.get('format_version')!r}, "
                             f"this code reads {FORMAT_VERSION}; rebuild it with `sitrep train`")
        encoder = metadata.get("encoder", "base")
        with np.load(weights, allow_pickle=False) as data:
            has_embedding = "embedding_coef" in data.files
            if has_embedding and metadata.get("encoder_id"):
                from sitrep.nlp import encoder_id

                # An embedding head reads one encoder's vectors; another's would be noise to it.
                if metadata["encoder_id"] != encoder_id(encoder):
                    raise ValueError(f"{meta_path}: its embedding head was trained on encoder "
                                     f"{metadata['encoder_id']}, the installed one is {encoder_id(encoder)}; "
                                     "rebuild it with `sitrep train`")
            return cls(
                labels=tuple(str(x) for x in data["labels"]),
                word_vocabulary=[str(x) for x in data["word_vocabulary"]],
                word_idf=data["word_idf"].astype(np.float64),
                char_vocabulary=[str(x) for x in data["char_vocabulary"]],
                char_idf=data["char_idf"].astype(np.float64),
                lexical_coef=data["lexical_coef"].astype(np.float32),
                lexical_intercept=data["lexical_intercept"].astype(np.float64),
                embedding_coef=data["embedding_coef"].astype(np.float32) if has_embedding else None,
                embedding_intercept=data["embedding_intercept"].astype(np.float64) if has_embedding else None,
                embedding_weight=float(metadata.get("embedding_weight", 0.0)),
                encoder=encoder,
                metadata=metadata,
            )


def combine(lexical: np.ndarray, embedding: np.ndarray, embedding_weight: float) -> np.ndarray:
    """Weighted geometric mean of the two heads' probabilities, renormalised."""
    logp = (1.0 - embedding_weight) * np.log(lexical + 1e-12) + embedding_weight * np.log(embedding + 1e-12)
    return _softmax(logp)


def _write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    # numpy's savez stamps each member with the current time; a fixed stamp
    # keeps the file byte-identical when the same corpus is trained again.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(arrays):
            member = io.BytesIO()
            np.lib.format.write_array(member, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, member.getvalue())
    path.write_bytes(buffer.getvalue())


@lru_cache(maxsize=1)
def load_model(directory: str | None = None) -> CodingModel:
    """The shipped model (or one in ``directory``), loaded once per process."""
    return CodingModel.load(Path(directory) if directory else MODEL_DIR)


def classify(texts: list[str], *, model: CodingModel | None = None,
             use_embeddings: bool | None = None) -> list[tuple[str, float]]:
    """The most probable label of each text and its probability.

    ``use_embeddings`` None follows the model (its embedding head is used
    when training found it worth its weight); False forces the lexical head.
    """
    if not texts:
        return []
    model = model or load_model()
    probabilities = model.proba(list(texts), use_embeddings=use_embeddings)
    best = probabilities.argmax(axis=1)
    return [(model.labels[i], float(probabilities[row, i])) for row, i in enumerate(best)]
