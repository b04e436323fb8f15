"""The programme's working languages and how a Telegram language_code maps onto them."""

from __future__ import annotations

SUPPORTED_LANGUAGES: tuple[str, ...] = ("de", "en", "ru", "uk", "be")


def suggest_language(language_code: str | None, default: str) -> str:
    """Pick the working language closest to Telegram's language_code (e.g. 'de-AT' -> 'de')."""
    if language_code:
        base = language_code.replace("_", "-").split("-")[0].lower()
        if base in SUPPORTED_LANGUAGES:
            return base
    return default


def is_supported(language: str) -> bool:
    return language in SUPPORTED_LANGUAGES


# The mark that labels content in a language (UX.md: content in another language is always
# labelled). Belarusian gets the globe rather than a flag: the state flag and the
# white-red-white flag each take a side many Belarusian readers would not share.
LANGUAGE_MARKS: dict[str, str] = {"de": "🇩🇪", "en": "🇬🇧", "ru": "🇷🇺", "uk": "🇺🇦", "be": "🌐"}


def language_mark(language: str) -> str:
    return LANGUAGE_MARKS.get(language, "🌐")
