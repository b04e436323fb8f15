"""A BarCamp's core rows: the camp and its phase, rooms, slots, sessions with their hosts and
interest counts, placements. Sections per developer are marked at the end; add functions only
in yours."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.domain.barcamp import (
    Barcamp,
    CampRoom,
    CampSession,
    CampSlot,
    Phase,
    Placement,
    SessionStatus,
)

_CAMP = "SELECT id, workshop_id, phase, interest_limit, created_at, announced_at FROM barcamps"


def _camp(row: aiosqlite.Row) -> Barcamp:
    return Barcamp(
        id=row[0],
        workshop_id=row[1],
        phase=Phase(row[2]),
        interest_limit=row[3],
        created_at=time_from_sql(row[4]) or datetime.min,
        announced_at=time_from_sql(row[5]),
    )


async def create(conn: aiosqlite.Connection, workshop_id: int, now: datetime) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO barcamps (workshop_id, created_at) VALUES (?, ?)",
        (workshop_id, time_to_sql(now)),
    )
    return row_id


async def get(conn: aiosqlite.Connection, barcamp_id: int) -> Barcamp | None:
    async with conn.execute(f"{_CAMP} WHERE id = ?", (barcamp_id,)) as cur:
        row = await cur.fetchone()
    return _camp(row) if row else None


async def of_workshop(conn: aiosqlite.Connection, workshop_id: int) -> Barcamp | None:
    async with conn.execute(f"{_CAMP} WHERE workshop_id = ?", (workshop_id,)) as cur:
        row = await cur.fetchone()
    return _camp(row) if row else None


async def set_phase(
    conn: aiosqlite.Connection, barcamp_id: int, phase: Phase, now: datetime
) -> None:
    announced = ", announced_at = COALESCE(announced_at, ?)" if phase is Phase.ANNOUNCED else ""
    args: tuple[object, ...] = (phase.value, time_to_sql(now), barcamp_id)
    if not announced:
        args = (phase.value, barcamp_id)
    await conn.execute(f"UPDATE barcamps SET phase = ?{announced} WHERE id = ?", args)


async def set_interest_limit(conn: aiosqlite.Connection, barcamp_id: int, limit: int) -> None:
    await conn.execute("UPDATE barcamps SET interest_limit = ? WHERE id = ?", (limit, barcamp_id))


# ------------------------------------------------------------------ rooms and slots
async def add_room(
    conn: aiosqlite.Connection,
    barcamp_id: int,
    name: str,
    capacity: int,
    languages: Iterable[str],
    bridge_url: str | None = None,
) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO barcamp_rooms (barcamp_id, name, capacity, languages, bridge_url, position)"
        " VALUES (?, ?, ?, ?, ?, (SELECT COUNT(*) FROM barcamp_rooms WHERE barcamp_id = ?))",
        (barcamp_id, name, capacity, " ".join(sorted(set(languages))), bridge_url, barcamp_id),
    )
    return row_id


async def rooms(conn: aiosqlite.Connection, barcamp_id: int) -> list[CampRoom]:
    async with conn.execute(
        "SELECT id, name, capacity, languages, bridge_url, position FROM barcamp_rooms"
        " WHERE barcamp_id = ? ORDER BY position, id",
        (barcamp_id,),
    ) as cur:
        rows = await cur.fetchall()
    return [
        CampRoom(
            id=r[0],
            name=r[1],
            capacity=r[2],
            languages=frozenset(r[3].split()),
            bridge_url=r[4],
            position=r[5],
        )
        for r in rows
    ]


async def add_slot(
    conn: aiosqlite.Connection, barcamp_id: int, starts_at: datetime, ends_at: datetime
) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO barcamp_slots (barcamp_id, starts_at, ends_at, position)"
        " VALUES (?, ?, ?, (SELECT COUNT(*) FROM barcamp_slots WHERE barcamp_id = ?))",
        (barcamp_id, time_to_sql(starts_at), time_to_sql(ends_at), barcamp_id),
    )
    return row_id


async def slots(conn: aiosqlite.Connection, barcamp_id: int) -> list[CampSlot]:
    async with conn.execute(
        "SELECT id, starts_at, ends_at, position FROM barcamp_slots WHERE barcamp_id = ?"
        " ORDER BY starts_at, position, id",
        (barcamp_id,),
    ) as cur:
        rows = await cur.fetchall()
    return [
        CampSlot(
            id=r[0],
            starts_at=time_from_sql(r[1]) or datetime.min,
            ends_at=time_from_sql(r[2]) or datetime.min,
            position=r[3],
        )
        for r in rows
    ]


# ------------------------------------------------------------------ sessions
async def add_session(
    conn: aiosqlite.Connection,
    barcamp_id: int,
    title: str,
    description: str,
    language: str,
    proposer_id: int | None,
    hosts: Iterable[int],
    now: datetime,
) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO barcamp_sessions (barcamp_id, title, description, language, proposer_id,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (barcamp_id, title, description, language, proposer_id, time_to_sql(now)),
    )
    await conn.executemany(
        "INSERT INTO barcamp_hosts (session_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [(row_id, h) for h in sorted(set(hosts))],
    )
    return row_id


async def sessions(
    conn: aiosqlite.Connection, barcamp_id: int, *, every_status: bool = False
) -> list[CampSession]:
    """The camp's sessions (proposed ones unless every_status) with hosts and interest, oldest
    first."""
    status = "" if every_status else " AND s.status = 'proposed'"
    async with conn.execute(
        "SELECT s.id, s.barcamp_id, s.title, s.description, s.language, s.proposer_id, s.status,"
        " s.room_id, s.slot_id, s.locked, s.merged_into,"
        " (SELECT COUNT(*) FROM barcamp_interest i WHERE i.session_id = s.id)"
        f" FROM barcamp_sessions s WHERE s.barcamp_id = ?{status} ORDER BY s.id",
        (barcamp_id,),
    ) as cur:
        rows = await cur.fetchall()
    async with conn.execute(
        "SELECT h.session_id, h.user_id FROM barcamp_hosts h"
        " JOIN barcamp_sessions s ON s.id = h.session_id WHERE s.barcamp_id = ?",
        (barcamp_id,),
    ) as cur:
        host_rows = await cur.fetchall()
    hosts: dict[int, set[int]] = {}
    for session_id, user_id in host_rows:
        hosts.setdefault(session_id, set()).add(user_id)
    return [
        CampSession(
            id=r[0],
            barcamp_id=r[1],
            title=r[2],
            description=r[3],
            language=r[4],
            proposer_id=r[5],
            hosts=frozenset(hosts.get(r[0], ())),
            interest=r[11],
            status=SessionStatus(r[6]),
            room_id=r[7],
            slot_id=r[8],
            locked=bool(r[9]),
            merged_into=r[10],
        )
        for r in rows
    ]


async def add_interest(
    conn: aiosqlite.Connection, session_id: int, user_id: int, now: datetime
) -> bool:
    cur = await conn.execute(
        "INSERT INTO barcamp_interest (session_id, user_id, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (session_id, user_id, time_to_sql(now)),
    )
    return cur.rowcount > 0


async def interested(conn: aiosqlite.Connection, session_ids: Iterable[int]) -> list[int]:
    """Everyone interested in any of these sessions, once each."""
    ids = sorted(set(session_ids))
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    async with conn.execute(
        f"SELECT DISTINCT user_id FROM barcamp_interest WHERE session_id IN ({marks})"
        " ORDER BY user_id",
        ids,
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def save_placements(
    conn: aiosqlite.Connection, barcamp_id: int, placements: Iterable[Placement]
) -> None:
    """The plan as built: every unlocked session is unplaced, then the placements are set."""
    await conn.execute(
        "UPDATE barcamp_sessions SET room_id = NULL, slot_id = NULL"
        " WHERE barcamp_id = ? AND locked = 0",
        (barcamp_id,),
    )
    await conn.executemany(
        "UPDATE barcamp_sessions SET room_id = ?, slot_id = ? WHERE id = ? AND barcamp_id = ?",
        [(p.room_id, p.slot_id, p.session_id, barcamp_id) for p in placements],
    )


async def checked_in(conn: aiosqlite.Connection, workshop_id: int) -> list[int]:
    """The people checked in to the camp's workshop (the workshop's own check-in)."""
    async with conn.execute(
        "SELECT user_id FROM registrations WHERE workshop_id = ? AND status = 'attended'"
        " ORDER BY id",
        (workshop_id,),
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


# ------------------------------------------------------------------ barcamp-people


# ------------------------------------------------------------------ barcamp-plan
