"""Names the idea exchange shows: countries in the reader's language (babel), lists joined
with the locale's pattern."""

from __future__ import annotations

from collections.abc import Sequence

from babel import Locale
from babel.lists import format_list

from bot.render.formatting import babel_locale


def country_name(code: str, language: str) -> str:
    """The country's name in the reader's language; the code itself when babel has none."""
    return str(Locale.parse(babel_locale(language)).territories.get(code, code))


def country_list(codes: Sequence[str], language: str) -> str:
    names = [country_name(code, language) for code in codes]
    return format_list(names, locale=babel_locale(language)) if names else ""


def joined(names: Sequence[str], language: str) -> str:
    return format_list(list(names), locale=babel_locale(language)) if names else ""
