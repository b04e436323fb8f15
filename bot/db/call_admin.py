"""What administrators read and change about calls beyond `bot/db/calls.py`: application
counts per call, reviewers with their names, and the edits of questions and criteria."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from bot.db.calls import reviewers
from bot.db.codec import names_to_sql
from bot.domain.texts import LocalizedName


@dataclass(frozen=True)
class ApplicationCounts:
    drafts: int = 0
    submitted: int = 0

    @property
    def any(self) -> bool:
        return bool(self.drafts or self.submitted)


async def application_counts(conn: aiosqlite.Connection) -> dict[int, ApplicationCounts]:
    """Call id -> its drafts and submitted applications (withdrawn ones are not counted)."""
    async with conn.execute(
        "SELECT call_id, SUM(status IN ('draft', 'not_submitted')) AS drafts,"
        " SUM(status = 'submitted') AS submitted FROM applications GROUP BY call_id"
    ) as cur:
        return {
            r["call_id"]: ApplicationCounts(r["drafts"] or 0, r["submitted"] or 0)
            for r in await cur.fetchall()
        }


async def has_applications(conn: aiosqlite.Connection, call_id: int) -> bool:
    async with conn.execute(
        "SELECT 1 FROM applications WHERE call_id = ? LIMIT 1", (call_id,)
    ) as cur:
        return await cur.fetchone() is not None


@dataclass(frozen=True)
class ReviewerRow:
    user_id: int
    links: tuple[str, ...]
    first_name: str | None


async def reviewer_rows(conn: aiosqlite.Connection, call_id: int) -> list[ReviewerRow]:
    """The call's reviewers in the order they joined, with the first name they joined with."""
    links = await reviewers(conn, call_id)
    async with conn.execute(
        "SELECT user_id, first_name FROM call_reviewers WHERE call_id = ?", (call_id,)
    ) as cur:
        names = {r["user_id"]: r["first_name"] for r in await cur.fetchall()}
    return [ReviewerRow(uid, found, names.get(uid)) for uid, found in links.items()]


async def set_reviewer_first_name(
    conn: aiosqlite.Connection, call_id: int, user_id: int, first_name: str | None
) -> None:
    await conn.execute(
        "UPDATE call_reviewers SET first_name = ? WHERE call_id = ? AND user_id = ?",
        (first_name, call_id, user_id),
    )


_OPEN_ASSIGNMENTS = (
    " FROM review_assignments a WHERE a.reviewer_id = ?"
    " AND a.application_id IN (SELECT id FROM applications WHERE call_id = ?)"
    " AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.application_id = a.application_id"
    " AND r.reviewer_id = a.reviewer_id AND r.submitted_at IS NOT NULL)"
)


async def open_assignments(conn: aiosqlite.Connection, call_id: int, user_id: int) -> list[int]:
    """The reviewer's applications of the call that have no submitted review of theirs."""
    async with conn.execute(
        "SELECT a.application_id" + _OPEN_ASSIGNMENTS + " ORDER BY a.application_id",
        (user_id, call_id),
    ) as cur:
        return [row[0] for row in await cur.fetchall()]


async def drop_open_assignments(conn: aiosqlite.Connection, call_id: int, user_id: int) -> int:
    """Forget those assignments and their unfinished scores; submitted reviews stay."""
    dropped = await open_assignments(conn, call_id, user_id)
    for table in ("review_scores", "reviews", "review_assignments"):
        await conn.executemany(
            f"DELETE FROM {table} WHERE application_id = ? AND reviewer_id = ?",
            [(application_id, user_id) for application_id in dropped],
        )
    return len(dropped)


# ------------------------------------------------------------------ questions and criteria
async def set_question(
    conn: aiosqlite.Connection,
    question_id: int,
    *,
    required: bool | None = None,
    max_length: int | None = None,
    texts: LocalizedName | None = None,
) -> None:
    if required is not None:
        await conn.execute(
            "UPDATE call_questions SET required = ? WHERE id = ?", (int(required), question_id)
        )
    if max_length is not None:
        await conn.execute(
            "UPDATE call_questions SET max_length = ? WHERE id = ?", (max_length, question_id)
        )
    if texts is not None:
        await conn.execute(
            "UPDATE call_questions SET texts = ? WHERE id = ?", (names_to_sql(texts), question_id)
        )


async def remove_question(conn: aiosqlite.Connection, question_id: int) -> None:
    await conn.execute("DELETE FROM call_questions WHERE id = ?", (question_id,))


async def set_criterion_weight(conn: aiosqlite.Connection, criterion_id: int, weight: int) -> None:
    await conn.execute("UPDATE call_criteria SET weight = ? WHERE id = ?", (weight, criterion_id))


async def remove_criterion(conn: aiosqlite.Connection, criterion_id: int) -> None:
    await conn.execute("DELETE FROM call_criteria WHERE id = ?", (criterion_id,))


async def has_reviews(conn: aiosqlite.Connection, call_id: int) -> bool:
    """Whether any reviewer has started scoring an application of the call."""
    async with conn.execute(
        "SELECT 1 FROM applications a WHERE a.call_id = ? AND ("
        " EXISTS (SELECT 1 FROM reviews r WHERE r.application_id = a.id)"
        " OR EXISTS (SELECT 1 FROM review_scores s WHERE s.application_id = a.id)) LIMIT 1",
        (call_id,),
    ) as cur:
        return await cur.fetchone() is not None
