"""Searching the toolbox (the reading family's SQL): the word index (and the trigram index
for words inside longer ones) finds candidates in every language version, they are re-scored
by word similarity (bot/domain/toolbox_search.py); listings by kind and topic; feedback,
reminders and missed searches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from bot.db.codec import time_from_sql, time_to_sql
from bot.db.postgres import PostgresConnection
from bot.domain.toolbox import PHASES
from bot.domain.toolbox_search import (
    MIN_SIMILARITY,
    corrections,
    fold,
    fts_query,
    search_words,
    term_lengths,
    text_similarity,
    words,
    words_query,
)

# How many index rows (versions) are re-scored per search: the best by bm25.
CANDIDATES = 60


@dataclass(frozen=True)
class Filters:
    """What a reader narrows the toolbox to: a kind, a topic (or `phase-<key>`), past funding."""

    kind: str = ""
    topic: str = ""
    include_expired: bool = False


@dataclass(frozen=True)
class Hit:
    entry_id: int
    language: str  # the version that matched best
    score: float


def _tag_filter(topic: str) -> tuple[str, str]:
    """`phase-coaching` is a phase tag, anything else a topic tag."""
    prefix = "phase-"
    if topic.startswith(prefix) and topic[len(prefix) :] in PHASES:
        return "phase", topic[len(prefix) :]
    return "topic", topic


def _where(filters: Filters, now: datetime) -> tuple[str, list[Any]]:
    """Conditions on `e` (toolbox_entries) for what a reader may see with these filters."""
    clauses = ["e.status = 'published'"]
    args: list[Any] = []
    if filters.kind:
        clauses.append("e.kind = ?")
        args.append(filters.kind)
    if filters.topic:
        facet, value = _tag_filter(filters.topic)
        clauses.append(
            "EXISTS (SELECT 1 FROM toolbox_tags t WHERE t.entry_id = e.id"
            " AND t.facet = ? AND t.value = ?)"
        )
        args += [facet, value]
    if not filters.include_expired:
        clauses.append("(e.funding_deadline IS NULL OR e.funding_deadline > ?)")
        args.append(time_to_sql(now))
    return " AND ".join(clauses), args


async def search(
    conn: aiosqlite.Connection, query: str, filters: Filters, now: datetime, limit: int = 50
) -> list[Hit]:
    """Entries whose any language version matches `query` (typos forgiven), best first.

    Candidates: the word index's rows holding a typed word, a word it starts, or a vocabulary
    word it is likely a misspelling of; when they are fewer than CANDIDATES, the trigram
    index adds rows holding a typed word inside a longer one ('förderung' in
    'jugendförderung'). The best CANDIDATES by bm25 (title weighing more than text) are
    re-scored by word similarity and kept above MIN_SIMILARITY. PostgreSQL finds its
    candidates with pg_trgm instead (`_candidates_postgres`)."""
    typed = search_words(query)
    if not typed:
        return await _search_short(conn, query, filters, now, limit)
    where, args = _where(filters, now)
    find = _candidates_postgres if isinstance(conn, PostgresConnection) else _candidates_sqlite
    rows = await find(conn, typed, where, args)
    best: dict[int, Hit] = {}
    seen: set[tuple[int, str]] = set()
    similarities: dict[tuple[str, str], float] = {}
    for row in rows:
        if (row["entry_id"], row["language"]) in seen:
            continue  # found by both indexes
        seen.add((row["entry_id"], row["language"]))
        text_words = set(words(row["title"])) | set(words(row["body"]))
        score = text_similarity(typed, text_words, similarities)
        if score < MIN_SIMILARITY:
            continue
        known = best.get(row["entry_id"])
        if known is None or score > known.score:
            best[row["entry_id"]] = Hit(row["entry_id"], row["language"], score)
    ranked = sorted(best.values(), key=lambda h: -h.score)  # stable: bm25 order within ties
    return ranked[:limit]


async def _candidates_sqlite(
    conn: aiosqlite.Connection, typed: list[str], where: str, args: list[Any]
) -> list[Any]:
    """The FTS5 indexes' candidate rows, the best by bm25 first (see `search`)."""
    # CROSS JOIN keeps the index the outer loop: the filter is a primary-key look-up per
    # matched row. Left to itself SQLite may run the match once per entry (seven times
    # slower), and a list of allowed entries costs a scan of them per search (measured).
    joined = f"CROSS JOIN toolbox_entries e ON e.id = s.entry_id WHERE {where} AND"
    folded = list(dict.fromkeys(fold(w) for w in typed))
    fixes = [t for w in folded for t in await _corrections(conn, w)]
    cur = await conn.execute(
        "SELECT s.entry_id, s.language, s.title, s.body, bm25(toolbox_words, 4.0, 1.0) AS rank"
        f" FROM toolbox_words s {joined} toolbox_words MATCH ? ORDER BY rank LIMIT ?",
        [*args, words_query(folded, list(dict.fromkeys(fixes))), CANDIDATES],
    )
    rows = list(await cur.fetchall())
    if len(rows) < CANDIDATES:
        # Substrings only, unranked: bm25 over every row holding a common piece is what
        # made the search slow (issue #22).
        inside = [w for w in typed if len(w) >= 4]
        if inside:
            cur = await conn.execute(
                "SELECT s.entry_id, s.language, s.title, s.body FROM toolbox_search s"
                f" {joined} toolbox_search MATCH ? LIMIT ?",
                [*args, fts_query(inside), CANDIDATES],
            )
            rows += await cur.fetchall()
    return rows


