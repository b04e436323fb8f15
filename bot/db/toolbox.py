"""Toolbox entries with their versions and tags. The full-text index follows the versions
through the triggers of migration 0015; search lives in the reading family's functions at the
end of this module."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.dialect import new_id
from bot.domain.toolbox import Entry, Facet, Funding, TemplateFile, Version, VersionOrigin

_ENTRY_COLUMNS = (
    "id, kind, status, original_language, owner_id, suggested_by, credit_name, link, file_id,"
    " file_name, file_size, mime_type, funding_deadline, funding_zone, funding_amount,"
    " review_due, reviewed_at, helpful_yes, helpful_no, created_at"
)


async def create_entry(conn: aiosqlite.Connection, entry: Entry, now: datetime) -> int:
    """Insert an entry with its versions and tags (the entry's id is ignored)."""
    template, funding = entry.template, entry.funding
    entry_id = await new_id(
        conn,
        "INSERT INTO toolbox_entries (kind, status, original_language, owner_id, suggested_by,"
        " credit_name, link, file_id, file_name, file_size, mime_type, funding_deadline,"
        " funding_zone, funding_amount, review_due, created_by, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.kind,
            entry.status,
            entry.original_language,
            entry.owner_id,
            entry.suggested_by,
            entry.credit_name,
            entry.link,
            template.file_id if template else None,
            template.file_name if template else None,
            template.file_size if template else None,
            template.mime_type if template else None,
            time_to_sql(funding.deadline) if funding else None,
            funding.zone if funding else None,
            funding.amount if funding else None,
            entry.review_due.isoformat() if entry.review_due else None,
            entry.owner_id if entry.suggested_by is None else entry.suggested_by,
            time_to_sql(now),
            time_to_sql(now),
        ),
    )
    for version in entry.versions.values():
        await set_version(conn, entry_id, version, now)
    for facet, values in entry.tags.items():
        await set_tags(conn, entry_id, facet, values)
    return entry_id


async def set_version(
    conn: aiosqlite.Connection, entry_id: int, version: Version, now: datetime
) -> None:
    """Add or replace the entry's version in one language (the index follows)."""
    await conn.execute(
        "INSERT INTO toolbox_versions (entry_id, language, title, body, origin, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entry_id, language) DO UPDATE SET"
        " title = excluded.title, body = excluded.body, origin = excluded.origin,"
        " updated_at = excluded.updated_at",
        (entry_id, version.language, version.title, version.body, version.origin, time_to_sql(now)),
    )


async def set_tags(
    conn: aiosqlite.Connection, entry_id: int, facet: Facet, values: tuple[str, ...]
) -> None:
    """Replace the entry's tags of one facet."""
    await conn.execute(
        "DELETE FROM toolbox_tags WHERE entry_id = ? AND facet = ?", (entry_id, facet)
    )
    await conn.executemany(
        "INSERT INTO toolbox_tags (entry_id, facet, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        [(entry_id, facet, v) for v in values],
    )


async def get_entry(conn: aiosqlite.Connection, entry_id: int) -> Entry | None:
    found = await get_entries(conn, [entry_id])
    return found[0] if found else None


async def get_entries(conn: aiosqlite.Connection, entry_ids: list[int]) -> list[Entry]:
    """Entries in the order of `entry_ids` (unknown ids left out), with versions and tags."""
    if not entry_ids:
        return []
    marks = ", ".join("?" * len(entry_ids))
    cur = await conn.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM toolbox_entries WHERE id IN ({marks})", entry_ids
    )
    rows = {row["id"]: row for row in await cur.fetchall()}
    versions: dict[int, dict[str, Version]] = defaultdict(dict)
    cur = await conn.execute(
        "SELECT entry_id, language, title, body, origin FROM toolbox_versions"
        f" WHERE entry_id IN ({marks})",
        entry_ids,
    )
    for row in await cur.fetchall():
        origin: VersionOrigin = row["origin"]
        versions[row["entry_id"]][row["language"]] = Version(
            row["language"], row["title"], row["body"], origin
        )
    tags: dict[int, dict[Facet, list[str]]] = defaultdict(lambda: defaultdict(list))
    cur = await conn.execute(
        f"SELECT entry_id, facet, value FROM toolbox_tags WHERE entry_id IN ({marks})"
        " ORDER BY facet, value",
        entry_ids,
    )
    for row in await cur.fetchall():
        tags[row["entry_id"]][row["facet"]].append(row["value"])
    return [
        _entry(rows[i], versions[i], {f: tuple(v) for f, v in tags[i].items()})
        for i in entry_ids
        if i in rows
    ]


def _entry(row: Any, versions: dict[str, Version], tags: dict[Facet, tuple[str, ...]]) -> Entry:
    template = (
        TemplateFile(row["file_id"], row["file_name"], row["file_size"], row["mime_type"])
        if row["file_id"]
        else None
    )
    funding = (
        Funding(
            time_from_sql(row["funding_deadline"]),
            row["funding_zone"] or "UTC",
            row["funding_amount"] or "",
        )
        if row["kind"] == "funding"
        else None
    )
    return Entry(
        id=row["id"],
        kind=row["kind"],
        status=row["status"],
        original_language=row["original_language"],
        versions=versions,
        tags=tags,
        owner_id=row["owner_id"],
        suggested_by=row["suggested_by"],
        credit_name=row["credit_name"],
        link=row["link"],
        template=template,
        funding=funding,
        review_due=date.fromisoformat(row["review_due"]) if row["review_due"] else None,
        reviewed_at=time_from_sql(row["reviewed_at"]),
        helpful_yes=row["helpful_yes"],
        helpful_no=row["helpful_no"],
        created_at=time_from_sql(row["created_at"]),
    )


# ------------------------------------------------------------------ reading (search)

# ------------------------------------------------------------------ authoring
