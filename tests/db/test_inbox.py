"""The inbox table: a redelivery is recognised, pending rows come back in order, done rows
are forgotten after a day, and erasure keeps nothing but the update ids."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.db import inbox
from bot.db.connection import Database
from tests.stories import open_db

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def update(update_id: int, chat_id: int, text: str) -> inbox.Received:
    payload = {"update_id": update_id, "message": {"chat": {"id": chat_id}, "text": text}}
    return inbox.Received(update_id, chat_id, json.dumps(payload))


async def journal(db: Database, *batch: inbox.Received, now: datetime = NOW) -> set[int]:
    async with db.statement() as conn:
        return await inbox.journal(conn, batch, now)


async def test_redelivered_updates_are_not_new_and_pending_keep_their_order(
    tmp_path: Path,
) -> None:
    db = await open_db(tmp_path / "i.sqlite3")
    assert await journal(db, update(7, 1, "a"), update(5, 2, "b")) == {5, 7}
    assert await journal(db, update(7, 1, "a"), update(8, 1, "c")) == {8}
    async with db.statement() as conn:
        await inbox.mark_done(conn, 5, NOW)
    async with db.reading() as conn:
        assert [r.update_id for r in await inbox.pending(conn)] == [7, 8]
        assert await inbox.backlog(conn) == 2
    await db.close()


async def test_done_rows_are_forgotten_after_a_day_pending_ones_never(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "i.sqlite3")
    await journal(db, update(1, 1, "done"), update(2, 1, "still waiting"))
    async with db.statement() as conn:
        await inbox.mark_done(conn, 1, NOW)
    async with db.statement() as conn:
        assert await inbox.prune(conn, NOW + timedelta(hours=1) - timedelta(days=1)) == 0
        assert await inbox.prune(conn, NOW + timedelta(days=1, seconds=1) - timedelta(days=1)) == 1
    assert await journal(db, update(1, 1, "done")) == {1}  # forgotten: it would be new again
    async with db.reading() as conn:
        assert [r.update_id for r in await inbox.pending(conn)] == [1, 2]
    await db.close()


async def test_forgetting_a_chat_keeps_only_update_ids(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "i.sqlite3")
    await journal(db, update(1, 42, "my secret"), update(2, 43, "someone else"))
    async with db.statement() as conn:
        await inbox.forget_chat(conn, 42)
    async with db.reading() as conn:
        rows = {r.update_id: r for r in await inbox.pending(conn)}
    assert json.loads(rows[1].payload) == {"update_id": 1} and rows[1].chat_id is None
    assert "someone else" in rows[2].payload
    assert await journal(db, update(1, 42, "my secret")) == set()  # still recognised
    await db.close()
