"""Decisions on applications, the letters' templates, reviews as the export reads them, and
the forgetting of documents (retention, erasure)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

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
        "INSERT INTO reviews (application_id, reviewer_id, note, submitted_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (application_id, reviewer_id)"
        " DO UPDATE SET note = excluded.note, submitted_at = excluded.submitted_at",
        (application_id, reviewer_id, note, time_to_sql(now)),
    )
    await conn.executemany(
        "INSERT INTO review_scores (application_id, reviewer_id, criterion_id, score)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (application_id, reviewer_id, criterion_id)"
        " DO UPDATE SET score = excluded.score",
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


# ------------------------------------------------------------------ erasure (/deleteme)
# What names a person in an application: who speaks for the city, how to reach them, and
# the files they uploaded. The city's own answers stay for the review and the decision.
PERSONAL_FIELDS = ("contact_person", "contact_details")


@dataclass(frozen=True)
class CallErasure:
    drafts_deleted: int
    applications_kept: int
    reviews_kept: int


async def erase_applicant(conn: aiosqlite.Connection, user_id: int, now: datetime) -> CallErasure:
    """A draft only the person speaks for goes; in any other application their party stays as
    "the applicant from <city>": no user id, no contact person or contact details, no files
    (name, size and checksum stay for the record), also inside the submitted versions."""
    drafts = await _column(
        conn,
        "SELECT a.id FROM applications a JOIN application_parties p ON p.application_id = a.id"
        " WHERE p.user_id = ? AND a.status IN ('draft', 'not_submitted')"
        " AND (SELECT COUNT(*) FROM application_parties o WHERE o.application_id = a.id) = 1",
        (user_id,),
    )
    await conn.executemany("DELETE FROM applications WHERE id = ?", [(i,) for i in drafts])
    parties = await _column(
        conn, "SELECT id FROM application_parties WHERE user_id = ?", (user_id,)
    )
    kept = await _column(
        conn,
        "SELECT DISTINCT application_id FROM application_parties WHERE user_id = ?",
        (user_id,),
    )
    for party_id in parties:
        await _forget_party(conn, party_id, user_id, now)
    await conn.execute(
        "UPDATE application_parties SET user_id = NULL WHERE user_id = ?", (user_id,)
    )
    await conn.execute(
        "DELETE FROM call_tokens WHERE created_by = ? AND used_by IS NULL", (user_id,)
    )
    await conn.execute("UPDATE call_tokens SET used_by = NULL WHERE used_by = ?", (user_id,))
    await conn.execute("UPDATE call_tokens SET created_by = 0 WHERE created_by = ?", (user_id,))
    await conn.execute("UPDATE calls SET created_by = 0 WHERE created_by = ?", (user_id,))
    reviews = await _erase_reviewer(conn, user_id)
    return CallErasure(len(drafts), len(kept), reviews)


async def _forget_party(
    conn: aiosqlite.Connection, party_id: int, user_id: int, now: datetime
) -> None:
    personal = (
        "SELECT x.question_id, x.text FROM application_answers x"
        " JOIN call_questions q ON q.id = x.question_id"
        f" WHERE x.party_id = ? AND q.kind = 'contact' AND q.field IN {PERSONAL_FIELDS!r}"
    )
    async with conn.execute(personal, (party_id,)) as cur:
        rows = [(r[0], r[1]) for r in await cur.fetchall()]
    for question_id, _ in rows:
        await conn.execute(
            "DELETE FROM application_answers WHERE party_id = ? AND question_id = ?",
            (party_id, question_id),
        )
        await conn.execute(
            "DELETE FROM answer_translations WHERE party_id = ? AND question_id = ?",
            (party_id, question_id),
        )
    await conn.execute(
        "UPDATE application_documents SET file_id = NULL, purged_at = COALESCE(purged_at, ?)"
        " WHERE party_id = ?",
        (time_to_sql(now), party_id),
    )
    await _scrub_versions(conn, party_id, user_id, {text for _, text in rows})


async def _scrub_versions(
    conn: aiosqlite.Connection, party_id: int, user_id: int, texts: set[str]
) -> None:
    """Submitted versions keep what was sent, less the person: their id and the words of
    their contact answers are blanked wherever the snapshot holds them."""
    async with conn.execute(
        "SELECT v.application_id, v.version, v.snapshot FROM application_versions v"
        " JOIN application_parties p ON p.application_id = v.application_id WHERE p.id = ?",
        (party_id,),
    ) as cur:
        rows = await cur.fetchall()
    for application_id, version, raw in rows:
        cleaned = json.dumps(_blank(json.loads(raw), user_id, texts), ensure_ascii=False)
        await conn.execute(
            "UPDATE application_versions SET snapshot = ? WHERE application_id = ? AND version = ?",
            (cleaned, application_id, version),
        )


def _blank(value: Any, user_id: int, texts: set[str]) -> Any:
    if isinstance(value, dict):
        return {
            k: None if k.endswith("user_id") and v == user_id else _blank(v, user_id, texts)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_blank(v, user_id, texts) for v in value]
    if isinstance(value, str) and value in texts:
        return None
    return value


async def _erase_reviewer(conn: aiosqlite.Connection, user_id: int) -> int:
    """Submitted scores stay under a pseudonym (a negative number: the ranking and the
    export keep their totals); notes, unfinished reviews and open assignments go."""
    await conn.execute(
        "DELETE FROM review_scores WHERE reviewer_id = ? AND application_id IN"
        " (SELECT application_id FROM reviews WHERE reviewer_id = ? AND submitted_at IS NULL)",
        (user_id, user_id),
    )
    await conn.execute(
        "DELETE FROM reviews WHERE reviewer_id = ? AND submitted_at IS NULL", (user_id,)
    )
    kept = await _column(
        conn, "SELECT application_id FROM reviews WHERE reviewer_id = ?", (user_id,)
    )
    async with conn.execute(
        "SELECT MIN(m) FROM (SELECT MIN(reviewer_id) AS m FROM reviews"
        " UNION ALL SELECT MIN(reviewer_id) FROM review_scores"
        " UNION ALL SELECT MIN(reviewer_id) FROM review_assignments) AS lowest"
    ) as cur:
        row = await cur.fetchone()
    lowest = row[0] if row and row[0] is not None else 0
    pseudonym = min(lowest, 0) - 1
    await conn.execute(
        "UPDATE reviews SET reviewer_id = ?, note = NULL WHERE reviewer_id = ?",
        (pseudonym, user_id),
    )
    await conn.execute(
        "UPDATE review_scores SET reviewer_id = ? WHERE reviewer_id = ?", (pseudonym, user_id)
    )
    await conn.execute(
        "UPDATE review_assignments SET reviewer_id = ? WHERE reviewer_id = ? AND application_id"
        " IN (SELECT application_id FROM reviews WHERE reviewer_id = ?)",
        (pseudonym, user_id, pseudonym),
    )
    await conn.execute("DELETE FROM review_assignments WHERE reviewer_id = ?", (user_id,))
    await conn.execute("DELETE FROM call_reviewers WHERE user_id = ?", (user_id,))
    return len(kept)


async def _column(conn: aiosqlite.Connection, sql: str, params: tuple[Any, ...]) -> list[int]:
    async with conn.execute(sql, params) as cur:
        return [r[0] for r in await cur.fetchall()]


async def reviews_done(conn: aiosqlite.Connection, call_id: int) -> dict[int, int]:
    """How many submitted reviews each application of the call has (absent: none)."""
    async with conn.execute(
        "SELECT r.application_id, COUNT(*) AS n FROM reviews r"
        " JOIN applications a ON a.id = r.application_id"
        " WHERE a.call_id = ? AND r.submitted_at IS NOT NULL GROUP BY r.application_id",
        (call_id,),
    ) as cur:
        return {r["application_id"]: r["n"] for r in await cur.fetchall()}


async def applicant_city(
    conn: aiosqlite.Connection, partnership_id: int, user_id: int
) -> str | None:
    """The city a person applied for in the application that became this partnership."""
    async with conn.execute(
        "SELECT p.city FROM application_parties p JOIN applications a ON a.id = p.application_id"
        " WHERE a.partnership_id = ? AND p.user_id = ? AND p.city IS NOT NULL LIMIT 1",
        (partnership_id, user_id),
    ) as cur:
        row = await cur.fetchone()
    return row["city"] if row else None
