"""A BarCamp's rows the people's side changes beyond bot/db/barcamp.py: rooms edited and
removed, slots removed, camps a person is checked in to, hosts joining, withdrawing,
interest taken back, translations of sessions, hosts' notes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db.codec import time_to_sql


@dataclass(frozen=True)
class SessionText:
    """A session's title and description in one language ("machine" or "human")."""

    title: str
    description: str
    source: str


# ------------------------------------------------------------------ rooms and slots
async def update_room(
    conn: aiosqlite.Connection,
    room_id: int,
    name: str,
    capacity: int,
    languages: Iterable[str],
    bridge_url: str | None,
) -> None:
    await conn.execute(
        "UPDATE barcamp_rooms SET name = ?, capacity = ?, languages = ?, bridge_url = ?"
        " WHERE id = ?",
        (name, capacity, " ".join(sorted(set(languages))), bridge_url, room_id),
    )


async def remove_room(conn: aiosqlite.Connection, barcamp_id: int, room_id: int) -> bool:
    cur = await conn.execute(
        "DELETE FROM barcamp_rooms WHERE id = ? AND barcamp_id = ?", (room_id, barcamp_id)
    )
    return cur.rowcount > 0


async def remove_slot(conn: aiosqlite.Connection, barcamp_id: int, slot_id: int) -> bool:
    cur = await conn.execute(
        "DELETE FROM barcamp_slots WHERE id = ? AND barcamp_id = ?", (slot_id, barcamp_id)
    )
    return cur.rowcount > 0


async def slot_camp(conn: aiosqlite.Connection, slot_id: int) -> int | None:
    """The BarCamp a slot belongs to (None once it was removed)."""
    async with conn.execute("SELECT barcamp_id FROM barcamp_slots WHERE id = ?", (slot_id,)) as cur:
        row = await cur.fetchone()
    return row[0] if row else None


# ------------------------------------------------------------------ people
async def camps_checked_in(conn: aiosqlite.Connection, user_id: int) -> list[int]:
    """Workshops with a BarCamp this person is checked in to, the latest workshop first."""
    async with conn.execute(
        "SELECT b.workshop_id FROM barcamps b"
        " JOIN registrations r ON r.workshop_id = b.workshop_id"
        " JOIN workshops w ON w.id = b.workshop_id"
        " WHERE r.user_id = ? AND r.status = 'attended' ORDER BY w.starts_at DESC, b.id DESC",
        (user_id,),
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def people_interested(conn: aiosqlite.Connection, barcamp_id: int) -> int:
    async with conn.execute(
        "SELECT COUNT(DISTINCT i.user_id) FROM barcamp_interest i"
        " JOIN barcamp_sessions s ON s.id = i.session_id"
        " WHERE s.barcamp_id = ? AND s.status = 'proposed'",
        (barcamp_id,),
    ) as cur:
        row = await cur.fetchone()
    return row[0] if row else 0


# ------------------------------------------------------------------ sessions
async def session_camp(conn: aiosqlite.Connection, session_id: int) -> int | None:
    async with conn.execute(
        "SELECT barcamp_id FROM barcamp_sessions WHERE id = ?", (session_id,)
    ) as cur:
        row = await cur.fetchone()
    return row[0] if row else None


async def add_host(conn: aiosqlite.Connection, session_id: int, user_id: int) -> bool:
    cur = await conn.execute(
        "INSERT INTO barcamp_hosts (session_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        (session_id, user_id),
    )
    return cur.rowcount > 0


async def withdraw(conn: aiosqlite.Connection, session_id: int, user_id: int) -> bool:
    """A host withdraws an open proposal; its interest goes with it."""
    cur = await conn.execute(
        "UPDATE barcamp_sessions SET status = 'withdrawn' WHERE id = ? AND status = 'proposed'"
        " AND EXISTS (SELECT 1 FROM barcamp_hosts h WHERE h.session_id = ? AND h.user_id = ?)",
        (session_id, session_id, user_id),
    )
    if cur.rowcount:
        await conn.execute("DELETE FROM barcamp_interest WHERE session_id = ?", (session_id,))
    return cur.rowcount > 0


async def interest_of(conn: aiosqlite.Connection, barcamp_id: int, user_id: int) -> set[int]:
    """The open sessions this person would attend."""
    async with conn.execute(
        "SELECT i.session_id FROM barcamp_interest i"
        " JOIN barcamp_sessions s ON s.id = i.session_id"
        " WHERE s.barcamp_id = ? AND s.status = 'proposed' AND i.user_id = ?",
        (barcamp_id, user_id),
    ) as cur:
        return {r[0] for r in await cur.fetchall()}


async def remove_interest(conn: aiosqlite.Connection, session_id: int, user_id: int) -> bool:
    cur = await conn.execute(
        "DELETE FROM barcamp_interest WHERE session_id = ? AND user_id = ?", (session_id, user_id)
    )
    return cur.rowcount > 0


# ------------------------------------------------------------------ translations
async def translations(
    conn: aiosqlite.Connection, barcamp_id: int, language: str
) -> dict[int, SessionText]:
    async with conn.execute(
        "SELECT t.session_id, t.title, t.description, t.source FROM barcamp_translations t"
        " JOIN barcamp_sessions s ON s.id = t.session_id"
        " WHERE s.barcamp_id = ? AND t.language = ?",
        (barcamp_id, language),
    ) as cur:
        rows = await cur.fetchall()
    return {r[0]: SessionText(r[1], r[2], r[3]) for r in rows}


async def save_translation(
    conn: aiosqlite.Connection, session_id: int, language: str, text: SessionText
) -> None:
    """Keep a translation; a human one is never replaced by a machine's."""
    await conn.execute(
        "INSERT INTO barcamp_translations (session_id, language, source, title, description)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, language) DO UPDATE SET"
        " source = excluded.source, title = excluded.title, description = excluded.description"
        " WHERE barcamp_translations.source = 'machine'",
        (session_id, language, text.source, text.title, text.description),
    )


# ------------------------------------------------------------------ notes
async def save_notes(
    conn: aiosqlite.Connection, session_id: int, user_id: int, notes: str, now: datetime
) -> None:
    """A host's notes; writing again replaces their earlier ones."""
    await conn.execute(
        "DELETE FROM barcamp_notes WHERE session_id = ? AND user_id = ?", (session_id, user_id)
    )
    await conn.execute(
        "INSERT INTO barcamp_notes (session_id, user_id, notes, created_at) VALUES (?, ?, ?, ?)",
        (session_id, user_id, notes, time_to_sql(now)),
    )


async def notes(conn: aiosqlite.Connection, barcamp_id: int) -> dict[int, list[str]]:
    """Every session's notes, oldest first."""
    async with conn.execute(
        "SELECT n.session_id, n.notes FROM barcamp_notes n"
        " JOIN barcamp_sessions s ON s.id = n.session_id WHERE s.barcamp_id = ?"
        " ORDER BY n.created_at, n.notes",
        (barcamp_id,),
    ) as cur:
        rows = await cur.fetchall()
    found: dict[int, list[str]] = {}
    for session_id, text in rows:
        found.setdefault(session_id, []).append(text)
    return found
