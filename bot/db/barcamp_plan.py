"""A BarCamp's plan rows beyond the core (bot/db/barcamp.py): one session, an organiser's
move / lock / merge, the people a change concerns, a person's sessions, titles in other
languages."""

from __future__ import annotations

from collections.abc import Iterable

import aiosqlite

from bot.db import barcamp
from bot.domain.barcamp import CampSession


async def camp_of_session(conn: aiosqlite.Connection, session_id: int) -> int | None:
    async with conn.execute(
        "SELECT barcamp_id FROM barcamp_sessions WHERE id = ?", (session_id,)
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else None


async def session(conn: aiosqlite.Connection, session_id: int) -> CampSession | None:
    """One proposed session (merged and withdrawn ones are gone for the plan)."""
    camp_id = await camp_of_session(conn, session_id)
    if camp_id is None:
        return None
    return next((s for s in await barcamp.sessions(conn, camp_id) if s.id == session_id), None)


async def place(
    conn: aiosqlite.Connection, session_id: int, room_id: int | None, slot_id: int | None
) -> None:
    await conn.execute(
        "UPDATE barcamp_sessions SET room_id = ?, slot_id = ? WHERE id = ?",
        (room_id, slot_id, session_id),
    )


async def set_locked(conn: aiosqlite.Connection, session_id: int, locked: bool) -> None:
    await conn.execute(
        "UPDATE barcamp_sessions SET locked = ? WHERE id = ?", (int(locked), session_id)
    )


async def merge(conn: aiosqlite.Connection, session_id: int, into_id: int) -> None:
    """`session_id` joins `into_id`: its hosts host there too, its interest moves there (a
    person interested in both counts once), and it leaves the plan."""
    await conn.execute(
        "INSERT INTO barcamp_hosts (session_id, user_id)"
        " SELECT ?, user_id FROM barcamp_hosts WHERE session_id = ? ON CONFLICT DO NOTHING",
        (into_id, session_id),
    )
    await conn.execute(
        "INSERT INTO barcamp_interest (session_id, user_id, created_at)"
        " SELECT ?, user_id, created_at FROM barcamp_interest WHERE session_id = ?"
        " ON CONFLICT DO NOTHING",
        (into_id, session_id),
    )
    await conn.execute("DELETE FROM barcamp_interest WHERE session_id = ?", (session_id,))
    await conn.execute(
        "UPDATE barcamp_sessions SET status = 'merged', merged_into = ?, room_id = NULL,"
        " slot_id = NULL, locked = 0 WHERE id = ?",
        (into_id, session_id),
    )


async def concerned(conn: aiosqlite.Connection, session_ids: Iterable[int]) -> list[int]:
    """Everyone interested in or hosting any of these sessions, once each."""
    ids = sorted(set(session_ids))
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    async with conn.execute(
        f"SELECT user_id FROM barcamp_interest WHERE session_id IN ({marks})"
        f" UNION SELECT user_id FROM barcamp_hosts WHERE session_id IN ({marks})"
        " ORDER BY user_id",
        [*ids, *ids],
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def sessions_of(conn: aiosqlite.Connection, barcamp_id: int, user_id: int) -> set[int]:
    """The proposed sessions a person said "I'd attend" to or hosts."""
    async with conn.execute(
        "SELECT s.id FROM barcamp_sessions s WHERE s.barcamp_id = ? AND s.status = 'proposed'"
        " AND (EXISTS (SELECT 1 FROM barcamp_interest i WHERE i.session_id = s.id"
        " AND i.user_id = ?) OR EXISTS (SELECT 1 FROM barcamp_hosts h"
        " WHERE h.session_id = s.id AND h.user_id = ?))",
        (barcamp_id, user_id, user_id),
    ) as cur:
        return {r[0] for r in await cur.fetchall()}


async def titles(conn: aiosqlite.Connection, barcamp_id: int) -> dict[tuple[int, str], str]:
    """(session id, language) -> the title in that language, where one exists."""
    async with conn.execute(
        "SELECT t.session_id, t.language, t.title FROM barcamp_translations t"
        " JOIN barcamp_sessions s ON s.id = t.session_id WHERE s.barcamp_id = ?",
        (barcamp_id,),
    ) as cur:
        return {(r[0], r[1]): r[2] for r in await cur.fetchall()}
