"""bot/db/outbox.py: a queued message comes back whole until it is sent, then only its status."""

from pathlib import Path

from bot.db import outbox
from tests.stories import NOW, open_db, partnership_with_people


async def test_outbox_round_trip(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    await partnership_with_people(db, 7)
    message = outbox.OutgoingMessage(7, "<b>Hallo</b>", priority=1, dedupe_key="hello:7")
    async with db.transaction() as conn:
        assert await outbox.enqueue(conn, message, NOW)
        assert not await outbox.enqueue(conn, message, NOW)  # the same key once only
    async with db.reading() as conn:
        (queued,) = await outbox.next_batch(conn, NOW, limit=10)
        assert queued.message == message and queued.attempts == 0
        assert await outbox.pending_count(conn) == 1
    async with db.transaction() as conn:
        await outbox.mark(conn, queued.id, "sent", NOW, None)
    async with db.reading() as conn:
        assert await outbox.next_batch(conn, NOW, limit=10) == []
        assert await outbox.pending_count(conn) == 0
    await db.close()
