"""bot/db/invitations.py: an invitation is claimed once."""

from datetime import timedelta
from pathlib import Path

from bot.db import invitations, partnerships, roles
from bot.domain.invitations import Invitation
from bot.domain.roles import Role
from tests.stories import NOW, demo_draft, open_db


async def test_invitation_can_be_claimed_only_once(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    async with db.transaction() as conn:
        pid = await partnerships.create(conn, demo_draft(), 1, NOW)
        await invitations.create(
            conn, Invitation("tok12345", pid, Role.COACH, 1, NOW + timedelta(days=1)), NOW
        )
        assert await invitations.mark_used(conn, "tok12345", 8, NOW)
        assert not await invitations.mark_used(conn, "tok12345", 9, NOW)
        await roles.grant(conn, 8, pid, Role.COACH, 1, NOW)
        await roles.grant(conn, 8, pid, Role.COACH, 1, NOW)  # idempotent
        assert await roles.for_user(conn, 8) == {(pid, Role.COACH)}
    await db.close()
