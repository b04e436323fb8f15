"""Erasing a person: every row that holds their Telegram id."""

from __future__ import annotations

import aiosqlite


async def erase_person(conn: aiosqlite.Connection, user_id: int) -> None:
    await conn.execute("DELETE FROM participants WHERE user_id = ?", (user_id,))
    await conn.execute("DELETE FROM roles WHERE user_id = ?", (user_id,))
    await conn.execute("DELETE FROM dialog_states WHERE user_id = ?", (user_id,))
    await conn.execute("DELETE FROM pending_deeplinks WHERE user_id = ?", (user_id,))
    await conn.execute(
        "DELETE FROM invitations WHERE created_by = ? AND used_by IS NULL", (user_id,)
    )
    await conn.execute("UPDATE invitations SET used_by = NULL WHERE used_by = ?", (user_id,))
    await conn.execute("UPDATE roles SET granted_by = NULL WHERE granted_by = ?", (user_id,))
    await conn.execute("UPDATE partnerships SET created_by = NULL WHERE created_by = ?", (user_id,))
