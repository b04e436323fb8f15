"""The live wall's core rows: events, their themes and rooms, moderators, room check-ins,
exchange moments. Sections per developer are marked at the end; add functions only in yours."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.domain.live_wall import (
    EventStatus,
    LiveEvent,
    LiveMoment,
    LiveRoom,
    Moderation,
    WallIdea,
)

# Joins a translation's title, description and source in one column (unit separator).
_SEPARATOR = "\x1f"

_EVENT = (
    "SELECT id, partnership_id, title, moderation, status, version, created_by, created_at,"
    " closed_at FROM live_events"
)
_ROOM = (
    "SELECT id, event_id, workshop_id, city_id, display_language, wall_token, checkin_code,"
    " position FROM live_rooms"
)


def _room(row: aiosqlite.Row) -> LiveRoom:
    return LiveRoom(
        id=row[0],
        event_id=row[1],
        workshop_id=row[2],
        city_id=row[3],
        display_language=row[4],
        wall_token=row[5],
        checkin_code=row[6],
        position=row[7],
    )


async def create_event(
    conn: aiosqlite.Connection,
    partnership_id: int,
    title: str,
    moderation: Moderation,
    created_by: int | None,
    now: datetime,
) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO live_events (partnership_id, title, moderation, created_by, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (partnership_id, title, moderation.value, created_by, time_to_sql(now)),
    )
    return row_id


async def add_room(
    conn: aiosqlite.Connection,
    event_id: int,
    workshop_id: int,
    city_id: int | None,
    display_language: str,
    wall_token: str,
    checkin_code: str,
) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO live_rooms (event_id, workshop_id, city_id, display_language, wall_token,"
        " checkin_code, position) VALUES (?, ?, ?, ?, ?, ?,"
        " (SELECT COUNT(*) FROM live_rooms WHERE event_id = ?))",
        (event_id, workshop_id, city_id, display_language, wall_token, checkin_code, event_id),
    )
    return row_id


async def set_themes(conn: aiosqlite.Connection, event_id: int, theme_ids: list[int]) -> None:
    await conn.execute("DELETE FROM live_event_themes WHERE event_id = ?", (event_id,))
    await conn.executemany(
        "INSERT INTO live_event_themes (event_id, theme_id) VALUES (?, ?)",
        [(event_id, t) for t in theme_ids],
    )


async def set_status(
    conn: aiosqlite.Connection, event_id: int, status: EventStatus, now: datetime
) -> None:
    closed = time_to_sql(now) if status is EventStatus.CLOSED else None
    await conn.execute(
        "UPDATE live_events SET status = ?, closed_at = ?, version = version + 1 WHERE id = ?",
        (status.value, closed, event_id),
    )


async def bump_version(conn: aiosqlite.Connection, event_id: int) -> int:
    """A change the walls show: call in the same transaction as the change."""
    async with conn.execute(
        "UPDATE live_events SET version = version + 1 WHERE id = ? RETURNING version", (event_id,)
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def get_event(conn: aiosqlite.Connection, event_id: int) -> LiveEvent | None:
    async with conn.execute(f"{_EVENT} WHERE id = ?", (event_id,)) as cur:
        row = await cur.fetchone()
    if row is None:
        return None
    async with conn.execute(
        "SELECT theme_id FROM live_event_themes WHERE event_id = ? ORDER BY theme_id", (event_id,)
    ) as cur:
        themes = tuple(r[0] for r in await cur.fetchall())
    async with conn.execute(f"{_ROOM} WHERE event_id = ? ORDER BY position", (event_id,)) as cur:
        rooms = tuple(_room(r) for r in await cur.fetchall())
    return LiveEvent(
        id=row[0],
        partnership_id=row[1],
        title=row[2],
        moderation=Moderation(row[3]),
        status=EventStatus(row[4]),
        version=row[5],
        created_by=row[6],
        created_at=time_from_sql(row[7]) or datetime.min,
        closed_at=time_from_sql(row[8]),
        themes=themes,
        rooms=rooms,
    )


async def room_of_workshop(conn: aiosqlite.Connection, workshop_id: int) -> LiveRoom | None:
    async with conn.execute(f"{_ROOM} WHERE workshop_id = ?", (workshop_id,)) as cur:
        row = await cur.fetchone()
    return _room(row) if row else None


async def room_by_token(conn: aiosqlite.Connection, token: str) -> LiveRoom | None:
    async with conn.execute(f"{_ROOM} WHERE wall_token = ?", (token,)) as cur:
        row = await cur.fetchone()
    return _room(row) if row else None


async def room_by_code(conn: aiosqlite.Connection, code: str) -> LiveRoom | None:
    async with conn.execute(f"{_ROOM} WHERE checkin_code = ?", (code,)) as cur:
        row = await cur.fetchone()
    return _room(row) if row else None


async def get_room(conn: aiosqlite.Connection, room_id: int) -> LiveRoom | None:
    async with conn.execute(f"{_ROOM} WHERE id = ?", (room_id,)) as cur:
        row = await cur.fetchone()
    return _room(row) if row else None


# ------------------------------------------------------------------ check-ins and moderators
async def check_in(conn: aiosqlite.Connection, room_id: int, user_id: int, now: datetime) -> bool:
    """True when the person was not checked in to this room before."""
    cur = await conn.execute(
        "INSERT INTO live_checkins (room_id, user_id, checked_in_at) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (room_id, user_id, time_to_sql(now)),
    )
    return cur.rowcount > 0


async def current_room(conn: aiosqlite.Connection, user_id: int) -> LiveRoom | None:
    """The room of a live event this person checked in to last (None outside live events)."""
    async with conn.execute(
        "SELECT r.id, r.event_id, r.workshop_id, r.city_id, r.display_language, r.wall_token,"
        " r.checkin_code, r.position FROM live_checkins c JOIN live_rooms r ON r.id = c.room_id"
        " JOIN live_events e ON e.id = r.event_id"
        " WHERE c.user_id = ? AND e.status = 'live' ORDER BY c.checked_in_at DESC, r.id DESC"
        " LIMIT 1",
        (user_id,),
    ) as cur:
        row = await cur.fetchone()
    return _room(row) if row else None


async def is_checked_in(conn: aiosqlite.Connection, room_id: int, user_id: int) -> bool:
    async with conn.execute(
        "SELECT 1 FROM live_checkins WHERE room_id = ? AND user_id = ?", (room_id, user_id)
    ) as cur:
        return await cur.fetchone() is not None


async def checked_in(conn: aiosqlite.Connection, room_id: int) -> list[int]:
    async with conn.execute(
        "SELECT user_id FROM live_checkins WHERE room_id = ? ORDER BY checked_in_at, user_id",
        (room_id,),
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def add_moderator(conn: aiosqlite.Connection, room_id: int, user_id: int) -> None:
    await conn.execute(
        "INSERT INTO live_moderators (room_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        (room_id, user_id),
    )


async def moderators(conn: aiosqlite.Connection, room_id: int) -> list[int]:
    async with conn.execute(
        "SELECT user_id FROM live_moderators WHERE room_id = ? ORDER BY user_id", (room_id,)
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def is_moderator(conn: aiosqlite.Connection, room_id: int, user_id: int) -> bool:
    async with conn.execute(
        "SELECT 1 FROM live_moderators WHERE room_id = ? AND user_id = ?", (room_id, user_id)
    ) as cur:
        return await cur.fetchone() is not None


# ------------------------------------------------------------------ exchange moments
async def add_moment(
    conn: aiosqlite.Connection, event_id: int, due_at: datetime, ends_at: datetime
) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO live_moments (event_id, due_at, ends_at) VALUES (?, ?, ?)",
        (event_id, time_to_sql(due_at), time_to_sql(ends_at)),
    )
    return row_id


async def moments(conn: aiosqlite.Connection, event_id: int) -> list[LiveMoment]:
    async with conn.execute(
        "SELECT id, event_id, due_at, ends_at, shown_at FROM live_moments WHERE event_id = ?"
        " ORDER BY due_at, id",
        (event_id,),
    ) as cur:
        rows = await cur.fetchall()
    return [
        LiveMoment(
            id=r[0],
            event_id=r[1],
            due_at=time_from_sql(r[2]) or datetime.min,
            ends_at=time_from_sql(r[3]) or datetime.min,
            shown_at=time_from_sql(r[4]),
        )
        for r in rows
    ]


# ------------------------------------------------------------------ live-setup (wall organiser)
async def majority_language(conn: aiosqlite.Connection, workshop_id: int) -> str | None:
    """The language most of the workshop's registered people use (None: nobody yet)."""
    async with conn.execute(
        "SELECT p.language FROM registrations r JOIN participants p ON p.user_id = r.user_id"
        " WHERE r.workshop_id = ? AND r.status <> 'cancelled'"
        " GROUP BY p.language ORDER BY COUNT(*) DESC, p.language LIMIT 1",
        (workshop_id,),
    ) as cur:
        row = await cur.fetchone()
    return str(row[0]) if row else None


