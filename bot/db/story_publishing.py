"""Stories as organisers review and publish them and as everyone reads them: statuses, the
people told, the review date, erasure of a named person."""

from __future__ import annotations

from datetime import date, datetime

import aiosqlite

from bot.db.codec import time_to_sql
from bot.domain.stories import Consent, StoryStatus

# The organiser's list: what waits for them first, then what is out, then the rest.
_REVIEW_ORDER = (
    "CASE status WHEN 'review' THEN 0 WHEN 'published' THEN 1 WHEN 'draft' THEN 2 ELSE 3 END"
)


async def partnership_stories(conn: aiosqlite.Connection, partnership_id: int) -> list[int]:
    """The partnership's stories, those waiting for review first, newest first within."""
    cur = await conn.execute(
        f"SELECT id FROM stories WHERE partnership_id = ? ORDER BY {_REVIEW_ORDER}, id DESC",
        (partnership_id,),
    )
    return [int(r["id"]) for r in await cur.fetchall()]


async def waiting_for_review(conn: aiosqlite.Connection, partnership_id: int) -> int:
    cur = await conn.execute(
        "SELECT COUNT(*) FROM stories WHERE partnership_id = ? AND status = 'review'",
        (partnership_id,),
    )
    row = await cur.fetchone()
    return int(row[0]) if row else 0


async def set_status(conn: aiosqlite.Connection, story_id: int, status: StoryStatus) -> None:
    await conn.execute("UPDATE stories SET status = ? WHERE id = ?", (status, story_id))


async def publish(
    conn: aiosqlite.Connection, story_id: int, by: int, now: datetime, update_due: date | None
) -> bool:
    """Published now; False when it was published already (a second press does nothing)."""
    cur = await conn.execute(
        "UPDATE stories SET status = 'published', published_at = ?, published_by = ?,"
        " update_due = ?, update_asked_at = NULL WHERE id = ? AND status != 'published'",
        (time_to_sql(now), by, update_due.isoformat() if update_due else None, story_id),
    )
    return cur.rowcount == 1


async def mark_voters_told(conn: aiosqlite.Connection, story_id: int, now: datetime) -> bool:
    """True the first time: the idea's people are told once, even after a re-publication."""
    cur = await conn.execute(
        "UPDATE stories SET voters_told_at = ? WHERE id = ? AND voters_told_at IS NULL",
        (time_to_sql(now), story_id),
    )
    return cur.rowcount == 1


async def voters_told(conn: aiosqlite.Connection, story_id: int) -> bool:
    cur = await conn.execute("SELECT voters_told_at FROM stories WHERE id = ?", (story_id,))
    row = await cur.fetchone()
    return row is not None and row["voters_told_at"] is not None


async def muted(conn: aiosqlite.Connection, user_ids: set[int]) -> set[int]:
    """Who of these muted announcements."""
    if not user_ids:
        return set()
    marks = ",".join("?" * len(user_ids))
    cur = await conn.execute(
        f"SELECT user_id FROM participants WHERE announcements_muted = 1 AND user_id IN ({marks})",
        tuple(user_ids),
    )
    return {int(r["user_id"]) for r in await cur.fetchall()}


async def mark_update_asked(conn: aiosqlite.Connection, story_id: int, now: datetime) -> None:
    await conn.execute(
        "UPDATE stories SET update_asked_at = ? WHERE id = ?", (time_to_sql(now), story_id)
    )


async def update_open(conn: aiosqlite.Connection, story_id: int) -> bool:
    """The team was asked for an update and nobody has answered yet."""
    cur = await conn.execute(
        "SELECT 1 FROM stories WHERE id = ? AND update_asked_at IS NOT NULL AND NOT EXISTS"
        " (SELECT 1 FROM story_timeline t WHERE t.story_id = stories.id AND t.kind = 'update'"
        " AND t.happened_on >= substr(stories.update_asked_at, 1, 10))",
        (story_id,),
    )
    return await cur.fetchone() is not None


async def published_stories(conn: aiosqlite.Connection) -> list[int]:
    """Every published story, newest first."""
    cur = await conn.execute(
        "SELECT id FROM stories WHERE status = 'published' ORDER BY published_at DESC, id DESC"
    )
    return [int(r["id"]) for r in await cur.fetchall()]


async def naming(conn: aiosqlite.Connection, user_id: int) -> list[tuple[int, Consent]]:
    """The stories that may name this person, with their consent (for /mydata)."""
    cur = await conn.execute(
        "SELECT story_id, consent FROM story_people WHERE user_id = ? ORDER BY story_id",
        (user_id,),
    )
    return [(int(r["story_id"]), r["consent"]) for r in await cur.fetchall()]


async def erase_person(conn: aiosqlite.Connection, user_id: int) -> int:
    """The person's name goes from every story (the city stays, so a story reads 'a team
    member from Krasnodar') and so do the photos they added; returns the stories touched."""
    cur = await conn.execute("SELECT id FROM story_people WHERE user_id = ?", (user_id,))
    people = [int(r["id"]) for r in await cur.fetchall()]
    for person_id in people:
        await conn.execute("DELETE FROM story_photos WHERE person_id = ?", (person_id,))
        await conn.execute(
            "UPDATE story_people SET consent = 'erased', user_id = NULL, name = NULL WHERE id = ?",
            (person_id,),
        )
    # Who asked for, published or edited a story is the person's data too; the story stays.
    await conn.execute("UPDATE stories SET requested_by = NULL WHERE requested_by = ?", (user_id,))
    await conn.execute("UPDATE stories SET published_by = NULL WHERE published_by = ?", (user_id,))
    await conn.execute(
        "UPDATE story_sections SET updated_by = NULL WHERE updated_by = ?", (user_id,)
    )
    return len(people)
