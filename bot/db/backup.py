"""Online backups while the bot keeps writing: SQLite's backup API for the embedded database,
`pg_dump --format=custom` for PostgreSQL (restored with `pg_restore`)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

PG_DUMP_TIMEOUT = 3600  # seconds; a dump that takes longer is stopped and reported


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


@dataclass(frozen=True)
class DumpReport:
    target: Path
    size_bytes: int
    entries: int  # what `pg_restore --list` finds in the archive (tables, data, indexes, …)


def _without_password(url: str) -> tuple[str, str | None]:
    """The address without its password (which would show in `ps`), and the password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, None
    netloc = parts.netloc.replace(f":{parts.password}@", "@", 1)
    return parts._replace(netloc=netloc).geturl(), unquote(parts.password)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} not found: install PostgreSQL's client programs of the server's major "
            "version or newer (Debian: apt-get install postgresql-client)"
        )
    return path


def dump_postgres(url: str, target: Path) -> DumpReport:
    """`pg_dump --format=custom` of the database at `url` into `target`.

    pg_dump reads in one REPEATABLE READ snapshot, so the bot keeps running meanwhile. The
    dump goes to `target.partial`, is listed back with `pg_restore --list` (a truncated archive
    fails there), and only then moves into place: `target` is never half written. The password
    travels in PGPASSWORD, never on the command line; without one in the address, libpq's own
    PGPASSWORD or ~/.pgpass apply."""
    address, password = _without_password(url)
    env = dict(os.environ)
    if password is not None:
        env["PGPASSWORD"] = password
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    dump = [_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={partial}"]
    try:
        subprocess.run(
            [*dump, f"--dbname={address}"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=PG_DUMP_TIMEOUT,
        )
        listing = subprocess.run(
            [_tool("pg_restore"), "--list", str(partial)],
            capture_output=True,
            text=True,
            check=True,
            timeout=PG_DUMP_TIMEOUT,
        )
    except subprocess.CalledProcessError as exc:
        partial.unlink(missing_ok=True)
        reason = (exc.stderr or "").strip().splitlines()
        detail = reason[-1] if reason else f"exit status {exc.returncode}"
        raise BackupError(f"{Path(exc.cmd[0]).name} failed: {detail}") from exc
    except subprocess.TimeoutExpired as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"backup took longer than {PG_DUMP_TIMEOUT} s and was stopped") from exc
    entries = sum(1 for line in listing.stdout.splitlines() if line and not line.startswith(";"))
    os.replace(partial, target)
    return DumpReport(target, target.stat().st_size, entries)
