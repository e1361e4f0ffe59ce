"""Name keys and transliteration: how a surface form becomes a gazetteer key.

A key is the lookup form of a name: lower case, accents and apostrophes
removed, ``ё`` folded to ``е``, hyphens and runs of spaces folded to one
space. Text spans and gazetteer names go through the same function, so
"Kam'yanka-Dniprovs'ka", "Kamyanka Dniprovska" and "Kamʼyanka-Dniprovska"
meet on one key.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "'’ʼ`´ʹ‘"
_APOSTROPHE_RE = re.compile(f"[{_APOSTROPHES}]")
_SEPARATORS_RE = re.compile(r"[\s\-‐‑–—.]+")
_LATIN_OR_CYRILLIC_RE = re.compile(
    rf"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF\s{_APOSTROPHES}.\-()]+$"
)
_CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The lookup key of a place name or text span."""
    text = name.lower().replace("ё", "е")
    if not text.isascii() and not _CYRILLIC_RE.search(text):
        # Strip Latin diacritics only: NFD would also split Cyrillic "й"/"ї".
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = _APOSTROPHE_RE.sub("", text)
    return _SEPARATORS_RE.sub(" ", text).strip()


def is_latin_or_cyrillic(name: str) -> bool:
    return bool(_LATIN_OR_CYRILLIC_RE.match(name))


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC_RE.search(text))


# Ukrainian national transliteration (Cabinet of Ministers resolution 55 of
# 2010): the spelling English-language news about Ukraine uses since 2019.
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia",
}
# Russian, as English-language wires spell Russian names (BGN/PCGN simplified).
_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}
_RU_ENDINGS = (("ий", "iy"), ("ый", "y"), ("ое", "oye"), ("ье", "ye"))


def transliterate_uk(name: str) -> str:
    """Latin spelling of a Ukrainian name by the 2010 national standard."""
    out: list[str] = []
    word_start = True
    low = name.lower().replace("зг", "zgh")
    for char in low:
        if char in _APOSTROPHES:
            continue
        if word_start and char in _UK_INITIAL:
            out.append(_UK_INITIAL[char])
        else:
            out.append(_UK.get(char, char))
        word_start = not char.isalpha()
    return "".join(out)


def transliterate_ru(name: str) -> str:
    """Latin spelling of a Russian name as English-language news writes it."""
    words = []
    for word in re.split(r"(\W+)", name.lower()):
        ending = ""
        for cyr, lat in _RU_ENDINGS:
            if word.endswith(cyr) and len(word) > 3:
                word, ending = word[: -len(cyr)], lat
                break
        latin = "".join(
            ("ye" if (i == 0 and c == "е") else _RU.get(c, c)) for i, c in enumerate(word)
        )
        words.append(latin + ending)
    return "".join(words)


def latin_skeleton(key: str) -> str:
    """A looser key for Latin spellings of East Slavic names.

    Folds the usual romanisation differences (Zaporizhzhia / Zaporizhia /
    Zaporizhzhya, Kamianka / Kamyanka, Mykolaiv / Mykolayiv) onto one form.
    Only used for names of some size: it merges more than it should for
    short village names.
    """
    s = key.replace(" ", "")
    s = s.replace("zhzh", "zh").replace("kh", "h").replace("ts", "c").replace("j", "y")
    s = re.sub(r"(?<=[aeiou])y(?=[aeiou])", "", s)  # Mykolayiv -> Mykolaiv
    s = re.sub(r"[iy]+", "i", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s


# Russian spellings of Ukrainian place names. Russian-language news names
# Ukrainian villages in Russian (Якимівка -> Якимовка, Дніпрорудне ->
# Днепрорудное, Новотроїцьке -> Новотроицкое), and the gazetteer often lists
# only the Ukrainian form. Endings map by rule; the letters of the stem by the
# regular correspondences (і -> и, or е in old roots such as Дніпр- -> Днепр-;
# ї -> и, є -> е, ґ -> г, apostrophe -> ь, ць -> ц).
_UK_TO_RU_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("іївка", ("еевка", "иевка")), ("ївка", ("евка", "иевка")), ("івка", ("овка", "евка")),
    ("ське", ("ское",)), ("цьке", ("цкое",)), ("зьке", ("зкое",)),
    ("ський", ("ский",)), ("цький", ("цкий",)), ("зький", ("зкий",)),
    ("ська", ("ская",)), ("цька", ("цкая",)), ("зька", ("зкая",)),
    ("ськ", ("ск",)), ("цьк", ("цк",)), ("зьк", ("зк",)),
    ("іїв", ("еев",)), ("їв", ("ев",)), ("ів", ("ов", "ев")),
    ("ий", ("ый", "ий")), ("ій", ("ий",)), ("ці", ("цы",)), ("ця", ("ца",)),
)
# Name roots whose Russian form differs beyond the letter correspondences.
_UK_TO_RU_ROOTS = (("олекс", "алекс"), ("микол", "никол"), ("кам'ян", "камен"), ("володимир", "владимир"),
                   ("глиб", "глуб"))
