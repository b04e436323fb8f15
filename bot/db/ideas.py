"""Ideas with themes and translations, their settings, supporters and reports."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from bot.db import live_wall
from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.db.memo import remembered
from bot.domain.ideas import Idea, IdeaSettings, IdeaStatus, IdeaText, Translation

_COLUMNS = (
    "id, partnership_id, author_id, city_id, workshop_id, language, title, description, needs,"
    " photo_file_id, show_author, status, merged_into, hidden_reason, vote_count, created_at"
)


async def settings(conn: aiosqlite.Connection, partnership_id: int) -> IdeaSettings:
    return await remembered(
        conn,
        ("idea-settings", partnership_id),
        ("idea_settings",),
        lambda: _settings(conn, partnership_id),
    )


async def _settings(conn: aiosqlite.Connection, partnership_id: int) -> IdeaSettings:
    async with conn.execute(
        "SELECT submissions_open, voting_open, vote_budget, premoderation FROM idea_settings"
        " WHERE partnership_id = ?",
        (partnership_id,),
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        return IdeaSettings(partnership_id)
    return IdeaSettings(partnership_id, bool(row[0]), bool(row[1]), row[2], bool(row[3]))


async def save_settings(conn: aiosqlite.Connection, s: IdeaSettings) -> None:
    await conn.execute(
        "INSERT INTO idea_settings (partnership_id, submissions_open, voting_open, vote_budget,"
        " premoderation) VALUES (?, ?, ?, ?, ?) ON CONFLICT (partnership_id) DO UPDATE SET"
        " submissions_open = excluded.submissions_open, voting_open = excluded.voting_open,"
        " vote_budget = excluded.vote_budget, premoderation = excluded.premoderation",
        (
            s.partnership_id,
            int(s.submissions_open),
            int(s.voting_open),
            s.vote_budget,
            int(s.premoderation),
        ),
    )


async def create(conn: aiosqlite.Connection, idea: Idea, now: datetime) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO ideas (partnership_id, author_id, city_id, workshop_id, language, title,"
        " description, needs, photo_file_id, show_author, status, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            idea.partnership_id,
            idea.author_id,
            idea.city_id,
            idea.workshop_id,
            idea.language,
            idea.original.title,
            idea.original.description,
            idea.original.needs,
            idea.photo_file_id,
            int(idea.show_author),
            idea.status.value,
            time_to_sql(now),
            time_to_sql(now),
        ),
    )
    await set_themes(conn, row_id, idea.themes)
    return row_id


async def update_text(
    conn: aiosqlite.Connection, idea_id: int, text: IdeaText, language: str, now: datetime
) -> None:
    """A changed original: translations of the old text are dropped."""
    await conn.execute(
        "UPDATE ideas SET title = ?, description = ?, needs = ?, language = ?, updated_at = ?"
        " WHERE id = ?",
        (text.title, text.description, text.needs, language, time_to_sql(now), idea_id),
    )
    await conn.execute("DELETE FROM idea_translations WHERE idea_id = ?", (idea_id,))


async def set_themes(
    conn: aiosqlite.Connection, idea_id: int, themes: Sequence[int] | frozenset[int]
) -> None:
    await conn.execute("DELETE FROM idea_themes WHERE idea_id = ?", (idea_id,))
    await conn.executemany(
        "INSERT INTO idea_themes (idea_id, theme_id) VALUES (?, ?)",
        [(idea_id, theme_id) for theme_id in sorted(themes)],
    )


async def set_status(
    conn: aiosqlite.Connection,
    idea_id: int,
    status: IdeaStatus,
    now: datetime,
    *,
    reason: str | None = None,
    merged_into: int | None = None,
) -> None:
    await conn.execute(
        "UPDATE ideas SET status = ?, hidden_reason = ?, merged_into = ?, updated_at = ?"
        " WHERE id = ?",
        (status.value, reason, merged_into, time_to_sql(now), idea_id),
    )
    await live_wall.follow_idea(conn, idea_id, status.value, now)


async def get(conn: aiosqlite.Connection, idea_id: int) -> Idea | None:
    async def load() -> Idea | None:
        async with conn.execute(f"SELECT {_COLUMNS} FROM ideas WHERE id = ?", (idea_id,)) as cur:
            row = await cur.fetchone()
        return (await _complete(conn, [row]))[0] if row else None

    return await remembered(conn, ("idea", idea_id), _IDEA_TABLES, load)


_IDEA_TABLES = ("ideas", "idea_themes", "idea_translations")


async def list_ideas(
    conn: aiosqlite.Connection,
    partnership_id: int,
    *,
    statuses: Sequence[IdeaStatus] = (IdeaStatus.PUBLISHED,),
    theme_id: int | None = None,
    city_id: int | None = None,
    exclude_city_id: int | None = None,
    author_id: int | None = None,
    by_votes: bool = False,
    offset: int = 0,
    limit: int = 8,
) -> tuple[list[Idea], int]:
    """One page in a stable order (newest or most votes, then id) and the total count."""
    where = ["i.partnership_id = ?", f"i.status IN ({', '.join('?' for _ in statuses)})"]
    params: list[object] = [partnership_id, *[s.value for s in statuses]]
    if theme_id is not None:
        where.append(
            "EXISTS (SELECT 1 FROM idea_themes t WHERE t.idea_id = i.id AND t.theme_id = ?)"
        )
        params.append(theme_id)
    if city_id is not None:
        where.append("i.city_id = ?")
        params.append(city_id)
    if exclude_city_id is not None:
        where.append("(i.city_id IS NULL OR i.city_id <> ?)")
        params.append(exclude_city_id)
    if author_id is not None:
        where.append("i.author_id = ?")
        params.append(author_id)
    clause = " AND ".join(where)
    order = "i.vote_count DESC, i.id DESC" if by_votes else "i.id DESC"
    async with conn.execute(f"SELECT COUNT(*) FROM ideas i WHERE {clause}", params) as cur:
        row = await cur.fetchone()
    total = int(row[0]) if row else 0
    async with conn.execute(
        f"SELECT {', '.join('i.' + c.strip() for c in _COLUMNS.split(','))} FROM ideas i"
        f" WHERE {clause} ORDER BY {order} LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ) as cur:
        rows = list(await cur.fetchall())
    return await _complete(conn, rows), total


async def leaderboard(
    conn: aiosqlite.Connection,
    partnership_id: int,
    *,
    theme_id: int | None = None,
    city_id: int | None = None,
    limit: int = 10,
) -> list[tuple[int, str, str, int]]:
    """(idea id, title, language, votes) with the most votes; uses the vote_count index."""
    where = "i.partnership_id = ? AND i.status = 'published'"
    params: list[object] = [partnership_id]
    if theme_id is not None:
        where += (
            " AND EXISTS (SELECT 1 FROM idea_themes t WHERE t.idea_id = i.id AND t.theme_id = ?)"
        )
        params.append(theme_id)
    if city_id is not None:
        where += " AND i.city_id = ?"
        params.append(city_id)
    async with conn.execute(
        f"SELECT i.id, i.title, i.language, i.vote_count FROM ideas i WHERE {where}"
        " ORDER BY i.vote_count DESC, i.id LIMIT ?",
        (*params, limit),
    ) as cur:
        return [(r[0], r[1], r[2], r[3]) for r in await cur.fetchall()]


async def _complete(conn: aiosqlite.Connection, rows: Sequence[aiosqlite.Row]) -> list[Idea]:
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    marks = ", ".join("?" for _ in ids)
    themes: dict[int, set[int]] = {i: set() for i in ids}
    async with conn.execute(
        f"SELECT idea_id, theme_id FROM idea_themes WHERE idea_id IN ({marks})", ids
    ) as cur:
        for idea_id, theme_id in await cur.fetchall():
            themes[idea_id].add(theme_id)
    translations: dict[int, list[Translation]] = {i: [] for i in ids}
    async with conn.execute(
        "SELECT idea_id, language, source, status, title, description, needs"
        f" FROM idea_translations WHERE idea_id IN ({marks})",
        ids,
    ) as cur:
        for r in await cur.fetchall():
            translations[r[0]].append(
                Translation(
                    r[1],
                    IdeaText(r[4], r[5], r[6]),
                    machine=r[2] == "machine",
                    approved=r[3] == "approved",
                )
            )
    return [
        Idea(
            id=row["id"],
            partnership_id=row["partnership_id"],
            author_id=row["author_id"],
            city_id=row["city_id"],
            language=row["language"],
            original=IdeaText(row["title"], row["description"], row["needs"]),
            status=IdeaStatus(row["status"]),
            themes=frozenset(themes[row["id"]]),
            workshop_id=row["workshop_id"],
            photo_file_id=row["photo_file_id"],
            show_author=bool(row["show_author"]),
            vote_count=row["vote_count"],
            merged_into=row["merged_into"],
            hidden_reason=row["hidden_reason"],
            created_at=time_from_sql(row["created_at"]),
            translations=tuple(translations[row["id"]]),
        )
        for row in rows
    ]


async def save_translation(
    conn: aiosqlite.Connection,
    idea_id: int,
    translation: Translation,
    translator_id: int | None,
    now: datetime,
) -> None:
    await conn.execute(
        "INSERT INTO idea_translations (idea_id, language, source, status, title, description,"
        " needs, translator_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (idea_id, language, source) DO UPDATE SET status = excluded.status,"
        " title = excluded.title, description = excluded.description, needs = excluded.needs,"
        " translator_id = excluded.translator_id, created_at = excluded.created_at",
        (
            idea_id,
            translation.language,
            "machine" if translation.machine else "human",
            "approved" if translation.approved else "pending",
            translation.text.title,
            translation.text.description,
            translation.text.needs,
            translator_id,
            time_to_sql(now),
        ),
    )


async def pending_translations(
    conn: aiosqlite.Connection, partnership_id: int
) -> list[tuple[int, str]]:
    async with conn.execute(
        "SELECT t.idea_id, t.language FROM idea_translations t JOIN ideas i ON i.id = t.idea_id"
        " WHERE i.partnership_id = ? AND t.status = 'pending' ORDER BY t.created_at",
        (partnership_id,),
    ) as cur:
        return [(r[0], r[1]) for r in await cur.fetchall()]


async def pending_translator(conn: aiosqlite.Connection, idea_id: int, language: str) -> int | None:
    """Who wrote the participant's translation waiting for approval (None: unknown or none)."""
    async with conn.execute(
        "SELECT translator_id FROM idea_translations WHERE idea_id = ? AND language = ?"
        " AND source = 'human' AND status = 'pending'",
        (idea_id, language),
    ) as cur:
        row = await cur.fetchone()
    return row[0] if row is not None else None


