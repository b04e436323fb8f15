"""Rows read on almost every update (the person, their roles, the partnership, a workshop's
questions), kept in memory between updates: every trip to the database thread costs about
80 µs, more than the rest of a read.

Correctness does not depend on remembering to invalidate: the connection reports the table of
every statement that writes, and everything read from that table, or from a table whose rows
a foreign key deletes or changes with it, is dropped. A rolled-back transaction or a statement
whose table is unknown drops everything. This holds because the bot is the only writer of its
database (see `Database.reading`).
"""

from __future__ import annotations

import re
import sqlite3
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")

_READS = frozenset(
    {"SELECT", "PRAGMA", "BEGIN", "COMMIT", "END", "SAVEPOINT", "RELEASE", "EXPLAIN"}
)
_WRITE = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+\"?(\w+)",
    re.IGNORECASE,
)
EVERYTHING = "*"


def written_table(sql: str) -> str | None:
    """The table a statement writes: None for reads, EVERYTHING when it cannot be told."""
    words = sql.lstrip().split(None, 1)
    first = words[0].upper() if words else ""
    if first in _READS:
        return None
    if first == "WITH" and not re.search(r"\b(INSERT|UPDATE|DELETE|REPLACE)\b", sql, re.I):
        return None
    match = _WRITE.match(sql)
    return match.group(1).lower() if match else EVERYTHING


def dependent_tables(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    """For every table, the tables whose rows a write to it may change through foreign-key
    actions (ON DELETE/UPDATE CASCADE, SET NULL, SET DEFAULT), followed transitively."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    children: dict[str, set[str]] = {t.lower(): set() for t in tables}
    for table in tables:
        for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
            parent, on_update, on_delete = fk[2].lower(), fk[5], fk[6]
            if {on_update, on_delete} - {"NO ACTION", "RESTRICT"}:
                children.setdefault(parent, set()).add(table.lower())
    closed: dict[str, frozenset[str]] = {}
    for table in children:
        seen, todo = {table}, [table]
        while todo:
            for child in children.get(todo.pop(), ()):
                if child not in seen:
                    seen.add(child)
                    todo.append(child)
        closed[table] = frozenset(seen)
    return closed


class Memo:
    """A bounded read-through cache whose entries name the tables they were read from."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._values: OrderedDict[Hashable, Any] = OrderedDict()
        self._by_table: dict[str, set[Hashable]] = {}
        self.dependents: dict[str, frozenset[str]] | None = None
        self.hits = 0

    def get(self, key: Hashable) -> Any:
        try:
            self._values.move_to_end(key)
        except KeyError:
            return None
        self.hits += 1
        return self._values[key]

    def put(self, key: Hashable, tables: tuple[str, ...], value: Any) -> None:
        self._values[key] = value
        self._values.move_to_end(key)
        for table in tables:
            self._by_table.setdefault(table, set()).add(key)
        while len(self._values) > self.size:
            self._values.popitem(last=False)  # its index entries go when their table is written

    def written(self, table: str) -> None:
        if table == EVERYTHING:
            self.dependents = None  # the schema may have changed: look at it again
        if self.dependents is None:
            self.clear()
            return
        for affected in self.dependents.get(table, (table,)):
            for key in self._by_table.pop(affected, ()):
                self._values.pop(key, None)

    def clear(self) -> None:
        self._values.clear()
        self._by_table.clear()


async def remembered(
    conn: Any, key: Hashable, tables: tuple[str, ...], load: Callable[[], Awaitable[T]]
) -> T:
    """`load()`'s value, from memory while none of `tables` was written; None is not kept."""
    memo: Memo | None = getattr(conn, "memo", None)
    if memo is None:
        return await load()
    value = memo.get(key)
    if value is None:
        value = await load()
        if value is not None:
            memo.put(key, tables, value)
    return value
