"""Per-user dialog state and deep links waiting for onboarding to finish."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, TypeVar

import aiosqlite

from bot.domain.dialogs import Dialog, decode, encode

D = TypeVar("D", bound=Dialog)


async def get_state(conn: aiosqlite.Connection, user_id: int) -> tuple[str, dict[str, Any]] | None:
    async with conn.execute(
        "SELECT kind, data FROM dialog_states WHERE user_id = ?", (user_id,)
    ) as cur:
        row = await cur.fetchone()
    return (row["kind"], json.loads(row["data"])) if row else None


async def data_of(conn: aiosqlite.Connection, user_id: int, kind: str) -> dict[str, Any] | None:
    """The dialog's data while the person is in a dialog of `kind`; None otherwise."""
    state = await get_state(conn, user_id)
    return state[1] if state is not None and state[0] == kind else None


async def get_dialog(conn: aiosqlite.Connection, user_id: int) -> Dialog | None:
    """The person's dialog as its dataclass (None: none, or one of an unknown kind)."""
    state = await get_state(conn, user_id)
    return None if state is None else decode(*state)


async def dialog_of(conn: aiosqlite.Connection, user_id: int, kind: type[D]) -> D | None:
    """The person's dialog while it is of `kind`; None otherwise."""
    dialog = await get_dialog(conn, user_id)
    return dialog if isinstance(dialog, kind) else None


async def set_dialog(
    conn: aiosqlite.Connection, user_id: int, dialog: Dialog, now: datetime
) -> None:
    await set_state(conn, user_id, *encode(dialog), now)


async def set_state(
    conn: aiosqlite.Connection, user_id: int, kind: str, data: dict[str, Any], now: datetime
) -> None:
    await conn.execute(
        "INSERT INTO dialog_states (user_id, kind, data, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (user_id) DO UPDATE SET kind = excluded.kind, data = excluded.data,"
        " updated_at = excluded.updated_at",
        (user_id, kind, json.dumps(data, ensure_ascii=False), now.isoformat()),
    )


async def clear_state(conn: aiosqlite.Connection, user_id: int) -> None:
    await conn.execute("DELETE FROM dialog_states WHERE user_id = ?", (user_id,))


async def clear_kind(conn: aiosqlite.Connection, user_id: int, kind: str) -> None:
    """End the person's dialog if it is of `kind` (another one they are in stays)."""
    await conn.execute("DELETE FROM dialog_states WHERE user_id = ? AND kind = ?", (user_id, kind))


async def set_pending_deeplink(
    conn: aiosqlite.Connection, user_id: int, payload: str, now: datetime
) -> None:
    await conn.execute(
        "INSERT INTO pending_deeplinks (user_id, payload, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT (user_id) DO UPDATE SET payload = excluded.payload,"
        " created_at = excluded.created_at",
        (user_id, payload, now.isoformat()),
    )


async def pop_pending_deeplink(conn: aiosqlite.Connection, user_id: int) -> str | None:
    async with conn.execute(
        "SELECT payload FROM pending_deeplinks WHERE user_id = ?", (user_id,)
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        return None
    await conn.execute("DELETE FROM pending_deeplinks WHERE user_id = ?", (user_id,))
    return str(row[0])


async def peek_pending_deeplink(conn: aiosqlite.Connection, user_id: int) -> str | None:
    async with conn.execute(
        "SELECT payload FROM pending_deeplinks WHERE user_id = ?", (user_id,)
    ) as cur:
        row = await cur.fetchone()
    return str(row[0]) if row else None
