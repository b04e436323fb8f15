"""The PostgreSQL backend: asyncpg connections that speak the repositories' aiosqlite subset.

Chosen over an ORM for the round trips (measured here: aiosqlite 132 µs, asyncpg 179 µs,
SQLAlchemy + asyncpg 312 µs per statement) and because the repositories' SQL stays as it is:
`bot/db/dialect.py` rewrites each statement once.

Transactions keep SQLite's guarantee. `BEGIN IMMEDIATE` makes SQLite's writers take turns, so a
check and the write that depends on it (a free seat, an unused vote) can never interleave with
another's. Here every `transaction()` takes the same one-writer lock, an advisory transaction
lock, in the round trip of its BEGIN: workers in any number of processes take turns for the
length of one transaction (a few milliseconds), and readers never wait (`reading()` is a
REPEATABLE READ snapshot). A worker claims a chat with a non-blocking advisory lock
(`bot/db/claims.py`), so a claim never waits for another worker's.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Generator, Iterable, Sequence
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Any

import asyncpg

from bot.db.dialect import Dialect, to_postgres

log = logging.getLogger(__name__)

WRITER_LOCK = 0x7C17_0001  # the advisory lock every writing transaction holds
MIGRATION_LOCK = 0x7C17_0002  # held while one process migrates; others wait, then see it done
FLUSH_AFTER = 0.5


def _number(text: str) -> int | float:
    """NUMERIC (what SUM of BIGINT gives) as SQLite would give it: an int when whole."""
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() else float(value)


def _numeric_text(value: Any) -> str:
    return str(value)


async def _prepare_connection(conn: asyncpg.Connection) -> None:
    await conn.set_type_codec(
        "numeric", schema="pg_catalog", encoder=_numeric_text, decoder=_number, format="text"
    )


def _status_count(status: str) -> int:
    """'UPDATE 3' / 'INSERT 0 1' / 'DELETE 0' → the number of rows."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else -1


def _returns_rows(sql: str) -> bool:
    head = sql.lstrip()[:6].upper()
    return head.startswith(("SELECT", "WITH", "VALUES", "SHOW")) or "RETURNING" in sql.upper()


class PostgresCursor:
    """The rows of one statement, fetched in its one round trip, and how many rows it changed."""

    def __init__(self, rows: Sequence[Any], rowcount: int) -> None:
        self._rows = list(rows)
        self.rowcount = rowcount

    @property
    def lastrowid(self) -> int:
        raise NotImplementedError("use INSERT … RETURNING id (bot.db.dialect.inserted_id)")

    async def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None

    async def fetchall(self) -> list[Any]:
        rows, self._rows = self._rows, []
        return rows

    async def fetchmany(self, size: int = 1) -> list[Any]:
        rows, self._rows = self._rows[:size], self._rows[size:]
        return rows

    async def close(self) -> None:
        self._rows = []

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[Any]:
        while self._rows:
            yield self._rows.pop(0)


class _Pending:
    """What `execute` returns: awaited for the cursor, or used with `async with` (aiosqlite's
    two ways)."""

    def __init__(self, run: Any) -> None:
        self._run = run

    def __await__(self) -> Generator[Any, None, Any]:
        return self._run.__await__()

    async def __aenter__(self) -> Any:
        return await self._run

    async def __aexit__(self, *exc: object) -> None:
        return None


class PostgresConnection:
    """One asyncpg connection with the repositories' aiosqlite-shaped API."""

    dialect = Dialect.POSTGRESQL

    def __init__(self, raw: asyncpg.Connection) -> None:
        self.raw = raw

    def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> Any:
        return _Pending(self._execute(sql, tuple(parameters or ())))

    async def _execute(self, sql: str, parameters: tuple[Any, ...]) -> PostgresCursor:
        statement = to_postgres(sql)
        if _returns_rows(statement):
            rows = await self.raw.fetch(statement, *parameters)
            return PostgresCursor(rows, len(rows))
        status = await self.raw.execute(statement, *parameters)
        return PostgresCursor([], _status_count(status))

    def executemany(self, sql: str, parameters: Iterable[Iterable[Any]]) -> Any:
        return _Pending(self._executemany(sql, [tuple(p) for p in parameters]))

    async def _executemany(self, sql: str, parameters: list[tuple[Any, ...]]) -> PostgresCursor:
        if parameters:
            await self.raw.executemany(to_postgres(sql), parameters)
        return PostgresCursor([], -1)

    def execute_fetchall(self, sql: str, parameters: Iterable[Any] | None = None) -> Any:
        return _Pending(self._fetchall(sql, tuple(parameters or ())))

    async def _fetchall(self, sql: str, parameters: tuple[Any, ...]) -> list[Any]:
        cursor = await self._execute(sql, parameters)
        return await cursor.fetchall()

    async def script(self, sql: str) -> None:
        """Several statements in one round trip (migrations); no placeholders."""
        await self.raw.execute(sql)


