"""A sentence splitter for news text in English, Ukrainian and Russian.

Rule-based on purpose: it keeps character offsets exact and knows the
abbreviations that trip naive splitters in wire copy ("Gen.", "обл.", "г.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


# Tokens after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "st", "no", "vs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "e.g", "i.e", "approx", "est",
    "обл", "р", "рр", "м", "с", "смт", "вул", "пров", "ім", "т", "тис", "млн", "млрд", "грн",
    "г", "гг", "ул", "пгт", "д", "им", "руб", "ст", "п", "див", "см", "тыс",
}

_LIST_NUMBER = re.compile(r"\s*\d{1,2}")

_BOUNDARY = re.compile(r"[.!?…]+[»\"”')\]]*\s+|\n\s*\n|\n(?=\s*[-–—•*]\s)")


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with exact offsets into ``text``."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        chunk = text[start:match.start()]
        last_word = re.search(r"([\w.]+)$", chunk)
        next_char = text[end:end + 1]
        if last_word and match.group().startswith(".") and "\n" not in match.group():
            if _LIST_NUMBER.fullmatch(chunk) and (start == 0 or text[start - 1] == "\n"):
                continue  # "2. Того ж вівторка …": a numbered item's number opens its sentence
            word = last_word.group(1).lower()
            # "Gen. Ivanov", "Запорізької обл. у", single initials "A. B."
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or (next_char and next_char.islower()):
                continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end))


# A digest item's heading: "1. Воздвижівка.", "▪️ Циркуни.", "Belgorod Oblast.", "Луганщина." at the start of a
# line; its words are names, capitalised but for a region word ("Запорізька область").
_HEADING_RE = re.compile(
    r"^(?:\d{1,2}[.)]\s*|[^\w\s«\"'(]{1,3}\s*)?[A-ZА-ЯЁІЇЄҐ][\w'’-]*"
    r"(?:\s+(?:[A-ZА-ЯЁІЇЄҐ][\w'’-]*|oblast|region|область|обл|район|округ|край))?[.:]$")


def is_heading(text: str, start: int, end: int) -> bool:
    """Whether the sentence at [start, end) of ``text`` heads a paragraph or list item with a place or topic."""
    at_line_start = start == 0 or text[:start].rstrip(" \t").endswith("\n")
    return at_line_start and bool(_HEADING_RE.match(text[start:end].strip()))

