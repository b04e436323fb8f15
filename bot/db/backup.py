"""Online backups with SQLite's backup API: a consistent copy while the bot keeps writing."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path


class BackupError(Exception):
    """The copy could not be made or did not pass the integrity check."""


@dataclass(frozen=True)
class BackupReport:
    target: Path
    pages: int
    size_bytes: int


def backup_database(source: Path, target: Path) -> BackupReport:
    """Copy `source` to `target` in one read transaction (WAL lets the bot write meanwhile),
    check the copy, and only then move it into place, so `target` is never half written."""
    if not source.is_file():
        raise BackupError(f"no database at {source}")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(source, timeout=30)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)  # all pages in one step: one consistent snapshot
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        pages = dst.execute("PRAGMA page_count").fetchone()[0]
        dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
    except sqlite3.Error as exc:
        raise BackupError(f"backup of {source} failed: {exc}") from exc
    finally:
        dst.close()
        src.close()
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(f"the copy failed its integrity check: {verdict}")
    os.replace(partial, target)
    return BackupReport(target, int(pages), target.stat().st_size)
