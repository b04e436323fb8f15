"""Programme calls with their questions, documents, criteria, reviewers and links."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal

import aiosqlite

from bot.db.codec import names_from_sql, names_to_sql, time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.domain.calls import Call, Criterion, DocumentRequirement, Question
from bot.domain.texts import LocalizedName

TokenPurpose = Literal["reviewer", "co_applicant"]

# Columns of `calls` an administrator may change after creating the call.
EDITABLE = frozenset(
    {
        "titles",
        "texts",
        "countries",
        "themes",
        "time_zone",
        "opens_at",
        "deadline_at",
        "decision_by",
        "reviewers_per_application",
        "blind",
        "document_retention_days",
        "published_at",
    }
)


def _names_list(items: tuple[LocalizedName, ...]) -> str:
    return json.dumps([i.to_dict() for i in items], ensure_ascii=False, sort_keys=True)


def _names_tuple(raw: str) -> tuple[LocalizedName, ...]:
    return tuple(LocalizedName(v) for v in json.loads(raw))


def _required_time(raw: str) -> datetime:
    moment = time_from_sql(raw)
    assert moment is not None
    return moment


async def create(conn: aiosqlite.Connection, call: Call, now: datetime) -> int:
    """Insert a call with its questions, documents and criteria (their ids are ignored)."""
    call_id = await new_id(
        conn,
        "INSERT INTO calls (titles, texts, countries, themes, time_zone, opens_at, deadline_at,"
        " decision_by, reviewers_per_application, blind, document_retention_days, published_at,"
        " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            names_to_sql(call.title),
            names_to_sql(call.text),
            json.dumps(list(call.countries)),
            _names_list(call.themes),
            call.time_zone,
            time_to_sql(call.opens_at),
            time_to_sql(call.deadline_at),
            time_to_sql(call.decision_by),
            call.reviewers_per_application,
            int(call.blind),
            call.document_retention_days,
            time_to_sql(call.published_at),
            call.created_by,
            time_to_sql(now),
        ),
    )
    for question in call.questions:
        await add_question(conn, call_id, question)
    for document in call.documents:
        await add_document(conn, call_id, document)
    for criterion in call.criteria:
        await add_criterion(conn, call_id, criterion)
    return call_id


async def add_question(conn: aiosqlite.Connection, call_id: int, question: Question) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO call_questions (call_id, position, kind, field, texts, choices, required,"
        " max_length) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            call_id,
            question.position,
            question.kind,
            question.field,
            names_to_sql(question.text) if question.text is not None else "{}",
            _names_list(question.choices),
            int(question.required),
            question.max_length,
        ),
    )
    return row_id


async def add_document(
    conn: aiosqlite.Connection, call_id: int, document: DocumentRequirement
) -> int:
    return await new_id(
        conn,
        "INSERT INTO call_documents (call_id, position, names, required, max_bytes, file_types)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            call_id,
            document.position,
            names_to_sql(document.name),
            int(document.required),
            document.max_bytes,
            json.dumps(list(document.file_types)),
        ),
    )


async def add_criterion(conn: aiosqlite.Connection, call_id: int, criterion: Criterion) -> int:
    row_id = await new_id(
        conn,
        "INSERT INTO call_criteria (call_id, position, names, weight, scale_max)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            call_id,
            criterion.position,
            names_to_sql(criterion.name),
            criterion.weight,
            criterion.scale_max,
        ),
    )
    return row_id


async def update(conn: aiosqlite.Connection, call_id: int, values: Mapping[str, Any]) -> None:
    """Change columns of a call (names from EDITABLE; values already in their SQL form)."""
    unknown = set(values) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    if not values:
        return
    assignments = ", ".join(f"{column} = ?" for column in values)
    await conn.execute(
        f"UPDATE calls SET {assignments} WHERE id = ?",
        (*values.values(), call_id),
    )


_CALL_COLUMNS = (
    "SELECT id, titles, texts, countries, themes, time_zone, opens_at, deadline_at, decision_by,"
    " reviewers_per_application, blind, document_retention_days, published_at, created_by"
    " FROM calls"
)


async def get(conn: aiosqlite.Connection, call_id: int) -> Call | None:
    async with conn.execute(f"{_CALL_COLUMNS} WHERE id = ?", (call_id,)) as cur:
        row = await cur.fetchone()
    return await _complete(conn, row) if row is not None else None


async def all_calls(conn: aiosqlite.Connection) -> list[Call]:
    """Every call, newest deadline first."""
    async with conn.execute(f"{_CALL_COLUMNS} ORDER BY deadline_at DESC, id DESC") as cur:
        rows = await cur.fetchall()
    return [await _complete(conn, row) for row in rows]


async def _complete(conn: aiosqlite.Connection, row: Any) -> Call:
    call_id = row["id"]
    async with conn.execute(
        "SELECT id, position, kind, field, texts, choices, required, max_length"
        " FROM call_questions WHERE call_id = ? ORDER BY position, id",
        (call_id,),
    ) as cur:
        questions = tuple(
            Question(
                id=q["id"],
                call_id=call_id,
                position=q["position"],
                kind=q["kind"],
                text=None if q["texts"] == "{}" else names_from_sql(q["texts"]),
                field=q["field"],
                choices=_names_tuple(q["choices"]),
                required=bool(q["required"]),
                max_length=q["max_length"],
            )
            for q in await cur.fetchall()
        )
    async with conn.execute(
        "SELECT id, position, names, required, max_bytes, file_types"
        " FROM call_documents WHERE call_id = ? ORDER BY position, id",
        (call_id,),
    ) as cur:
        documents = tuple(
            DocumentRequirement(
                id=d["id"],
                call_id=call_id,
                position=d["position"],
                name=names_from_sql(d["names"]),
                required=bool(d["required"]),
                max_bytes=d["max_bytes"],
                file_types=tuple(json.loads(d["file_types"])),
            )
            for d in await cur.fetchall()
        )
    async with conn.execute(
        "SELECT id, position, names, weight, scale_max"
        " FROM call_criteria WHERE call_id = ? ORDER BY position, id",
        (call_id,),
    ) as cur:
        criteria = tuple(
            Criterion(
                id=c["id"],
                call_id=call_id,
                position=c["position"],
                name=names_from_sql(c["names"]),
                weight=c["weight"],
                scale_max=c["scale_max"],
            )
            for c in await cur.fetchall()
        )
    return Call(
        id=call_id,
        title=names_from_sql(row["titles"]),
        text=names_from_sql(row["texts"]),
        countries=tuple(json.loads(row["countries"])),
        themes=_names_tuple(row["themes"]),
        time_zone=row["time_zone"],
        opens_at=_required_time(row["opens_at"]),
        deadline_at=_required_time(row["deadline_at"]),
        decision_by=_required_time(row["decision_by"]),
        reviewers_per_application=row["reviewers_per_application"],
        blind=bool(row["blind"]),
        document_retention_days=row["document_retention_days"],
        published_at=time_from_sql(row["published_at"]),
        created_by=row["created_by"],
        questions=questions,
        documents=documents,
        criteria=criteria,
    )


# ------------------------------------------------------------------ reviewers
async def add_reviewer(
    conn: aiosqlite.Connection, call_id: int, user_id: int, links: list[str], now: datetime
) -> None:
    """Make someone a reviewer of the call (again: their links are replaced)."""
    await conn.execute(
        "INSERT INTO call_reviewers (call_id, user_id, links, joined_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (call_id, user_id) DO UPDATE SET links = excluded.links",
        (call_id, user_id, json.dumps(links, ensure_ascii=False), time_to_sql(now)),
    )


async def reviewers(conn: aiosqlite.Connection, call_id: int) -> dict[int, tuple[str, ...]]:
    """Reviewer id -> the cities and organisations they said they are linked to."""
    async with conn.execute(
        "SELECT user_id, links FROM call_reviewers WHERE call_id = ? ORDER BY joined_at, user_id",
        (call_id,),
    ) as cur:
        return {r["user_id"]: tuple(json.loads(r["links"])) for r in await cur.fetchall()}


async def reviews_calls(conn: aiosqlite.Connection, user_id: int) -> list[int]:
    async with conn.execute(
        "SELECT call_id FROM call_reviewers WHERE user_id = ? ORDER BY call_id", (user_id,)
    ) as cur:
        return [r["call_id"] for r in await cur.fetchall()]


async def remove_reviewer(conn: aiosqlite.Connection, call_id: int, user_id: int) -> None:
    await conn.execute(
        "DELETE FROM call_reviewers WHERE call_id = ? AND user_id = ?", (call_id, user_id)
    )


# ------------------------------------------------------------------ links
async def create_token(
    conn: aiosqlite.Connection,
    token: str,
    call_id: int,
    purpose: TokenPurpose,
    created_by: int,
    now: datetime,
    expires_at: datetime,
    application_id: int | None = None,
) -> None:
    await conn.execute(
        "INSERT INTO call_tokens (token, call_id, application_id, purpose, created_by,"
        " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            token,
            call_id,
            application_id,
            purpose,
            created_by,
            time_to_sql(now),
            time_to_sql(expires_at),
        ),
    )


async def token(conn: aiosqlite.Connection, value: str) -> dict[str, Any] | None:
    """The link's row (call_id, application_id, purpose, created_by, expires_at, used_by)."""
    async with conn.execute(
        "SELECT token, call_id, application_id, purpose, created_by, expires_at, used_by"
        " FROM call_tokens WHERE token = ?",
        (value,),
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        return None
    found = dict(row)
    found["expires_at"] = time_from_sql(found["expires_at"])
    return found


async def use_token(conn: aiosqlite.Connection, value: str, user_id: int, now: datetime) -> bool:
    """Claim a one-time link; False when someone else claimed it first."""
    cur = await conn.execute(
        "UPDATE call_tokens SET used_by = ?, used_at = ? WHERE token = ? AND used_by IS NULL",
        (user_id, time_to_sql(now), value),
    )
    return cur.rowcount == 1
