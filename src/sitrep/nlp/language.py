"""Language identification for the languages Sitrep codes (and their neighbours)."""

from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

# Neighbouring languages are included so that, e.g., a Belarusian or Polish
# text is not forced into Ukrainian or Russian.
_LANGUAGES = (
    Language.ENGLISH, Language.UKRAINIAN, Language.RUSSIAN, Language.BELARUSIAN,
    Language.POLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH,
    Language.ARABIC, Language.TURKISH,
)


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*_LANGUAGES).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it cannot be told."""
    sample = text[:2000]
    if not sample.strip():
        return None
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang else None
