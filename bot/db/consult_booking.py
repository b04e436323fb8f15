"""Consultation hours' waiting list (the person's side): join, offers, answers."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.domain.consultations import Waiting

_COLUMNS = (
    "id, person_id, topic, language, status, offer_host_id, offer_starts_at, offer_expires_at"
)


def _waiting(r: aiosqlite.Row | tuple[object, ...]) -> Waiting:
    return Waiting(
        id=int(str(r[0])),
        person_id=int(str(r[1])),
        topic=str(r[2]),
        language=str(r[3]),
        status=str(r[4]),  # type: ignore[arg-type]
        offer_host_id=None if r[5] is None else int(str(r[5])),
        offer_starts_at=time_from_sql(None if r[6] is None else str(r[6])),
        offer_expires_at=time_from_sql(None if r[7] is None else str(r[7])),
    )


async def join(
    conn: aiosqlite.Connection, person_id: int, topic: str, language: str, now: datetime
) -> int:
    """The person's open entry for this wish, or a new one at the end of the list."""
    async with conn.execute(
        "SELECT id FROM consult_waiting WHERE person_id = ? AND topic = ? AND language = ?"
        " AND status IN ('waiting', 'offered')",
        (person_id, topic, language),
    ) as cur:
        row = await cur.fetchone()
    if row is not None:
        return int(row[0])
    row_id = await new_id(
        conn,
        "INSERT INTO consult_waiting (person_id, topic, language, joined_at) VALUES (?, ?, ?, ?)",
        (person_id, topic, language, time_to_sql(now)),
    )
    return row_id


async def get(conn: aiosqlite.Connection, waiting_id: int) -> Waiting | None:
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM consult_waiting WHERE id = ?", (waiting_id,)
    ) as cur:
        row = await cur.fetchone()
    return _waiting(row) if row else None


async def open_entries(conn: aiosqlite.Connection, network_id: int) -> list[Waiting]:
    """Everyone waiting or holding an offer, in the order they joined."""
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM consult_waiting WHERE network_id = ?"
        " AND status IN ('waiting', 'offered') ORDER BY id",
        (network_id,),
    ) as cur:
        return [_waiting(r) for r in await cur.fetchall()]


async def offer(
    conn: aiosqlite.Connection,
    waiting_id: int,
    host_id: int,
    starts_at: datetime,
    expires_at: datetime,
) -> None:
    await conn.execute(
        "UPDATE consult_waiting SET status = 'offered', offer_host_id = ?, offer_starts_at = ?,"
        " offer_expires_at = ? WHERE id = ?",
        (host_id, time_to_sql(starts_at), time_to_sql(expires_at), waiting_id),
    )


async def set_status(conn: aiosqlite.Connection, waiting_id: int, status: str) -> None:
    await conn.execute("UPDATE consult_waiting SET status = ? WHERE id = ?", (status, waiting_id))
