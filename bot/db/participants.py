"""Participants and their profile (languages spoken, interests)."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.memo import remembered
from bot.domain.participants import Participant


async def get(conn: aiosqlite.Connection, user_id: int) -> Participant | None:
    return await remembered(
        conn,
        ("participant", user_id),
        ("participants", "participant_languages", "participant_interests"),
        lambda: _load(conn, user_id),
    )


async def _load(conn: aiosqlite.Connection, user_id: int) -> Participant | None:
    # One statement: this runs for every update (the gatekeeper), so round trips count.
    async with conn.execute(
        "SELECT user_id, language, partnership_id, city_id, display_name, privacy_accepted_at,"
        " reachable, announcements_muted, show_originals, first_name, city_optional,"
        " (SELECT GROUP_CONCAT(language, ' ') FROM participant_languages l"
        "  WHERE l.user_id = p.user_id) AS spoken,"
        " (SELECT GROUP_CONCAT(theme_id, ' ') FROM participant_interests i"
        "  WHERE i.user_id = p.user_id) AS interests"
        " FROM participants p WHERE user_id = ?",
        (user_id,),
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        return None
    spoken = frozenset((row["spoken"] or "").split())
    interests = frozenset(int(t) for t in (row["interests"] or "").split())
    return Participant(
        user_id=row["user_id"],
        language=row["language"],
        partnership_id=row["partnership_id"],
        city_id=row["city_id"],
        display_name=row["display_name"],
        privacy_accepted_at=time_from_sql(row["privacy_accepted_at"]),
        languages_spoken=spoken,
        interests=interests,
        reachable=bool(row["reachable"]),
        announcements_muted=bool(row["announcements_muted"]),
        show_originals=bool(row["show_originals"]),
        first_name=row["first_name"],
        city_optional=bool(row["city_optional"]),
    )


async def save(conn: aiosqlite.Connection, p: Participant, now: datetime) -> None:
    """Insert or update the whole profile (the participant aggregate is small)."""
    await conn.execute(
        "INSERT INTO participants (user_id, language, partnership_id, city_id, display_name,"
        " privacy_accepted_at, first_name, city_optional, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (user_id) DO UPDATE SET language = excluded.language,"
        " partnership_id = excluded.partnership_id, city_id = excluded.city_id,"
        " display_name = excluded.display_name, first_name = excluded.first_name,"
        " city_optional = excluded.city_optional,"
        " privacy_accepted_at = excluded.privacy_accepted_at, updated_at = excluded.updated_at",
        (
            p.user_id,
            p.language,
            p.partnership_id,
            p.city_id,
            p.display_name,
            time_to_sql(p.privacy_accepted_at),
            p.first_name,
            int(p.city_optional),
            now.isoformat(),
            now.isoformat(),
        ),
    )
    await conn.execute("DELETE FROM participant_languages WHERE user_id = ?", (p.user_id,))
    await conn.executemany(
        "INSERT INTO participant_languages (user_id, language) VALUES (?, ?)",
        [(p.user_id, lang) for lang in sorted(p.languages_spoken)],
    )
    await conn.execute("DELETE FROM participant_interests WHERE user_id = ?", (p.user_id,))
    await conn.executemany(
        "INSERT INTO participant_interests (user_id, theme_id) VALUES (?, ?)",
        [(p.user_id, theme_id) for theme_id in sorted(p.interests)],
    )


async def delete(conn: aiosqlite.Connection, user_id: int) -> None:
    await conn.execute("DELETE FROM participants WHERE user_id = ?", (user_id,))


async def set_muted(conn: aiosqlite.Connection, user_id: int, muted: bool) -> None:
    await conn.execute(
        "UPDATE participants SET announcements_muted = ? WHERE user_id = ?",
        (int(muted), user_id),
    )


async def set_show_originals(conn: aiosqlite.Connection, user_id: int, value: bool) -> None:
    await conn.execute(
        "UPDATE participants SET show_originals = ? WHERE user_id = ?", (int(value), user_id)
    )


async def is_reachable(conn: aiosqlite.Connection, user_id: int) -> bool:
    """False for people who blocked the bot (or are unknown); they get nothing queued."""
    async with conn.execute(
        "SELECT reachable FROM participants WHERE user_id = ?", (user_id,)
    ) as cur:
        row = await cur.fetchone()
    return bool(row and row[0])


async def set_first_name(conn: aiosqlite.Connection, user_id: int, name: str | None) -> None:
    await conn.execute("UPDATE participants SET first_name = ? WHERE user_id = ?", (name, user_id))


async def mark_reachable(conn: aiosqlite.Connection, user_id: int) -> None:
    await conn.execute("UPDATE participants SET reachable = 1 WHERE user_id = ?", (user_id,))


async def in_partnership(
    conn: aiosqlite.Connection, partnership_id: int, city_id: int | None = None
) -> list[int]:
    """Onboarded people of a partnership (optionally one city), in id order."""
    query = (
        "SELECT user_id FROM participants WHERE partnership_id = ?"
        " AND privacy_accepted_at IS NOT NULL"
    )
    params: tuple[int, ...] = (partnership_id,)
    if city_id is not None:
        query += " AND city_id = ?"
        params = (partnership_id, city_id)
    async with conn.execute(query + " ORDER BY user_id", params) as cur:
        return [r[0] for r in await cur.fetchall()]
