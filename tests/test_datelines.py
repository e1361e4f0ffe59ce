"""Datelines name where and when a story was filed: the coder strips them, the geocoder skips their city."""

from __future__ import annotations

import pytest

from sitrep.nlp import is_dateline_city, strip_dateline


@pytest.mark.parametrize("text, rest", [
    ("KYIV, Oct 5 (Reuters) - A drone hit a depot.", "A drone hit a depot."),
    ("ТОКМАК, 13 июня. /Агентство/. Взрыв прогремел у здания.", "Взрыв прогремел у здания."),
    ("НОВАЯ КАХОВКА, 22 июля. Беспилотник атаковал пункт выдачи помощи.",
     "Беспилотник атаковал пункт выдачи помощи."),
    # no dateline: a sentence that opens with a capitalised word stays whole
    ("Kyiv said on Monday that a drone hit a depot.", "Kyiv said on Monday that a drone hit a depot."),
])
def test_strip_dateline(text, rest):
    assert strip_dateline(text) == rest


def test_the_dateline_city_is_told_from_the_same_city_in_the_story():
    text = "KYIV/MOSCOW, Oct 19 - Drones struck a depot.\nOfficials in Kyiv said the KYIV office was closed."
    first = text.index("MOSCOW")
    assert is_dateline_city(text, first, first + len("MOSCOW"))
    later = text.index("KYIV office")
    assert not is_dateline_city(text, later, later + 4)  # capitals, but not where a dateline stands
    mixed = text.index("Kyiv said")
    assert not is_dateline_city(text, mixed, mixed + 4)
