"""CSV exports that open correctly in the spreadsheet the reader uses.

Excel and LibreOffice split a CSV by the list separator of the computer's region: ";" where
the decimal mark is a comma (de, ru, uk, be), "," in English. Numbers carry the locale's
decimal mark, times are on a named local clock without seconds, and the file is UTF-8 with
a BOM so Excel does not read Cyrillic as mojibake.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton, format_time
from babel.numbers import format_decimal, get_decimal_symbol

from bot.render.formatting import babel_locale

# A CSV cell before formatting: text, a count, a measure (decimal mark of the locale), or empty.
Cell = str | int | float | None


def csv_bytes(language: str, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    """The whole file for a reader of `language`: BOM, header, rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=list_separator(language), lineterminator="\r\n")
    writer.writerow([_safe(h) for h in header])
    for row in rows:
        writer.writerow([_cell(value, language) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def list_separator(language: str) -> str:
    """';' where a comma is the decimal mark (as spreadsheets there expect), else ','."""
    return ";" if get_decimal_symbol(babel_locale(language)) == "," else ","


def sheet_time(when: datetime, language: str, time_zone: str) -> str:
    """'24.04.2027 18:30' on that zone's clock: date and time a spreadsheet reads as one value
    (the column header names the zone)."""
    local = when.astimezone(ZoneInfo(time_zone))
    clock = format_time(local, "short", locale=babel_locale(language))
    return f"{sheet_date(local, language)} {clock}"


def sheet_date(day: date, language: str) -> str:
    """'24.04.2027' / '24/04/2027': the numeric date spreadsheets sort correctly."""
    return format_skeleton("yMMdd", day, locale=babel_locale(language))


def _cell(value: Cell, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):  # a bool is an int: never print True/1 in a spreadsheet
        raise TypeError("translate yes/no before exporting")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_decimal(value, locale=babel_locale(language), group_separator=False)
    return _safe(value)


# What makes Excel or LibreOffice evaluate a cell: a formula sign, or TAB/CR/LF, which they
# skip before looking at what follows (OWASP's CSV injection list, plus LF).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def _safe(value: str) -> str:
    """Neutralise formula injection: a cell typed as '=cmd|…' must stay text."""
    return "'" + value if value.startswith(_FORMULA_START) else value
