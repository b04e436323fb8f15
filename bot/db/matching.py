"""Matching rounds and proposals."""

from __future__ import annotations

import json
from datetime import datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.domain.matching import MatchIdea, MatchPerson
from bot.domain.teams import MatchingRound, Proposal, ProposalStatus, RoundStatus


async def settings(conn: aiosqlite.Connection, partnership_id: int) -> tuple[int, int]:
    async with conn.execute(
        "SELECT min_size, max_size FROM matching_settings WHERE partnership_id = ?",
        (partnership_id,),
    ) as cur:
        row = await cur.fetchone()
    return (row[0], row[1]) if row else (3, 8)


async def save_settings(
    conn: aiosqlite.Connection, partnership_id: int, low: int, high: int
) -> None:
    await conn.execute(
        "INSERT INTO matching_settings (partnership_id, min_size, max_size) VALUES (?, ?, ?)"
        " ON CONFLICT (partnership_id) DO UPDATE SET min_size = excluded.min_size,"
        " max_size = excluded.max_size",
        (partnership_id, low, high),
    )


def _round(row: aiosqlite.Row) -> MatchingRound:
    return MatchingRound(row[0], row[1], row[2], RoundStatus(row[3]), time_from_sql(row[4]))


async def latest_round(conn: aiosqlite.Connection, partnership_id: int) -> MatchingRound | None:
    async with conn.execute(
        "SELECT id, partnership_id, number, status, deadline FROM matching_rounds"
        " WHERE partnership_id = ? ORDER BY id DESC LIMIT 1",
        (partnership_id,),
    ) as cur:
        row = await cur.fetchone()
    return _round(row) if row else None


async def get_round(conn: aiosqlite.Connection, round_id: int) -> MatchingRound | None:
    async with conn.execute(
        "SELECT id, partnership_id, number, status, deadline FROM matching_rounds WHERE id = ?",
        (round_id,),
    ) as cur:
        row = await cur.fetchone()
    return _round(row) if row else None


async def create_round(
    conn: aiosqlite.Connection, partnership_id: int, created_by: int, now: datetime
) -> int:
    async with conn.execute(
        "SELECT COALESCE(MAX(number), 0) FROM matching_rounds WHERE partnership_id = ?",
        (partnership_id,),
    ) as cur:
        row = await cur.fetchone()
    row_id = await new_id(
        conn,
        "INSERT INTO matching_rounds (partnership_id, number, status, created_by, created_at)"
        " VALUES (?, ?, 'draft', ?, ?)",
        (partnership_id, (row[0] if row else 0) + 1, created_by, time_to_sql(now)),
    )
    return row_id


async def set_round(
    conn: aiosqlite.Connection, round_id: int, status: RoundStatus, deadline: datetime | None
) -> None:
    await conn.execute(
        "UPDATE matching_rounds SET status = ?, deadline = COALESCE(?, deadline) WHERE id = ?",
        (status.value, time_to_sql(deadline), round_id),
    )


async def replace_proposals(
    conn: aiosqlite.Connection, round_id: int, proposals: list[Proposal]
) -> None:
    await conn.execute("DELETE FROM matching_proposals WHERE round_id = ?", (round_id,))
    await conn.executemany(
        "INSERT INTO matching_proposals (round_id, user_id, idea_id, status, reasons,"
        " needs_interpretation) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                round_id,
                p.user_id,
                p.idea_id,
                p.status.value,
                json.dumps(p.reasons),
                int(p.needs_interpretation),
            )
            for p in proposals
        ],
    )


def _proposal(row: aiosqlite.Row) -> Proposal:
    return Proposal(
        row[0], row[1], row[2], ProposalStatus(row[3]), json.loads(row[4]), bool(row[5])
    )


_PROPOSAL = "round_id, user_id, idea_id, status, reasons, needs_interpretation"


async def proposals(conn: aiosqlite.Connection, round_id: int) -> list[Proposal]:
    async with conn.execute(
        f"SELECT {_PROPOSAL} FROM matching_proposals WHERE round_id = ? ORDER BY idea_id, user_id",
        (round_id,),
    ) as cur:
        return [_proposal(r) for r in await cur.fetchall()]


async def proposal(conn: aiosqlite.Connection, round_id: int, user_id: int) -> Proposal | None:
    async with conn.execute(
        f"SELECT {_PROPOSAL} FROM matching_proposals WHERE round_id = ? AND user_id = ?",
        (round_id, user_id),
    ) as cur:
        row = await cur.fetchone()
    return _proposal(row) if row else None


async def set_proposal(
    conn: aiosqlite.Connection,
    round_id: int,
    user_id: int,
    status: ProposalStatus,
    now: datetime | None,
    idea_id: int | None = None,
) -> None:
    await conn.execute(
        "UPDATE matching_proposals SET status = ?, responded_at = ?,"
        " idea_id = COALESCE(?, idea_id) WHERE round_id = ? AND user_id = ?",
        (status.value, time_to_sql(now), idea_id, round_id, user_id),
    )


