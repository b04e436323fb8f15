"""SQL of writing a story: what a draft is made from, and the team's changes to it (sections,
photos, consent, status). The core tables and reads are in bot/db/stories.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import inserted_id
from bot.domain.stories import SectionKind, TimelineKind

# Timeline kinds the bot writes from data: a new draft of the same team replaces them. Typed
# one-line updates ("update") are the team's and stay.
DATA_KINDS: tuple[TimelineKind, ...] = ("idea", "team", "checkin", "blocker", "resolved", "closing")


@dataclass(frozen=True)
class RoundAnswers:
    """One check-in round of a team with every answer given in it."""

    id: int
    kind: str  # regular, closing
    day: date
    closed: bool
    answers: tuple[tuple[int, str, str | None, str], ...]  # user id, question, answer, language


async def team_formed_at(conn: aiosqlite.Connection, team_id: int) -> datetime | None:
    async with conn.execute("SELECT created_at FROM teams WHERE id = ?", (team_id,)) as cur:
        row = await cur.fetchone()
    return time_from_sql(row[0]) if row else None


async def team_rounds(conn: aiosqlite.Connection, team_id: int) -> list[RoundAnswers]:
    """Every round of the team, oldest first, with its answers."""
    async with conn.execute(
        "SELECT id, kind, day, closed_at FROM checkin_rounds WHERE team_id = ? ORDER BY day, id",
        (team_id,),
    ) as cur:
        rounds = list(await cur.fetchall())
    found = []
    for r in rounds:
        async with conn.execute(
            "SELECT user_id, question, answer, language FROM checkin_answers WHERE round_id = ?"
            " ORDER BY user_id, question",
            (r[0],),
        ) as cur:
            answers = tuple((a[0], a[1], a[2], a[3]) for a in await cur.fetchall())
        found.append(RoundAnswers(r[0], r[1], date.fromisoformat(r[2]), r[3] is not None, answers))
    return found


async def clear_data_timeline(conn: aiosqlite.Connection, story_id: int) -> None:
    marks = ", ".join("?" for _ in DATA_KINDS)
    await conn.execute(
        f"DELETE FROM story_timeline WHERE story_id = ? AND kind IN ({marks})",
        (story_id, *DATA_KINDS),
    )


async def section_origins(conn: aiosqlite.Connection, story_id: int, kind: SectionKind) -> set[str]:
    async with conn.execute(
        "SELECT origin FROM story_sections WHERE story_id = ? AND section = ?", (story_id, kind)
    ) as cur:
        return {r[0] for r in await cur.fetchall()}


async def drop_section(
    conn: aiosqlite.Connection, story_id: int, kind: SectionKind, keep: str | None = None
) -> None:
    """Every language of a section (but `keep`): they said what the old text said."""
    await conn.execute(
        "DELETE FROM story_sections WHERE story_id = ? AND section = ? AND language != ?",
        (story_id, kind, keep or ""),
    )


async def set_status(conn: aiosqlite.Connection, story_id: int, status: str, expected: str) -> bool:
    cur = await conn.execute(
        "UPDATE stories SET status = ? WHERE id = ? AND status = ?", (status, story_id, expected)
    )
    return cur.rowcount == 1


async def add_photo(
    conn: aiosqlite.Connection,
    story_id: int,
    person_id: int,
    file_id: str,
    width: int,
    height: int,
    now: datetime,
    limit: int,
) -> int | None:
    """A photo, unless the story has `limit` already (checked in the same transaction)."""
    async with conn.execute(
        "SELECT COUNT(*) FROM story_photos WHERE story_id = ?", (story_id,)
    ) as cur:
        row = await cur.fetchone()
    if row is not None and row[0] >= limit:
        return None
    row_id = await inserted_id(
        conn,
        "INSERT INTO story_photos (story_id, person_id, file_id, width, height, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (story_id, person_id, file_id, width, height, time_to_sql(now)),
    )
    return row_id


async def remove_photo(conn: aiosqlite.Connection, story_id: int, photo_id: int) -> bool:
    cur = await conn.execute(
        "DELETE FROM story_photos WHERE id = ? AND story_id = ?", (photo_id, story_id)
    )
    return cur.rowcount == 1


async def mark_asked(conn: aiosqlite.Connection, person_id: int, now: datetime) -> bool:
    """True the first time only: each person is asked once."""
    cur = await conn.execute(
        "UPDATE story_people SET asked_at = ? WHERE id = ? AND asked_at IS NULL",
        (time_to_sql(now), person_id),
    )
    return cur.rowcount == 1


async def team_of_story(conn: aiosqlite.Connection, story_id: int) -> int | None:
    async with conn.execute("SELECT team_id FROM stories WHERE id = ?", (story_id,)) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row and row[0] is not None else None
