"""Turning the bytes of a file into text.

News archives in Ukrainian and Russian still turn up in Windows-1251, so
after UTF-8 (with or without a byte-order mark) that is the one legacy
encoding tried. Windows-1251 maps almost every byte to some character, so
its result is only accepted when it reads as Cyrillic text; anything else
is reported rather than silently turned into mojibake.
"""

from __future__ import annotations

import codecs

# Characters besides Cyrillic letters that legacy Cyrillic text commonly holds.
_CP1251_PUNCTUATION = set("«»—–№’‘“”„…•·°€\u00a0")
# Share of non-ASCII characters that must be Cyrillic for a cp1251 reading.
_MIN_CYRILLIC_SHARE = 0.8


class DecodeError(ValueError):
    """The bytes are not UTF-8 and not Windows-1251 Cyrillic text."""


def decode_text(data: bytes) -> str:
    """Decode ``data`` as UTF-8, UTF-8 with BOM, UTF-16 with BOM, or Windows-1251."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"broken UTF-16 at byte {exc.start}; re-save the file as UTF-8") from exc
    if b"\x00" in data:
        raise DecodeError("contains NUL bytes: this is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text = data.decode("cp1251", errors="replace")
    if "\ufffd" not in text and _reads_as_cyrillic(text):
        return text
    raise DecodeError(
        f"undecodable bytes at offset {first_bad}: neither UTF-8 nor Windows-1251 Cyrillic; "
        "re-save the file as UTF-8"
    )


def _reads_as_cyrillic(text: str) -> bool:
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return True
    cyrillic = sum(1 for ch in non_ascii if "\u0400" <= ch <= "\u04ff" or ch in _CP1251_PUNCTUATION)
    return cyrillic / len(non_ascii) >= _MIN_CYRILLIC_SHARE
