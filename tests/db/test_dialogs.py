"""bot/db/dialogs.py: a typed dialog comes back as the same dataclass, under its own kind."""

from pathlib import Path

from bot.db import dialogs
from bot.domain.dialogs import TeamLinkInput, TeamMessageInput
from tests.stories import NOW, open_db, partnership_with_people


async def test_dialog_round_trip(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    await partnership_with_people(db, 7)
    async with db.transaction() as conn:
        await dialogs.set_dialog(conn, 7, TeamMessageInput(), NOW)
    async with db.reading() as conn:
        assert await dialogs.get_dialog(conn, 7) == TeamMessageInput()
        assert await dialogs.dialog_of(conn, 7, TeamMessageInput) == TeamMessageInput()
        assert await dialogs.dialog_of(conn, 7, TeamLinkInput) is None
    async with db.transaction() as conn:
        await dialogs.clear_state(conn, 7)
    async with db.reading() as conn:
        assert await dialogs.get_dialog(conn, 7) is None
    await db.close()
