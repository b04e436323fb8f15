"""Things due at a moment (reminders, offer deadlines, feedback): the scheduler's truth."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql


@dataclass(frozen=True)
class DueTask:
    id: int
    kind: str
    ref_id: int
    detail: str
    due_at: datetime


async def plan(
    conn: aiosqlite.Connection, kind: str, ref_id: int, due_at: datetime, detail: str = ""
) -> None:
    """Plan (or re-plan, if not done yet) one task; a done task is never planned again."""
    await conn.execute(
        "INSERT INTO due_tasks (kind, ref_id, detail, due_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (kind, ref_id, detail) DO UPDATE SET due_at = excluded.due_at"
        " WHERE due_tasks.done_at IS NULL",
        (kind, ref_id, detail, time_to_sql(due_at)),
    )


async def drop(conn: aiosqlite.Connection, kind: str, ref_id: int) -> None:
    """Forget the pending tasks of this kind for this object (done ones stay as the record)."""
    await conn.execute(
        "DELETE FROM due_tasks WHERE kind = ? AND ref_id = ? AND done_at IS NULL", (kind, ref_id)
    )


async def due(conn: aiosqlite.Connection, now: datetime, limit: int = 200) -> list[DueTask]:
    async with conn.execute(
        "SELECT id, kind, ref_id, detail, due_at FROM due_tasks"
        " WHERE done_at IS NULL AND due_at <= ? ORDER BY due_at, id LIMIT ?",
        (time_to_sql(now), limit),
    ) as cur:
        rows = await cur.fetchall()
    return [_task(r) for r in rows]


async def next_due_at(conn: aiosqlite.Connection) -> datetime | None:
    async with conn.execute("SELECT MIN(due_at) FROM due_tasks WHERE done_at IS NULL") as cur:
        row = await cur.fetchone()
    return time_from_sql(row[0]) if row and row[0] else None


async def mark_done(conn: aiosqlite.Connection, task_id: int, now: datetime) -> bool:
    """Claim the task; False when another process did it first."""
    cur = await conn.execute(
        "UPDATE due_tasks SET done_at = ? WHERE id = ? AND done_at IS NULL",
        (now.isoformat(), task_id),
    )
    return cur.rowcount == 1


def _task(row: aiosqlite.Row) -> DueTask:
    due_at = time_from_sql(row["due_at"])
    assert due_at is not None
    return DueTask(row["id"], row["kind"], row["ref_id"], row["detail"], due_at)


async def postpone(conn: aiosqlite.Connection, task_id: int, when: datetime) -> None:
    await conn.execute(
        "UPDATE due_tasks SET due_at = ? WHERE id = ? AND done_at IS NULL",
        (time_to_sql(when), task_id),
    )


async def pending_detail(conn: aiosqlite.Connection, kind: str, ref_id: int) -> str | None:
    """The detail of the next pending task of this kind for this object (e.g. its day)."""
    async with conn.execute(
        "SELECT detail FROM due_tasks WHERE kind = ? AND ref_id = ? AND done_at IS NULL"
        " ORDER BY due_at LIMIT 1",
        (kind, ref_id),
    ) as cur:
        row = await cur.fetchone()
    return str(row[0]) if row and row[0] else None
