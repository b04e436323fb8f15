"""Stories with their people, sections, timeline and photos."""

from __future__ import annotations

import json
from datetime import date, datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.domain.stories import (
    Consent,
    Section,
    SectionKind,
    SectionOrigin,
    Story,
    StoryPerson,
    StoryPhoto,
    TimelineEntry,
    TimelineKind,
)


async def create_story(
    conn: aiosqlite.Connection,
    partnership_id: int,
    team_id: int | None,
    idea_id: int | None,
    original_language: str,
    requested_by: int | None,
    now: datetime,
) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO stories (partnership_id, team_id, idea_id, original_language,"
        " requested_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (partnership_id, team_id, idea_id, original_language, requested_by, time_to_sql(now)),
    )
    return row_id


async def story_of_team(conn: aiosqlite.Connection, team_id: int) -> int | None:
    cur = await conn.execute("SELECT id FROM stories WHERE team_id = ?", (team_id,))
    row = await cur.fetchone()
    return int(row["id"]) if row else None


async def add_person(
    conn: aiosqlite.Connection, story_id: int, user_id: int, name: str, city_id: int | None
) -> int:
    """A person the story may name (their consent starts 'pending'); the same person twice
    keeps the first row."""
    await conn.execute(
        "INSERT INTO story_people (story_id, user_id, name, city_id) VALUES (?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (story_id, user_id, name, city_id),
    )
    cur = await conn.execute(
        "SELECT id FROM story_people WHERE story_id = ? AND user_id = ?", (story_id, user_id)
    )
    row = await cur.fetchone()
    assert row is not None
    return int(row["id"])


async def set_consent(
    conn: aiosqlite.Connection, person_id: int, consent: Consent, now: datetime
) -> bool:
    """A named person's answer; never over an erasure (False then)."""
    cur = await conn.execute(
        "UPDATE story_people SET consent = ?, answered_at = ? WHERE id = ? AND consent != 'erased'",
        (consent, time_to_sql(now), person_id),
    )
    return cur.rowcount == 1


async def set_section(
    conn: aiosqlite.Connection,
    story_id: int,
    kind: SectionKind,
    language: str,
    text: str,
    origin: SectionOrigin,
    by: int | None,
    now: datetime,
) -> None:
    await conn.execute(
        "INSERT INTO story_sections (story_id, section, language, text, origin, updated_by,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (story_id, section, language)"
        " DO UPDATE SET text = excluded.text, origin = excluded.origin,"
        " updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        (story_id, kind, language, text, origin, by, time_to_sql(now)),
    )


async def add_timeline(
    conn: aiosqlite.Connection,
    story_id: int,
    happened_on: date,
    kind: TimelineKind,
    *,
    detail: str = "",
    texts: dict[str, str] | None = None,
    person_id: int | None = None,
) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO story_timeline (story_id, happened_on, kind, detail, texts, person_id)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            story_id,
            happened_on.isoformat(),
            kind,
            detail,
            json.dumps(texts or {}, ensure_ascii=False, sort_keys=True),
            person_id,
        ),
    )
    return row_id


async def get_story(conn: aiosqlite.Connection, story_id: int) -> Story | None:
    cur = await conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,))
    row = await cur.fetchone()
    if row is None:
        return None
    cur = await conn.execute(
        "SELECT section, language, text, origin FROM story_sections WHERE story_id = ?"
        " ORDER BY section, language",
        (story_id,),
    )
    sections = tuple(
        Section(r["section"], r["language"], r["text"], r["origin"]) for r in await cur.fetchall()
    )
    cur = await conn.execute(
        "SELECT id, user_id, name, city_id, consent FROM story_people WHERE story_id = ?"
        " ORDER BY id",
        (story_id,),
    )
    people = tuple(
        StoryPerson(r["id"], r["user_id"], r["name"], r["city_id"], r["consent"])
        for r in await cur.fetchall()
    )
    cur = await conn.execute(
        "SELECT id, happened_on, kind, detail, texts, person_id FROM story_timeline"
        " WHERE story_id = ? ORDER BY happened_on, id",
        (story_id,),
    )
    timeline = tuple(
        TimelineEntry(
            r["id"],
            date.fromisoformat(r["happened_on"]),
            r["kind"],
            r["detail"],
            json.loads(r["texts"]),
            r["person_id"],
        )
        for r in await cur.fetchall()
    )
    cur = await conn.execute(
        "SELECT id, person_id, file_id, width, height FROM story_photos WHERE story_id = ?"
        " ORDER BY id",
        (story_id,),
    )
    photos = tuple(
        StoryPhoto(r["id"], r["person_id"], r["file_id"], r["width"], r["height"])
        for r in await cur.fetchall()
    )
    return Story(
        id=row["id"],
        partnership_id=row["partnership_id"],
        team_id=row["team_id"],
        idea_id=row["idea_id"],
        status=row["status"],
        original_language=row["original_language"],
        sections=sections,
        people=people,
        timeline=timeline,
        photos=photos,
        created_at=time_from_sql(row["created_at"]),
        published_at=time_from_sql(row["published_at"]),
        update_due=date.fromisoformat(row["update_due"]) if row["update_due"] else None,
    )


# ------------------------------------------------------------------ writing

# ------------------------------------------------------------------ publishing
