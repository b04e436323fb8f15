"""Who an announcement reaches: onboarded, reachable people who did not mute announcements."""

from __future__ import annotations

import aiosqlite

from bot.domain.broadcasts import Audience, AudienceKind

_BASE = (
    "SELECT p.user_id, p.language FROM participants p WHERE p.partnership_id = ?"
    " AND p.privacy_accepted_at IS NOT NULL AND p.reachable = 1"
    " AND p.announcements_muted = 0"
)


async def resolve(
    conn: aiosqlite.Connection, partnership_id: int, audience: Audience
) -> list[tuple[int, str]]:
    """(user id, language) of everyone in the audience, in user id order."""
    kind, value = audience.kind, audience.value
    params: list[int | str | None]
    if kind is AudienceKind.PARTNERSHIP:
        query, params = _BASE, [partnership_id]
    elif kind is AudienceKind.CITY:
        query, params = _BASE + " AND p.city_id = ?", [partnership_id, value]
    elif kind is AudienceKind.LANGUAGE:
        query, params = _BASE + " AND p.language = ?", [partnership_id, value]
    elif kind is AudienceKind.INTEREST:
        query = _BASE + (
            " AND EXISTS (SELECT 1 FROM participant_interests i"
            " WHERE i.user_id = p.user_id AND i.theme_id = ?)"
        )
        params = [partnership_id, value]
    elif kind is AudienceKind.COACHES:
        query = _BASE.replace("WHERE p.partnership_id = ?", "WHERE 1 = 1") + (
            " AND EXISTS (SELECT 1 FROM roles r WHERE r.user_id = p.user_id"
            " AND r.partnership_id = ? AND r.role = 'coach')"
        )
        params = [partnership_id]
    else:
        status = "confirmed" if kind is AudienceKind.WORKSHOP_CONFIRMED else "waitlisted"
        statuses = ("confirmed", "attended") if status == "confirmed" else ("waitlisted",)
        marks = ", ".join("?" for _ in statuses)
        query = _BASE + (
            " AND EXISTS (SELECT 1 FROM registrations g JOIN workshops w ON w.id = g.workshop_id"
            f" WHERE g.user_id = p.user_id AND g.workshop_id = ? AND g.status IN ({marks})"
            " AND w.partnership_id = p.partnership_id)"
        )
        params = [partnership_id, value, *statuses]
    async with conn.execute(query + " ORDER BY p.user_id", params) as cur:
        return [(row[0], row[1]) for row in await cur.fetchall()]
