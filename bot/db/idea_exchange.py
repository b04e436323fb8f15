"""The idea exchange: posts (offers and needs), their machine versions, introduction requests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import inserted_id, new_id
from bot.domain.idea_exchange import IntroRequest, Post, RequestStatus, selection

_POST_COLUMNS = (
    "id, partnership_id, kind, language, title, body, topics, countries, contact_user_id,"
    " status, created_at, still_open_asked_at, still_open_at"
)
_REQUEST_COLUMNS = (
    "id, post_id, requester_id, contact_id, note, status, contact_username, requester_username"
)


def _post(row: Sequence[Any]) -> Post:
    return Post(
        id=row[0],
        partnership_id=row[1],
        kind=row[2],
        language=row[3],
        title=row[4],
        body=row[5],
        topics=selection(row[6]),
        countries=selection(row[7]),
        contact_user_id=row[8],
        status=row[9],
        created_at=_moment(row[10]),
        still_open_asked_at=time_from_sql(row[11]) if row[11] else None,
        still_open_at=time_from_sql(row[12]) if row[12] else None,
    )


def _moment(raw: str) -> datetime:
    moment = time_from_sql(raw)
    assert moment is not None
    return moment


def _request(row: Sequence[Any]) -> IntroRequest:
    return IntroRequest(*row)


# ------------------------------------------------------------------ posts
async def create_post(conn: aiosqlite.Connection, post: Post, now: datetime) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO exchange_posts (partnership_id, kind, language, title, body, topics,"
        " countries, contact_user_id, status, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
        (
            post.partnership_id,
            post.kind,
            post.language,
            post.title,
            post.body,
            ",".join(post.topics),
            ",".join(post.countries),
            post.contact_user_id,
            time_to_sql(now),
            time_to_sql(now),
        ),
    )
    return row_id


async def update_post(conn: aiosqlite.Connection, post: Post, now: datetime) -> None:
    """A changed post: its machine versions are made again from the new original."""
    await conn.execute(
        "UPDATE exchange_posts SET kind = ?, language = ?, title = ?, body = ?, topics = ?,"
        " countries = ?, updated_at = ? WHERE id = ?",
        (
            post.kind,
            post.language,
            post.title,
            post.body,
            ",".join(post.topics),
            ",".join(post.countries),
            time_to_sql(now),
            post.id,
        ),
    )
    await conn.execute("DELETE FROM exchange_translations WHERE post_id = ?", (post.id,))


async def get_post(conn: aiosqlite.Connection, post_id: int) -> Post | None:
    async with conn.execute(
        f"SELECT {_POST_COLUMNS} FROM exchange_posts WHERE id = ?", (post_id,)
    ) as cur:
        row = await cur.fetchone()
    return _post(row) if row else None


async def set_status(conn: aiosqlite.Connection, post_id: int, status: str, now: datetime) -> None:
    await conn.execute(
        "UPDATE exchange_posts SET status = ?, updated_at = ? WHERE id = ?",
        (status, time_to_sql(now), post_id),
    )


async def open_posts(
    conn: aiosqlite.Connection, topic: str, country: str, limit: int, offset: int
) -> list[Post]:
    """Open posts, newest first; a topic or a country ("" for all) narrows them. A post open
    to any country matches every country."""
    async with conn.execute(
        f"SELECT {_POST_COLUMNS} FROM exchange_posts WHERE status = 'open'"
        " AND (? = '' OR ',' || topics || ',' LIKE '%,' || ? || ',%')"
        " AND (? = '' OR countries = '' OR ',' || countries || ',' LIKE '%,' || ? || ',%')"
        " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
        (topic, topic, country, country, limit, offset),
    ) as cur:
        return [_post(r) for r in await cur.fetchall()]


async def partnership_posts(
    conn: aiosqlite.Connection, partnership_ids: Sequence[int]
) -> list[Post]:
    """Every post of these partnerships (open first, newest first)."""
    marks = ",".join("?" * len(partnership_ids))
    async with conn.execute(
        f"SELECT {_POST_COLUMNS} FROM exchange_posts WHERE partnership_id IN ({marks})"
        " ORDER BY status = 'closed', created_at DESC, id DESC",
        tuple(partnership_ids),
    ) as cur:
        return [_post(r) for r in await cur.fetchall()]


async def mark_still_open_asked(conn: aiosqlite.Connection, post_id: int, now: datetime) -> None:
    await conn.execute(
        "UPDATE exchange_posts SET still_open_asked_at = ? WHERE id = ?",
        (time_to_sql(now), post_id),
    )


async def mark_still_open(conn: aiosqlite.Connection, post_id: int, now: datetime) -> None:
    await conn.execute(
        "UPDATE exchange_posts SET still_open_at = ?, status = 'open', updated_at = ? WHERE id = ?",
        (time_to_sql(now), time_to_sql(now), post_id),
    )


# ------------------------------------------------------------------ machine versions
async def get_translation(
    conn: aiosqlite.Connection, post_id: int, language: str
) -> tuple[str, str] | None:
    async with conn.execute(
        "SELECT title, body FROM exchange_translations WHERE post_id = ? AND language = ?",
        (post_id, language),
    ) as cur:
        row = await cur.fetchone()
    return (row[0], row[1]) if row else None


async def save_translation(
    conn: aiosqlite.Connection, post_id: int, language: str, title: str, body: str
) -> None:
    await conn.execute(
        "INSERT INTO exchange_translations (post_id, language, title, body) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (post_id, language) DO UPDATE SET title = excluded.title,"
        " body = excluded.body",
        (post_id, language, title, body),
    )


# ------------------------------------------------------------------ introductions
async def create_request(
    conn: aiosqlite.Connection,
    post_id: int,
    requester_id: int,
    contact_id: int,
    note: str,
    now: datetime,
) -> int | None:
    """A new request; None when this person already asked about this post."""
    row_id = await inserted_id(
        conn,
        "INSERT INTO exchange_requests (post_id, requester_id, contact_id, note, created_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (post_id, requester_id) DO NOTHING",
        (post_id, requester_id, contact_id, note, time_to_sql(now)),
    )
    return row_id


async def get_request(conn: aiosqlite.Connection, request_id: int) -> IntroRequest | None:
    async with conn.execute(
        f"SELECT {_REQUEST_COLUMNS} FROM exchange_requests WHERE id = ?", (request_id,)
    ) as cur:
        row = await cur.fetchone()
    return _request(row) if row else None


async def request_of(
    conn: aiosqlite.Connection, post_id: int, requester_id: int
) -> IntroRequest | None:
    async with conn.execute(
        f"SELECT {_REQUEST_COLUMNS} FROM exchange_requests WHERE post_id = ? AND requester_id = ?",
        (post_id, requester_id),
    ) as cur:
        row = await cur.fetchone()
    return _request(row) if row else None


async def move_request(
    conn: aiosqlite.Connection,
    request_id: int,
    before: RequestStatus,
    after: RequestStatus,
    now: datetime,
    username: str | None = None,
) -> bool:
    """One step of the double opt-in, only from the state it answers (a second press of the
    same button changes nothing). `username` is kept for the side that agrees in this step."""
    column = {"agreed": "contact_username", "introduced": "requester_username"}.get(after)
    moment = "introduced_at" if after == "introduced" else "answered_at"
    assignments = f"status = ?, {moment} = ?" + (f", {column} = ?" if column else "")
    if after in ("declined", "withdrawn", "dropped"):  # no introduction: no usernames kept
        assignments += ", contact_username = NULL, requester_username = NULL"
    values: tuple[Any, ...] = (after, time_to_sql(now)) + ((username,) if column else ())
    cur = await conn.execute(
        f"UPDATE exchange_requests SET {assignments} WHERE id = ? AND status = ?",
        (*values, request_id, before),
    )
    return cur.rowcount == 1
