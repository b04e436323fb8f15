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


def _safe(value: str) -> str:
    """Neutralise formula injection: a cell typed as '=cmd|…' must stay text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