async def _candidates_postgres(
    conn: aiosqlite.Connection, typed: list[str], where: str, args: list[Any]
) -> list[Any]:
    """The word index's candidate rows on PostgreSQL (migration 0032), title weighing more.

    pg_trgm's word similarity (`typed <% text`, 0.6 and up) finds a typed word, a word it
    starts, a misspelling of it and most words it is inside; LIKE adds the rest of those for
    words of four letters or more. Both use the trigram index on the folded text."""
    text = "toolbox_fold(s.title || ' ' || s.body)"
    inside = [w.replace("\\", "\\\\").replace("_", "\\_") for w in typed if len(w) >= 4]
    folded = "ARRAY(SELECT toolbox_fold(w) FROM unnest(CAST(? AS TEXT[])) AS w)"
    cur = await conn.execute(
        "SELECT s.entry_id, s.language, s.title, s.body FROM toolbox_words s"
        f" JOIN toolbox_entries e ON e.id = s.entry_id WHERE {where}"
        f" AND ({text} %> ANY({folded}) OR {text} LIKE ANY({folded}))"
        " ORDER BY 4 * word_similarity(toolbox_fold(?), toolbox_fold(s.title))"
        " + word_similarity(toolbox_fold(?), toolbox_fold(s.body)) DESC LIMIT ?",
        [*args, typed, [f"%{w}%" for w in inside], " ".join(typed), " ".join(typed), CANDIDATES],
    )
    return list(await cur.fetchall())


async def _corrections(conn: aiosqlite.Connection, word: str) -> list[str]:
    """Vocabulary words `word` is likely a misspelling of (none when it is a word itself).

    Only words with the same first two letters and a close length are compared: the
    vocabulary table answers a range of terms without reading the others, but reads each
    one's documents (measured among 20,000 words: 0.1-1 ms for two letters, up to 8 ms for
    one); typos are rarely in the first two letters."""
    shortest, longest = term_lengths(word)
    cur = await conn.execute(
        "SELECT term FROM toolbox_words_vocab WHERE term >= ? AND term < ?"
        " AND length(term) BETWEEN ? AND ?",
        (word[:2], word[:2] + "\U0010ffff", shortest, longest),
    )
    terms = [row["term"] for row in await cur.fetchall()]
    return [] if word in terms else corrections(word, terms)


async def _search_short(
    conn: aiosqlite.Connection, query: str, filters: Filters, now: datetime, limit: int
) -> list[Hit]:
    """A query of one- or two-letter words ('EU'): titles starting a word with it."""
    text = " ".join(words(query))
    if not text:
        return []
    where, args = _where(filters, now)
    cur = await conn.execute(
        "SELECT v.entry_id, v.language FROM toolbox_versions v"
        " JOIN toolbox_entries e ON e.id = v.entry_id"
        f" WHERE (v.title LIKE ? OR v.title LIKE ?) AND {where}"
        " ORDER BY e.created_at DESC, e.id DESC LIMIT ?",
        [f"{text}%", f"% {text}%", *args, limit * 5],
    )
    seen: dict[int, Hit] = {}
    for row in await cur.fetchall():
        seen.setdefault(row["entry_id"], Hit(row["entry_id"], row["language"], 1.0))
    return list(seen.values())[:limit]