_UK_OLEN = "олен"
# Adjectives Russian translates rather than spells: Північне is Северное, Червоний Яр Красный Яр (as whole words:
# Червоноград stays Червоноград).
_UK_TO_RU_ADJECTIVES = {"північн": "северн", "південн": "южн", "східн": "восточн", "західн": "западн",
                        "червон": "красн"}
_TRANSLATED_ADJECTIVE_RE = re.compile(r"(" + "|".join(_UK_TO_RU_ADJECTIVES) + r")([аеийоі]{1,2})")
_UK_CONSONANTS = "бвгґджзклмнпрстфхцчшщ"
_HARD_PLURAL_CONSONANTS = "бвдзлмнпрстф"  # Russian writes -ы after these, -и after к, г, х, ж, ш, ч, щ
# What only a Ukrainian spelling has: its own letters, ьо (Russian ё), -ськ/-цьк, a final -ця (Russian -ца), an adjective in -е
# or a feminine one in consonant + а or я before the noun (Russian has -ое, -ая, -яя), a
# plural in -и or a masculine adjective in -ий after a hard consonant (Russian -ы, -ый: Новий Комар, Новый Комар).
_UKRAINIAN_SPELLING_RE = re.compile(r"[іїєґ']|ьо|[сцз]ьк|ця(?=$|[\s-])|[бвгджзклмнпрстфхцчшщ](?:е(?=$|[\s-])|[ая]\s)|[бвдзлмнпрстф]и(?=$|[\s-])"
                                    r"|[бвдзлмнпрстф]ий\s")


def _russian_stem(stem: str, i_as: str) -> str:
    # (ьо is Russian ё, written е in the gazetteer's keys: Путьовка -> Путёвка)
    stem = stem.replace("ць", "ц").replace("ьо", "е").replace("'", "ь")
    return stem.replace("ї", "и").replace("є", "е").replace("ґ", "г").replace("і", i_as)


def _russian_word(word: str, before_noun: bool, after_word: bool = False) -> list[str]:
    for uk, ru in _UK_TO_RU_ROOTS:
        word = word.replace(uk, ru)
    if word.startswith(_UK_OLEN):
        # Оленівка is Оленовка after a deer, Еленовка after a woman's name (Олена, Елена): Russian writes either
        return [*_russian_word_spelled(word, before_noun, after_word),
                *_russian_word_spelled("е" + word[1:], before_noun, after_word)]
    return _russian_word_spelled(word, before_noun, after_word)


def _russian_word_spelled(word: str, before_noun: bool, after_word: bool) -> list[str]:
    adjective = _TRANSLATED_ADJECTIVE_RE.fullmatch(word)
    if adjective:  # the translation, then the spelling (some Russian texts write "Червоное")
        translated = _UK_TO_RU_ADJECTIVES[adjective.group(1)] + adjective.group(2)
        return _spelled_word(translated, before_noun, after_word) + _spelled_word(word, before_noun, after_word)
    return _spelled_word(word, before_noun, after_word)


def _spelled_word(word: str, before_noun: bool, after_word: bool) -> list[str]:
    """The Russian spellings of one Ukrainian word, letter by letter and ending by ending."""
    stem, endings = word, ("",)
    for uk, ru in _UK_TO_RU_ENDINGS:
        if word.endswith(uk) and len(word) > len(uk) + 1:
            stem, endings = word[: -len(uk)], ru
            break
    else:
        if len(word) > 3 and word[-1] == "е" and word[-2] in _UK_CONSONANTS:
            stem, endings = word[:-1], ("ое",)  # neuter adjectival names: Веселе -> Веселое
            if after_word:
                endings = ("е", "ое")  # the noun after an adjective: Зелене Поле -> Зеленое Поле
            elif re.search(r"(?:[иії]н|[ое]в)е$", word):
                endings = ("ое", "о")  # possessive names: Відножине -> Видножино, Петрове -> Петрово
        elif before_noun and len(word) > 2 and word[-1] == "а" and word[-2] in _UK_CONSONANTS:
            stem, endings = word[:-1], ("ая",)  # Гола Пристань -> Голая Пристань
        elif before_noun and len(word) > 2 and word[-1] == "я" and word[-2] in _UK_CONSONANTS:
            stem, endings = word[:-1], ("яя",)  # Верхня Сироватка -> Верхняя Сироватка (Сыроватка: see the parser)
        elif before_noun and len(word) > 3 and word[-1] == "і" and word[-2] in _UK_CONSONANTS:
            stem, endings = word[:-1], ("ие", "ые")  # Великі Копані -> Великие Копани
        elif len(word) > 3 and word[-1] == "и" and word[-2] in _HARD_PLURAL_CONSONANTS:
            stem, endings = word[:-1], ("ы",)  # plural names: Каїри -> Каиры, Суми -> Сумы
    stems = [_russian_stem(stem, "и")]
    if "і" in stem:
        stems.append(_russian_stem(stem, "е"))
    return [s + e for s in stems for e in endings]


