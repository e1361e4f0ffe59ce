"""Modelling experiments on the classifier's heads, chosen by the corpus's own CV.

    .venv/bin/python benchmarks/coding/cv_heads.py [--no-case]

For each variant (per-head temperature, a prototype head over e5 embeddings,
e5's "query: " prefix, the heads' regularisation C) it reports weighted F1
under leave-one-style-out and leave-one-language-out cross-validation on the
project corpus, and then, for measurement only, on the CASE dev files
(../shared/data; never used to pick anything here). Embeddings are cached
in $SITREP_CACHE (see ``sitrep.coding.train.embed_cached``).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import os
import time
from pathlib import Path

import numpy as np

from sitrep.coding.evaluate import score

# sitrep.coding re-exports the function train(), which hides the module's name.
T = importlib.import_module("sitrep.coding.train")
DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
CASE_FILES = {"en": "case2021_task2_dev.tsv", "uk": "case2021_task2_dev_uk.tsv", "ru": "case2021_task2_dev_ru.tsv"}
WEIGHTS = np.round(np.arange(0.0, 1.0001, 0.05), 2)


def embed_query_cached(texts: list[str]) -> np.ndarray:
    """Like ``embed_cached`` but with e5's "query: " prefix."""
    from sitrep.nlp.embeddings import DIM, embedder

    path = Path(os.environ.get("SITREP_CACHE") or os.path.expanduser("~/.cache/sitrep")) / "query_embeddings.npz"
    cache: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path, allow_pickle=False) as data:
            cache = dict(zip((str(k) for k in data["keys"]), data["vectors"]))
    keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts) if k not in cache}.items())
    if missing:
        model = embedder()
        clipped = [t[:1500] for _, t in missing]
        parts = [model.query(clipped[i:i + 64]).reshape(-1, DIM) for i in range(0, len(clipped), 64)]
        vectors = np.vstack(parts).astype(np.float32)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        cache.update({k: v for (k, _), v in zip(missing, vectors)})
        path.parent.mkdir(parents=True, exist_ok=True)
        ordered = sorted(cache)
        np.savez(path, keys=np.array(ordered), vectors=np.stack([cache[k] for k in ordered]))
    return np.stack([cache[k] for k in keys]).astype(np.float32)


def log_softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=1, keepdims=True)
    return scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))


def prototype_scores(train_vectors: np.ndarray, train_labels: list[str], classes: list[str],
                     vectors: np.ndarray, kind: str) -> np.ndarray:
    """Cosine scores to class centroids ("centroid") or a top-k neighbour vote ("knn")."""
    labels = np.array(train_labels)
    if kind == "centroid":
        centroids = np.stack([train_vectors[labels == c].mean(axis=0) if (labels == c).any()
                              else np.zeros(train_vectors.shape[1]) for c in classes])
        centroids /= np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-12)
        return vectors @ centroids.T
    k = 10
    sims = vectors @ train_vectors.T
    top = np.argpartition(-sims, k, axis=1)[:, :k]
    out = np.zeros((len(vectors), len(classes)))
    index = {c: i for i, c in enumerate(classes)}
    for row, cols in enumerate(top):
        for col in cols:
            out[row, index[labels[col]]] += np.exp(sims[row, col] / 0.05)
    out /= out.sum(axis=1, keepdims=True)
    return np.log(out + 1e-6)


def fit_temperature(logp: np.ndarray, gold_index: np.ndarray) -> float:
    """The temperature minimising the negative log-likelihood of out-of-fold predictions."""
    best = (np.inf, 1.0)
    for t in np.exp(np.linspace(np.log(0.05), np.log(20), 80)):
        nll = -log_softmax(logp / t)[np.arange(len(gold_index)), gold_index].mean()
        best = min(best, (nll, float(t)))
    return best[1]


