"""Votes; every change keeps ideas.vote_count equal to the number of votes, in one transaction."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db.codec import time_to_sql


async def used(conn: aiosqlite.Connection, user_id: int, partnership_id: int) -> int:
    async with conn.execute(
        "SELECT COUNT(*) FROM votes WHERE user_id = ? AND partnership_id = ?",
        (user_id, partnership_id),
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def has_voted(conn: aiosqlite.Connection, idea_id: int, user_id: int) -> bool:
    async with conn.execute(
        "SELECT 1 FROM votes WHERE idea_id = ? AND user_id = ?", (idea_id, user_id)
    ) as cur:
        return await cur.fetchone() is not None


async def voted_ideas(conn: aiosqlite.Connection, user_id: int, partnership_id: int) -> set[int]:
    async with conn.execute(
        "SELECT idea_id FROM votes WHERE user_id = ? AND partnership_id = ?",
        (user_id, partnership_id),
    ) as cur:
        return {r[0] for r in await cur.fetchall()}


async def cast(
    conn: aiosqlite.Connection, idea_id: int, user_id: int, partnership_id: int, now: datetime
) -> bool:
    cur = await conn.execute(
        "INSERT INTO votes (idea_id, user_id, partnership_id, created_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (idea_id, user_id, partnership_id, time_to_sql(now)),
    )
    if cur.rowcount == 1:
        await conn.execute("UPDATE ideas SET vote_count = vote_count + 1 WHERE id = ?", (idea_id,))
        return True
    return False


async def withdraw(conn: aiosqlite.Connection, idea_id: int, user_id: int) -> bool:
    cur = await conn.execute(
        "DELETE FROM votes WHERE idea_id = ? AND user_id = ?", (idea_id, user_id)
    )
    if cur.rowcount == 1:
        await conn.execute("UPDATE ideas SET vote_count = vote_count - 1 WHERE id = ?", (idea_id,))
        return True
    return False


async def voters(conn: aiosqlite.Connection, idea_id: int) -> list[int]:
    async with conn.execute("SELECT user_id FROM votes WHERE idea_id = ?", (idea_id,)) as cur:
        return [r[0] for r in await cur.fetchall()]


async def move(conn: aiosqlite.Connection, source_id: int, target_id: int, users: set[int]) -> None:
    """Move these voters' votes from the source idea to the target idea."""
    for user_id in sorted(users):
        await conn.execute(
            "UPDATE votes SET idea_id = ? WHERE idea_id = ? AND user_id = ?",
            (target_id, source_id, user_id),
        )
    await recount(conn, source_id)
    await recount(conn, target_id)


async def recount(conn: aiosqlite.Connection, idea_id: int) -> int:
    await conn.execute(
        "UPDATE ideas SET vote_count = (SELECT COUNT(*) FROM votes WHERE idea_id = ?) WHERE id = ?",
        (idea_id, idea_id),
    )
    async with conn.execute("SELECT vote_count FROM ideas WHERE id = ?", (idea_id,)) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0
