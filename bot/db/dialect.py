"""The two SQL dialects the repositories speak: SQLite (the embedded default) and PostgreSQL.

Repositories write one statement for both, in SQLite's spelling with `?` placeholders. For
PostgreSQL each statement is rewritten once (and remembered) by `to_postgres`:

- `?` becomes `$1`, `$2`, … (never inside quotes);
- `LIKE` becomes `ILIKE` (SQLite's LIKE ignores case);
- every `ORDER BY` term gets SQLite's NULL order spelled out (`NULLS FIRST` ascending,
  `NULLS LAST` descending), so both backends sort NULLs the same way.

What cannot be rewritten safely is written once for both in the repositories: `RETURNING id`
instead of `lastrowid` (`inserted_id`), `ON CONFLICT … DO NOTHING` instead of `INSERT OR
IGNORE`. PostgreSQL also gets the few SQLite functions the statements use, as SQL functions
in the schema (`migrations/0000_postgresql_functions.sql`: `group_concat`, `sum(boolean)`, …).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, Protocol


class Dialect(StrEnum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


def is_postgres_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


class Cursor(Protocol):
    """What a repository reads from a statement: its rows and how many rows it changed."""

    @property
    def rowcount(self) -> int: ...

    async def fetchone(self) -> Any: ...

    async def fetchall(self) -> Iterable[Any]: ...


class Connection(Protocol):
    """The part of aiosqlite's connection the repositories use; `PostgresConnection` offers
    the same on asyncpg. `execute(...)` is awaited or used with `async with`."""

    def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> Any: ...

    def executemany(self, sql: str, parameters: Iterable[Iterable[Any]]) -> Any: ...

    def execute_fetchall(self, sql: str, parameters: Iterable[Any] | None = None) -> Any: ...


async def inserted_id(
    conn: Connection, sql: str, parameters: Iterable[Any] | None = None
) -> int | None:
    """`INSERT … RETURNING id` on both backends: the new row's id, None when nothing was
    inserted (`ON CONFLICT DO NOTHING`)."""
    async with conn.execute(sql + " RETURNING id", parameters) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row is not None else None


async def new_id(conn: Connection, sql: str, parameters: Iterable[Any] | None = None) -> int:
    """`inserted_id` for an INSERT that always inserts."""
    found = await inserted_id(conn, sql, parameters)
    if found is None:
        raise RuntimeError("the INSERT inserted no row")
    return found


_TOKEN = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|--[^\n]*|\?|\bLIKE\b|\bORDER\s+BY\b", re.I)
_CLAUSE_END = re.compile(
    r"\b(LIMIT|OFFSET|FOR|UNION|EXCEPT|INTERSECT|RETURNING|ON\s+CONFLICT)\b", re.I
)


@functools.lru_cache(maxsize=4096)
def to_postgres(sql: str) -> str:
    """The statement in PostgreSQL's spelling (see the module's docstring)."""
    sql = _numbered_placeholders(sql)
    out: list[str] = []
    position = 0
    number = 0
    for match in _TOKEN.finditer(sql):
        if match.start() < position:
            continue  # inside an ORDER BY clause already copied
        token = match.group(0)
        out.append(sql[position : match.start()])
        position = match.end()
        if token == "?":
            number += 1
            out.append(f"${number}")
        elif token.upper() == "LIKE":
            out.append("ILIKE")
        elif token[0] in "'\"-":
            out.append(token)
        else:
            end = _order_by_end(sql, position)
            terms, number = _placeholders(sql[position:end], number)
            out.append(token + _nulls_as_sqlite(terms))
            position = end
    out.append(sql[position:])
    return "".join(out)


def _placeholders(text: str, number: int) -> tuple[str, int]:
    parts = []
    for piece in re.split(r"('(?:[^']|'')*')", text):
        if piece.startswith("'"):
            parts.append(piece)
            continue
        while "?" in piece:
            number += 1
            head, piece = piece.split("?", 1)
            parts.append(f"{head}${number}")
        parts.append(piece)
    return "".join(parts), number


def _order_by_end(sql: str, start: int) -> int:
    """Where an ORDER BY clause ends: a closing bracket of the enclosing level, or a keyword."""
    depth, i = 0, start
    while i < len(sql):
        char = sql[i]
        if char == "'":
            i = sql.index("'", i + 1) + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return i
            depth -= 1
        elif char == ";" and depth == 0:
            return i
        elif (
            depth == 0
            and (keyword := _CLAUSE_END.match(sql, i))
            and (i == 0 or not (sql[i - 1].isalnum() or sql[i - 1] == "_"))
        ):
            return keyword.start()
        i += 1
    return len(sql)


def _nulls_as_sqlite(clause: str) -> str:
    """Each term of an ORDER BY clause with SQLite's NULL order spelled out."""
    terms, depth, current = [], 0, ""
    for char in clause:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "," and depth == 0:
            terms.append(current)
            current = ""
        else:
            current += char
    terms.append(current)
    spelled = []
    for term in terms:
        stripped = term.rstrip()
        trailing = term[len(stripped) :]
        upper = stripped.upper()
        if "NULLS" in upper.split():
            spelled.append(term)
        elif upper.endswith(" DESC"):
            spelled.append(f"{stripped} NULLS LAST{trailing}")
        else:
            spelled.append(f"{stripped} NULLS FIRST{trailing}")
    return ",".join(spelled)


_NUMBERED_TOKEN = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|--[^\n]*|\?(\d+)")


def _numbered_placeholders(sql: str) -> str:
    """SQLite's numbered placeholders (`?1`, used more than once in a statement) become
    PostgreSQL's `$1` before the rewrite above (which leaves `$n` alone)."""
    if "?" not in sql:
        return sql
    return _NUMBERED_TOKEN.sub(lambda m: f"${m.group(1)}" if m.group(1) else m.group(0), sql)
