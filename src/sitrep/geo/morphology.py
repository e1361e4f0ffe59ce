"""Candidate nominative forms of inflected Ukrainian and Russian words.

Gazetteers list places in the nominative ("Мелітополь"); news writes them in
every case ("у Мелітополі", "під Мелитополем", "Запорізької області"). For a
word of the text this module proposes the nominatives it may come from: first
pymorphy3's lemmas (an adjective's in its own gender: "запорізької" ->
"запорізька", spelled out from the masculine lemma rather than re-inflected,
which is the slow part of pymorphy), then suffix rules for names the
dictionaries do not know, and only when those miss, the other genders. The
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
    ("і", ("ь", "а", "я", "", "ія", "о")), ("и", ("а",)), ("у", ("", "а")), ("ю", ("ь", "я")),
    ("а", ("", "о")), ("я", ("ь", "")), ("е", ("",)),
)
_RU_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ому", ("ое", "ый", "ий", "")), ("ого", ("ое", "ый", "ий")), ("ой", ("ая", "ое", "ый")),
    ("ей", ("ая", "ь", "и")), ("ую", ("ая",)), ("ом", ("", "о", "ое")), ("ем", ("ь", "е", "ее")),
    ("ым", ("ое", "ый")), ("им", ("ое", "ий")), ("ах", ("ы", "и", "")), ("ях", ("и",)),
    # a plural name's other cases: "Новых Бобовичей", "над Бобовичами", "к Чумакам"
    ("ами", ("ы", "и")), ("ями", ("и",)), ("ам", ("ы", "и")),
    ("ов", ("ы", "и")), ("ии", ("ия",)), ("ие", ("ия",)), ("ью", ("ь",)),
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
    # A place name in the plural is another place: "Каиров" is the genitive of
    # the village Каиры, not "Cairos"; a plural-only name (Pltm) is its own lemma.
    return [_nominative(parse, language) for parse in _parses(word, language)
            if not ({"Geox", "plur"} <= parse.tag.grammemes and "Pltm" not in parse.tag.grammemes)]


def _nominative(parse, language: str) -> str:
    """The lemma, in the reading's own gender for adjectives.

    pymorphy's normal form of an adjective is the masculine: "приморську"
    (feminine) would become "приморський", the name of another place than
    Приморськ/Приморська; the feminine reading must give "приморська".
    """
    lemma = parse.normal_form
    if parse.tag.POS != "ADJF":
        return lemma
    genders = _adjective_genders(lemma, language)
    if not genders:
        return lemma
    if parse.tag.number == "plur":
        return genders[2]
    return {"femn": genders[0], "neut": genders[1]}.get(parse.tag.gender, lemma)


# Masculine nominative ending of an adjective -> the other genders and the
# plural. Adjectival names change gender between sources and languages
# (Днепрорудный / Днепрорудное, Гола Пристань / Голая Пристань); deriving the
# forms from the lemma's spelling avoids pymorphy's slow re-inflection.
_UK_ADJECTIVE_GENDERS = (("ий", ("а", "е", "і")), ("ій", ("я", "є", "і")))
# Feminine, neuter, plural first (what ``_nominative`` picks), then rarer spellings.
_RU_ADJECTIVE_GENDERS = (
    ("ый", ("ая", "ое", "ые")), ("кой", ("кая", "кое", "кие")), ("гой", ("гая", "гое", "гие")),
    ("хой", ("хая", "хое", "хие")), ("ой", ("ая", "ое", "ые", "ие")),
    ("кий", ("кая", "кое", "кие")), ("гий", ("гая", "гое", "гие")), ("хий", ("хая", "хое", "хие")),
    ("жий", ("жая", "жее", "жие")), ("ший", ("шая", "шее", "шие")), ("чий", ("чья", "чье", "чьи", "чая", "чее", "чие")),
    ("щий", ("щая", "щее", "щие")), ("ий", ("яя", "ее", "ие", "ая", "ое")),
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
        # Plural readings are left out: "Украинские (войска)" is no village Украинское.
        if parse.tag.POS == "ADJF" and parse.tag.number != "plur":
            forms.append(parse.normal_form)
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
            # An adjective from a place name ("украинские", Geox) is still a common word.
            geographic_noun = "Geox" in grammemes and parses[0].tag.POS != "ADJF"
            if not geographic_noun and not ({"Name", "Surn", "Patr", "Orgn", "Trad"} & grammemes):
                return True
    return False


# "Мелітопольський район", "Мелитопольский район", "Melitopolskyi district":
# a district (or hromada) is named by an adjective from its centre's name. The
# adjective's stem, with the usual name endings, gives candidate centres:
# Мелітополь-ський, Бердян-ськ, Василів-ка, Полог-ів -> Пологи, Токма-цький ->
# Токмак, Запорі-зький -> Запоріжжя. The gazetteer decides which exist.
# The centre may also bear the adjective itself, neuter: Приазовський -> Приазовське.
_CENTRE_ENDINGS = ("", "ськ", "ск", "ка", "а", "е", "о", "ь", "ське", "ское", "и", "ы")
_LATIN_CENTRE_ENDINGS = ("", "sk", "ka", "a", "e", "ske", "skoye")
_ADJECTIVE_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("цький", ("к", "цьк", "ці", "цьке", "ць")), ("цька", ("к", "цьк", "ці", "цьке", "ць")),
    ("цьке", ("к", "цьк", "ці", "цьке", "ць")),
    ("цкий", ("к", "цк", "цы", "цкое", "ц")), ("цкая", ("к", "цк", "цы", "цкое", "ц")), ("цкое", ("к", "цк", "цы", "цкое", "ц")),
    ("зький", ("жжя", "г", "зьк")), ("зька", ("жжя", "г", "зьк")), ("зьке", ("жжя", "г", "зьк")),
    ("жский", ("жье", "г", "жск")), ("жская", ("жье", "г", "жск")), ("жское", ("жье", "г", "жск")),
    ("ський", _CENTRE_ENDINGS), ("ська", _CENTRE_ENDINGS), ("ське", _CENTRE_ENDINGS),
    ("ский", _CENTRE_ENDINGS), ("ская", _CENTRE_ENDINGS), ("ское", _CENTRE_ENDINGS),
    ("skyi", _LATIN_CENTRE_ENDINGS), ("skyy", _LATIN_CENTRE_ENDINGS), ("sky", _LATIN_CENTRE_ENDINGS),
    ("skiy", _LATIN_CENTRE_ENDINGS), ("skii", _LATIN_CENTRE_ENDINGS),
)
# A stem in -ів/-ов/-ев/-iv/-ov names a plural or -ове centre: Пологів-ський -> Пологи, Сватів-ський -> Сватове;
# one in -іль/-оль a centre in -поле or -пілля: Гуляйпіль-ський, Гуляйполь-ский -> Гуляйполе, Краснопіль-ська ->
# Краснопілля; a plural centre takes -и: Сум-ська -> Суми.
_STEM_CHANGES = (("ів", ("и", "ове")), ("ов", ("и", "ы", "ово")), ("ев", ("и", "ы", "ево")), ("iv", ("y", "ove")),
                 ("ov", ("y", "ovo")), ("іль", ("оле", "ілля")), ("оль", ("оле", "олье")))


def district_centre_names(adjective_forms: tuple[str, ...]) -> list[str]:
    """Candidate names of the place a district adjective is formed from, best first.

    ``adjective_forms`` are the nominative candidates of the adjective
    (``nominative_forms``) or the Latin word itself.
    """
    names: list[str] = []
    for form in adjective_forms:
        for suffix, endings in _ADJECTIVE_SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                stem = form[: -len(suffix)]
                names.extend(stem + ending for ending in endings)
                for ending, replacements in _STEM_CHANGES:
                    if stem.endswith(ending):
                        names.extend(stem[: -len(ending)] + r for r in replacements)
                break
    return list(dict.fromkeys(names))


@lru_cache(maxsize=50_000)
def is_adjective(word: str) -> bool:
    """Whether either dictionary reads a lower-case Cyrillic word as an adjective.

    Both dictionaries are asked: the Ukrainian one reads "центральному" only as
    the village Центральне, the Russian one as the adjective it also is.
    """
    return any(parse.tag.POS == "ADJF" for lang in ("uk", "ru") for parse in _parses(word, lang))


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Orgn", "Trad"})


@lru_cache(maxsize=50_000)
def has_common_reading(word: str, nominative: str, language: str | None = None) -> bool:
    """Whether a lower-case Cyrillic word reads as an ordinary dictionary word and never as a place.

    ``nominative`` is the name the word was matched under. "сили" (forces),
    "слава", "надежда" are common words; "вене" (Geox in the Russian
    dictionary, though also "vein") and "хьюстоні" (the Ukrainian dictionary
    marks few places Geox, but the Russian one knows "хьюстон") are not.
    Any reading counts, not only the best: "Слава" is a first name first and
    a common noun too.
    """
    languages = (language,) if language in ("uk", "ru") else ("uk", "ru")
    if any(parse.is_known and "Geox" in parse.tag.grammemes
           for form in dict.fromkeys((word, nominative)) for lang in ("uk", "ru") for parse in _parses(form, lang)):
        return False
    return any(parse.is_known and not (_NAME_GRAMMEMES & parse.tag.grammemes)
               for lang in languages for parse in _parses(word, lang))
