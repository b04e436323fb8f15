"""Counts and exports for organisers (only what participants chose to share)."""

from __future__ import annotations

import aiosqlite

from bot.domain.participants import name_from


async def participants_by_city_and_language(
    conn: aiosqlite.Connection, partnership_id: int
) -> list[tuple[int | None, str, int]]:
    async with conn.execute(
        "SELECT city_id, language, COUNT(*) FROM participants WHERE partnership_id = ?"
        " AND privacy_accepted_at IS NOT NULL GROUP BY city_id, language",
        (partnership_id,),
    ) as cur:
        return [(r[0], r[1], r[2]) for r in await cur.fetchall()]


async def registrations_per_workshop(
    conn: aiosqlite.Connection, partnership_id: int
) -> list[tuple[int, str, int, int, int]]:
    """(workshop id, title JSON, confirmed, waitlisted, attended) of not-cancelled workshops."""
    async with conn.execute(
        "SELECT w.id, w.title,"
        " SUM(CASE WHEN r.status IN ('confirmed', 'offered') THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN r.status = 'waitlisted' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN r.status = 'attended' THEN 1 ELSE 0 END)"
        " FROM workshops w LEFT JOIN registrations r ON r.workshop_id = w.id"
        " WHERE w.partnership_id = ? AND w.status <> 'cancelled'"
        " GROUP BY w.id ORDER BY w.starts_at",
        (partnership_id,),
    ) as cur:
        return [(r[0], r[1], r[2] or 0, r[3] or 0, r[4] or 0) for r in await cur.fetchall()]


async def broadcasts_sent(conn: aiosqlite.Connection, partnership_id: int) -> int:
    async with conn.execute(
        "SELECT COUNT(*) FROM broadcasts WHERE partnership_id = ?"
        " AND status IN ('sending', 'done')",
        (partnership_id,),
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def participant_rows(
    conn: aiosqlite.Connection, partnership_id: int
) -> list[tuple[str | None, int | None, str, str, str, str]]:
    """Shown name (`name_from`), city, language, languages spoken, interest ids, joined."""
    async with conn.execute(
        "SELECT p.display_name, p.first_name, p.city_id, p.language,"
        " COALESCE((SELECT GROUP_CONCAT(l.language, ' ') FROM participant_languages l"
        "           WHERE l.user_id = p.user_id), ''),"
        " COALESCE((SELECT GROUP_CONCAT(i.theme_id, ' ') FROM participant_interests i"
        "           WHERE i.user_id = p.user_id), ''),"
        " p.privacy_accepted_at"
        " FROM participants p WHERE p.partnership_id = ? AND p.privacy_accepted_at IS NOT NULL"
        " ORDER BY p.created_at",
        (partnership_id,),
    ) as cur:
        return [(name_from(r[0], r[1]), r[2], r[3], r[4], r[5], r[6]) for r in await cur.fetchall()]


async def registration_rows(
    conn: aiosqlite.Connection, partnership_id: int
) -> list[tuple[str, str | None, int | None, str, str]]:
    """Workshop title JSON, shown name (`name_from`), city, status, signed up."""
    async with conn.execute(
        "SELECT w.title, p.display_name, p.first_name, r.city_id, r.status, r.created_at"
        " FROM registrations r JOIN workshops w ON w.id = r.workshop_id"
        " LEFT JOIN participants p ON p.user_id = r.user_id"
        " WHERE w.partnership_id = ? ORDER BY w.starts_at, r.id",
        (partnership_id,),
    ) as cur:
        return [(r[0], name_from(r[1], r[2]), r[3], r[4], r[5]) for r in await cur.fetchall()]


async def idea_counts(conn: aiosqlite.Connection, partnership_id: int) -> tuple[int, int]:
    """(published ideas, votes cast)."""
    async with conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(vote_count), 0) FROM ideas"
        " WHERE partnership_id = ? AND status = 'published'",
        (partnership_id,),
    ) as cur:
        row = await cur.fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)


async def idea_rows(
    conn: aiosqlite.Connection, partnership_id: int
) -> list[tuple[int, str, str, int | None, str, int, int, str]]:
    """Number, title, language, city, theme ids, votes, supporters, submitted — published only;
    the author is not exported."""
    async with conn.execute(
        "SELECT i.id, i.title, i.language, i.city_id,"
        " COALESCE((SELECT GROUP_CONCAT(t.theme_id, ' ') FROM idea_themes t"
        "           WHERE t.idea_id = i.id), ''),"
        " i.vote_count, (SELECT COUNT(*) FROM idea_supporters s WHERE s.idea_id = i.id),"
        " i.created_at FROM ideas i WHERE i.partnership_id = ? AND i.status = 'published'"
        " ORDER BY i.vote_count DESC, i.id",
        (partnership_id,),
    ) as cur:
        return [(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]) for r in await cur.fetchall()]
