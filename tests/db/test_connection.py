"""bot/db/connection.py: a transaction is all or nothing."""

from pathlib import Path

from bot.db import partnerships
from tests.stories import NOW, demo_draft, open_db


async def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    try:
        async with db.transaction() as conn:
            await partnerships.create(conn, demo_draft(), 1, NOW)
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    async with db.reading() as conn:
        assert await partnerships.list_all(conn) == []
    await db.close()