async def decide_translation(
    conn: aiosqlite.Connection, idea_id: int, language: str, approve: bool
) -> bool:
    if approve:
        cur = await conn.execute(
            "UPDATE idea_translations SET status = 'approved' WHERE idea_id = ? AND language = ?"
            " AND source = 'human' AND status = 'pending'",
            (idea_id, language),
        )
    else:
        cur = await conn.execute(
            "DELETE FROM idea_translations WHERE idea_id = ? AND language = ?"
            " AND source = 'human' AND status = 'pending'",
            (idea_id, language),
        )
    return cur.rowcount == 1


async def texts_for_similarity(
    conn: aiosqlite.Connection, partnership_id: int, language: str
) -> list[tuple[int, str]]:
    """(idea id, text in `language`: the original or an approved translation)."""
    async with conn.execute(
        "SELECT i.id, i.title || ' ' || i.description FROM ideas i"
        " WHERE i.partnership_id = ? AND i.status IN ('published', 'submitted')"
        " AND i.language = ?"
        " UNION ALL"
        " SELECT i.id, t.title || ' ' || t.description FROM ideas i"
        " JOIN idea_translations t ON t.idea_id = i.id"
        " WHERE i.partnership_id = ? AND i.status IN ('published', 'submitted')"
        " AND t.language = ? AND t.status = 'approved'",
        (partnership_id, language, partnership_id, language),
    ) as cur:
        return [(r[0], r[1]) for r in await cur.fetchall()]


