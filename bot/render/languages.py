"""Languages and countries named in the reader's language (babel), not as codes."""

from __future__ import annotations

from babel import Locale
from babel.lists import format_list

from bot.render.formatting import babel_locale


def language_name(code: str, reader: str) -> str:
    """'de' for a German reader: 'Deutsch'; for a Russian one: 'немецкий' (babel's own case)."""
    return str(Locale.parse(babel_locale(reader)).languages.get(code, code))


def language_label(code: str, reader: str) -> str:
    """A language's name as a button starts it: 'Немецкий'."""
    name = language_name(code, reader)
    return name[:1].upper() + name[1:]


def country_name(code: str, reader: str) -> str:
    """'RU' for a German reader: 'Russland'."""
    return str(Locale.parse(babel_locale(reader)).territories.get(code, code))


def list_text(reader: str, items: list[str]) -> str:
    """Items joined as the reader's language joins a list ('A, B and C', 'A, B и C')."""
    return format_list(items, locale=babel_locale(reader)) if items else ""
