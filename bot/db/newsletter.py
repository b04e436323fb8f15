"""The network newsletter: stored newsletters, who a newsletter reaches, and its delivery row
in `broadcasts` (the announcements' delivery and progress report, reused)."""

from __future__ import annotations

import json
from datetime import datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.domain.broadcasts import BroadcastStatus
from bot.domain.network import DEFAULT_NETWORK
from bot.domain.newsletter import (
    Newsletter,
    NewsletterAudience,
    NewsletterDraft,
    sections_from_json,
    sections_to_json,
)

# A statement using NETWORK_PARTNERSHIPS starts with NETWORK_FOCUS, whose four parameters come
# first: the default network, the network, the country or NULL, the topic or NULL. (One
# named row instead of numbered parameters, which PostgreSQL spells differently.)
NETWORK_FOCUS = (
    "WITH focus (default_network, network, country, topic) AS (SELECT CAST(? AS BIGINT),"
    " CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT)) "
)
# The partnerships of a network that match the focus's country and topic.
NETWORK_PARTNERSHIPS = (
    "SELECT p.id FROM focus, partnerships p"
    " LEFT JOIN partnership_profiles f ON f.partnership_id = p.id"
    " WHERE COALESCE(f.network_id, focus.default_network) = focus.network"
    " AND (focus.country IS NULL OR EXISTS (SELECT 1 FROM partnership_countries c"
    " WHERE c.partnership_id = p.id AND c.country = focus.country))"
    " AND (focus.topic IS NULL OR EXISTS (SELECT 1 FROM partnership_topics t"
    " WHERE t.partnership_id = p.id AND t.topic = focus.topic))"
)
_STAFF_ROLE = (
    "EXISTS (SELECT 1 FROM roles r WHERE r.user_id = u.user_id AND r.role IN ({roles})"
    f" AND r.partnership_id IN ({NETWORK_PARTNERSHIPS}))"
)
_ROLE_CLAUSES = {
    "participants": f"u.partnership_id IN ({NETWORK_PARTNERSHIPS})"
    " AND NOT EXISTS (SELECT 1 FROM roles r WHERE r.user_id = u.user_id"
    " AND r.partnership_id = u.partnership_id"
    " AND r.role IN ('organiser', 'coach'))",
    "organisers": _STAFF_ROLE.format(roles="'organiser'"),
    "coaches": _STAFF_ROLE.format(roles="'coach'"),
    "everyone": f"(u.partnership_id IN ({NETWORK_PARTNERSHIPS}) OR "
    + _STAFF_ROLE.format(roles="'organiser', 'coach'")
    + ")",
}


async def recipients(
    conn: aiosqlite.Connection, network_id: int, audience: NewsletterAudience
) -> list[tuple[int, str]]:
    """(user id, language) of everyone the newsletter reaches: onboarded, reachable, not
    muted (the same people as announcements), in user id order. The preview counts these."""
    query = (
        NETWORK_FOCUS + "SELECT u.user_id, u.language FROM participants u"
        " WHERE u.privacy_accepted_at IS NOT NULL AND u.reachable = 1"
        " AND u.announcements_muted = 0 AND " + _ROLE_CLAUSES[audience.role]
    )
    params = [DEFAULT_NETWORK, network_id, audience.country, audience.topic]
    async with conn.execute(query + " ORDER BY u.user_id", params) as cur:
        return [(row[0], row[1]) for row in await cur.fetchall()]


async def focus_options(conn: aiosqlite.Connection, network_id: int) -> tuple[list[str], list[str]]:
    """The countries and topics the network's partnerships name (the audience's choices)."""
    network = (
        "SELECT p.id FROM partnerships p LEFT JOIN partnership_profiles f"
        " ON f.partnership_id = p.id WHERE COALESCE(f.network_id, ?) = ?"
    )
    found: list[list[str]] = []
    for table, column in (("partnership_countries", "country"), ("partnership_topics", "topic")):
        async with conn.execute(
            f"SELECT DISTINCT {column} FROM {table} WHERE partnership_id IN ({network})"
            f" ORDER BY {column}",
            (DEFAULT_NETWORK, network_id),
        ) as cur:
            found.append([row[0] for row in await cur.fetchall()])
    return found[0], found[1]


async def create(
    conn: aiosqlite.Connection,
    draft: NewsletterDraft,
    created_by: int,
    status: BroadcastStatus,
    when: datetime | None,
    now: datetime,
) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO newsletters (network_id, created_by, language, sections, machine, audience,"
        " status, scheduled_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            draft.network_id,
            created_by,
            draft.language,
            json.dumps(
                {k: sections_to_json(v) for k, v in draft.versions.items()}, ensure_ascii=False
            ),
            json.dumps(sorted(draft.machine)),
            json.dumps(draft.audience.to_dict()),
            status.value,
            time_to_sql(when),
            time_to_sql(now),
        ),
    )
    return row_id


async def get(conn: aiosqlite.Connection, newsletter_id: int) -> Newsletter | None:
    async with conn.execute(
        "SELECT id, network_id, created_by, language, sections, machine, audience, status,"
        " scheduled_at, broadcast_id FROM newsletters WHERE id = ?",
        (newsletter_id,),
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        return None
    return Newsletter(
        id=row["id"],
        network_id=row["network_id"],
        created_by=row["created_by"],
        language=row["language"],
        versions={k: sections_from_json(v) for k, v in json.loads(row["sections"]).items()},
        machine=frozenset(json.loads(row["machine"])),
        audience=NewsletterAudience.from_dict(json.loads(row["audience"])),
        status=BroadcastStatus(row["status"]),
        scheduled_at=time_from_sql(row["scheduled_at"]),
        broadcast_id=row["broadcast_id"],
    )


async def mark(
    conn: aiosqlite.Connection,
    newsletter_id: int,
    status: BroadcastStatus,
    broadcast_id: int | None = None,
) -> None:
    await conn.execute(
        "UPDATE newsletters SET status = ?, broadcast_id = COALESCE(?, broadcast_id) WHERE id = ?",
        (status.value, broadcast_id, newsletter_id),
    )


async def create_delivery(
    conn: aiosqlite.Connection,
    newsletter: Newsletter,
    texts: dict[str, str],
    progress: tuple[int, int] | None,
    now: datetime,
) -> int:
    """The newsletter's row in `broadcasts` (no partnership): the delivery worker tags its
    outbox rows with it and the progress reporter edits the staff member's message."""
    row_id = await new_id(
        conn,
        "INSERT INTO broadcasts (partnership_id, created_by, status, audience, default_language,"
        " texts, scheduled_at, started_at, progress_chat_id, progress_message_id, created_at)"
        " VALUES (NULL, ?, 'sending', ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            newsletter.created_by,
            # The announcements' audience shape; who is reached is the newsletter's audience.
            json.dumps({"kind": "all", "value": None}),
            newsletter.language,
            json.dumps(texts, ensure_ascii=False),
            time_to_sql(newsletter.scheduled_at),
            time_to_sql(now),
            progress[0] if progress else None,
            progress[1] if progress else None,
            time_to_sql(now),
        ),
    )
    return row_id


async def recent(conn: aiosqlite.Connection, network_id: int, limit: int = 5) -> list[Newsletter]:
    async with conn.execute(
        "SELECT id FROM newsletters WHERE network_id = ? ORDER BY id DESC LIMIT ?",
        (network_id, limit),
    ) as cur:
        ids = [row[0] for row in await cur.fetchall()]
    found = [await get(conn, i) for i in ids]
    return [n for n in found if n is not None]
