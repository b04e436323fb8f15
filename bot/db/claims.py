"""Claims shared by several processes on PostgreSQL: session advisory locks.

A session lock is held by one connection until it is released or the connection ends, and
PostgreSQL ends it when the process dies (the kernel closes the socket, the server notices at
once): a SIGKILLed worker's claims are free again without waiting for an expiry. Roles (the
one poller, the one sender) use one-key locks; a worker's claim on a chat's turn uses the
two-key space (namespace, MOD(chat id, 2³¹−1): a chat id has up to 52 bits). Two chats
folding onto the same key only take turns with each other: slower, never wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

POLLER_LOCK = 0x7C17_0010  # the process fetching getUpdates (Telegram allows one)
SENDER_LOCK = 0x7C17_0011  # the process draining the outbox: the bot token's one pace
TURNS = 0x7C18  # namespace of the chats' turns (two-key advisory locks)
FOLD = 2_147_483_647


async def try_role(conn: Any, key: int) -> bool:
    """Take a role's lock if it is free (never waits)."""
    async with conn.execute("SELECT pg_try_advisory_lock(CAST(? AS BIGINT))", (key,)) as cur:
        row = await cur.fetchone()
    return bool(row[0])


async def take_turns(conn: Any, turns: Sequence[int]) -> list[int]:
    """Try each chat's turn lock in one round trip; return the turns taken (the others are
    another worker's)."""
    if not turns:
        return []
    async with conn.execute(
        "SELECT t, pg_try_advisory_lock(CAST(? AS INTEGER), CAST(MOD(t, ?) AS INTEGER))"
        " FROM unnest(CAST(? AS BIGINT[])) AS t",
        (TURNS, FOLD, list(turns)),
    ) as cur:
        return [int(r[0]) for r in await cur.fetchall() if r[1]]


async def give_turn(conn: Any, turn: int) -> None:
    """Release a chat's turn (its updates taken so far are marked done)."""
    await conn.execute(
        "SELECT pg_advisory_unlock(CAST(? AS INTEGER), CAST(MOD(CAST(? AS BIGINT), ?) AS INTEGER))",
        (TURNS, turn, FOLD),
    )
