"""One-time invitation tokens."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db.codec import time_from_sql
from bot.domain.invitations import Invitation
from bot.domain.roles import Role


async def create(conn: aiosqlite.Connection, invitation: Invitation, now: datetime) -> None:
    await conn.execute(
        "INSERT INTO invitations (token, partnership_id, role, created_by, created_at,"
        " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
        (
            invitation.token,
            invitation.partnership_id,
            invitation.role.value,
            invitation.created_by,
            now.isoformat(),
            invitation.expires_at.isoformat(),
        ),
    )


async def get(conn: aiosqlite.Connection, token: str) -> Invitation | None:
    async with conn.execute(
        "SELECT token, partnership_id, role, created_by, expires_at, used_by"
        " FROM invitations WHERE token = ?",
        (token,),
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        return None
    expires_at = time_from_sql(row["expires_at"])
    assert expires_at is not None
    return Invitation(
        token=row["token"],
        partnership_id=row["partnership_id"],
        role=Role(row["role"]),
        created_by=row["created_by"],
        expires_at=expires_at,
        used_by=row["used_by"],
    )


async def mark_used(conn: aiosqlite.Connection, token: str, user_id: int, now: datetime) -> bool:
    """Claim the token; False when someone else claimed it first."""
    cur = await conn.execute(
        "UPDATE invitations SET used_by = ?, used_at = ? WHERE token = ? AND used_by IS NULL",
        (user_id, now.isoformat(), token),
    )
    return cur.rowcount == 1
