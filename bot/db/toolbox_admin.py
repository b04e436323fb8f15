"""Keeping the toolbox: counts and lists for the keepers, status changes, review dates,
suggestions, the keepers' notices, missed searches, and a person's toolbox data."""

from __future__ import annotations

from datetime import date, datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql


async def count_status(conn: aiosqlite.Connection, status: str) -> int:
    async with conn.execute(
        "SELECT COUNT(*) FROM toolbox_entries WHERE status = ?", (status,)
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def count_due(conn: aiosqlite.Connection, today: date) -> int:
    async with conn.execute(
        "SELECT COUNT(*) FROM toolbox_entries WHERE status = 'published' AND review_due < ?",
        (today.isoformat(),),
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def count_tagged(conn: aiosqlite.Connection, facet: str, value: str) -> int:
    """Published entries with this tag."""
    async with conn.execute(
        "SELECT COUNT(*) FROM toolbox_tags t JOIN toolbox_entries e ON e.id = t.entry_id"
        " WHERE t.facet = ? AND t.value = ? AND e.status = 'published'",
        (facet, value),
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def entry_ids(
    conn: aiosqlite.Connection, status: str, limit: int, offset: int = 0
) -> list[int]:
    """Entries of one status, newest first."""
    async with conn.execute(
        "SELECT id FROM toolbox_entries WHERE status = ? ORDER BY id DESC LIMIT ? OFFSET ?",
        (status, limit, offset),
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def due_ids(conn: aiosqlite.Connection, today: date, limit: int = 50) -> list[int]:
    """Published entries whose review date has passed, the longest overdue first."""
    async with conn.execute(
        "SELECT id FROM toolbox_entries WHERE status = 'published' AND review_due < ?"
        " ORDER BY review_due, id LIMIT ?",
        (today.isoformat(), limit),
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def to_remind(conn: aiosqlite.Connection, today: date) -> list[tuple[int, int | None]]:
    """(entry id, owner) of published entries whose review date has come and whose owner
    has not been reminded since that date."""
    async with conn.execute(
        "SELECT id, owner_id FROM toolbox_entries WHERE status = 'published'"
        " AND review_due <= ? AND (review_reminded_at IS NULL"
        " OR substr(review_reminded_at, 1, 10) < review_due) ORDER BY id",
        (today.isoformat(),),
    ) as cur:
        return [(r[0], r[1]) for r in await cur.fetchall()]


async def mark_reminded(conn: aiosqlite.Connection, entry_id: int, now: datetime) -> None:
    await conn.execute(
        "UPDATE toolbox_entries SET review_reminded_at = ? WHERE id = ?",
        (time_to_sql(now), entry_id),
    )


async def set_status(
    conn: aiosqlite.Connection, entry_id: int, old: str, new: str, now: datetime
) -> bool:
    """Move an entry from `old` to `new`; False when it was not in `old` (a stale button)."""
    cur = await conn.execute(
        "UPDATE toolbox_entries SET status = ?, updated_at = ? WHERE id = ? AND status = ?",
        (new, time_to_sql(now), entry_id, old),
    )
    return cur.rowcount == 1


async def publish_suggestion(
    conn: aiosqlite.Connection, entry_id: int, owner_id: int, review_due: date, now: datetime
) -> bool:
    cur = await conn.execute(
        "UPDATE toolbox_entries SET status = 'published', owner_id = ?, review_due = ?,"
        " reviewed_at = ?, updated_at = ? WHERE id = ? AND status = 'suggested'",
        (owner_id, review_due.isoformat(), time_to_sql(now), time_to_sql(now), entry_id),
    )
    return cur.rowcount == 1


async def decline(conn: aiosqlite.Connection, entry_id: int, reason: str, now: datetime) -> bool:
    cur = await conn.execute(
        "UPDATE toolbox_entries SET status = 'declined', decline_reason = ?, updated_at = ?"
        " WHERE id = ? AND status = 'suggested'",
        (reason, time_to_sql(now), entry_id),
    )
    return cur.rowcount == 1


async def mark_reviewed(
    conn: aiosqlite.Connection, entry_id: int, review_due: date, now: datetime
) -> bool:
    cur = await conn.execute(
        "UPDATE toolbox_entries SET reviewed_at = ?, review_due = ?, updated_at = ?"
        " WHERE id = ? AND status = 'published'",
        (time_to_sql(now), review_due.isoformat(), time_to_sql(now), entry_id),
    )
    return cur.rowcount == 1


async def organisers(conn: aiosqlite.Connection) -> list[int]:
    """Organisers of any partnership (keepers besides the administrators)."""
    async with conn.execute(
        "SELECT DISTINCT user_id FROM roles WHERE role = 'organiser' ORDER BY user_id"
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def last_keeper_notice(conn: aiosqlite.Connection, user_id: int) -> datetime | None:
    async with conn.execute(
        "SELECT sent_at FROM toolbox_keeper_notices WHERE user_id = ?", (user_id,)
    ) as cur:
        row = await cur.fetchone()
    return time_from_sql(row[0]) if row else None


async def record_keeper_notice(conn: aiosqlite.Connection, user_id: int, now: datetime) -> None:
    await conn.execute(
        "INSERT INTO toolbox_keeper_notices (user_id, sent_at) VALUES (?, ?)"
        " ON CONFLICT (user_id) DO UPDATE SET sent_at = excluded.sent_at",
        (user_id, time_to_sql(now)),
    )


async def frequent_misses(
    conn: aiosqlite.Connection, since: datetime, limit: int
) -> list[tuple[str, int]]:
    """The most frequent searches that found nothing since `since` (case-insensitive)."""
    async with conn.execute(
        "SELECT lower(query) AS q, COUNT(*) AS n FROM toolbox_misses WHERE searched_at >= ?"
        " GROUP BY q ORDER BY n DESC, q LIMIT ?",
        (time_to_sql(since), limit),
    ) as cur:
        return [(r[0], r[1]) for r in await cur.fetchall()]


# ------------------------------------------------------------------ a person's data
# /mydata: a section name and the query that finds the person's toolbox rows.
TOOLBOX_SECTIONS: tuple[tuple[str, str], ...] = (
    (
        "toolbox_suggestions",
        "SELECT e.id AS entry, e.kind, e.status, e.credit_name, e.created_at, v.title"
        " FROM toolbox_entries e LEFT JOIN toolbox_versions v"
        " ON v.entry_id = e.id AND v.language = e.original_language WHERE e.suggested_by = ?",
    ),
    (
        "toolbox_entries_kept",
        "SELECT id AS entry, kind, status, review_due FROM toolbox_entries WHERE owner_id = ?",
    ),
    (
        "toolbox_helpful",
        "SELECT entry_id AS entry, helpful, answered_at FROM toolbox_feedback WHERE user_id = ?",
    ),
    (
        "toolbox_reminders",
        "SELECT entry_id AS entry, remind_at, sent_at FROM toolbox_reminders WHERE user_id = ?",
    ),
)


async def erase_toolbox_person(conn: aiosqlite.Connection, user_id: int) -> None:
    """/deleteme: their suggestions stay without their name or credit, their "helpful" answers
    (counts moved back) and reminders go, entries they kept lose their owner (the keepers are
    reminded instead). Plain statements only, so erasure always completes."""
    await conn.execute(
        "UPDATE toolbox_entries SET helpful_yes = helpful_yes - 1"
        " WHERE id IN (SELECT entry_id FROM toolbox_feedback WHERE user_id = ? AND helpful = 1)"
        " AND helpful_yes > 0",
        (user_id,),
    )
    await conn.execute(
        "UPDATE toolbox_entries SET helpful_no = helpful_no - 1"
        " WHERE id IN (SELECT entry_id FROM toolbox_feedback WHERE user_id = ? AND helpful = 0)"
        " AND helpful_no > 0",
        (user_id,),
    )
    await conn.execute("DELETE FROM toolbox_feedback WHERE user_id = ?", (user_id,))
    await conn.execute("DELETE FROM toolbox_reminders WHERE user_id = ?", (user_id,))
    await conn.execute(
        "UPDATE toolbox_entries SET suggested_by = NULL, credit_name = NULL WHERE suggested_by = ?",
        (user_id,),
    )
    await conn.execute("UPDATE toolbox_entries SET owner_id = NULL WHERE owner_id = ?", (user_id,))
    await conn.execute(
        "UPDATE toolbox_entries SET created_by = NULL WHERE created_by = ?", (user_id,)
    )
    await conn.execute("DELETE FROM toolbox_keeper_notices WHERE user_id = ?", (user_id,))
    await conn.execute(
        "DELETE FROM due_tasks WHERE kind = 'toolbox_keeper_notice' AND ref_id = ?"
        " AND done_at IS NULL",
        (user_id,),
    )