async def rooms_taken(conn: aiosqlite.Connection, workshop_ids: list[int]) -> set[int]:
    """Which of these workshops are a room of some live event already."""
    if not workshop_ids:
        return set()
    marks = ", ".join("?" for _ in workshop_ids)
    async with conn.execute(
        f"SELECT workshop_id FROM live_rooms WHERE workshop_id IN ({marks})", workshop_ids
    ) as cur:
        return {r[0] for r in await cur.fetchall()}


async def checkin_counts(conn: aiosqlite.Connection, event_id: int) -> dict[int, int]:
    async with conn.execute(
        "SELECT r.id, COUNT(c.user_id) FROM live_rooms r"
        " LEFT JOIN live_checkins c ON c.room_id = r.id WHERE r.event_id = ? GROUP BY r.id",
        (event_id,),
    ) as cur:
        return {r[0]: r[1] for r in await cur.fetchall()}


async def leave_other_rooms(
    conn: aiosqlite.Connection, event_id: int, room_id: int, user_id: int
) -> int:
    """One room per event: checking in to a room checks the person out of the others."""
    cur = await conn.execute(
        "DELETE FROM live_checkins WHERE user_id = ? AND room_id <> ?"
        " AND room_id IN (SELECT id FROM live_rooms WHERE event_id = ?)",
        (user_id, room_id, event_id),
    )
    return cur.rowcount


