"""Review assignments, reviews with their scores, and translations of answers for reviewers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Literal

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.domain.call_reviews import Pair, Review

TranslationSource = Literal["machine", "human"]


# ------------------------------------------------------------------ assignments
async def assignments(conn: aiosqlite.Connection, call_id: int) -> list[Pair]:
    """Every (application id, reviewer id) of the call, in the order they were made."""
    async with conn.execute(
        "SELECT r.application_id, r.reviewer_id FROM review_assignments r"
        " JOIN applications a ON a.id = r.application_id WHERE a.call_id = ?"
        " ORDER BY r.assigned_at, r.application_id, r.reviewer_id",
        (call_id,),
    ) as cur:
        return [(r["application_id"], r["reviewer_id"]) for r in await cur.fetchall()]


async def assign(conn: aiosqlite.Connection, pairs: Iterable[Pair], now: datetime) -> int:
    """Store new assignments (ones already there stay as they are); how many were new."""
    added = 0
    for application_id, reviewer_id in pairs:
        cur = await conn.execute(
            "INSERT INTO review_assignments (application_id, reviewer_id, assigned_at)"
            " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (application_id, reviewer_id, time_to_sql(now)),
        )
        added += cur.rowcount
    return added


async def is_assigned(conn: aiosqlite.Connection, application_id: int, reviewer_id: int) -> bool:
    async with conn.execute(
        "SELECT 1 FROM review_assignments WHERE application_id = ? AND reviewer_id = ?",
        (application_id, reviewer_id),
    ) as cur:
        return await cur.fetchone() is not None


async def assigned_to(conn: aiosqlite.Connection, call_id: int, reviewer_id: int) -> list[int]:
    """The ids of the call's applications the reviewer is to review, in id order."""
    async with conn.execute(
        "SELECT r.application_id FROM review_assignments r"
        " JOIN applications a ON a.id = r.application_id"
        " WHERE a.call_id = ? AND r.reviewer_id = ? ORDER BY r.application_id",
        (call_id, reviewer_id),
    ) as cur:
        return [r["application_id"] for r in await cur.fetchall()]


# ------------------------------------------------------------------ reviews
async def get(conn: aiosqlite.Connection, application_id: int, reviewer_id: int) -> Review | None:
    found = await _load(
        conn, "application_id = ? AND reviewer_id = ?", (application_id, reviewer_id)
    )
    return found[0] if found else None


async def for_call(conn: aiosqlite.Connection, call_id: int) -> list[Review]:
    """Every review (submitted or still being scored) of the call's applications."""
    return await _load(
        conn, "application_id IN (SELECT id FROM applications WHERE call_id = ?)", (call_id,)
    )


async def for_application(conn: aiosqlite.Connection, application_id: int) -> list[Review]:
    return await _load(conn, "application_id = ?", (application_id,))


async def _load(conn: aiosqlite.Connection, where: str, params: tuple[int, ...]) -> list[Review]:
    async with conn.execute(
        "SELECT application_id, reviewer_id, note, submitted_at FROM reviews"
        f" WHERE {where} ORDER BY application_id, submitted_at, reviewer_id",
        params,
    ) as cur:
        rows = await cur.fetchall()
    async with conn.execute(
        f"SELECT application_id, reviewer_id, criterion_id, score FROM review_scores WHERE {where}",
        params,
    ) as cur:
        scores: dict[tuple[int, int], dict[int, int]] = {}
        for s in await cur.fetchall():
            key = (s["application_id"], s["reviewer_id"])
            scores.setdefault(key, {})[s["criterion_id"]] = s["score"]
    return [
        Review(
            application_id=r["application_id"],
            reviewer_id=r["reviewer_id"],
            scores=scores.get((r["application_id"], r["reviewer_id"]), {}),
            note=r["note"],
            submitted_at=time_from_sql(r["submitted_at"]),
        )
        for r in rows
    ]


async def _ensure(conn: aiosqlite.Connection, application_id: int, reviewer_id: int) -> None:
    await conn.execute(
        "INSERT INTO reviews (application_id, reviewer_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        (application_id, reviewer_id),
    )


async def set_score(
    conn: aiosqlite.Connection, application_id: int, reviewer_id: int, criterion_id: int, score: int
) -> None:
    await _ensure(conn, application_id, reviewer_id)
    await conn.execute(
        "INSERT INTO review_scores (application_id, reviewer_id, criterion_id, score)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (application_id, reviewer_id, criterion_id)"
        " DO UPDATE SET score = excluded.score",
        (application_id, reviewer_id, criterion_id, score),
    )


async def set_note(
    conn: aiosqlite.Connection, application_id: int, reviewer_id: int, note: str | None
) -> None:
    await _ensure(conn, application_id, reviewer_id)
    await conn.execute(
        "UPDATE reviews SET note = ? WHERE application_id = ? AND reviewer_id = ?",
        (note, application_id, reviewer_id),
    )


async def submit(
    conn: aiosqlite.Connection, application_id: int, reviewer_id: int, now: datetime
) -> None:
    await conn.execute(
        "UPDATE reviews SET submitted_at = ? WHERE application_id = ? AND reviewer_id = ?"
        " AND submitted_at IS NULL",
        (time_to_sql(now), application_id, reviewer_id),
    )


# ------------------------------------------------------------------ translations of answers
async def translation(
    conn: aiosqlite.Connection, application_id: int, question_id: int, party_id: int, language: str
) -> tuple[str, TranslationSource] | None:
    async with conn.execute(
        "SELECT text, source FROM answer_translations WHERE application_id = ?"
        " AND question_id = ? AND party_id = ? AND language = ?",
        (application_id, question_id, party_id, language),
    ) as cur:
        row = await cur.fetchone()
    return (row["text"], row["source"]) if row is not None else None


async def save_translation(
    conn: aiosqlite.Connection,
    application_id: int,
    question_id: int,
    party_id: int,
    language: str,
    text: str,
    source: TranslationSource,
    now: datetime,
) -> None:
    """Keep a translation; a machine one never replaces a person's."""
    await conn.execute(
        "INSERT INTO answer_translations (application_id, question_id, party_id, language, text,"
        " source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (application_id, question_id, party_id, language) DO UPDATE SET"
        " text = excluded.text, source = excluded.source, created_at = excluded.created_at"
        " WHERE answer_translations.source = 'machine' OR excluded.source = 'human'",
        (application_id, question_id, party_id, language, text, source, time_to_sql(now)),
    )
