"""bot/db/partnerships.py: a partnership with its cities and themes, in order."""

from pathlib import Path

from bot.db import partnerships
from tests.stories import NOW, demo_draft, open_db


async def test_partnership_round_trip_keeps_order_and_names(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    async with db.transaction() as conn:
        pid = await partnerships.create(conn, demo_draft(), 1, NOW)
    async with db.reading() as conn:
        p = await partnerships.get(conn, pid)
    assert p is not None
    assert p.name.for_reader("ru") == "Минск ↔ Берлин"
    assert [c.time_zone for c in p.cities] == ["Europe/Minsk", "Europe/Berlin"]
    assert [t.name.for_reader("de") for t in p.themes] == ["Kultur"]
    await db.close()
