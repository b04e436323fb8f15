"""Workshops with their city quotas and sign-up questions."""

from __future__ import annotations

import json
from datetime import datetime

import aiosqlite

from bot.db.codec import names_from_sql, names_to_sql, time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.db.memo import remembered
from bot.domain.texts import LocalizedName
from bot.domain.workshops import (
    Question,
    QuestionKind,
    Workshop,
    WorkshopKind,
    WorkshopStatus,
)

_COLUMNS = (
    "id, partnership_id, kind, status, title, description, city_id, address, online_link,"
    " starts_at, ends_at, time_zone, capacity, registration_deadline, reminder_hours, created_by,"
    " (SELECT names FROM cities WHERE cities.id = workshops.city_id) AS venue_city"
)


async def save(conn: aiosqlite.Connection, w: Workshop, now: datetime) -> int:
    """Insert (id 0) or update the workshop with its quotas and questions; return its id."""
    values = (
        w.partnership_id,
        w.kind.value,
        w.status.value,
        names_to_sql(w.title),
        names_to_sql(w.description) if w.description else None,
        w.city_id,
        w.address,
        w.online_link,
        time_to_sql(w.starts_at),
        time_to_sql(w.ends_at),
        w.time_zone,
        w.capacity,
        time_to_sql(w.registration_deadline),
        json.dumps(list(w.reminder_hours)),
        w.created_by,
    )
    if w.id == 0:
        workshop_id = await new_id(
            conn,
            "INSERT INTO workshops (partnership_id, kind, status, title, description, city_id,"
            " address, online_link, starts_at, ends_at, time_zone, capacity,"
            " registration_deadline, reminder_hours, created_by, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, now.isoformat(), now.isoformat()),
        )
    else:
        workshop_id = w.id
        await conn.execute(
            "UPDATE workshops SET partnership_id = ?, kind = ?, status = ?, title = ?,"
            " description = ?, city_id = ?, address = ?, online_link = ?, starts_at = ?,"
            " ends_at = ?, time_zone = ?, capacity = ?, registration_deadline = ?,"
            " reminder_hours = ?, created_by = ?, updated_at = ? WHERE id = ?",
            (*values, now.isoformat(), workshop_id),
        )
    await conn.execute("DELETE FROM workshop_city_quotas WHERE workshop_id = ?", (workshop_id,))
    await conn.executemany(
        "INSERT INTO workshop_city_quotas (workshop_id, city_id, seats) VALUES (?, ?, ?)",
        [(workshop_id, city, seats) for city, seats in sorted(w.city_quotas.items())],
    )
    await conn.execute("DELETE FROM workshop_questions WHERE workshop_id = ?", (workshop_id,))
    await conn.executemany(
        "INSERT INTO workshop_questions (workshop_id, position, kind, required, builtin, text,"
        " choices) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                workshop_id,
                q.position,
                q.kind.value,
                int(q.required),
                q.builtin,
                names_to_sql(q.text) if q.text else None,
                json.dumps([c.to_dict() for c in q.choices], ensure_ascii=False),
            )
            for q in w.questions
        ],
    )
    return workshop_id


async def set_status(
    conn: aiosqlite.Connection, workshop_id: int, status: WorkshopStatus, now: datetime
) -> None:
    await conn.execute(
        "UPDATE workshops SET status = ?, updated_at = ? WHERE id = ?",
        (status.value, now.isoformat(), workshop_id),
    )


async def get(conn: aiosqlite.Connection, workshop_id: int) -> Workshop | None:
    async def load() -> Workshop | None:
        async with conn.execute(
            f"SELECT {_COLUMNS} FROM workshops WHERE id = ?", (workshop_id,)
        ) as cur:
            row = await cur.fetchone()
        return await _complete(conn, row) if row else None

    return await remembered(
        conn, ("workshop", workshop_id), ("workshops", "cities", *_DETAILS), load
    )


async def list_for_partnership(
    conn: aiosqlite.Connection,
    partnership_id: int,
    *,
    statuses: tuple[WorkshopStatus, ...],
    ending_after: datetime,
) -> list[Workshop]:
    marks = ", ".join("?" for _ in statuses)
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM workshops WHERE partnership_id = ? AND status IN ({marks})"
        " AND ends_at > ? ORDER BY starts_at, id",
        (partnership_id, *[s.value for s in statuses], time_to_sql(ending_after)),
    ) as cur:
        rows = await cur.fetchall()
    return [await _complete(conn, row) for row in rows]


_DETAILS = ("workshop_city_quotas", "workshop_questions")


async def _complete(conn: aiosqlite.Connection, row: aiosqlite.Row) -> Workshop:
    workshop_id = row["id"]
    quotas, questions = await remembered(
        conn, ("workshop-details", workshop_id), _DETAILS, lambda: _details(conn, workshop_id)
    )
    starts_at = time_from_sql(row["starts_at"])
    ends_at = time_from_sql(row["ends_at"])
    assert starts_at is not None and ends_at is not None
    return Workshop(
        id=workshop_id,
        partnership_id=row["partnership_id"],
        kind=WorkshopKind(row["kind"]),
        status=WorkshopStatus(row["status"]),
        title=names_from_sql(row["title"]),
        description=names_from_sql(row["description"]) if row["description"] else None,
        city_id=row["city_id"],
        address=row["address"],
        online_link=row["online_link"],
        starts_at=starts_at,
        ends_at=ends_at,
        time_zone=row["time_zone"],
        capacity=row["capacity"],
        city_quotas=quotas,
        registration_deadline=time_from_sql(row["registration_deadline"]),
        reminder_hours=tuple(json.loads(row["reminder_hours"])),
        questions=questions,
        created_by=row["created_by"],
        venue_city=names_from_sql(row["venue_city"]) if row["venue_city"] else None,
    )


async def _details(
    conn: aiosqlite.Connection, workshop_id: int
) -> tuple[dict[int, int], tuple[Question, ...]]:
    async with conn.execute(
        "SELECT city_id, seats FROM workshop_city_quotas WHERE workshop_id = ?", (workshop_id,)
    ) as cur:
        quotas = {r[0]: r[1] for r in await cur.fetchall()}
    async with conn.execute(
        "SELECT position, kind, required, builtin, text, choices FROM workshop_questions"
        " WHERE workshop_id = ? ORDER BY position",
        (workshop_id,),
    ) as cur:
        questions = tuple(
            Question(
                position=r["position"],
                kind=QuestionKind(r["kind"]),
                required=bool(r["required"]),
                builtin=r["builtin"],
                text=names_from_sql(r["text"]) if r["text"] else None,
                choices=tuple(LocalizedName(c) for c in json.loads(r["choices"])),
            )
            for r in await cur.fetchall()
        )
    return quotas, questions


async def record_alert(
    conn: aiosqlite.Connection, workshop_id: int, percent: int, now: datetime
) -> bool:
    """Remember that the seat alert was sent; False when it had been sent already."""
    cur = await conn.execute(
        "INSERT INTO workshop_alerts (workshop_id, percent, sent_at) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (workshop_id, percent, now.isoformat()),
    )
    return cur.rowcount == 1
