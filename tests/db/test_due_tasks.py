"""bot/db/due_tasks.py: a planned task is due at its time, claimed once, never planned again."""

from datetime import timedelta
from pathlib import Path

from bot.db import due_tasks
from tests.stories import NOW, open_db


async def test_due_task_round_trip(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    when = NOW + timedelta(hours=2)
    async with db.transaction() as conn:
        await due_tasks.plan(conn, "reminder", 5, when, "24")
    async with db.reading() as conn:
        assert await due_tasks.next_due_at(conn) == when
        assert await due_tasks.due(conn, NOW) == []
        (task,) = await due_tasks.due(conn, when)
    assert (task.kind, task.ref_id, task.detail, task.due_at) == ("reminder", 5, "24", when)
    async with db.transaction() as conn:
        assert await due_tasks.mark_done(conn, task.id, when)
        assert not await due_tasks.mark_done(conn, task.id, when)  # claimed once
        await due_tasks.plan(conn, "reminder", 5, when + timedelta(hours=1), "24")
    async with db.reading() as conn:
        assert await due_tasks.due(conn, when + timedelta(days=1)) == []  # done stays done
    await db.close()