async def listing(
    conn: aiosqlite.Connection, filters: Filters, now: datetime, limit: int = 50
) -> list[int]:
    """Entries with these filters and no query, newest first."""
    where, args = _where(filters, now)
    cur = await conn.execute(
        f"SELECT e.id FROM toolbox_entries e WHERE {where}"
        " ORDER BY e.created_at DESC, e.id DESC LIMIT ?",
        [*args, limit],
    )
    return [row["id"] for row in await cur.fetchall()]


async def count_by_kind(
    conn: aiosqlite.Connection, filters: Filters, now: datetime
) -> dict[str, int]:
    """How many entries of each kind a reader can see."""
    where, args = _where(filters, now)
    cur = await conn.execute(
        f"SELECT e.kind, COUNT(*) AS n FROM toolbox_entries e WHERE {where} GROUP BY e.kind",
        args,
    )
    return {row["kind"]: row["n"] for row in await cur.fetchall()}


async def count_expired(conn: aiosqlite.Connection, filters: Filters, now: datetime) -> int:
    """How many published funding entries with these filters are past their deadline."""
    where, args = _where(Filters(filters.kind, filters.topic, include_expired=True), now)
    cur = await conn.execute(
        f"SELECT COUNT(*) AS n FROM toolbox_entries e WHERE {where}"
        " AND e.funding_deadline IS NOT NULL AND e.funding_deadline <= ?",
        [*args, time_to_sql(now)],
    )
    row = await cur.fetchone()
    return int(row["n"]) if row else 0


async def record_miss(conn: aiosqlite.Connection, query: str, language: str, now: datetime) -> None:
    """A search that found nothing: the words and the language only, no person."""
    await conn.execute(
        "INSERT INTO toolbox_misses (query, language, searched_at) VALUES (?, ?, ?)",
        (query, language, time_to_sql(now)),
    )


# ------------------------------------------------------------------ feedback and reminders
async def feedback_of(conn: aiosqlite.Connection, entry_id: int, user_id: int) -> bool | None:
    cur = await conn.execute(
        "SELECT helpful FROM toolbox_feedback WHERE entry_id = ? AND user_id = ?",
        (entry_id, user_id),
    )
    row = await cur.fetchone()
    return None if row is None else bool(row["helpful"])


async def set_feedback(
    conn: aiosqlite.Connection, entry_id: int, user_id: int, helpful: bool, now: datetime
) -> None:
    """One answer per person: a changed answer moves the entry's counts."""
    before = await feedback_of(conn, entry_id, user_id)
    if before == helpful:
        return
    await conn.execute(
        "INSERT INTO toolbox_feedback (entry_id, user_id, helpful, answered_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (entry_id, user_id) DO UPDATE SET"
        " helpful = excluded.helpful, answered_at = excluded.answered_at",
        (entry_id, user_id, int(helpful), time_to_sql(now)),
    )
    yes = int(helpful) - int(before is True)
    no = int(not helpful) - int(before is False)
    await conn.execute(
        "UPDATE toolbox_entries SET helpful_yes = helpful_yes + ?, helpful_no = helpful_no + ?"
        " WHERE id = ?",
        (yes, no, entry_id),
    )


async def reminder_at(conn: aiosqlite.Connection, entry_id: int, user_id: int) -> datetime | None:
    """When this person will be reminded of this entry (None: no reminder pending)."""
    cur = await conn.execute(
        "SELECT remind_at FROM toolbox_reminders"
        " WHERE entry_id = ? AND user_id = ? AND sent_at IS NULL",
        (entry_id, user_id),
    )
    row = await cur.fetchone()
    return time_from_sql(row["remind_at"]) if row else None


async def set_reminder(
    conn: aiosqlite.Connection, entry_id: int, user_id: int, remind_at: datetime
) -> None:
    await conn.execute(
        "INSERT INTO toolbox_reminders (entry_id, user_id, remind_at) VALUES (?, ?, ?)"
        " ON CONFLICT (entry_id, user_id) DO UPDATE SET remind_at = excluded.remind_at,"
        " sent_at = NULL",
        (entry_id, user_id, time_to_sql(remind_at)),
    )


async def mark_reminded(
    conn: aiosqlite.Connection, entry_id: int, user_id: int, now: datetime
) -> bool:
    """Claim the reminder once: False when it was sent already or withdrawn."""
    cur = await conn.execute(
        "UPDATE toolbox_reminders SET sent_at = ?"
        " WHERE entry_id = ? AND user_id = ? AND sent_at IS NULL",
        (time_to_sql(now), entry_id, user_id),
    )
    return cur.rowcount == 1