async def publish_proposals(conn: aiosqlite.Connection, round_id: int) -> None:
    await conn.execute(
        "UPDATE matching_proposals SET status = 'proposed' WHERE round_id = ? AND status = 'draft'",
        (round_id,),
    )


async def expire_open(conn: aiosqlite.Connection, round_id: int, now: datetime) -> list[int]:
    async with conn.execute(
        "SELECT user_id FROM matching_proposals WHERE round_id = ? AND status = 'proposed'",
        (round_id,),
    ) as cur:
        users = [r[0] for r in await cur.fetchall()]
    await conn.execute(
        "UPDATE matching_proposals SET status = 'expired', responded_at = ?"
        " WHERE round_id = ? AND status = 'proposed'",
        (time_to_sql(now), round_id),
    )
    return users


async def declined_pairs(conn: aiosqlite.Connection, partnership_id: int) -> list[tuple[int, int]]:
    async with conn.execute(
        "SELECT p.user_id, p.idea_id FROM matching_proposals p"
        " JOIN matching_rounds r ON r.id = p.round_id"
        " WHERE r.partnership_id = ? AND p.status = 'declined'",
        (partnership_id,),
    ) as cur:
        return [(r[0], r[1]) for r in await cur.fetchall()]


async def pending_users(conn: aiosqlite.Connection, partnership_id: int) -> set[int]:
    """People with an open proposal in a published round (not to be proposed again)."""
    async with conn.execute(
        "SELECT p.user_id FROM matching_proposals p JOIN matching_rounds r ON r.id = p.round_id"
        " WHERE r.partnership_id = ? AND r.status = 'published' AND p.status = 'proposed'",
        (partnership_id,),
    ) as cur:
        return {r[0] for r in await cur.fetchall()}


async def accepted_for_idea(conn: aiosqlite.Connection, round_id: int, idea_id: int) -> list[int]:
    async with conn.execute(
        "SELECT user_id FROM matching_proposals WHERE round_id = ? AND idea_id = ?"
        " AND status = 'accepted' ORDER BY user_id",
        (round_id, idea_id),
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def drop_idea(conn: aiosqlite.Connection, round_id: int, idea_id: int) -> None:
    await conn.execute(
        "INSERT INTO matching_dropped (round_id, idea_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        (round_id, idea_id),
    )


async def dropped(conn: aiosqlite.Connection, round_id: int) -> list[int]:
    async with conn.execute(
        "SELECT idea_id FROM matching_dropped WHERE round_id = ?", (round_id,)
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def match_ideas(conn: aiosqlite.Connection, partnership_id: int) -> list[MatchIdea]:
    async with conn.execute(
        "SELECT i.id, i.city_id, i.author_id,"
        " COALESCE((SELECT GROUP_CONCAT(t.theme_id, ' ') FROM idea_themes t"
        "           WHERE t.idea_id = i.id), '')"
        " FROM ideas i WHERE i.partnership_id = ? AND i.status = 'published' ORDER BY i.id",
        (partnership_id,),
    ) as cur:
        rows = await cur.fetchall()
    return [MatchIdea(r[0], r[1], frozenset(int(t) for t in r[3].split()), r[2]) for r in rows]


async def match_people(conn: aiosqlite.Connection, partnership_id: int) -> list[MatchPerson]:
    """Onboarded, reachable participants with their signals (spoken and chosen languages)."""
    async with conn.execute(
        "SELECT p.user_id, p.city_id, p.language,"
        " COALESCE((SELECT GROUP_CONCAT(l.language, ' ') FROM participant_languages l"
        "           WHERE l.user_id = p.user_id), ''),"
        " COALESCE((SELECT GROUP_CONCAT(i.theme_id, ' ') FROM participant_interests i"
        "           WHERE i.user_id = p.user_id), ''),"
        " COALESCE((SELECT GROUP_CONCAT(s.idea_id, ' ') FROM idea_supporters s"
        "           JOIN ideas d ON d.id = s.idea_id WHERE s.user_id = p.user_id"
        "           AND d.partnership_id = p.partnership_id), ''),"
        " COALESCE((SELECT GROUP_CONCAT(v.idea_id, ' ') FROM votes v"
        "           WHERE v.user_id = p.user_id AND v.partnership_id = p.partnership_id), '')"
        " FROM participants p WHERE p.partnership_id = ? AND p.privacy_accepted_at IS NOT NULL"
        " AND p.city_id IS NOT NULL AND p.reachable = 1 ORDER BY p.user_id",
        (partnership_id,),
    ) as cur:
        rows = await cur.fetchall()
    return [
        MatchPerson(
            r[0],
            r[1],
            frozenset({r[2], *r[3].split()}),
            frozenset(int(t) for t in r[4].split()),
            frozenset(int(t) for t in r[5].split()),
            frozenset(int(t) for t in r[6].split()),
        )
        for r in rows
    ]
