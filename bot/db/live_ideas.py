"""The live-ideas family's rows: which ideas a wall holds (live_ideas), +1 from the chat
(live_votes) and the moderators' log. The ideas themselves are ordinary rows (bot/db/ideas)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db.codec import time_to_sql
from bot.domain.live_wall import ModerationAction, WallStatus

_ENTRY = "SELECT idea_id, room_id, event_id, wall_status, changed_in FROM live_ideas"


@dataclass(frozen=True)
class WallEntry:
    """One idea's place on the walls of an event."""

    idea_id: int
    room_id: int
    event_id: int
    status: WallStatus
    changed_in: int


@dataclass(frozen=True)
class Plus:
    """The +1 an idea has: how many, from which cities, and whether the reader gave one."""

    count: int
    cities: tuple[int | None, ...]
    mine: bool


@dataclass(frozen=True)
class LogStep:
    idea_id: int
    moderator_id: int | None
    action: ModerationAction
    reason: str | None
    other_idea_id: int | None


def _entry(row: aiosqlite.Row) -> WallEntry:
    return WallEntry(row[0], row[1], row[2], WallStatus(row[3]), row[4])


# ------------------------------------------------------------------ the walls' ideas
async def add(
    conn: aiosqlite.Connection,
    entry: WallEntry,
    now: datetime,
) -> None:
    shown = time_to_sql(now) if entry.status is WallStatus.SHOWN else None
    await conn.execute(
        "INSERT INTO live_ideas (idea_id, room_id, event_id, wall_status, submitted_at,"
        " shown_at, changed_in) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            entry.idea_id,
            entry.room_id,
            entry.event_id,
            entry.status.value,
            time_to_sql(now),
            shown,
            entry.changed_in,
        ),
    )


async def entry(conn: aiosqlite.Connection, idea_id: int) -> WallEntry | None:
    async with conn.execute(f"{_ENTRY} WHERE idea_id = ?", (idea_id,)) as cur:
        row = await cur.fetchone()
    return _entry(row) if row else None


async def set_status(
    conn: aiosqlite.Connection, idea_id: int, status: WallStatus, version: int, now: datetime
) -> None:
    """A step of the walls: shown_at is set the first time the idea is shown."""
    await conn.execute(
        "UPDATE live_ideas SET wall_status = ?, changed_in = ?,"
        " shown_at = CASE WHEN ? = 'shown' THEN COALESCE(shown_at, ?) ELSE shown_at END"
        " WHERE idea_id = ?",
        (status.value, version, status.value, time_to_sql(now), idea_id),
    )


async def touch(conn: aiosqlite.Connection, idea_id: int, version: int) -> None:
    """Something the walls show of this idea changed (a translation, its +1)."""
    await conn.execute("UPDATE live_ideas SET changed_in = ? WHERE idea_id = ?", (version, idea_id))


async def of_room(
    conn: aiosqlite.Connection, room_id: int, statuses: Sequence[WallStatus]
) -> list[WallEntry]:
    marks = ", ".join("?" for _ in statuses)
    async with conn.execute(
        f"{_ENTRY} WHERE room_id = ? AND wall_status IN ({marks}) ORDER BY submitted_at, idea_id",
        (room_id, *(s.value for s in statuses)),
    ) as cur:
        return [_entry(r) for r in await cur.fetchall()]


async def of_event(
    conn: aiosqlite.Connection, event_id: int, statuses: Sequence[WallStatus]
) -> list[WallEntry]:
    marks = ", ".join("?" for _ in statuses)
    async with conn.execute(
        f"{_ENTRY} WHERE event_id = ? AND wall_status IN ({marks}) ORDER BY submitted_at, idea_id",
        (event_id, *(s.value for s in statuses)),
    ) as cur:
        return [_entry(r) for r in await cur.fetchall()]


# ------------------------------------------------------------------ +1
async def add_vote(
    conn: aiosqlite.Connection, idea_id: int, user_id: int, city_id: int | None, now: datetime
) -> bool:
    cur = await conn.execute(
        "INSERT INTO live_votes (idea_id, user_id, city_id, created_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (idea_id, user_id, city_id, time_to_sql(now)),
    )
    return cur.rowcount == 1


async def remove_vote(conn: aiosqlite.Connection, idea_id: int, user_id: int) -> bool:
    cur = await conn.execute(
        "DELETE FROM live_votes WHERE idea_id = ? AND user_id = ?", (idea_id, user_id)
    )
    return cur.rowcount == 1


async def plus_of(
    conn: aiosqlite.Connection, idea_ids: Sequence[int], reader_id: int = 0
) -> dict[int, Plus]:
    """The +1 of each idea (ideas without any are left out)."""
    if not idea_ids:
        return {}
    marks = ", ".join("?" for _ in idea_ids)
    async with conn.execute(
        f"SELECT idea_id, user_id, city_id FROM live_votes WHERE idea_id IN ({marks})",
        list(idea_ids),
    ) as cur:
        rows = await cur.fetchall()
    found: dict[int, list[tuple[int, int | None]]] = {}
    for idea_id, user_id, city_id in rows:
        found.setdefault(idea_id, []).append((user_id, city_id))
    return {
        idea_id: Plus(
            len(votes),
            tuple(city for _, city in votes),
            any(user == reader_id for user, _ in votes),
        )
        for idea_id, votes in found.items()
    }


async def move_votes(conn: aiosqlite.Connection, source_id: int, target_id: int) -> None:
    """A duplicate's +1 join the idea it was merged into; who gave both keeps one."""
    await conn.execute(
        "INSERT INTO live_votes (idea_id, user_id, city_id, created_at)"
        " SELECT ?, user_id, city_id, created_at FROM live_votes WHERE idea_id = ?"
        " ON CONFLICT DO NOTHING",
        (target_id, source_id),
    )
    await conn.execute("DELETE FROM live_votes WHERE idea_id = ?", (source_id,))


# ------------------------------------------------------------------ the moderators' log
async def log(
    conn: aiosqlite.Connection,
    event_id: int,
    idea_id: int,
    moderator_id: int,
    action: ModerationAction,
    now: datetime,
    *,
    reason: str | None = None,
    other_idea_id: int | None = None,
) -> None:
    await conn.execute(
        "INSERT INTO live_moderation_log (event_id, idea_id, moderator_id, action, reason,"
        " other_idea_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (event_id, idea_id, moderator_id, action.value, reason, other_idea_id, time_to_sql(now)),
    )


async def log_of(conn: aiosqlite.Connection, event_id: int) -> list[LogStep]:
    async with conn.execute(
        "SELECT idea_id, moderator_id, action, reason, other_idea_id FROM live_moderation_log"
        " WHERE event_id = ? ORDER BY id",
        (event_id,),
    ) as cur:
        return [
            LogStep(r[0], r[1], ModerationAction(r[2]), r[3], r[4]) for r in await cur.fetchall()
        ]
