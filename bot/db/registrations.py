"""Registrations for workshops, their answers, and the seat counts that guard capacity."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from bot.db.codec import time_from_sql
from bot.db.dialect import new_id
from bot.domain.workshops import (
    HOLDS_SEAT,
    Registration,
    RegistrationStatus,
    SeatCounts,
    Waiting,
)

_COLUMNS = "id, workshop_id, user_id, city_id, status, check_in_code, offer_expires_at, created_at"


def _registration(row: aiosqlite.Row) -> Registration:
    created = time_from_sql(row["created_at"])
    assert created is not None
    return Registration(
        id=row["id"],
        workshop_id=row["workshop_id"],
        user_id=row["user_id"],
        city_id=row["city_id"],
        status=RegistrationStatus(row["status"]),
        check_in_code=row["check_in_code"],
        offer_expires_at=time_from_sql(row["offer_expires_at"]),
        created_at=created,
    )


async def seat_counts(conn: aiosqlite.Connection, workshop_id: int) -> SeatCounts:
    return (await seat_counts_of(conn, [workshop_id]))[workshop_id]


async def seat_counts_of(
    conn: aiosqlite.Connection, workshop_ids: Sequence[int]
) -> dict[int, SeatCounts]:
    """Seats held per workshop and city, for a whole list of workshops in one statement."""
    if not workshop_ids:
        return {}
    ids = ", ".join("?" for _ in workshop_ids)
    marks = ", ".join("?" for _ in HOLDS_SEAT)
    async with conn.execute(
        f"SELECT workshop_id, city_id, COUNT(*) FROM registrations WHERE workshop_id IN ({ids})"
        f" AND status IN ({marks}) GROUP BY workshop_id, city_id",
        (*workshop_ids, *[s.value for s in HOLDS_SEAT]),
    ) as cur:
        rows = await cur.fetchall()
    by_workshop: dict[int, dict[int, int]] = {w: {} for w in workshop_ids}
    for workshop_id, city_id, count in rows:
        by_workshop[workshop_id][city_id or 0] = count
    return {
        w: SeatCounts(total=sum(by_city.values()), by_city=by_city)
        for w, by_city in by_workshop.items()
    }


async def create(
    conn: aiosqlite.Connection,
    workshop_id: int,
    user_id: int,
    city_id: int | None,
    status: RegistrationStatus,
    code: str,
    answers: Sequence[tuple[int, str]],
    now: datetime,
) -> int:
    registration_id = await new_id(
        conn,
        "INSERT INTO registrations (workshop_id, user_id, city_id, status, check_in_code,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (workshop_id, user_id, city_id, status.value, code, now.isoformat(), now.isoformat()),
    )
    await conn.executemany(
        "INSERT INTO registration_answers (registration_id, position, answer) VALUES (?, ?, ?)",
        [(registration_id, position, answer) for position, answer in answers],
    )
    return registration_id


async def get(conn: aiosqlite.Connection, registration_id: int) -> Registration | None:
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM registrations WHERE id = ?", (registration_id,)
    ) as cur:
        row = await cur.fetchone()
    return _registration(row) if row else None


async def live_for(
    conn: aiosqlite.Connection, workshop_id: int, user_id: int
) -> Registration | None:
    """The person's registration that is not cancelled, if any."""
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM registrations WHERE workshop_id = ? AND user_id = ?"
        " AND status <> 'cancelled'",
        (workshop_id, user_id),
    ) as cur:
        row = await cur.fetchone()
    return _registration(row) if row else None


async def for_user(conn: aiosqlite.Connection, user_id: int) -> list[Registration]:
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM registrations WHERE user_id = ? AND status <> 'cancelled'"
        " ORDER BY id",
        (user_id,),
    ) as cur:
        return [_registration(r) for r in await cur.fetchall()]


async def for_workshop(
    conn: aiosqlite.Connection, workshop_id: int, statuses: Sequence[RegistrationStatus]
) -> list[Registration]:
    marks = ", ".join("?" for _ in statuses)
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM registrations WHERE workshop_id = ?"
        f" AND status IN ({marks}) ORDER BY id",
        (workshop_id, *[s.value for s in statuses]),
    ) as cur:
        return [_registration(r) for r in await cur.fetchall()]


async def waiting(conn: aiosqlite.Connection, workshop_id: int) -> list[Waiting]:
    async with conn.execute(
        "SELECT id, user_id, city_id FROM registrations WHERE workshop_id = ?"
        " AND status = 'waitlisted' ORDER BY id",
        (workshop_id,),
    ) as cur:
        return [Waiting(r[0], r[1], r[2]) for r in await cur.fetchall()]


async def waitlist_position(conn: aiosqlite.Connection, registration: Registration) -> int:
    async with conn.execute(
        "SELECT COUNT(*) FROM registrations WHERE workshop_id = ? AND status = 'waitlisted'"
        " AND id <= ?",
        (registration.workshop_id, registration.id),
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def set_status(
    conn: aiosqlite.Connection,
    registration_id: int,
    status: RegistrationStatus,
    now: datetime,
    *,
    offer_expires_at: datetime | None = None,
) -> None:
    await conn.execute(
        "UPDATE registrations SET status = ?, offer_expires_at = ?, updated_at = ? WHERE id = ?",
        (
            status.value,
            offer_expires_at.isoformat() if offer_expires_at else None,
            now.isoformat(),
            registration_id,
        ),
    )


async def by_code(conn: aiosqlite.Connection, workshop_id: int, code: str) -> Registration | None:
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM registrations WHERE workshop_id = ? AND check_in_code = ?",
        (workshop_id, code),
    ) as cur:
        row = await cur.fetchone()
    return _registration(row) if row else None


async def code_taken(conn: aiosqlite.Connection, workshop_id: int, code: str) -> bool:
    return await by_code(conn, workshop_id, code) is not None


async def answers(conn: aiosqlite.Connection, registration_id: int) -> dict[int, str]:
    async with conn.execute(
        "SELECT position, answer FROM registration_answers WHERE registration_id = ?",
        (registration_id,),
    ) as cur:
        return {r[0]: r[1] for r in await cur.fetchall()}


async def attended_kickoffs(
    conn: aiosqlite.Connection, workshop_id: int
) -> list[tuple[int, int | None]]:
    """(user id, city id) of everyone who attended this workshop."""
    async with conn.execute(
        "SELECT user_id, city_id FROM registrations WHERE workshop_id = ? AND status = 'attended'"
        " ORDER BY id",
        (workshop_id,),
    ) as cur:
        return [(r[0], r[1]) for r in await cur.fetchall()]


async def save_feedback(
    conn: aiosqlite.Connection,
    registration_id: int,
    rating: int | None,
    comment: str | None,
    now: datetime,
) -> None:
    await conn.execute(
        "INSERT INTO workshop_feedback (registration_id, rating, comment, created_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (registration_id) DO UPDATE SET"
        " rating = COALESCE(excluded.rating, workshop_feedback.rating),"
        " comment = COALESCE(excluded.comment, workshop_feedback.comment)",
        (registration_id, rating, comment, now.isoformat()),
    )


async def feedback(
    conn: aiosqlite.Connection, registration_id: int
) -> tuple[int | None, str | None]:
    async with conn.execute(
        "SELECT rating, comment FROM workshop_feedback WHERE registration_id = ?",
        (registration_id,),
    ) as cur:
        row = await cur.fetchone()
    return (row[0], row[1]) if row else (None, None)
