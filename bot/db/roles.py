"""Organiser and coach roles per partnership."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db.memo import remembered
from bot.domain.roles import Role


async def for_user(conn: aiosqlite.Connection, user_id: int) -> frozenset[tuple[int, Role]]:
    async def load() -> frozenset[tuple[int, Role]]:
        async with conn.execute(
            "SELECT partnership_id, role FROM roles WHERE user_id = ?", (user_id,)
        ) as cur:
            return frozenset((r[0], Role(r[1])) for r in await cur.fetchall())

    return await remembered(conn, ("roles", user_id), ("roles",), load)


async def grant(
    conn: aiosqlite.Connection,
    user_id: int,
    partnership_id: int,
    role: Role,
    granted_by: int | None,
    now: datetime,
) -> None:
    await conn.execute(
        "INSERT INTO roles (user_id, partnership_id, role, granted_by, granted_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (user_id, partnership_id, role.value, granted_by, now.isoformat()),
    )


async def holders(conn: aiosqlite.Connection, partnership_id: int, role: Role) -> list[int]:
    """Who holds a role in a partnership (organisers are told of every new idea or sign-up)."""

    async def load() -> tuple[int, ...]:
        async with conn.execute(
            "SELECT user_id FROM roles WHERE partnership_id = ? AND role = ? ORDER BY user_id",
            (partnership_id, role.value),
        ) as cur:
            return tuple(r[0] for r in await cur.fetchall())

    return list(await remembered(conn, ("holders", partnership_id, role), ("roles",), load))