def russian_spellings(name: str, limit: int = 6) -> list[str]:
    """Russian-style spellings (lower case) of a Ukrainian place name; [] when it has none of its own.

    "Якимівка" -> ["якимовка", "якимевка"]; "Дніпрорудне" -> ["днипрорудное", "днепрорудное"].
    Some spellings are not Russian at all ("якимевка"); they cost a key and
    never match real text.
    """
    low = _APOSTROPHE_RE.sub("'", name.lower())
    if not _UKRAINIAN_SPELLING_RE.search(low) and not any(uk in low for uk, _ in _UK_TO_RU_ROOTS):
        return []
    parts = re.split(r"([\s\-]+)", low)
    options = [
        _russian_word(part, before_noun=i + 1 < len(parts) and parts[i + 1].isspace(),
                      after_word=i > 0 and parts[i - 1].isspace()) if i % 2 == 0 and part else [part]
        for i, part in enumerate(parts)
    ]
    spellings: list[str] = []
    for combination in itertools.islice(itertools.product(*options), limit):
        spelling = "".join(combination)
        if spelling != low and spelling not in spellings:
            spellings.append(spelling)
    return spellings


_RUSSIAN_Y_RE = re.compile(r"(?<=[бвдзлмнпрстфц])и(?=\w)")


@lru_cache(maxsize=50_000)
def russian_originals(name: str) -> tuple[str, ...]:
    """The Russian names (lower case) that a Ukrainian spelling of a place in Russia may stand for.

    Ukrainian news spells Russian villages the Ukrainian way: "Алтухове" is
    Алтухово, "Прямицине" Прямицыно, "Бехтеєвка" Бехтеевка, "Конишівка"
    Конышёвка. These are :func:`russian_spellings` with the Russian noun
    ending -о beside the adjectival -ое and with ы for и after a hard
    consonant. () when the name has no Ukrainian spelling of its own. Cached: the parser asks it of every
    Ukrainian place name it finds, for Russia's namesakes.
    """
    originals: list[str] = []
    for spelling in russian_spellings(name):
        candidates = [spelling]
        if spelling.endswith("ое") and name.lower().endswith("е"):
            candidates.append(spelling[:-2] + "о")  # Алтухове -> Алтухово
        for candidate in candidates:
            for original in _with_russian_y(candidate):
                if original not in originals:
                    originals.append(original)
    return tuple(originals)


# The adjectives that open Russian place names, by their Ukrainian stems: Старі Бобовичі is Старые Бобовичи, Велика
# Писарівка Большая Писаревка (or Великая), Червоне Красное.
_UK_TO_RU_ADJECTIVE_STEMS = {
    "стар": ("стар",), "нов": ("нов",), "велик": ("больш", "велик"), "мал": ("мал",), "верхн": ("верхн",),
    "нижн": ("нижн",), "середн": ("средн",), "червон": ("красн",), "біл": ("бел",), "чорн": ("черн",),
    "зелен": ("зелен",), "золот": ("золот",), "кам'ян": ("камен",), "кам’ян": ("камен",),
}
_UK_ADJECTIVE_RE = re.compile(r"(.+?)(?:ий|ій|а|я|е|є|і)$")
_RU_ADJECTIVE_ENDINGS = ("ые", "ие", "ый", "ий", "ой", "ая", "яя", "ое", "ее")


def russian_adjectives(word: str) -> tuple[str, ...]:
    """The Russian forms (lower case, all genders and the plural) of a Ukrainian place-name adjective in the
    nominative ("старі" -> старые, старый, …); () for any other word."""
    match = _UK_ADJECTIVE_RE.fullmatch(word.lower())
    stems = _UK_TO_RU_ADJECTIVE_STEMS.get(match.group(1), ()) if match else ()
    return tuple(stem + ending for stem in stems for ending in _RU_ADJECTIVE_ENDINGS)


def _with_russian_y(spelling: str) -> list[str]:
    """The spelling with each и after a hard consonant kept or made ы (Прямицино -> Прямицыно), at most 8."""
    positions = [m.start() for m in _RUSSIAN_Y_RE.finditer(spelling)][:3]
    spellings = []
    for choice in itertools.product((False, True), repeat=len(positions)):
        letters = list(spelling)
        for position, as_y in zip(positions, choice):
            if as_y:
                letters[position] = "ы"
        spellings.append("".join(letters))
    return spellings
