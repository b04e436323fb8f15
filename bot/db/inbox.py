"""The durable inbox: updates journaled before Telegram is told they arrived, until handled."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db.claims import FOLD, TURNS
from bot.db.codec import time_to_sql


@dataclass(frozen=True)
class Received:
    update_id: int
    chat_id: int | None  # whose turn it is; None: no order to keep
    payload: str  # the update's JSON
    received_at: str | None = None  # when it was journaled (read back by the workers)


async def journal(conn: aiosqlite.Connection, batch: Sequence[Received], now: datetime) -> set[int]:
    """Store a batch in one statement; return the ids that are new (a redelivery is not)."""
    if not batch:
        return set()
    rows = ", ".join("(?, ?, ?, ?)" for _ in batch)
    values: list[object] = []
    received_at = time_to_sql(now)
    for item in batch:
        values += [item.update_id, item.chat_id, item.payload, received_at]
    async with conn.execute(
        f"INSERT INTO inbox (update_id, chat_id, payload, received_at) VALUES {rows}"
        " ON CONFLICT (update_id) DO NOTHING RETURNING update_id",
        values,
    ) as cur:
        return {row[0] for row in await cur.fetchall()}


MARK_DONE = "UPDATE inbox SET done_at = ? WHERE update_id = ? AND done_at IS NULL"


def done_mark(update_id: int, now: datetime) -> tuple[str, tuple[object, ...]]:
    """The statement marking an update done (idempotent: a second mark changes nothing)."""
    return MARK_DONE, (time_to_sql(now), update_id)


async def mark_done(conn: aiosqlite.Connection, update_id: int, now: datetime) -> None:
    await conn.execute(*done_mark(update_id, now))


async def pending(conn: aiosqlite.Connection) -> list[Received]:
    """Updates journaled but not handled yet, in the order Telegram sent them."""
    async with conn.execute(
        "SELECT update_id, chat_id, payload FROM inbox WHERE done_at IS NULL ORDER BY update_id"
    ) as cur:
        return [Received(r[0], r[1], r[2]) for r in await cur.fetchall()]


async def backlog(conn: aiosqlite.Connection) -> int:
    async with conn.execute("SELECT COUNT(*) FROM inbox WHERE done_at IS NULL") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def prune(conn: aiosqlite.Connection, done_before: datetime) -> int:
    """Forget handled updates older than `done_before`; Telegram will not send them again."""
    cur = await conn.execute("DELETE FROM inbox WHERE done_at < ?", (time_to_sql(done_before),))
    return cur.rowcount


async def forget_chat(conn: aiosqlite.Connection, chat_id: int) -> None:
    """Erasure: keep only the update ids (so a late redelivery is still recognised)."""
    await conn.execute(
        "UPDATE inbox SET chat_id = NULL, payload = json_object('update_id', update_id)"
        " WHERE chat_id = ?",
        (chat_id,),
    )


# --- Several workers (PostgreSQL): a chat's updates are claimed together, in order ---------

NO_CHAT = 0  # the turn of updates without a chat (Telegram has no chat 0): one queue


async def waiting_turns(conn: aiosqlite.Connection, held: Sequence[int], limit: int) -> list[int]:
    """PostgreSQL: chats with updates not done, the one waiting longest first, leaving out
    those whose turn any worker holds (their lock is in pg_locks; see bot/db/claims.py), so a
    worker is never offered only chats that others are busy with."""
    async with conn.execute(
        "SELECT COALESCE(chat_id, 0) AS turn FROM inbox WHERE done_at IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory'"
        " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        " AND l.classid = CAST(CAST(? AS INTEGER) AS OID) AND l.objsubid = 2"
        " AND l.objid = CAST(CAST(MOD(COALESCE(chat_id, 0), ?) AS INTEGER) AS OID))"
        " GROUP BY COALESCE(chat_id, 0) ORDER BY MIN(update_id) LIMIT ?",
        (TURNS, FOLD, limit + len(held)),
    ) as cur:
        rows = await cur.fetchall()
    skip = set(held)
    return [int(r[0]) for r in rows if int(r[0]) not in skip][:limit]


async def turn_pending(conn: aiosqlite.Connection, turn: int, limit: int) -> list[Received]:
    """The oldest updates of one chat not done yet, in order (read while holding its turn)."""
    async with conn.execute(
        "SELECT update_id, chat_id, payload, received_at FROM inbox"
        " WHERE done_at IS NULL AND COALESCE(chat_id, 0) = ? ORDER BY update_id LIMIT ?",
        (turn, limit),
    ) as cur:
        return [Received(r[0], r[1], r[2], r[3]) for r in await cur.fetchall()]