async def remove_moderator(conn: aiosqlite.Connection, room_id: int, user_id: int) -> bool:
    cur = await conn.execute(
        "DELETE FROM live_moderators WHERE room_id = ? AND user_id = ?", (room_id, user_id)
    )
    return cur.rowcount > 0


async def set_moderation(conn: aiosqlite.Connection, event_id: int, moderation: Moderation) -> None:
    await conn.execute(
        "UPDATE live_events SET moderation = ?, version = version + 1 WHERE id = ?",
        (moderation.value, event_id),
    )


async def set_display_language(conn: aiosqlite.Connection, room_id: int, language: str) -> None:
    """The room's wall shows every idea in this language from now on (the walls change)."""
    await conn.execute(
        "UPDATE live_rooms SET display_language = ? WHERE id = ?", (language, room_id)
    )


async def get_moment(conn: aiosqlite.Connection, moment_id: int) -> LiveMoment | None:
    async with conn.execute("SELECT event_id FROM live_moments WHERE id = ?", (moment_id,)) as cur:
        row = await cur.fetchone()
    if row is None:
        return None
    return next((m for m in await moments(conn, row[0]) if m.id == moment_id), None)


async def remove_moment(conn: aiosqlite.Connection, moment_id: int) -> None:
    await conn.execute("DELETE FROM live_moments WHERE id = ?", (moment_id,))


