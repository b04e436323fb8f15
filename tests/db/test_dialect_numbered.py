"""SQLite's numbered placeholders (`?1` used more than once) in PostgreSQL's spelling."""

from __future__ import annotations

from bot.db.dialect import to_postgres


def test_a_numbered_placeholder_keeps_its_number_each_time_it_appears() -> None:
    sql = "DELETE FROM exchange_requests WHERE requester_id = ?1 OR contact_id = ?1"
    assert to_postgres(sql) == (
        "DELETE FROM exchange_requests WHERE requester_id = $1 OR contact_id = $1"
    )


def test_numbered_placeholders_inside_quotes_stay_text() -> None:
    sql = "SELECT id FROM t WHERE a = ?2 AND b = '?1' AND c LIKE ?1 ORDER BY d"
    assert to_postgres(sql) == (
        "SELECT id FROM t WHERE a = $2 AND b = '?1' AND c ILIKE $1 ORDER BY d NULLS FIRST"
    )


def test_plain_placeholders_are_still_counted() -> None:
    assert to_postgres("SELECT a FROM t WHERE a = ? AND b = ?") == (
        "SELECT a FROM t WHERE a = $1 AND b = $2"
    )