async def add_supporter(
    conn: aiosqlite.Connection, idea_id: int, user_id: int, now: datetime
) -> bool:
    cur = await conn.execute(
        "INSERT INTO idea_supporters (idea_id, user_id, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (idea_id, user_id, time_to_sql(now)),
    )
    return cur.rowcount == 1


async def remove_supporter(conn: aiosqlite.Connection, idea_id: int, user_id: int) -> None:
    await conn.execute(
        "DELETE FROM idea_supporters WHERE idea_id = ? AND user_id = ?", (idea_id, user_id)
    )


async def supporters(conn: aiosqlite.Connection, idea_id: int) -> list[int]:
    async with conn.execute(
        "SELECT user_id FROM idea_supporters WHERE idea_id = ? ORDER BY created_at", (idea_id,)
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def move_supporters(conn: aiosqlite.Connection, source_id: int, target_id: int) -> None:
    await conn.execute(
        "INSERT INTO idea_supporters (idea_id, user_id, created_at)"
        " SELECT ?, user_id, created_at FROM idea_supporters WHERE idea_id = ?"
        " ON CONFLICT DO NOTHING",
        (target_id, source_id),
    )
    await conn.execute("DELETE FROM idea_supporters WHERE idea_id = ?", (source_id,))


async def report(conn: aiosqlite.Connection, idea_id: int, reporter_id: int, now: datetime) -> bool:
    cur = await conn.execute(
        "INSERT INTO idea_reports (idea_id, reporter_id, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (idea_id, reporter_id, time_to_sql(now)),
    )
    return cur.rowcount == 1


async def open_reports(conn: aiosqlite.Connection, partnership_id: int) -> list[tuple[int, int]]:
    """(idea id, number of open reports)."""
    async with conn.execute(
        "SELECT r.idea_id, COUNT(*) FROM idea_reports r JOIN ideas i ON i.id = r.idea_id"
        " WHERE i.partnership_id = ? AND r.handled_at IS NULL AND i.status = 'published'"
        " GROUP BY r.idea_id ORDER BY MIN(r.created_at)",
        (partnership_id,),
    ) as cur:
        return [(r[0], r[1]) for r in await cur.fetchall()]


async def close_reports(conn: aiosqlite.Connection, idea_id: int, now: datetime) -> None:
    await conn.execute(
        "UPDATE idea_reports SET handled_at = ? WHERE idea_id = ? AND handled_at IS NULL",
        (time_to_sql(now), idea_id),
    )


async def last_digest(conn: aiosqlite.Connection, user_id: int) -> datetime | None:
    async with conn.execute(
        "SELECT last_sent_at FROM idea_vote_digests WHERE user_id = ?", (user_id,)
    ) as cur:
        row = await cur.fetchone()
    return time_from_sql(row[0]) if row else None


async def record_digest(conn: aiosqlite.Connection, user_id: int, now: datetime) -> None:
    await conn.execute(
        "INSERT INTO idea_vote_digests (user_id, last_sent_at) VALUES (?, ?)"
        " ON CONFLICT (user_id) DO UPDATE SET last_sent_at = excluded.last_sent_at",
        (user_id, time_to_sql(now)),
    )


async def votes_received_since(
    conn: aiosqlite.Connection, author_id: int, since: datetime | None
) -> list[tuple[int, str, int]]:
    """(idea id, title, new votes) of the author's ideas since the last digest."""
    async with conn.execute(
        "SELECT i.id, i.title, COUNT(*) FROM votes v JOIN ideas i ON i.id = v.idea_id"
        " WHERE i.author_id = ? AND v.created_at > ? AND i.status = 'published'"
        " GROUP BY i.id ORDER BY i.id",
        (author_id, time_to_sql(since) if since else ""),
    ) as cur:
        return [(r[0], r[1], r[2]) for r in await cur.fetchall()]