def f1_of(logp: np.ndarray, gold: list[str], classes: list[str]) -> float:
    predicted = [classes[i] for i in logp.argmax(axis=1)]
    return score(gold, predicted)["weighted_f1"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-case", action="store_true")
    parser.add_argument("--lexical-c", default="20")
    parser.add_argument("--embedding-c", default="5,20,100")
    args = parser.parse_args()
    started = time.time()
    examples, _ = T.load_corpus(T.default_corpus())
    texts = [e.text for e in examples]
    labels = [e.label for e in examples]
    classes = sorted(set(labels))
    gold_index = np.array([classes.index(x) for x in labels])
    styles = np.array([e.style for e in examples])
    languages = np.array([e.language or "?" for e in examples])
    passage = T.embed_cached(texts)
    query = embed_query_cached(texts)
    print(f"corpus {len(texts)} embedded [{time.time() - started:.0f}s]", flush=True)

    case: dict[str, tuple[list[str], list[str]]] = {}
    if not args.no_case:
        for language, name in CASE_FILES.items():
            rows = T.read_labelled(DATA / name)
            case[language] = ([r.text for r in rows], [r.label for r in rows])
    case_vectors = {lang: (T.embed_cached(t), embed_query_cached(t)) for lang, (t, _) in case.items()}

    protocols = {
        "style": [(np.where(styles != s)[0], np.where(styles == s)[0]) for s in sorted(set(styles))],
        "language": [(np.where(languages != g)[0], np.where(languages == g)[0]) for g in sorted(set(languages))],
    }
    # Out-of-fold log-probabilities of each head per protocol, and full-corpus ones on CASE.
    oof: dict[str, dict[str, np.ndarray]] = {p: {} for p in protocols}
    on_case: dict[str, dict[str, np.ndarray]] = {lang: {} for lang in case}
    for c in [float(x) for x in args.lexical_c.split(",")]:
        T.LEXICAL_C = c
        for p, splits in protocols.items():
            out = np.zeros((len(texts), len(classes)))
            for tr, te in splits:
                w, ch, coef, b = T._fit_lexical([texts[i] for i in tr], [labels[i] for i in tr], classes)
                out[te] = np.log(T._lexical_proba(w, ch, coef, b, [texts[i] for i in te]) + 1e-12)
            oof[p][f"lex_C{c:g}"] = out
        w, ch, coef, b = T._fit_lexical(texts, labels, classes)
        for lang, (t, _) in case.items():
            on_case[lang][f"lex_C{c:g}"] = np.log(T._lexical_proba(w, ch, coef, b, t) + 1e-12)
        print(f"lexical C={c:g} [{time.time() - started:.0f}s]", flush=True)
    for prefix, vectors, which in (("passage", passage, 0), ("query", query, 1)):
        for c in [float(x) for x in args.embedding_c.split(",")]:
            T.EMBEDDING_C = c
            name = f"emb_{prefix}_C{c:g}"
            for p, splits in protocols.items():
                out = np.zeros((len(texts), len(classes)))
                for tr, te in splits:
                    coef, b = T._fit_embedding(vectors[tr], [labels[i] for i in tr], classes)
                    out[te] = log_softmax(vectors[te] @ coef.T + b)
                oof[p][name] = out
            coef, b = T._fit_embedding(vectors, labels, classes)
            for lang in case:
                v = case_vectors[lang][which]
                on_case[lang][name] = log_softmax(v @ coef.T + b)
            print(f"{name} [{time.time() - started:.0f}s]", flush=True)
        for kind in ("centroid", "knn"):
            name = f"proto_{kind}_{prefix}"
            for p, splits in protocols.items():
                out = np.zeros((len(texts), len(classes)))
                for tr, te in splits:
                    out[te] = prototype_scores(vectors[tr], [labels[i] for i in tr], classes, vectors[te], kind)
                oof[p][name] = out
            for lang in case:
                on_case[lang][name] = prototype_scores(vectors, labels, classes, case_vectors[lang][which], kind)

    def report(title: str, mix) -> None:
        """``mix(heads) -> log scores``; CV on both protocols, then CASE."""
        cv = {p: f1_of(mix(oof[p]), labels, classes) for p in protocols}
        row = {"cv_style": cv["style"], "cv_language": cv["language"]}
        for lang, (_, gold) in case.items():
            row[f"case_{lang}"] = f1_of(mix(on_case[lang]), gold, classes)
        print(f"{title:60s} " + " ".join(f"{k} {v:.3f}" for k, v in row.items()), flush=True)

    def choose(names: list[str], temperatures: bool, grid=WEIGHTS) -> tuple[list[float], list[float]]:
        """Per-head temperatures (fitted on the style-out OOF) and weights chosen by style-out CV."""
        temps = [fit_temperature(oof["style"][n], gold_index) if temperatures else 1.0 for n in names]
        best = (-1.0, [])
        if len(names) == 2:
            candidates = [[1 - w, w] for w in grid]
        else:
            candidates = [[1 - w - v, w, v] for w in grid for v in grid if w + v <= 1.0001]
        for weights in candidates:
            f = f1_of(sum(wt * oof["style"][n] / t for wt, n, t in zip(weights, names, temps)), labels, classes)
            if f > best[0] + 1e-9:
                best = (f, weights)
        return temps, best[1]

    def mixer(names, temps, weights):
        return lambda heads: sum(w * heads[n] / t for w, n, t in zip(weights, names, temps))

    lex = f"lex_C{float(args.lexical_c.split(',')[0]):g}"
    print("\n== single heads (style-out / language-out / CASE) ==")
    for name in sorted(oof["style"]):
        report(name, lambda h, n=name: h[n])
    print("\n== baseline: lexical + embedding (passage, C=20), shipped grid ==")
    base = ["lex_C20", "emb_passage_C20"] if "lex_C20" in oof["style"] else [lex, "emb_passage_C20"]
    for w in T.EMBEDDING_WEIGHTS:
        report(f"w={w}", mixer(base, [1, 1], [1 - w, w]))
    for lexical in sorted(n for n in oof["style"] if n.startswith("lex_")):
        for emb in sorted(n for n in oof["style"] if n.startswith("emb_")):
            for temperatures in (False, True):
                names = [lexical, emb]
                temps, weights = choose(names, temperatures)
                report(f"{lexical}+{emb} T={temperatures} T={np.round(temps, 2).tolist()} "
                       f"w={np.round(weights, 2).tolist()}", mixer(names, temps, weights))
    print("\n== third head: prototypes ==")
    for emb in ("emb_passage_C20", "emb_query_C20"):
        prefix = emb.split("_")[1]
        for kind in ("centroid", "knn"):
            names = [base[0], emb, f"proto_{kind}_{prefix}"]
            temps, weights = choose(names, True, grid=np.round(np.arange(0, 1.0001, 0.1), 2))
            report(f"{names} T={np.round(temps, 2).tolist()} w={np.round(weights, 2).tolist()}",
                   mixer(names, temps, weights))
    print(f"[{time.time() - started:.0f}s]")


if __name__ == "__main__":
    main()
