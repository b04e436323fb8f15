"""Applications to calls: parties, answers, documents and submitted versions."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.domain.calls import Answer, Application, ApplicationStatus, Document, Party, city_key


async def create(
    conn: aiosqlite.Connection, call_id: int, user_id: int, language: str, now: datetime
) -> int:
    """A new draft with its first party (the person who started it)."""
    application_id = await new_id(
        conn,
        "INSERT INTO applications (call_id, status, created_at, updated_at)"
        " VALUES (?, 'draft', ?, ?)",
        (call_id, time_to_sql(now), time_to_sql(now)),
    )
    await add_party(conn, application_id, user_id, language, now)
    return application_id


async def add_party(
    conn: aiosqlite.Connection, application_id: int, user_id: int, language: str, now: datetime
) -> int:
    return await new_id(
        conn,
        "INSERT INTO application_parties (application_id, position, user_id, language, joined_at)"
        " SELECT ?, COALESCE(MAX(position), -1) + 1, ?, ?, ? FROM application_parties"
        " WHERE application_id = ?",
        (application_id, user_id, language, time_to_sql(now), application_id),
    )


async def set_party_details(
    conn: aiosqlite.Connection,
    party_id: int,
    *,
    city: str | None = None,
    country: str | None = None,
    time_zone: str | None = None,
) -> None:
    """Set the given details of a party (None leaves one as it is)."""
    await conn.execute(
        "UPDATE application_parties SET city = COALESCE(?, city),"
        " city_key = COALESCE(?, city_key), country = COALESCE(?, country),"
        " time_zone = COALESCE(?, time_zone) WHERE id = ?",
        (city, city_key(city) if city else None, country, time_zone, party_id),
    )


async def set_party_language(conn: aiosqlite.Connection, party_id: int, language: str) -> None:
    await conn.execute(
        "UPDATE application_parties SET language = ? WHERE id = ?", (language, party_id)
    )


async def save_answer(
    conn: aiosqlite.Connection,
    application_id: int,
    answer: Answer,
    now: datetime,
) -> None:
    """Store (or replace) a party's answer; every sign-off is void once the content changed."""
    await conn.execute(
        "INSERT INTO application_answers (application_id, question_id, party_id, text, choice,"
        " language, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (application_id, question_id, party_id) DO UPDATE SET"
        " text = excluded.text, choice = excluded.choice, language = excluded.language,"
        " updated_at = excluded.updated_at",
        (
            application_id,
            answer.question_id,
            answer.party_id,
            answer.text,
            answer.choice,
            answer.language,
            time_to_sql(now),
        ),
    )
    await conn.execute(
        "DELETE FROM answer_translations WHERE application_id = ? AND question_id = ?"
        " AND party_id = ? AND source = 'machine'",
        (application_id, answer.question_id, answer.party_id),
    )
    await clear_sign_offs(conn, application_id)
    await touch(conn, application_id, now)


async def sign_off(conn: aiosqlite.Connection, party_id: int, now: datetime) -> None:
    await conn.execute(
        "UPDATE application_parties SET signed_off_at = ? WHERE id = ?",
        (time_to_sql(now), party_id),
    )


async def clear_sign_offs(conn: aiosqlite.Connection, application_id: int) -> None:
    await conn.execute(
        "UPDATE application_parties SET signed_off_at = NULL WHERE application_id = ?",
        (application_id,),
    )


async def add_document(
    conn: aiosqlite.Connection, application_id: int, document: Document, now: datetime
) -> int:
    """Attach a document; it replaces an earlier upload for the same requirement."""
    await conn.execute(
        "DELETE FROM application_documents WHERE application_id = ? AND requirement_id = ?",
        (application_id, document.requirement_id),
    )
    row_id = await new_id(
        conn,
        "INSERT INTO application_documents (application_id, requirement_id, party_id, file_id,"
        " file_name, mime_type, size_bytes, sha256, uploaded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            application_id,
            document.requirement_id,
            document.party_id,
            document.file_id,
            document.file_name,
            document.mime_type,
            document.size_bytes,
            document.sha256,
            time_to_sql(document.uploaded_at),
        ),
    )
    await clear_sign_offs(conn, application_id)
    await touch(conn, application_id, now)
    return row_id


async def submit(
    conn: aiosqlite.Connection, application_id: int, snapshot: dict[str, Any], now: datetime
) -> int:
    """Keep this submission as a new version; returns its number (1 for the first)."""
    await conn.execute(
        "UPDATE applications SET status = 'submitted', version = version + 1, submitted_at = ?,"
        " updated_at = ? WHERE id = ?",
        (time_to_sql(now), time_to_sql(now), application_id),
    )
    async with conn.execute(
        "SELECT version FROM applications WHERE id = ?", (application_id,)
    ) as cur:
        row = await cur.fetchone()
    assert row is not None
    version = int(row["version"])
    await conn.execute(
        "INSERT INTO application_versions (application_id, version, submitted_at, snapshot)"
        " VALUES (?, ?, ?, ?)",
        (application_id, version, time_to_sql(now), json.dumps(snapshot, ensure_ascii=False)),
    )
    return version


async def versions(conn: aiosqlite.Connection, application_id: int) -> list[dict[str, Any]]:
    """Every submitted version, oldest first: {version, submitted_at, snapshot}."""
    async with conn.execute(
        "SELECT version, submitted_at, snapshot FROM application_versions"
        " WHERE application_id = ? ORDER BY version",
        (application_id,),
    ) as cur:
        return [
            {
                "version": r["version"],
                "submitted_at": time_from_sql(r["submitted_at"]),
                "snapshot": json.loads(r["snapshot"]),
            }
            for r in await cur.fetchall()
        ]


