"""Readers' requests for a human translation of an idea, and when each participant was last
asked to translate one."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db.codec import time_to_sql

# A participant "speaks" a language they ticked, or the one they use the bot in.
_SPEAKS = (
    "(p.language = ? OR EXISTS (SELECT 1 FROM participant_languages l"
    " WHERE l.user_id = p.user_id AND l.language = ?))"
)


async def is_open(conn: aiosqlite.Connection, idea_id: int, language: str, reader_id: int) -> bool:
    """The reader asked for this translation and is still waiting for it."""
    async with conn.execute(
        "SELECT 1 FROM translation_requests WHERE idea_id = ? AND language = ? AND reader_id = ?"
        " AND told_at IS NULL",
        (idea_id, language, reader_id),
    ) as cur:
        return await cur.fetchone() is not None


async def record(
    conn: aiosqlite.Connection,
    idea_id: int,
    language: str,
    reader_id: int,
    asked: int,
    now: datetime,
) -> None:
    """One request per reader, idea and language; an answered one may be asked again."""
    await conn.execute(
        "INSERT INTO translation_requests (idea_id, language, reader_id, asked, created_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (idea_id, language, reader_id) DO UPDATE SET"
        " asked = excluded.asked, created_at = excluded.created_at, told_at = NULL",
        (idea_id, language, reader_id, asked, time_to_sql(now)),
    )


async def bilingual(
    conn: aiosqlite.Connection,
    partnership_id: int,
    source: str,
    target: str,
    *,
    exclude: int,
    not_asked_since: datetime,
    limit: int,
) -> list[int]:
    """Reachable people of the partnership who speak both languages and were not asked to
    translate since the given time; those asked longest ago (or never) first."""
    async with conn.execute(
        "SELECT p.user_id FROM participants p"
        " LEFT JOIN translators_asked a ON a.user_id = p.user_id"
        " WHERE p.partnership_id = ? AND p.privacy_accepted_at IS NOT NULL AND p.reachable = 1"
        f" AND p.user_id != ? AND {_SPEAKS} AND {_SPEAKS}"
        " AND (a.last_asked_at IS NULL OR a.last_asked_at <= ?)"
        " ORDER BY a.last_asked_at IS NOT NULL, a.last_asked_at, p.user_id LIMIT ?",
        (
            partnership_id,
            exclude,
            source,
            source,
            target,
            target,
            time_to_sql(not_asked_since),
            limit,
        ),
    ) as cur:
        return [row[0] for row in await cur.fetchall()]


async def speakers(
    conn: aiosqlite.Connection, partnership_id: int, source: str, target: str, exclude: int
) -> int:
    """How many people of the partnership speak both languages (asked lately or not)."""
    async with conn.execute(
        "SELECT COUNT(*) FROM participants p WHERE p.partnership_id = ?"
        " AND p.privacy_accepted_at IS NOT NULL AND p.reachable = 1"
        f" AND p.user_id != ? AND {_SPEAKS} AND {_SPEAKS}",
        (partnership_id, exclude, source, source, target, target),
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def mark_asked(conn: aiosqlite.Connection, user_ids: list[int], now: datetime) -> None:
    await conn.executemany(
        "INSERT INTO translators_asked (user_id, last_asked_at) VALUES (?, ?)"
        " ON CONFLICT (user_id) DO UPDATE SET last_asked_at = excluded.last_asked_at",
        [(uid, time_to_sql(now)) for uid in user_ids],
    )


async def waiting_readers(conn: aiosqlite.Connection, idea_id: int, language: str) -> list[int]:
    async with conn.execute(
        "SELECT reader_id FROM translation_requests WHERE idea_id = ? AND language = ?"
        " AND told_at IS NULL ORDER BY reader_id",
        (idea_id, language),
    ) as cur:
        return [row[0] for row in await cur.fetchall()]


async def mark_told(conn: aiosqlite.Connection, idea_id: int, language: str, now: datetime) -> None:
    await conn.execute(
        "UPDATE translation_requests SET told_at = ? WHERE idea_id = ? AND language = ?"
        " AND told_at IS NULL",
        (time_to_sql(now), idea_id, language),
    )