class PostgresDatabase:
    """A pool of connections; writers take turns on one advisory lock (see the module)."""

    dialect = Dialect.POSTGRESQL

    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.path = url
        self.url = url
        self.pool_size = pool_size
        self._pool: asyncpg.Pool | None = None
        self._side: PostgresConnection | None = None
        self._writer = asyncio.Lock()  # one waiter per process on the database's lock
        self._deferred: list[tuple[str, tuple[Any, ...]]] = []
        self._flush_timer: asyncio.TimerHandle | None = None
        self._flushing: asyncio.Task[None] | None = None

    async def open(self) -> None:
        self._pool = await asyncpg.create_pool(
            self.url,
            min_size=1,
            max_size=self.pool_size,
            init=_prepare_connection,
            statement_cache_size=1024,
        )
        raw = await asyncpg.connect(self.url, statement_cache_size=256)
        await _prepare_connection(raw)
        self._side = PostgresConnection(raw)

    async def close(self) -> None:
        if self._flush_timer is not None:
            self._flush_timer.cancel()
            self._flush_timer = None
        if self._flushing is not None:
            await self._flushing
        if self._pool is not None:
            await self.flush()
            await self._pool.close()
            self._pool = None
        if self._side is not None:
            await self._side.raw.close()
            self._side = None

    async def session(self) -> PostgresConnection:
        """A connection of its own, outside the pool, for session advisory locks (an elected
        role, a worker's claimed chats): PostgreSQL frees them when it closes, or when the
        process dies and the server sees the socket close (bot/workers.py)."""
        raw = await asyncpg.connect(self.url, statement_cache_size=64)
        await _prepare_connection(raw)
        return PostgresConnection(raw)

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise RuntimeError("database is not open")
        return self._pool

    @property
    def conn(self) -> Any:
        """A connection outside any transaction: for migrations, the command line and tests."""
        if self._side is None:
            raise RuntimeError("database is not open")
        return self._side

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Any]:
        """BEGIN and the one-writer lock in one round trip … COMMIT; rolled back on any
        exception. Deferred writes commit with it."""
        async with self._writer, self.pool.acquire() as raw:
            await raw.execute(f"BEGIN; SELECT pg_advisory_xact_lock({WRITER_LOCK})")
            conn = PostgresConnection(raw)
            try:
                yield conn
                riders, self._deferred = self._deferred, []
                try:
                    for sql, parameters in riders:
                        await conn.execute(sql, parameters)
                except Exception:
                    self._deferred[:0] = riders
                    raise
            except BaseException:
                await raw.execute("ROLLBACK")
                raise
            await raw.execute("COMMIT")

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[Any]:
        """One snapshot for every read of the block; it never waits for writers."""
        async with self.pool.acquire() as raw:
            await raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                yield PostgresConnection(raw)
            finally:
                await raw.execute("ROLLBACK")

    @asynccontextmanager
    async def statement(self) -> AsyncIterator[Any]:
        """One writing statement that is a transaction by itself (autocommit)."""
        async with self.pool.acquire() as raw:
            yield PostgresConnection(raw)

    def defer(self, sql: str, parameters: tuple[Any, ...]) -> None:
        """An idempotent write that may wait for the next transaction's COMMIT or at most
        FLUSH_AFTER seconds (see `Database.defer`)."""
        self._deferred.append((sql, parameters))
        if self._flush_timer is None:
            loop = asyncio.get_running_loop()
            self._flush_timer = loop.call_later(FLUSH_AFTER, self._flush_soon)

    def _flush_soon(self) -> None:
        self._flush_timer = None
        if self._flushing is None:
            self._flushing = asyncio.create_task(self._flush_in_background())

    async def _flush_in_background(self) -> None:
        try:
            await self.flush()
        except Exception:
            log.exception("deferred writes could not be sent; they wait for the next trip")
        finally:
            self._flushing = None

    async def flush(self) -> None:
        if not self._deferred or self._pool is None:
            return
        riders, self._deferred = self._deferred, []
        try:
            async with self._pool.acquire() as raw:
                conn = PostgresConnection(raw)
                for sql, parameters in riders:
                    await conn.execute(sql, parameters)
        except BaseException:
            self._deferred[:0] = riders
            raise