async def set_status(
    conn: aiosqlite.Connection, application_id: int, status: ApplicationStatus, now: datetime
) -> None:
    await conn.execute(
        "UPDATE applications SET status = ?, updated_at = ? WHERE id = ?",
        (status.value, time_to_sql(now), application_id),
    )


async def touch(conn: aiosqlite.Connection, application_id: int, now: datetime) -> None:
    await conn.execute(
        "UPDATE applications SET updated_at = ? WHERE id = ?", (time_to_sql(now), application_id)
    )


async def mark_drafts_not_submitted(
    conn: aiosqlite.Connection, call_id: int, now: datetime
) -> list[int]:
    """At the deadline: drafts become 'not submitted'; returns their ids."""
    async with conn.execute(
        "SELECT id FROM applications WHERE call_id = ? AND status = 'draft'", (call_id,)
    ) as cur:
        ids = [r["id"] for r in await cur.fetchall()]
    await conn.execute(
        "UPDATE applications SET status = 'not_submitted', updated_at = ?"
        " WHERE call_id = ? AND status = 'draft'",
        (time_to_sql(now), call_id),
    )
    return ids


# ------------------------------------------------------------------ reading
async def get(conn: aiosqlite.Connection, application_id: int) -> Application | None:
    found = await _load(conn, "a.id = ?", (application_id,))
    return found[0] if found else None


async def for_call(
    conn: aiosqlite.Connection,
    call_id: int,
    statuses: Iterable[ApplicationStatus] | None = None,
) -> list[Application]:
    """The call's applications in the order they were started."""
    wanted = tuple(s.value for s in statuses) if statuses is not None else None
    if wanted is None:
        return await _load(conn, "a.call_id = ?", (call_id,))
    marks = ", ".join("?" for _ in wanted)
    return await _load(conn, f"a.call_id = ? AND a.status IN ({marks})", (call_id, *wanted))


async def of_person(
    conn: aiosqlite.Connection, user_id: int, call_id: int | None = None
) -> list[Application]:
    """Applications in which the person speaks for a city."""
    where = "a.id IN (SELECT application_id FROM application_parties WHERE user_id = ?)"
    if call_id is None:
        return await _load(conn, where, (user_id,))
    return await _load(conn, f"{where} AND a.call_id = ?", (user_id, call_id))


async def with_city(
    conn: aiosqlite.Connection, call_id: int, city: str, except_application: int | None = None
) -> list[int]:
    """Applications to the call (not withdrawn) in which this city is a party already."""
    async with conn.execute(
        "SELECT DISTINCT a.id FROM applications a"
        " JOIN application_parties p ON p.application_id = a.id"
        " WHERE a.call_id = ? AND p.city_key = ? AND a.status != 'withdrawn' AND a.id != ?"
        " ORDER BY a.id",
        (call_id, city_key(city), except_application or 0),
    ) as cur:
        return [r["id"] for r in await cur.fetchall()]


async def _load(
    conn: aiosqlite.Connection, where: str, params: tuple[Any, ...]
) -> list[Application]:
    async with conn.execute(
        "SELECT a.id, a.call_id, a.status, a.version, a.submitted_at, a.decision, a.decided_at,"
        f" a.decision_sent_at, a.partnership_id FROM applications a WHERE {where}"
        " ORDER BY a.id",
        params,
    ) as cur:
        rows = await cur.fetchall()
    return [await _complete(conn, row) for row in rows]


async def _complete(conn: aiosqlite.Connection, row: Any) -> Application:
    application_id = row["id"]
    async with conn.execute(
        "SELECT id, position, user_id, language, city, country, time_zone, signed_off_at"
        " FROM application_parties WHERE application_id = ? ORDER BY position",
        (application_id,),
    ) as cur:
        parties = tuple(
            Party(
                id=p["id"],
                application_id=application_id,
                position=p["position"],
                user_id=p["user_id"],
                language=p["language"],
                city=p["city"],
                country=p["country"],
                time_zone=p["time_zone"],
                signed_off_at=time_from_sql(p["signed_off_at"]),
            )
            for p in await cur.fetchall()
        )
    async with conn.execute(
        "SELECT question_id, party_id, text, choice, language FROM application_answers"
        " WHERE application_id = ? ORDER BY question_id, party_id",
        (application_id,),
    ) as cur:
        answers = tuple(
            Answer(
                question_id=a["question_id"],
                party_id=a["party_id"],
                text=a["text"],
                language=a["language"],
                choice=a["choice"],
            )
            for a in await cur.fetchall()
        )
    async with conn.execute(
        "SELECT id, requirement_id, party_id, file_id, file_name, mime_type, size_bytes, sha256,"
        " uploaded_at FROM application_documents WHERE application_id = ? ORDER BY id",
        (application_id,),
    ) as cur:
        documents = tuple(
            Document(
                id=d["id"],
                requirement_id=d["requirement_id"],
                party_id=d["party_id"],
                file_id=d["file_id"],
                file_name=d["file_name"],
                mime_type=d["mime_type"],
                size_bytes=d["size_bytes"],
                sha256=d["sha256"],
                uploaded_at=time_from_sql(d["uploaded_at"]) or datetime.min,
            )
            for d in await cur.fetchall()
        )
    return Application(
        id=application_id,
        call_id=row["call_id"],
        status=ApplicationStatus(row["status"]),
        version=row["version"],
        submitted_at=time_from_sql(row["submitted_at"]),
        decision=row["decision"],
        decided_at=time_from_sql(row["decided_at"]),
        decision_sent_at=time_from_sql(row["decision_sent_at"]),
        partnership_id=row["partnership_id"],
        parties=parties,
        answers=answers,
        documents=documents,
    )
