"""Broadcasts and their delivery counts."""

from __future__ import annotations

import json
from datetime import datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.domain.broadcasts import Audience, Broadcast, BroadcastStatus, Progress

_COLUMNS = (
    "id, partnership_id, created_by, status, audience, default_language, texts, file_kind,"
    " file_id, scheduled_at, recipients, progress_chat_id, progress_message_id"
)


async def create(conn: aiosqlite.Connection, b: Broadcast, now: datetime) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO broadcasts (partnership_id, created_by, status, audience, default_language,"
        " texts, file_kind, file_id, scheduled_at, progress_chat_id, progress_message_id,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            b.partnership_id,
            b.created_by,
            b.status.value,
            json.dumps(b.audience.to_dict()),
            b.default_language,
            json.dumps(dict(b.texts), ensure_ascii=False),
            b.file_kind,
            b.file_id,
            time_to_sql(b.scheduled_at),
            b.progress_chat_id,
            b.progress_message_id,
            time_to_sql(now),
        ),
    )
    return row_id


async def get(conn: aiosqlite.Connection, broadcast_id: int) -> Broadcast | None:
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM broadcasts WHERE id = ?", (broadcast_id,)
    ) as c:
        row = await c.fetchone()
    if row is None:
        return None
    return Broadcast(
        id=row["id"],
        partnership_id=row["partnership_id"],
        created_by=row["created_by"],
        status=BroadcastStatus(row["status"]),
        audience=Audience.from_dict(json.loads(row["audience"])),
        default_language=row["default_language"],
        texts=json.loads(row["texts"]),
        file_kind=row["file_kind"],
        file_id=row["file_id"],
        scheduled_at=time_from_sql(row["scheduled_at"]),
        recipients=row["recipients"],
        progress_chat_id=row["progress_chat_id"],
        progress_message_id=row["progress_message_id"],
    )


async def mark(
    conn: aiosqlite.Connection,
    broadcast_id: int,
    status: BroadcastStatus,
    now: datetime,
    *,
    recipients: int | None = None,
) -> None:
    column = {"sending": "started_at", "done": "finished_at"}.get(status.value)
    sets = "status = ?" + (f", {column} = ?" if column else "")
    params: list[object] = [status.value] + ([time_to_sql(now)] if column else [])
    if recipients is not None:
        sets += ", recipients = ?"
        params.append(recipients)
    await conn.execute(f"UPDATE broadcasts SET {sets} WHERE id = ?", (*params, broadcast_id))


async def progress(conn: aiosqlite.Connection, broadcast_id: int) -> Progress:
    async with conn.execute(
        "SELECT status, COUNT(*) FROM outbox WHERE broadcast_id = ? GROUP BY status",
        (broadcast_id,),
    ) as cur:
        counts = {row[0]: row[1] for row in await cur.fetchall()}
    return Progress(
        total=sum(counts.values()),
        sent=counts.get("sent", 0),
        waiting=counts.get("pending", 0),
        blocked=counts.get("blocked", 0),
        failed=counts.get("failed", 0) + counts.get("cancelled", 0),
    )


async def sending(conn: aiosqlite.Connection) -> list[int]:
    async with conn.execute("SELECT id FROM broadcasts WHERE status = 'sending'") as cur:
        return [row[0] for row in await cur.fetchall()]


async def list_recent(
    conn: aiosqlite.Connection, partnership_id: int, limit: int = 10
) -> list[int]:
    async with conn.execute(
        "SELECT id FROM broadcasts WHERE partnership_id = ? ORDER BY id DESC LIMIT ?",
        (partnership_id, limit),
    ) as cur:
        return [row[0] for row in await cur.fetchall()]
