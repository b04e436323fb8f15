"""The in-memory copies of hot rows never outlive a write, whichever way the write comes."""

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.db import participants, partnerships, roles
from bot.db.connection import Database, connect
from bot.db.memo import EVERYTHING, written_table
from bot.domain.participants import Participant
from bot.domain.roles import Role
from bot.domain.texts import LocalizedName
from tests.stories import NOW, demo_draft, open_db

PID = 1


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    """A partnership (id PID), and person 7 in it as an organiser."""
    db = await open_db(tmp_path / "m.sqlite3")
    try:
        async with db.transaction() as conn:
            pid = await partnerships.create(conn, demo_draft(), 1, NOW)
            p = await partnerships.get(conn, pid)
            assert p is not None and pid == PID
            anna = Participant(7, "en", PID, p.cities[0].id, "Anna", NOW, frozenset(), frozenset())
            await participants.save(conn, anna, NOW)
            await roles.grant(conn, 7, PID, Role.ORGANISER, None, NOW)
        yield db
    finally:
        await db.close()


@pytest.mark.sqlite_only("the in-process memo: PostgreSQL has none (several processes write)")
async def test_a_second_read_comes_from_memory(db: Database) -> None:
    async with db.reading() as conn:
        first = await participants.get(conn, 7)
        hits = conn.memo.hits  # type: ignore[attr-defined]
        assert await participants.get(conn, 7) == first
        assert conn.memo.hits == hits + 1  # type: ignore[attr-defined]


async def test_any_write_to_the_table_is_seen_at_once(db: Database) -> None:
    async with db.reading() as conn:
        assert (await participants.get(conn, 7)).language == "en"  # type: ignore[union-attr]
    async with db.transaction() as conn:  # plain SQL, not the module's own functions
        await conn.execute("UPDATE participants SET language = 'uk' WHERE user_id = 7")
    async with db.reading() as conn:
        assert (await participants.get(conn, 7)).language == "uk"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "way",
    [
        "executemany",
        pytest.param(
            "execute_insert",
            marks=pytest.mark.sqlite_only("aiosqlite's own method; repositories use RETURNING id"),
        ),
        "execute_fetchall",
    ],
)
async def test_writes_through_every_statement_method_are_seen(db: Database, way: str) -> None:
    sql = "UPDATE participants SET language = ? WHERE user_id = ?"
    async with db.reading() as conn:
        assert (await participants.get(conn, 7)).language == "en"  # type: ignore[union-attr]
    async with db.transaction() as conn:
        if way == "executemany":
            await conn.executemany(sql, [("de", 7)])
        else:
            await getattr(conn, way)(sql, ("de", 7))
    async with db.reading() as conn:
        assert (await participants.get(conn, 7)).language == "de"  # type: ignore[union-attr]


async def test_rows_changed_by_foreign_keys_are_dropped_too(db: Database) -> None:
    async with db.reading() as conn:
        assert await roles.for_user(conn, 7) == {(PID, Role.ORGANISER)}
        assert (await participants.get(conn, 7)).partnership_id == PID  # type: ignore[union-attr]
    async with db.transaction() as conn:  # ON DELETE CASCADE / SET NULL do the rest
        await conn.execute("DELETE FROM partnerships WHERE id = ?", (PID,))
    async with db.reading() as conn:
        assert await roles.for_user(conn, 7) == frozenset()
        assert (await participants.get(conn, 7)).partnership_id is None  # type: ignore[union-attr]


async def test_what_was_read_inside_a_rolled_back_transaction_is_forgotten(
    db: Database,
) -> None:
    with pytest.raises(RuntimeError):
        async with db.transaction() as conn:
            await partnerships.add_themes(conn, PID, [LocalizedName({"en": "Sport"})])
            inside = await partnerships.get(conn, PID)
            assert inside is not None and len(inside.themes) == 2
            raise RuntimeError("boom")
    async with db.reading() as conn:
        after = await partnerships.get(conn, PID)
    assert after is not None and len(after.themes) == 1


@pytest.mark.parametrize(
    ("sql", "table"),
    [
        ("SELECT 1", None),
        ("  insert into votes (a) values (1)", "votes"),
        ("INSERT OR REPLACE INTO roles VALUES (1)", "roles"),
        ("UPDATE ideas SET vote_count = 1", "ideas"),
        ('DELETE FROM "dialog_states" WHERE 1', "dialog_states"),
        ("WITH x AS (SELECT 1) SELECT * FROM x", None),
        ("WITH x AS (SELECT 1) DELETE FROM votes", EVERYTHING),
        ("ROLLBACK", EVERYTHING),
        ("CREATE TABLE t (a)", EVERYTHING),
    ],
)
def test_the_written_table_is_read_from_the_statement(sql: str, table: str | None) -> None:
    assert written_table(sql) == table


@pytest.mark.sqlite_only("OneTripConnection: BEGIN travels with the first write's trip")
async def test_a_transaction_cancelled_during_its_first_write_leaves_nothing(
    db: Database,
) -> None:
    """BEGIN travels with the first write; a cancellation (a shutdown, a timeout) that comes
    while that trip is under way must still roll the write back."""
    conn = db.conn
    in_flight = asyncio.Event()
    plain_execute = conn._execute

    async def signalling(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        trip = plain_execute(fn, *args, **kwargs)
        in_flight.set()
        return await trip

    conn._execute = signalling  # type: ignore[method-assign]

    async def change_language() -> None:
        async with db.transaction() as c:
            await c.execute("UPDATE participants SET language = 'be' WHERE user_id = 7")

    task = asyncio.create_task(change_language())
    await in_flight.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    conn._execute = plain_execute  # type: ignore[method-assign]
    async with db.reading() as c:
        assert (await participants.get(c, 7)).language == "en"  # type: ignore[union-attr]


async def test_a_partnership_seeded_by_another_process_shows_up(db: Database) -> None:
    """`twincity-bot seed-demo` may run beside the bot: the choice of partnerships is read fresh."""
    async with db.reading() as conn:
        assert len(await partnerships.list_all(conn)) == 1
    other = connect(db.path)
    await other.open()
    try:
        async with other.transaction() as conn:
            new_id = await partnerships.create(conn, demo_draft(), None, NOW)
    finally:
        await other.close()
    async with db.reading() as conn:
        assert [p.id for p in await partnerships.list_all(conn)] == [PID, new_id]
        assert await partnerships.get(conn, new_id) is not None