async def mark_moment_shown(conn: aiosqlite.Connection, moment_id: int, now: datetime) -> None:
    await conn.execute(
        "UPDATE live_moments SET shown_at = ? WHERE id = ? AND shown_at IS NULL",
        (time_to_sql(now), moment_id),
    )


async def wall_counts(conn: aiosqlite.Connection, event_id: int) -> dict[str, int]:
    """The event's wall ideas by wall status (shown, waiting, hidden, merged)."""
    async with conn.execute(
        "SELECT wall_status, COUNT(*) FROM live_ideas WHERE event_id = ? GROUP BY wall_status",
        (event_id,),
    ) as cur:
        return {r[0]: r[1] for r in await cur.fetchall()}


async def release_wall_ideas(conn: aiosqlite.Connection, event_id: int, now: datetime) -> int:
    """Closing: the ideas the walls show become ordinary published ideas, with their room's
    city and workshop, and the event's themes where the author kept none."""
    shown = "SELECT idea_id FROM live_ideas WHERE event_id = ? AND wall_status = 'shown'"
    cur = await conn.execute(
        "UPDATE ideas SET status = 'published', updated_at = ?,"
        " city_id = COALESCE(city_id, (SELECT r.city_id FROM live_ideas l"
        "   JOIN live_rooms r ON r.id = l.room_id WHERE l.idea_id = ideas.id)),"
        " workshop_id = COALESCE(workshop_id, (SELECT r.workshop_id FROM live_ideas l"
        "   JOIN live_rooms r ON r.id = l.room_id WHERE l.idea_id = ideas.id))"
        f" WHERE id IN ({shown}) AND status IN ('submitted', 'published')",
        (time_to_sql(now), event_id),
    )
    await conn.execute(
        "INSERT INTO idea_themes (idea_id, theme_id) SELECT l.idea_id, t.theme_id"
        " FROM live_ideas l JOIN live_event_themes t ON t.event_id = l.event_id"
        " WHERE l.event_id = ? AND l.wall_status = 'shown'"
        " AND NOT EXISTS (SELECT 1 FROM idea_themes i WHERE i.idea_id = l.idea_id)",
        (event_id,),
    )
    return cur.rowcount


