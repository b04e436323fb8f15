"""Teams, members, team messages and their translations."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db.codec import time_to_sql
from bot.db.dialect import new_id
from bot.db.memo import remembered
from bot.domain.teams import Team


async def create(
    conn: aiosqlite.Connection,
    partnership_id: int,
    idea_id: int,
    members: list[int],
    now: datetime,
) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO teams (partnership_id, idea_id, created_at) VALUES (?, ?, ?)",
        (partnership_id, idea_id, time_to_sql(now)),
    )
    for user_id in members:
        await add_member(conn, row_id, user_id, now)
    return row_id


async def add_member(conn: aiosqlite.Connection, team_id: int, user_id: int, now: datetime) -> None:
    await conn.execute(
        "INSERT INTO team_members (team_id, user_id, joined_at) VALUES (?, ?, ?)"
        " ON CONFLICT (team_id, user_id) DO UPDATE SET left_at = NULL",
        (team_id, user_id, time_to_sql(now)),
    )


async def leave(conn: aiosqlite.Connection, team_id: int, user_id: int, now: datetime) -> None:
    await conn.execute(
        "UPDATE team_members SET left_at = ? WHERE team_id = ? AND user_id = ? AND left_at IS NULL",
        (time_to_sql(now), team_id, user_id),
    )


async def _members(conn: aiosqlite.Connection, team_id: int) -> tuple[int, ...]:
    async with conn.execute(
        "SELECT user_id FROM team_members WHERE team_id = ? AND left_at IS NULL"
        " ORDER BY joined_at, user_id",
        (team_id,),
    ) as cur:
        return tuple(r[0] for r in await cur.fetchall())


async def _team(conn: aiosqlite.Connection, row: aiosqlite.Row | None) -> Team | None:
    if row is None:
        return None
    return Team(
        row[0], row[1], row[2], row[3], row[4], await _members(conn, row[0]), row[5] == "active"
    )


_COLUMNS = "id, partnership_id, idea_id, coach_id, group_link, status"


async def get(conn: aiosqlite.Connection, team_id: int) -> Team | None:
    async def load() -> Team | None:
        async with conn.execute(f"SELECT {_COLUMNS} FROM teams WHERE id = ?", (team_id,)) as cur:
            return await _team(conn, await cur.fetchone())

    return await remembered(conn, ("team", team_id), ("teams", "team_members"), load)


async def for_idea(conn: aiosqlite.Connection, partnership_id: int, idea_id: int) -> Team | None:
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM teams WHERE partnership_id = ? AND idea_id = ?",
        (partnership_id, idea_id),
    ) as cur:
        return await _team(conn, await cur.fetchone())


async def of_user(conn: aiosqlite.Connection, user_id: int) -> Team | None:
    async with conn.execute(
        f"SELECT {', '.join('t.' + c.strip() for c in _COLUMNS.split(','))} FROM teams t"
        " JOIN team_members m ON m.team_id = t.id WHERE m.user_id = ? AND m.left_at IS NULL",
        (user_id,),
    ) as cur:
        return await _team(conn, await cur.fetchone())


async def list_for_partnership(conn: aiosqlite.Connection, partnership_id: int) -> list[Team]:
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM teams WHERE partnership_id = ? ORDER BY id", (partnership_id,)
    ) as cur:
        rows = await cur.fetchall()
    return [t for r in rows if (t := await _team(conn, r)) is not None]


async def set_coach(conn: aiosqlite.Connection, team_id: int, coach_id: int) -> None:
    await conn.execute("UPDATE teams SET coach_id = ? WHERE id = ?", (coach_id, team_id))


async def set_group_link(conn: aiosqlite.Connection, team_id: int, link: str) -> None:
    await conn.execute("UPDATE teams SET group_link = ? WHERE id = ?", (link, team_id))


async def add_message(
    conn: aiosqlite.Connection,
    team_id: int,
    sender_id: int,
    language: str,
    text: str,
    now: datetime,
) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO team_messages (team_id, sender_id, language, text, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (team_id, sender_id, language, text, time_to_sql(now)),
    )
    return row_id


async def message(
    conn: aiosqlite.Connection, message_id: int
) -> tuple[int, int | None, str, str] | None:
    """(team id, sender id, language, text)."""
    async with conn.execute(
        "SELECT team_id, sender_id, language, text FROM team_messages WHERE id = ?",
        (message_id,),
    ) as cur:
        row = await cur.fetchone()
    return (row[0], row[1], row[2], row[3]) if row else None


async def save_translation(
    conn: aiosqlite.Connection, message_id: int, language: str, text: str
) -> None:
    await conn.execute(
        "INSERT INTO team_message_translations (message_id, language, text) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (message_id, language, text),
    )


async def partner_notice_state(conn: aiosqlite.Connection, user_id: int) -> tuple[str | None, bool]:
    async with conn.execute(
        "SELECT last_sent_at, opted_out FROM partner_notices WHERE user_id = ?", (user_id,)
    ) as cur:
        row = await cur.fetchone()
    return (row[0], bool(row[1])) if row else (None, False)


async def record_partner_notice(conn: aiosqlite.Connection, user_id: int, now: datetime) -> None:
    await conn.execute(
        "INSERT INTO partner_notices (user_id, last_sent_at) VALUES (?, ?)"
        " ON CONFLICT (user_id) DO UPDATE SET last_sent_at = excluded.last_sent_at",
        (user_id, time_to_sql(now)),
    )


async def set_partner_notices(conn: aiosqlite.Connection, user_id: int, off: bool) -> None:
    await conn.execute(
        "INSERT INTO partner_notices (user_id, opted_out) VALUES (?, ?)"
        " ON CONFLICT (user_id) DO UPDATE SET opted_out = excluded.opted_out",
        (user_id, int(off)),
    )


async def partner_candidates(
    conn: aiosqlite.Connection,
    partnership_id: int,
    themes: frozenset[int],
    exclude_city: int | None,
) -> list[int]:
    """People of the other cities whose interests share a theme with the idea."""
    if not themes:
        return []
    marks = ", ".join("?" for _ in themes)
    async with conn.execute(
        "SELECT DISTINCT p.user_id FROM participants p JOIN participant_interests i"
        " ON i.user_id = p.user_id WHERE p.partnership_id = ? AND p.city_id IS DISTINCT FROM ?"
        f" AND p.privacy_accepted_at IS NOT NULL AND i.theme_id IN ({marks})"
        " ORDER BY p.user_id",
        (partnership_id, exclude_city, *sorted(themes)),
    ) as cur:
        return [r[0] for r in await cur.fetchall()]
