"""The database: one aiosqlite connection with WAL and foreign keys (the embedded default),
or PostgreSQL when the target is a postgresql:// address (`bot/db/postgres.py`)."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, cast

import aiosqlite
from aiosqlite.context import contextmanager

from bot.db.dialect import Dialect, is_postgres_url
from bot.db.memo import EVERYTHING, Memo, dependent_tables, written_table
from bot.db.postgres import PostgresDatabase

log = logging.getLogger(__name__)

FLUSH_AFTER = 0.5  # seconds a deferred write waits for another trip to carry it
INLINE_BUDGET = 0.002  # seconds a read may hold the event loop before it moves to the thread
_CHECK_EVERY = 1000  # SQLite VM instructions between looks at the clock during such a read
_MOVED = object()


class _FetchedCursor(aiosqlite.Cursor):
    """A cursor whose rows were fetched in the same trip to the database thread."""

    def __init__(self, conn: aiosqlite.Connection, cursor: sqlite3.Cursor, rows: list[Any]):
        super().__init__(conn, cursor)
        self._rows = rows

    async def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None

    async def fetchall(self) -> Any:
        rows, self._rows = self._rows, []
        return rows

    async def fetchmany(self, size: int | None = None) -> Any:
        count = size or self._cursor.arraysize
        rows, self._rows = self._rows[:count], self._rows[count:]
        return rows

    async def close(self) -> None:
        self._rows = []  # the sqlite3 cursor holds no statement any more


class OneTripConnection(aiosqlite.Connection):
    """aiosqlite runs every call in its own thread; a plain `execute` + `fetchone` + `close`
    costs three trips there and back. Here `execute` runs the statement and fetches its rows
    in one trip, which is most of the time a handler spends on the database. A transaction's
    BEGIN travels with its first write (a block that only reads needs neither BEGIN nor
    COMMIT), and every write is reported to the memo.

    Deferred writes (`Database.defer`) ride along with the next trip that commits: a COMMIT
    (they run just before it, in that transaction) or a statement outside any transaction
    (they run just after it, each committing by itself)."""

    def __init__(self, connector: Any, iter_chunk_size: int) -> None:
        super().__init__(connector, iter_chunk_size)
        self.memo = Memo()
        self.inline_reads = True  # SELECTs run on the event loop (see `_read_here`)
        self.begin_pending: str | None = None  # goes out with the next write
        self.deferred: list[tuple[str, tuple[Any, ...]]] = []
        self.carrying = False  # the next trips commit: deferred writes may ride along

    def _read_here(self, statement: Any) -> Any:
        """Run a read on the event loop's thread instead of handing it to aiosqlite's: a
        hand-off costs ~85 µs (far more when the machine is busy), a small read ~5 µs.

        Safe because every statement goes through `Database` under one lock, so the database
        thread is idle meanwhile (SQLite serialises the connection in any case), and in WAL
        mode a read does not wait for writers. A read still running after INLINE_BUDGET is
        interrupted (SQLite's progress handler) and run again in the thread: a read has no
        effects, and interrupting a SELECT leaves an open transaction as it was."""
        deadline = time.perf_counter() + INLINE_BUDGET
        self._conn.set_progress_handler(lambda: time.perf_counter() > deadline, _CHECK_EVERY)
        try:
            return statement()
        except sqlite3.OperationalError as exc:
            if str(exc) != "interrupted":
                raise
            return _MOVED
        finally:
            self._conn.set_progress_handler(None, 0)

    async def _write_trip(self, sql: str, statement: Any) -> Any:
        table = written_table(sql)
        if table is None and self.inline_reads and _is_select(sql):
            outcome = self._read_here(statement)
            if outcome is not _MOVED:
                return outcome
            return await self._execute(statement)
        map_needed = table not in (None, EVERYTHING) and self.memo.dependents is None
        begin = None
        if table is not None:
            # Taken here, not in the thread: once this trip is queued the transaction counts
            # as begun, so a cancellation's ROLLBACK is queued behind it.
            begin, self.begin_pending = self.begin_pending, None
        riders: list[tuple[str, tuple[Any, ...]]] = []
        if self.carrying and (table is not None or sql == "COMMIT"):
            riders, self.deferred = self.deferred, []
        before = riders if sql == "COMMIT" else []  # inside the transaction it ends
        after = riders if before is not riders else []

        def run() -> tuple[Any, dict[str, frozenset[str]] | None, Exception | None]:
            if begin is not None:
                self._conn.execute(begin)
            failed = self._ride(before)
            outcome = statement()
            failed = self._ride(after) or failed
            return outcome, dependent_tables(self._conn) if map_needed else None, failed

        try:
            outcome, dependents, failed = await self._execute(run)
        except BaseException:
            self.deferred[:0] = riders  # not written (or rolled back): they ride again
            raise
        finally:
            if table is not None:
                self.memo.written(table)
            for rider_sql, _ in riders:
                self.memo.written(written_table(rider_sql) or EVERYTHING)
        if failed is not None:
            self.deferred[:0] = riders
            log.warning("deferred writes failed, kept for the next trip: %r", failed)
        if dependents is not None:
            self.memo.dependents = dependents
        return outcome

    def _ride(self, riders: list[tuple[str, tuple[Any, ...]]]) -> Exception | None:
        """In the database thread: the deferred writes, inside the open transaction or each
        committing by itself (as it would in a trip of its own). Their failure never fails the
        statement they ride with; they are kept and sent again (they are idempotent)."""
        try:
            for sql, parameters in riders:
                self._conn.execute(sql, parameters)
        except sqlite3.Error as exc:
            return exc
        return None

    async def send_deferred(self) -> None:
        """The deferred writes alone, in one trip (when no other trip came to carry them)."""
        if not self.deferred:
            return
        riders, self.deferred = self.deferred, []
        try:
            failed = await self._execute(self._ride, riders)
        except BaseException:
            self.deferred[:0] = riders
            raise
        finally:
            for rider_sql, _ in riders:
                self.memo.written(written_table(rider_sql) or EVERYTHING)
        if failed is not None:
            self.deferred[:0] = riders
            log.warning("deferred writes failed, kept for the next trip: %r", failed)

    @contextmanager
    async def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> aiosqlite.Cursor:
        def statement() -> tuple[sqlite3.Cursor, list[Any]]:
            cursor = self._conn.execute(sql, list(parameters or []))
            return cursor, cursor.fetchall()

        cursor, rows = await self._write_trip(sql, statement)
        return _FetchedCursor(self, cursor, rows)

    @contextmanager
    async def executemany(self, sql: str, parameters: Iterable[Iterable[Any]]) -> aiosqlite.Cursor:
        cursor = await self._write_trip(
            sql, lambda: self._conn.executemany(sql, cast(Any, parameters))
        )
        return aiosqlite.Cursor(self, cursor)

    @contextmanager
    async def execute_fetchall(
        self, sql: str, parameters: Iterable[Any] | None = None
    ) -> Iterable[sqlite3.Row]:
        rows: Iterable[sqlite3.Row] = await self._write_trip(
            sql, lambda: self._conn.execute(sql, list(parameters or [])).fetchall()
        )
        return rows

    @contextmanager
    async def execute_insert(
        self, sql: str, parameters: Iterable[Any] | None = None
    ) -> sqlite3.Row | None:
        row: sqlite3.Row | None = await self._write_trip(
            sql, lambda: self._execute_insert(sql, list(parameters or []))
        )
        return row

    @contextmanager
    async def executescript(self, sql_script: str) -> aiosqlite.Cursor:
        cursor = await self._write_trip("--", lambda: self._conn.executescript(sql_script))
        return aiosqlite.Cursor(self, cursor)


def _is_select(sql: str) -> bool:
    """A query (not BEGIN, COMMIT or a PRAGMA, which may change or wait for something)."""
    first = sql.lstrip()[:6].upper()
    return first == "SELECT" or first.startswith("WITH")


class SqliteDatabase:
    """Owns the connection; every unit of work runs under one lock so that two coroutines never
    share an open transaction on the single connection."""

    dialect = Dialect.SQLITE

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path) if str(path) != ":memory:" else path
        self._conn: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()
        self._flush_timer: asyncio.TimerHandle | None = None
        self._flushing: asyncio.Task[None] | None = None

    async def open(self) -> None:
        if isinstance(self.path, Path):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves.
        path = str(self.path)
        self._conn = await OneTripConnection(
            # Reads also run on the event loop's thread (see OneTripConnection._read_here).
            lambda: sqlite3.connect(path, isolation_level=None, check_same_thread=False),
            64,
        )
        self._conn.row_factory = aiosqlite.Row
        await self._conn.execute("PRAGMA journal_mode=WAL")
        await self._conn.execute("PRAGMA foreign_keys=ON")
        await self._conn.execute("PRAGMA synchronous=NORMAL")
        await self._conn.execute("PRAGMA busy_timeout=5000")

    async def close(self) -> None:
        if self._flush_timer is not None:
            self._flush_timer.cancel()
            self._flush_timer = None
        if self._flushing is not None:
            await self._flushing
        if self._conn is not None:
            await self.flush()
            await self._conn.close()
            self._conn = None

    def defer(self, sql: str, parameters: tuple[Any, ...]) -> None:
        """A write that may wait for the next trip that commits (a transaction's COMMIT or a
        `statement`), or at most FLUSH_AFTER seconds, instead of a trip of its own.

        Only for idempotent writes whose loss in a crash is harmless (the inbox's done mark:
        an update not marked done is handled again at start, and handling is idempotent by
        update id). It is never lost on a clean stop: `close` sends it."""
        conn = self.conn
        assert isinstance(conn, OneTripConnection)
        conn.deferred.append((sql, parameters))
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
        """Send the deferred writes now, if no other trip has carried them yet."""
        async with self._lock:
            conn = self._conn
            if isinstance(conn, OneTripConnection):
                await conn.send_deferred()

    @property
    def conn(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise RuntimeError("database is not open")
        return self._conn

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE … COMMIT around the block's writes, rolled back on any exception.

        BEGIN is sent with the first write: the reads before it are as consistent as in
        `reading`, for the same reason, and a block that writes nothing costs no round trips
        for BEGIN and COMMIT."""
        async with self._lock:
            conn = self.conn
            assert isinstance(conn, OneTripConnection)
            conn.begin_pending = "BEGIN IMMEDIATE"  # sent with the first statement
            try:
                yield conn
            except BaseException:
                if conn.begin_pending is None:  # a write went out: undo it
                    try:
                        await conn.rollback()  # a no-op when its BEGIN itself failed
                    finally:
                        conn.memo.clear()
                conn.begin_pending = None
                raise
            else:
                if conn.begin_pending is None:
                    conn.carrying = True  # deferred writes commit with this transaction
                    try:
                        await conn.execute("COMMIT")
                    finally:
                        conn.carrying = False
                conn.begin_pending = None

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[aiosqlite.Connection]:
        """A consistent read without taking SQLite's write lock: this process writes only
        through this connection under the same lock, so no write can land between the reads
        of one block (and no BEGIN/COMMIT round trips are needed)."""
        async with self._lock:
            yield self.conn

    @asynccontextmanager
    async def statement(self) -> AsyncIterator[aiosqlite.Connection]:
        """For one writing statement that is a transaction by itself (SQLite commits it
        alone): one round trip instead of two (BEGIN rides with a write, COMMIT does not).
        Never for two writes that belong together. Deferred writes ride along."""
        async with self._lock:
            conn = self.conn
            assert isinstance(conn, OneTripConnection)
            conn.carrying = True
            try:
                yield conn
            finally:
                conn.carrying = False


Database = SqliteDatabase | PostgresDatabase

# Where a test run sends the databases it opens (tests/conftest.py sets it when DATABASE_URL
# names a PostgreSQL server, so the whole suite runs on that backend unchanged).
redirect: Callable[[Path | str], Path | str] | None = None


def connect(target: Path | str) -> Database:
    """The database at `target`: a file path (SQLite) or a postgresql:// address. Not opened."""
    if redirect is not None:
        target = redirect(target)
    if is_postgres_url(target):
        return PostgresDatabase(str(target))
    return SqliteDatabase(target)