async def event_titled(conn: aiosqlite.Connection, partnership_id: int, title: str) -> int | None:
    """The partnership's live event of this title (the sandbox seeds its demo event once)."""
    async with conn.execute(
        "SELECT id FROM live_events WHERE partnership_id = ? AND title = ? ORDER BY id LIMIT 1",
        (partnership_id, title),
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else None


async def seed_shown_idea(
    conn: aiosqlite.Connection, idea_id: int, room_id: int, event_id: int, now: datetime
) -> None:
    """The demo: an idea the room's wall shows already (as posting and approving would)."""
    version = await bump_version(conn, event_id)
    await conn.execute(
        "INSERT INTO live_ideas (idea_id, room_id, event_id, wall_status, submitted_at,"
        " shown_at, changed_in) VALUES (?, ?, ?, 'shown', ?, ?, ?)",
        (idea_id, room_id, event_id, time_to_sql(now), time_to_sql(now), version),
    )


async def seed_plus_one(
    conn: aiosqlite.Connection, idea_id: int, user_id: int, city_id: int | None, now: datetime
) -> None:
    """The demo: a +1 from someone in this city."""
    await conn.execute(
        "INSERT INTO live_votes (idea_id, user_id, city_id, created_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (idea_id, user_id, city_id, time_to_sql(now)),
    )


# ------------------------------------------------------------------ live-ideas


# ------------------------------------------------------------------ live-page
async def wall_ideas(
    conn: aiosqlite.Connection, event_id: int, language: str
) -> list[tuple[WallIdea, frozenset[int | None]]]:
    """The event's shown ideas in `language` (a person's correction before a machine version;
    None while no version exists) with their +1 count and the voters' cities, oldest first."""
    async with conn.execute(
        "SELECT i.id, l.room_id, i.city_id, i.language, i.title, i.description, l.changed_in,"
        " (SELECT t.title || ? || t.description || ? || t.source"
        "  FROM idea_translations t WHERE t.idea_id = i.id AND t.language = ?"
        "  AND t.status = 'approved' ORDER BY t.source = 'human' DESC LIMIT 1)"
        " FROM live_ideas l JOIN ideas i ON i.id = l.idea_id"
        " WHERE l.event_id = ? AND l.wall_status = 'shown' ORDER BY l.shown_at, i.id",
        (_SEPARATOR, _SEPARATOR, language, event_id),
    ) as cur:
        rows = await cur.fetchall()
    async with conn.execute(
        "SELECT t.idea_id, t.theme_id FROM idea_themes t JOIN live_ideas l ON l.idea_id = t.idea_id"
        " WHERE l.event_id = ? AND l.wall_status = 'shown' ORDER BY t.theme_id",
        (event_id,),
    ) as cur:
        themes: dict[int, list[int]] = {}
        for idea_id, theme_id in await cur.fetchall():
            themes.setdefault(idea_id, []).append(theme_id)
    async with conn.execute(
        "SELECT v.idea_id, v.city_id, COUNT(*) FROM live_votes v"
        " JOIN live_ideas l ON l.idea_id = v.idea_id"
        " WHERE l.event_id = ? AND l.wall_status = 'shown' GROUP BY v.idea_id, v.city_id",
        (event_id,),
    ) as cur:
        votes: dict[int, int] = {}
        cities: dict[int, set[int | None]] = {}
        for idea_id, city_id, count in await cur.fetchall():
            votes[idea_id] = votes.get(idea_id, 0) + count
            cities.setdefault(idea_id, set()).add(city_id)
    ideas = []
    for r in rows:
        same = r[3] == language
        version: list[str] = [] if same or r[7] is None else r[7].split(_SEPARATOR)
        ideas.append(
            (
                WallIdea(
                    idea_id=r[0],
                    room_id=r[1],
                    city_id=r[2],
                    language=r[3],
                    original_title=r[4],
                    original_description=r[5],
                    title=r[4] if same else (version[0] if version else None),
                    description=r[5] if same else (version[1] if version else None),
                    machine=bool(version) and version[2] == "machine",
                    themes=tuple(themes.get(r[0], ())),
                    votes=votes.get(r[0], 0),
                    bridge=False,
                    changed_in=r[6],
                ),
                frozenset(cities.get(r[0], ())),
            )
        )
    return ideas


async def version_of(conn: aiosqlite.Connection, event_id: int) -> int:
    async with conn.execute("SELECT version FROM live_events WHERE id = ?", (event_id,)) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


# ------------------------------------------------------------------ lead: walls follow ideas
_WALL_STATUS = {
    "published": "shown",
    "submitted": "waiting",
    "hidden": "hidden",
    "withdrawn": "hidden",
    "merged": "merged",
}


async def follow_idea(conn: aiosqlite.Connection, idea_id: int, status: str, now: datetime) -> None:
    """An idea of a wall changed status anywhere (the room's moderators, the organisers'
    ordinary queue, its author withdrawing it): the walls follow, and pages see a new version.
    Nothing happens for ideas that never were on a wall."""
    wall_status = _WALL_STATUS[status]
    async with conn.execute(
        "UPDATE live_ideas SET wall_status = ?,"
        " shown_at = CASE WHEN ? = 'shown' THEN COALESCE(shown_at, ?) ELSE shown_at END"
        " WHERE idea_id = ? AND wall_status <> ? RETURNING event_id",
        (wall_status, wall_status, time_to_sql(now), idea_id, wall_status),
    ) as cur:
        row = await cur.fetchone()
    if row is not None:
        version = await bump_version(conn, row[0])
        await conn.execute(
            "UPDATE live_ideas SET changed_in = ? WHERE idea_id = ?", (version, idea_id)
        )
