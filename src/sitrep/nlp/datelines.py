"""Datelines: where and when a wire story was filed ("KYIV, Oct 5 (Reuters) -", "ТОКМАК, 13 июня. /Агентство/.").

The dateline names the filing place and day, which say nothing of where or
when anything in the story happened; the coder drops it before dating an
event and the geocoder does not take its city for the event's place. Both
recognise a dateline by the same mark: a line that opens with a city name
in capitals.
"""

from __future__ import annotations

import re

# A city in capitals: "KYIV", "KYIV/MOSCOW", "НОВАЯ КАХОВКА", "РОСТОВ-НА-ДОНУ".
_CAPITALS = r"[^\W\d_a-zа-яіїєґё]{2,}"
_CITY = rf"{_CAPITALS}(?:[ /-]{_CAPITALS})*"
_DATELINE = re.compile(
    rf"^\s*{_CITY},\s+[^\n.(/]{{1,30}}?"
    r"(?:\s*\([^)]{1,40}\)\s*[-–—]|\s*[-–—]|\.\s*/[^/\n]{1,40}/\.?|\.(?=\s))\s*")
# What may stand between the start of a line and a dateline city: other capitalised cities.
_CITIES_BEFORE = re.compile(rf"\s*(?:{_CAPITALS}[\s/,-]*(?:and\s+)?)*")


def dateline(text: str) -> str:
    """The dateline ``text`` opens with ("KYIV, April 10 —"), or ""."""
    match = _DATELINE.match(text)
    return match.group() if match else ""


def strip_dateline(text: str) -> str:
    """``text`` without a dateline (city, date and agency) at its start."""
    return _DATELINE.sub("", text, count=1)


def is_dateline_city(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a city name in capitals in the dateline position of its line.

    The date part is not required: "ZAPORIZHZHIA, Ukraine, July 8" and a
    bare "KYIV/MOSCOW -" both name the filing place.
    """
    line_start = text.rfind("\n", 0, start) + 1
    name = text[start:end]
    return _CITIES_BEFORE.fullmatch(text[line_start:start]) is not None and name.isupper() and len(name) > 2
