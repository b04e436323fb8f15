"""The organiser tools: groups each organiser has opened, the last daily notice, and the
counts of what waits for an organiser."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.domain.organiser_home import Waiting


async def waiting(conn: aiosqlite.Connection, partnership_id: int) -> Waiting:
    """New ideas to publish, translations to approve and reported ideas, counted."""
    async with conn.execute(
        "SELECT"
        " (SELECT COUNT(*) FROM ideas WHERE partnership_id = ? AND status = 'submitted'),"
        " (SELECT COUNT(*) FROM idea_translations t JOIN ideas i ON i.id = t.idea_id"
        "   WHERE i.partnership_id = ? AND t.status = 'pending'),"
        " (SELECT COUNT(DISTINCT r.idea_id) FROM idea_reports r JOIN ideas i ON i.id = r.idea_id"
        "   WHERE i.partnership_id = ? AND r.handled_at IS NULL AND i.status = 'published')",
        (partnership_id, partnership_id, partnership_id),
    ) as cur:
        row = await cur.fetchone()
    assert row is not None
    return Waiting(ideas=row[0], translations=row[1], reports=row[2])


async def mark_seen(conn: aiosqlite.Connection, user_id: int, group: str, now: datetime) -> bool:
    """Remember that this person opened the group; True the first time."""
    cur = await conn.execute(
        "INSERT INTO organiser_groups_seen (user_id, grp, seen_at) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (user_id, group, time_to_sql(now)),
    )
    return cur.rowcount == 1


async def last_notice(
    conn: aiosqlite.Connection, user_id: int, partnership_id: int
) -> datetime | None:
    async with conn.execute(
        "SELECT sent_at FROM organiser_notices WHERE user_id = ? AND partnership_id = ?",
        (user_id, partnership_id),
    ) as cur:
        row = await cur.fetchone()
    return time_from_sql(row[0]) if row else None


async def record_notice(
    conn: aiosqlite.Connection, user_id: int, partnership_id: int, now: datetime
) -> None:
    await conn.execute(
        "INSERT INTO organiser_notices (user_id, partnership_id, sent_at) VALUES (?, ?, ?)"
        " ON CONFLICT (user_id, partnership_id) DO UPDATE SET sent_at = excluded.sent_at",
        (user_id, partnership_id, time_to_sql(now)),
    )


async def voters(conn: aiosqlite.Connection, partnership_id: int) -> int:
    """How many people have cast a vote in the partnership."""
    async with conn.execute(
        "SELECT COUNT(DISTINCT user_id) FROM votes WHERE partnership_id = ?", (partnership_id,)
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def writing(conn: aiosqlite.Connection, partnership_id: int, kind: str) -> int:
    """How many people of the partnership are in the middle of a dialog of this kind."""
    async with conn.execute(
        "SELECT COUNT(*) FROM dialog_states d JOIN participants p ON p.user_id = d.user_id"
        " WHERE d.kind = ? AND p.partnership_id = ?",
        (kind, partnership_id),
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0
