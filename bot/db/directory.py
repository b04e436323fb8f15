"""The directory's actors (migration 0025) and which partnerships have a directory profile."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.domain.directory import DirectoryActor, DirectoryMessage

_COLUMNS = (
    "id, partnership_id, kind, name, city, country, description, description_language,"
    " contact_user_id, contact_agreed_at, created_by, created_at, reviewed_at, review_asked_at"
)


async def profiled_partnerships(conn: aiosqlite.Connection, network_id: int) -> list[int]:
    """Partnerships whose organisers wrote a directory profile (the others are not listed)."""
    async with conn.execute(
        "SELECT partnership_id FROM partnership_profiles WHERE network_id = ?"
        " ORDER BY partnership_id",
        (network_id,),
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def create_actor(
    conn: aiosqlite.Connection, actor: DirectoryActor, org_agreed: bool, now: datetime
) -> int:
    actor_id = await new_id(
        conn,
        "INSERT INTO directory_actors (partnership_id, kind, name, city, country, description,"
        " description_language, contact_user_id, contact_agreed_at, org_agreed_at, created_by,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            actor.partnership_id,
            actor.kind,
            actor.name,
            actor.city,
            actor.country,
            actor.description,
            actor.description_language,
            actor.contact_user_id,
            time_to_sql(actor.contact_agreed_at),
            time_to_sql(now) if org_agreed else None,
            actor.created_by,
            time_to_sql(now),
        ),
    )
    await _set_topics(conn, actor_id, actor.topics)
    return actor_id


async def update_actor(conn: aiosqlite.Connection, actor: DirectoryActor) -> None:
    """An organiser's edit: what the card shows (not the contact, not the review dates)."""
    await conn.execute(
        "UPDATE directory_actors SET kind = ?, name = ?, city = ?, country = ?, description = ?,"
        " description_language = ? WHERE id = ?",
        (
            actor.kind,
            actor.name,
            actor.city,
            actor.country,
            actor.description,
            actor.description_language,
            actor.id,
        ),
    )
    await _set_topics(conn, actor.id, actor.topics)


async def _set_topics(conn: aiosqlite.Connection, actor_id: int, topics: tuple[str, ...]) -> None:
    await conn.execute("DELETE FROM directory_actor_topics WHERE actor_id = ?", (actor_id,))
    await conn.executemany(
        "INSERT INTO directory_actor_topics (actor_id, topic) VALUES (?, ?)",
        [(actor_id, t) for t in topics],
    )


async def delete_actor(conn: aiosqlite.Connection, actor_id: int) -> None:
    await conn.execute("DELETE FROM directory_actors WHERE id = ?", (actor_id,))


async def get_actor(conn: aiosqlite.Connection, actor_id: int) -> DirectoryActor | None:
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM directory_actors WHERE id = ?", (actor_id,)
    ) as cur:
        row = await cur.fetchone()
    return (await _actors(conn, [row]))[0] if row else None


async def actors_of(conn: aiosqlite.Connection, partnership_ids: list[int]) -> list[DirectoryActor]:
    """The actors the given partnerships listed, by name."""
    if not partnership_ids:
        return []
    marks = ",".join("?" * len(partnership_ids))
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM directory_actors WHERE partnership_id IN ({marks})"
        " ORDER BY lower(name), id",
        partnership_ids,
    ) as cur:
        rows = list(await cur.fetchall())
    return await _actors(conn, rows)


async def _actors(
    conn: aiosqlite.Connection, rows: Sequence[aiosqlite.Row]
) -> list[DirectoryActor]:
    ids = [r[0] for r in rows]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    topics: dict[int, list[str]] = {i: [] for i in ids}
    async with conn.execute(
        f"SELECT actor_id, topic FROM directory_actor_topics WHERE actor_id IN ({marks})"
        " ORDER BY topic",
        ids,
    ) as cur:
        for actor_id, topic in await cur.fetchall():
            topics[actor_id].append(topic)
    return [
        DirectoryActor(
            id=r[0],
            partnership_id=r[1],
            kind=r[2],
            name=r[3],
            city=r[4],
            country=r[5],
            description=r[6],
            description_language=r[7],
            topics=tuple(topics[r[0]]),
            contact_user_id=r[8],
            contact_agreed_at=time_from_sql(r[9]),
            created_by=r[10],
            created_at=time_from_sql(r[11]),
            reviewed_at=time_from_sql(r[12]),
            review_asked_at=time_from_sql(r[13]),
        )
        for r in rows
    ]


# ------------------------------------------------------------------ messages to contacts
async def open_message(
    conn: aiosqlite.Connection, sender_id: int, contact_id: int, since: datetime
) -> bool:
    """The reader wrote to this contact since `since` and has no answer yet."""
    async with conn.execute(
        "SELECT 1 FROM directory_messages WHERE sender_id = ? AND contact_id = ?"
        " AND replied_at IS NULL AND sent_at >= ?",
        (sender_id, contact_id, time_to_sql(since)),
    ) as cur:
        return await cur.fetchone() is not None


async def record_message(conn: aiosqlite.Connection, message: DirectoryMessage) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO directory_messages (sender_id, contact_id, entry_kind, entry_id, sent_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            message.sender_id,
            message.contact_id,
            message.entry_kind,
            message.entry_id,
            time_to_sql(message.sent_at),
        ),
    )
    return row_id


async def get_message(conn: aiosqlite.Connection, message_id: int) -> DirectoryMessage | None:
    async with conn.execute(
        "SELECT id, sender_id, contact_id, entry_kind, entry_id, sent_at, replied_at"
        " FROM directory_messages WHERE id = ?",
        (message_id,),
    ) as cur:
        r = await cur.fetchone()
    if r is None:
        return None
    sent = time_from_sql(r[5])
    assert sent is not None
    return DirectoryMessage(r[0], r[1], r[2], r[3], r[4], sent, time_from_sql(r[6]))


async def mark_replied(conn: aiosqlite.Connection, message_id: int, now: datetime) -> bool:
    """True for the one answer; a second press finds it answered."""
    cur = await conn.execute(
        "UPDATE directory_messages SET replied_at = ? WHERE id = ? AND replied_at IS NULL",
        (time_to_sql(now), message_id),
    )
    return cur.rowcount == 1


# ------------------------------------------------------------------ yearly review
async def set_actor_review(
    conn: aiosqlite.Connection,
    actor_id: int,
    *,
    asked: datetime | None = None,
    reviewed: datetime | None = None,
) -> None:
    if asked is not None:
        await conn.execute(
            "UPDATE directory_actors SET review_asked_at = ? WHERE id = ?",
            (time_to_sql(asked), actor_id),
        )
    if reviewed is not None:
        await conn.execute(
            "UPDATE directory_actors SET reviewed_at = ? WHERE id = ?",
            (time_to_sql(reviewed), actor_id),
        )


async def drop_actor_contact(conn: aiosqlite.Connection, actor_id: int) -> None:
    """The contact leaves: the entry stays only where the organisation itself agreed to be
    listed (org_agreed_at); otherwise it rested on this person's consent and goes."""
    await conn.execute(
        "DELETE FROM directory_actors WHERE id = ? AND org_agreed_at IS NULL", (actor_id,)
    )
    await conn.execute(
        "UPDATE directory_actors SET contact_user_id = NULL, contact_agreed_at = NULL WHERE id = ?",
        (actor_id,),
    )


async def all_actors(conn: aiosqlite.Connection) -> list[DirectoryActor]:
    async with conn.execute(f"SELECT {_COLUMNS} FROM directory_actors ORDER BY id") as cur:
        rows = list(await cur.fetchall())
    return await _actors(conn, rows)
