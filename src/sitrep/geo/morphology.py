"""Candidate nominative forms of inflected Ukrainian and Russian words.

Gazetteers list places in the nominative ("Мелітополь"); news writes them in
every case ("у Мелітополі", "під Мелитополем", "Запорізької області"). For a
word of the text this module proposes the nominatives it may come from: first
pymorphy3's lemmas, then suffix rules for names the dictionaries do not know,
and, only when those miss, the other genders of adjectival lemmas
("запорізької" -> "запорізький" -> "запорізька"), spelled out from the lemma
rather than re-inflected (pymorphy's inflection is the slow part). The
gazetteer decides which candidate is a place. Results are cached: a news
stream repeats its place names.
"""

from __future__ import annotations

from functools import lru_cache

import pymorphy3

# (case ending, nominative endings it may stand for), longest endings first.
# Covers nouns in -ь/-а/-я/consonant and adjective-like names (-е/-ий/-а).
_UK_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ому", ("е", "ий", "")), ("ого", ("е", "ий")), ("ій", ("а", "ія")), ("ої", ("а",)),
    ("ою", ("а",)), ("ею", ("я", "ь")), ("ем", ("ь", "")), ("ом", ("", "о")),
    ("ім", ("е", "ий", "і")), ("их", ("і",)), ("ах", ("и", "")), ("ях", ("і", "ї")),
    ("ів", ("и",)), ("ці", ("ка",)), ("зі", ("га",)), ("сі", ("ха",)),
    ("і", ("ь", "а", "я", "", "ія")), ("и", ("а",)), ("у", ("", "а")), ("ю", ("ь", "я")),
    ("а", ("", "о")), ("я", ("ь", "")), ("е", ("",)),
)
_RU_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ому", ("ое", "ый", "ий", "")), ("ого", ("ое", "ый", "ий")), ("ой", ("ая", "ое", "ый")),
    ("ей", ("ая", "ь")), ("ую", ("ая",)), ("ом", ("", "о", "ое")), ("ем", ("ь", "е", "ее")),
    ("ым", ("ое", "ый")), ("им", ("ое", "ий")), ("ах", ("ы", "и", "")), ("ях", ("и",)),
    ("ов", ("ы",)), ("ии", ("ия",)), ("ие", ("ия",)), ("ью", ("ь",)),
    ("е", ("", "а", "я", "ь", "о")), ("ы", ("а",)), ("и", ("а", "ь", "я")), ("у", ("", "а")),
    ("ю", ("ь", "я")), ("а", ("", "о")), ("я", ("ь", "")),
)
# Ukrainian alternates o/e -> i in the last closed syllable of the
# nominative: Харків -> Харкова, Львів -> Львові, Миколаїв -> Миколаєві.
_UK_VOWEL_ALTERNATION = {"о": "і", "е": "і", "є": "ї"}


@lru_cache(maxsize=2)
def _analyzer(language: str) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=language)


@lru_cache(maxsize=200_000)
def _parses(word: str, language: str) -> tuple:
    """The dictionaries' best four readings of a word (shared by every question asked of it)."""
    return tuple(_analyzer(language).parse(word)[:4])


def _lemmas(word: str, language: str) -> list[str]:
    return [parse.normal_form for parse in _parses(word, language)]


# Masculine nominative ending of an adjective -> the other genders and the
# plural. Adjectival names change gender between sources and languages
# (Днепрорудный / Днепрорудное, Гола Пристань / Голая Пристань); deriving the
# forms from the lemma's spelling avoids pymorphy's slow re-inflection.
_UK_ADJECTIVE_GENDERS = (("ий", ("а", "е", "і")), ("ій", ("я", "є", "і")))
_RU_ADJECTIVE_GENDERS = (
    ("ый", ("ая", "ое", "ые")), ("ой", ("ая", "ое", "ые", "ие")),
    ("ий", ("ая", "ое", "ие", "яя", "ее")),
)


def _adjective_genders(lemma: str, language: str) -> list[str]:
    rules = _UK_ADJECTIVE_GENDERS if language == "uk" else _RU_ADJECTIVE_GENDERS
    for ending, others in rules:
        if lemma.endswith(ending) and len(lemma) > len(ending) + 2:
            stem = lemma[: -len(ending)]
            return [stem + other for other in others]
    return []


def _dictionary_forms(word: str, language: str) -> list[str]:
    forms: list[str] = []
    for parse in _parses(word, language):
        if parse.tag.POS == "ADJF":
            forms.extend(_adjective_genders(parse.normal_form, language))
    return forms


def _suffix_forms(word: str, language: str) -> list[str]:
    rules = _UK_RULES if language == "uk" else _RU_RULES
    forms: list[str] = []
    for ending, nominatives in rules:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            forms.extend(stem + nominative for nominative in nominatives)
            if language == "uk" and len(stem) >= 3 and stem[-2] in _UK_VOWEL_ALTERNATION:
                forms.append(stem[:-2] + _UK_VOWEL_ALTERNATION[stem[-2]] + stem[-1])
    return forms


@lru_cache(maxsize=200_000)
def nominative_forms(word: str, language: str | None = None) -> tuple[str, ...]:
    """The word itself and the nominatives it may be an inflection of, best first.

    Cheap candidates only: dictionary lemmas and suffix rules. ``word`` is
    lower case; ``language`` is "uk", "ru" or None (both).
    """
    languages = (language,) if language in ("uk", "ru") else ("uk", "ru")
    forms = [word]
    for lang in languages:
        forms.extend(_lemmas(word, lang))
    for lang in languages:
        forms.extend(_suffix_forms(word, lang))
    return tuple(dict.fromkeys(f for f in forms if f))


@lru_cache(maxsize=100_000)
def reinflected_forms(word: str, language: str | None = None) -> tuple[str, ...]:
    """The other genders of adjectival readings (tried when the cheap candidates miss).

    "голій" -> "гола", "днепрорудный" -> "днепрорудное".
    """
    languages = (language,) if language in ("uk", "ru") else ("uk", "ru")
    forms: list[str] = []
    for lang in languages:
        forms.extend(_dictionary_forms(word, lang))
    cheap = set(nominative_forms(word, language))
    return tuple(f for f in dict.fromkeys(forms) if f and f not in cheap)


@lru_cache(maxsize=50_000)
def is_person_name(word: str, language: str | None = None) -> bool:
    """Whether the dictionaries' best reading of a capitalised word is a first name or surname."""
    languages = (language,) if language in ("uk", "ru") else ("uk", "ru")
    for lang in languages:
        parses = _parses(word, lang)
        if parses and parses[0].score >= 0.5 and ({"Name", "Surn", "Patr"} & set(parses[0].tag.grammemes)):
            return "Geox" not in parses[0].tag.grammemes
    return False


@lru_cache(maxsize=50_000)
def is_common_word(word: str, language: str | None = None) -> bool:
    """Whether a word is a known non-name dictionary word (used for sentence-initial tokens)."""
    languages = (language,) if language in ("uk", "ru") else ("uk", "ru")
    for lang in languages:
        parses = _parses(word, lang)
        if parses and parses[0].is_known:
            grammemes = set(parses[0].tag.grammemes)
            if not ({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"} & grammemes):
                return True
    return False
