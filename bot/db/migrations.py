"""Ordered SQL migrations, each applied in its own transaction and recorded once."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import aiosqlite

from bot.paths import MIGRATIONS_DIR

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class MigrationError(Exception):
    """A migration failed; the database is left as it was before that file."""


@dataclass(frozen=True)
class Migration:
    version: str
    path: Path


def discover(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    found = []
    for path in sorted(directory.glob("*.sql")):
        m = _NAME.match(path.name)
        if not m:
            raise MigrationError(f"{path.name}: migration files are named NNNN_what.sql")
        found.append(Migration(version=path.stem, path=path))
    versions = [m.version[:4] for m in found]
    if len(versions) != len(set(versions)):
        raise MigrationError("two migration files share a number")
    return found


def split_statements(script: str) -> list[str]:
    """Split a script into statements (trigger bodies stay whole); executescript would commit."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip().strip(";").strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in buffer.splitlines()
    ):
        raise MigrationError("the script ends with an incomplete statement")
    return statements


async def apply_migrations(
    conn: aiosqlite.Connection, directory: Path = MIGRATIONS_DIR
) -> list[str]:
    """Apply what is not applied yet; return the versions applied now."""
    await conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    async with conn.execute("SELECT version FROM schema_migrations") as cur:
        done = {row[0] for row in await cur.fetchall()}
    applied = []
    for migration in discover(directory):
        if migration.version in done:
            continue
        try:
            statements = split_statements(migration.path.read_text(encoding="utf-8"))
        except MigrationError as exc:
            raise MigrationError(f"migration {migration.path.name} failed: {exc}") from exc
        await conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements:
                await conn.execute(statement)
            await conn.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                (migration.version, datetime.now(UTC).isoformat()),
            )
        except Exception as exc:
            await conn.execute("ROLLBACK")
            raise MigrationError(f"migration {migration.path.name} failed: {exc}") from exc
        await conn.execute("COMMIT")
        applied.append(migration.version)
    return applied
