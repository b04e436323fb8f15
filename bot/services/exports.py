"""CSV exports that spreadsheet programs open correctly (UTF-8 with BOM, so Cyrillic shows)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if value is None else _safe(str(value)) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# What makes Excel or LibreOffice evaluate a cell: a formula sign, or TAB/CR/LF, which they
# skip before looking at what follows (OWASP's CSV injection list, plus LF).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def _safe(value: str) -> str:
    """Neutralise formula injection: a cell typed as '=cmd|…' must stay text."""
    return "'" + value if value.startswith(_FORMULA_START) else value
