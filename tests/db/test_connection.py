"""bot/db/connection.py: a transaction is all or nothing; deferred writes ride with the next
commit; long reads leave the event loop."""

from pathlib import Path

import pytest

from bot.db import inbox, partnerships
from bot.db.connection import connect
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


async def done_marks(db_path: Path) -> list[tuple[int, str | None]]:
    """The inbox as another process would see it (what survives a crash)."""
    other = connect(db_path)
    await other.open()
    try:
        async with other.reading() as conn:
            cur = await conn.execute("SELECT update_id, done_at FROM inbox ORDER BY update_id")
            return [(row[0], row[1]) for row in await cur.fetchall()]
    finally:
        await other.close()


async def test_a_deferred_write_rides_with_the_next_commit_and_waits_after_a_rollback(
    tmp_path: Path,
) -> None:
    path = tmp_path / "d.sqlite3"
    db = await open_db(path)
    async with db.statement() as conn:
        await inbox.journal(conn, [inbox.Received(1, 7, "{}"), inbox.Received(2, 7, "{}")], NOW)
    db.defer(*inbox.done_mark(1, NOW))
    assert await done_marks(path) == [(1, None), (2, None)]  # not a trip of its own

    with pytest.raises(RuntimeError):
        async with db.transaction() as conn:
            await partnerships.create(conn, demo_draft(), 1, NOW)
            raise RuntimeError("boom")
    assert await done_marks(path) == [(1, None), (2, None)]  # rolled back: not with it

    async with db.transaction() as conn:
        await partnerships.create(conn, demo_draft(), 1, NOW)
    assert [u for u, done in await done_marks(path) if done] == [1]  # rode with the COMMIT

    db.defer(*inbox.done_mark(2, NOW))
    await db.close()  # a clean stop loses no deferred write
    assert all(done for _, done in await done_marks(path))


@pytest.mark.sqlite_only("OneTripConnection: reads on the event loop, long ones in the thread")
async def test_a_long_read_moves_to_the_database_thread_and_still_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = await open_db(tmp_path / "l.sqlite3")
    big = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)"
    small = "SELECT 1 + 1"
    handed_off: list[object] = []
    conn = db.conn
    hand_off = conn._execute

    async def counted(fn: object, *args: object) -> object:
        handed_off.append(fn)
        return await hand_off(fn, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(conn, "_execute", counted)
    async with db.reading() as conn:
        async with conn.execute(small) as cur:
            assert (await cur.fetchone())[0] == 2
        assert handed_off == []  # on the event loop
        async with conn.execute(big + " SELECT SUM(i) FROM n") as cur:
            assert (await cur.fetchone())[0] == 300000 * 300001 // 2
        assert len(handed_off) == 1  # interrupted after the budget, run again in the thread
    await db.close()
