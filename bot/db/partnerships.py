"""Partnerships with their cities and themes."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db.codec import names_from_sql, names_to_sql
from bot.db.dialect import new_id
from bot.db.memo import remembered
from bot.domain.partnerships import City, Partnership, PartnershipDraft, Theme
from bot.domain.texts import LocalizedName


async def create(
    conn: aiosqlite.Connection, draft: PartnershipDraft, created_by: int | None, now: datetime
) -> int:
    assert draft.name is not None
    partnership_id = await new_id(
        conn,
        "INSERT INTO partnerships (names, created_by, created_at) VALUES (?, ?, ?)",
        (names_to_sql(draft.name), created_by, now.isoformat()),
    )
    await conn.executemany(
        "INSERT INTO cities (partnership_id, names, time_zone, position) VALUES (?, ?, ?, ?)",
        [
            (partnership_id, names_to_sql(c.name), c.time_zone, i)
            for i, c in enumerate(draft.cities)
        ],
    )
    await add_themes(conn, partnership_id, draft.themes)
    return partnership_id


async def add_themes(
    conn: aiosqlite.Connection, partnership_id: int, themes: list[LocalizedName]
) -> None:
    async with conn.execute(
        "SELECT COALESCE(MAX(position), -1) FROM themes WHERE partnership_id = ?",
        (partnership_id,),
    ) as cur:
        row = await cur.fetchone()
    start = (row[0] if row else -1) + 1
    await conn.executemany(
        "INSERT INTO themes (partnership_id, names, position) VALUES (?, ?, ?)",
        [(partnership_id, names_to_sql(t), start + i) for i, t in enumerate(themes)],
    )


_TABLES = ("partnerships", "cities", "themes")


async def get(conn: aiosqlite.Connection, partnership_id: int) -> Partnership | None:
    async def load() -> Partnership | None:
        async with conn.execute(
            "SELECT id, names FROM partnerships WHERE id = ?", (partnership_id,)
        ) as cur:
            row = await cur.fetchone()
        return await _complete(conn, row) if row else None

    return await remembered(conn, ("partnership", partnership_id), _TABLES, load)


async def list_all(conn: aiosqlite.Connection) -> list[Partnership]:
    # Not remembered: it is read rarely, and this way a partnership added with
    # `twincity-bot seed-demo` while the bot runs shows up at once.
    async with conn.execute("SELECT id, names FROM partnerships ORDER BY id") as cur:
        rows = await cur.fetchall()
    return [await _complete(conn, row) for row in rows]


async def _complete(conn: aiosqlite.Connection, row: aiosqlite.Row) -> Partnership:
    pid = row["id"]
    async with conn.execute(
        "SELECT id, names, time_zone FROM cities WHERE partnership_id = ? ORDER BY position, id",
        (pid,),
    ) as cur:
        cities = tuple(
            City(r["id"], pid, names_from_sql(r["names"]), r["time_zone"])
            for r in await cur.fetchall()
        )
    async with conn.execute(
        "SELECT id, names FROM themes WHERE partnership_id = ? ORDER BY position, id", (pid,)
    ) as cur:
        themes = tuple(
            Theme(r["id"], pid, names_from_sql(r["names"])) for r in await cur.fetchall()
        )
    return Partnership(pid, names_from_sql(row["names"]), cities, themes)
