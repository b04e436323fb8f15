"""bot/db/roles.py: a granted role is read back, and its holders listed."""

from pathlib import Path

from bot.db import roles
from bot.domain.roles import Role
from tests.stories import NOW, open_db, partnership_with_people


async def test_granted_roles_round_trip(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    pid = await partnership_with_people(db, 7, 8)
    async with db.transaction() as conn:
        await roles.grant(conn, 7, pid, Role.ORGANISER, None, NOW)
        await roles.grant(conn, 8, pid, Role.COACH, 7, NOW)
    async with db.reading() as conn:
        assert await roles.for_user(conn, 7) == {(pid, Role.ORGANISER)}
        assert await roles.holders(conn, pid, Role.COACH) == [8]
    await db.close()
