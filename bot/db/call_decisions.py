"""Decisions on applications, the letters' templates, reviews as the export reads them, and
the forgetting of documents (retention, erasure)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.domain.calls import Decision


async def set_decision(
    conn: aiosqlite.Connection, application_id: int, decision: Decision, now: datetime
) -> bool:
    """Record the decision; False once the letter has gone (it cannot change any more)."""
    cur = await conn.execute(
        "UPDATE applications SET decision = ?, decided_at = ?, updated_at = ?"
        " WHERE id = ? AND decision_sent_at IS NULL AND status = 'submitted'",
        (decision, time_to_sql(now), time_to_sql(now), application_id),
    )
    return cur.rowcount == 1


async def mark_sent(conn: aiosqlite.Connection, application_id: int, now: datetime) -> bool:
    """The letters of this application went out; False when they had already (never twice)."""
    cur = await conn.execute(
        "UPDATE applications SET decision_sent_at = ?, updated_at = ?"
        " WHERE id = ? AND decision_sent_at IS NULL AND decision IS NOT NULL",
        (time_to_sql(now), time_to_sql(now), application_id),
    )
    return cur.rowcount == 1


async def set_partnership(
    conn: aiosqlite.Connection, application_id: int, partnership_id: int
) -> bool:
    """Link the partnership the application became; False when it became one already."""
    cur = await conn.execute(
        "UPDATE applications SET partnership_id = ? WHERE id = ? AND partnership_id IS NULL",
        (partnership_id, application_id),
    )
    return cur.rowcount == 1


async def templates(conn: aiosqlite.Connection, call_id: int) -> dict[tuple[str, str], str]:
    """(decision, language) -> the administrators' own wording of that letter."""
    async with conn.execute(
        "SELECT decision, language, text FROM decision_templates WHERE call_id = ?", (call_id,)
    ) as cur:
        return {(r["decision"], r["language"]): r["text"] for r in await cur.fetchall()}


async def set_template(
    conn: aiosqlite.Connection, call_id: int, decision: Decision, language: str, text: str
) -> None:
    await conn.execute(
        "INSERT INTO decision_templates (call_id, decision, language, text) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (call_id, decision, language) DO UPDATE SET text = excluded.text",
        (call_id, decision, language, text),
    )


async def unreachable(conn: aiosqlite.Connection, user_ids: Iterable[int]) -> set[int]:
    """Of these people, those known to have blocked the bot (applicants without a profile
    are reachable: they wrote to the bot to apply)."""
    wanted = sorted(set(user_ids))
    if not wanted:
        return set()
    marks = ",".join("?" * len(wanted))
    async with conn.execute(
        f"SELECT user_id FROM participants WHERE reachable = 0 AND user_id IN ({marks})", wanted
    ) as cur:
        return {r[0] for r in await cur.fetchall()}


# ------------------------------------------------------------------ for the export
@dataclass(frozen=True)
class ReviewRow:
    application_id: int
    reviewer_id: int
    note: str | None
    submitted_at: datetime | None
    scores: dict[int, int]  # criterion id -> score


async def reviews_of_call(conn: aiosqlite.Connection, call_id: int) -> list[ReviewRow]:
    """Every review of the call's applications with its scores, by application and reviewer."""
    async with conn.execute(
        "SELECT s.application_id, s.reviewer_id, s.criterion_id, s.score FROM review_scores s"
        " JOIN applications a ON a.id = s.application_id WHERE a.call_id = ?",
        (call_id,),
    ) as cur:
        scores: dict[tuple[int, int], dict[int, int]] = {}
        for r in await cur.fetchall():
            key = (r["application_id"], r["reviewer_id"])
            scores.setdefault(key, {})[r["criterion_id"]] = r["score"]
    async with conn.execute(
        "SELECT r.application_id, r.reviewer_id, r.note, r.submitted_at FROM reviews r"
        " JOIN applications a ON a.id = r.application_id WHERE a.call_id = ?"
        " ORDER BY r.application_id, r.reviewer_id",
        (call_id,),
    ) as cur:
        rows = await cur.fetchall()
    return [
        ReviewRow(
            r["application_id"],
            r["reviewer_id"],
            r["note"],
            time_from_sql(r["submitted_at"]),
            scores.get((r["application_id"], r["reviewer_id"]), {}),
        )
        for r in rows
    ]


async def save_review(
    conn: aiosqlite.Connection,
    application_id: int,
    reviewer_id: int,
    scores: dict[int, int],
    note: str | None,
    now: datetime,
) -> None:
    """A submitted review with its scores (demo data and tests; reviewers use the review
    screens)."""
    await conn.execute(
        "INSERT OR REPLACE INTO reviews (application_id, reviewer_id, note, submitted_at)"
        " VALUES (?, ?, ?, ?)",
        (application_id, reviewer_id, note, time_to_sql(now)),
    )
    await conn.executemany(
        "INSERT OR REPLACE INTO review_scores (application_id, reviewer_id, criterion_id, score)"
        " VALUES (?, ?, ?, ?)",
        [(application_id, reviewer_id, c, s) for c, s in scores.items()],
    )


@dataclass(frozen=True)
class TranslationRow:
    application_id: int
    question_id: int
    party_id: int
    language: str
    text: str
    source: str


async def translations_of_call(conn: aiosqlite.Connection, call_id: int) -> list[TranslationRow]:
    async with conn.execute(
        "SELECT t.application_id, t.question_id, t.party_id, t.language, t.text, t.source"
        " FROM answer_translations t JOIN applications a ON a.id = t.application_id"
        " WHERE a.call_id = ? ORDER BY t.application_id, t.question_id, t.party_id, t.language",
        (call_id,),
    ) as cur:
        return [TranslationRow(*r) for r in await cur.fetchall()]


async def person_names(conn: aiosqlite.Connection, user_ids: set[int]) -> dict[int, str]:
    """Display name, else Telegram first name, of these people (those with a profile)."""
    wanted = sorted(user_ids)
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    async with conn.execute(
        "SELECT user_id, COALESCE(NULLIF(display_name, ''), first_name) FROM participants"
        f" WHERE user_id IN ({marks})",
        wanted,
    ) as cur:
        return {r[0]: r[1] for r in await cur.fetchall() if r[1]}


# ------------------------------------------------------------------ documents kept as needed
async def purge_documents(conn: aiosqlite.Connection, call_id: int, now: datetime) -> int:
    """Forget the Telegram files of the call's documents (name, size and checksum stay)."""
    cur = await conn.execute(
        "UPDATE application_documents SET file_id = NULL, purged_at = ?"
        " WHERE file_id IS NOT NULL AND application_id IN"
        " (SELECT id FROM applications WHERE call_id = ?)",
        (time_to_sql(now), call_id),
    )
    return cur.rowcount
