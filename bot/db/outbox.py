"""The outbox: messages waiting for the delivery worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db.codec import time_to_sql


@dataclass(frozen=True)
class OutgoingMessage:
    """A rendered message for one recipient (already in their language)."""

    recipient_id: int
    text: str
    priority: int = 0
    reply_markup: str | None = None  # JSON of an InlineKeyboardMarkup
    document_name: str | None = None
    document: bytes | None = None
    photo: bytes | None = None
    broadcast_id: int | None = None
    dedupe_key: str | None = None
    file_kind: str | None = None  # 'photo' or 'document' sent again by Telegram file_id
    file_id: str | None = None


@dataclass(frozen=True)
class QueuedMessage:
    id: int
    attempts: int
    message: OutgoingMessage


async def enqueue(conn: aiosqlite.Connection, m: OutgoingMessage, now: datetime) -> bool:
    """Queue a message; False when one with the same dedupe key was queued before."""
    cur = await conn.execute(
        "INSERT INTO outbox (recipient_id, priority, text, reply_markup, document_name,"
        " document, photo, broadcast_id, dedupe_key, file_kind, file_id, next_attempt_at,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (dedupe_key) DO NOTHING",
        (
            m.recipient_id,
            m.priority,
            m.text,
            m.reply_markup,
            m.document_name,
            m.document,
            m.photo,
            m.broadcast_id,
            m.dedupe_key,
            m.file_kind,
            m.file_id,
            time_to_sql(now),
            time_to_sql(now),
        ),
    )
    return cur.rowcount == 1


async def next_batch(conn: aiosqlite.Connection, now: datetime, limit: int) -> list[QueuedMessage]:
    """Pending messages that may be tried now, highest priority first, then oldest."""
    async with conn.execute(
        "SELECT id, recipient_id, priority, text, reply_markup, document_name, document, photo,"
        " broadcast_id, dedupe_key, attempts, file_kind, file_id FROM outbox"
        " WHERE status = 'pending' AND next_attempt_at <= ?"
        " ORDER BY priority DESC, id LIMIT ?",
        (time_to_sql(now), limit),
    ) as cur:
        rows = await cur.fetchall()
    return [
        QueuedMessage(
            id=r["id"],
            attempts=r["attempts"],
            message=OutgoingMessage(
                recipient_id=r["recipient_id"],
                text=r["text"],
                priority=r["priority"],
                reply_markup=r["reply_markup"],
                document_name=r["document_name"],
                document=r["document"],
                photo=r["photo"],
                broadcast_id=r["broadcast_id"],
                dedupe_key=r["dedupe_key"],
                file_kind=r["file_kind"],
                file_id=r["file_id"],
            ),
        )
        for r in rows
    ]


async def next_attempt_at(conn: aiosqlite.Connection) -> str | None:
    async with conn.execute(
        "SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending'"
    ) as cur:
        row = await cur.fetchone()
    return row[0] if row else None


async def mark(
    conn: aiosqlite.Connection, message_id: int, status: str, now: datetime, error: str | None
) -> None:
    # Once a message is out of our hands its content is no longer needed: keep the status
    # (broadcast progress counts it), drop the words and files (data minimisation).
    await conn.execute(
        "UPDATE outbox SET status = ?, sent_at = ?, last_error = ?, text = '',"
        " reply_markup = NULL, document = NULL, photo = NULL WHERE id = ?",
        (status, time_to_sql(now) if status == "sent" else None, error, message_id),
    )


async def retry_later(
    conn: aiosqlite.Connection, message_id: int, when: datetime, error: str
) -> None:
    await conn.execute(
        "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
        " WHERE id = ?",
        (time_to_sql(when), error, message_id),
    )


async def set_reachable(conn: aiosqlite.Connection, user_id: int, reachable: bool) -> None:
    await conn.execute(
        "UPDATE participants SET reachable = ? WHERE user_id = ?", (int(reachable), user_id)
    )


async def cancel_for_blocked(conn: aiosqlite.Connection, user_id: int) -> None:
    """Someone who blocked the bot gets nothing that is still waiting for them."""
    await conn.execute(
        "UPDATE outbox SET status = 'blocked', text = '', reply_markup = NULL, document = NULL,"
        " photo = NULL WHERE recipient_id = ? AND status = 'pending'",
        (user_id,),
    )


async def pending_count(conn: aiosqlite.Connection) -> int:
    async with conn.execute("SELECT COUNT(*) FROM outbox WHERE status = 'pending'") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def prune_finished(conn: aiosqlite.Connection, before: datetime) -> int:
    """Forget messages finished (sent, blocked, failed) before `before`; return how many.

    Rows of a broadcast still being sent stay: its progress message counts them.
    """
    cur = await conn.execute(
        "DELETE FROM outbox WHERE status != 'pending' AND COALESCE(sent_at, next_attempt_at) < ?"
        " AND (broadcast_id IS NULL OR broadcast_id NOT IN"
        " (SELECT id FROM broadcasts WHERE status = 'sending'))",
        (time_to_sql(before),),
    )
    return cur.rowcount
