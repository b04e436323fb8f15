"""The network calendar: which workshops are public, the network's own events."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db import workshops as workshops_db
from bot.db.codec import names_from_sql, time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.db.newsletter import NETWORK_FOCUS, NETWORK_PARTNERSHIPS
from bot.domain.network import DEFAULT_NETWORK
from bot.domain.network_calendar import CalendarFilter, NetworkEvent
from bot.domain.workshops import Workshop


async def set_public(conn: aiosqlite.Connection, workshop_id: int, public: bool) -> None:
    await conn.execute(
        "UPDATE workshops SET network_public = ? WHERE id = ?", (int(public), workshop_id)
    )


async def is_public(conn: aiosqlite.Connection, workshop_id: int) -> bool:
    async with conn.execute(
        "SELECT network_public FROM workshops WHERE id = ?", (workshop_id,)
    ) as cur:
        row = await cur.fetchone()
    return bool(row and row[0])


async def public_workshops(
    conn: aiosqlite.Connection, network_id: int, chosen: CalendarFilter, since: datetime
) -> list[Workshop]:
    """Published workshops marked public, not over yet, of the network's partnerships that
    match the filter; by start."""
    async with conn.execute(
        NETWORK_FOCUS
        + "SELECT w.id FROM workshops w WHERE w.network_public = 1 AND w.status = 'published'"
        f" AND w.ends_at >= ? AND w.partnership_id IN ({NETWORK_PARTNERSHIPS})"
        " ORDER BY w.starts_at, w.id",
        (DEFAULT_NETWORK, network_id, chosen.country, chosen.topic, time_to_sql(since)),
    ) as cur:
        ids = [row[0] for row in await cur.fetchall()]
    found = [await workshops_db.get(conn, i) for i in ids]
    return [w for w in found if w is not None]


async def create_event(
    conn: aiosqlite.Connection,
    event: NetworkEvent,
    city_id: int | None,
    created_by: int,
    now: datetime,
) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO network_events (network_id, title, description, city_id, time_zone,"
        " starts_at, ends_at, place, link, created_by, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event.network_id,
            event.title,
            event.description,
            city_id,
            event.time_zone,
            time_to_sql(event.starts_at),
            time_to_sql(event.ends_at),
            event.place,
            event.link,
            created_by,
            time_to_sql(now),
        ),
    )
    return row_id


_EVENT_COLUMNS = (
    "SELECT e.id, e.network_id, e.title, e.description, e.time_zone, e.starts_at, e.ends_at,"
    " e.place, e.link, c.names FROM network_events e LEFT JOIN cities c ON c.id = e.city_id"
)


async def upcoming_events(
    conn: aiosqlite.Connection, network_id: int, since: datetime
) -> list[NetworkEvent]:
    async with conn.execute(
        _EVENT_COLUMNS + " WHERE e.network_id = ? AND e.ends_at >= ? ORDER BY e.starts_at, e.id",
        (network_id, time_to_sql(since)),
    ) as cur:
        return [_event(r) for r in await cur.fetchall()]


async def get_event(conn: aiosqlite.Connection, event_id: int) -> NetworkEvent | None:
    async with conn.execute(_EVENT_COLUMNS + " WHERE e.id = ?", (event_id,)) as cur:
        row = await cur.fetchone()
    return _event(row) if row else None


def _event(r: aiosqlite.Row) -> NetworkEvent:
    return NetworkEvent(
        id=r[0],
        network_id=r[1],
        title=r[2],
        description=r[3],
        time_zone=r[4],
        starts_at=_when(r[5]),
        ends_at=_when(r[6]),
        place=r[7],
        link=r[8],
        city_name=names_from_sql(r[9]) if r[9] else None,
    )


def _when(raw: str) -> datetime:
    found = time_from_sql(raw)
    assert found is not None
    return found
