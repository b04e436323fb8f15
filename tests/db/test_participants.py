"""bot/db/participants.py: a profile comes back exactly as saved."""

from pathlib import Path

from bot.db import participants, partnerships
from bot.domain.participants import Participant
from tests.stories import NOW, demo_draft, open_db


async def test_participant_profile_round_trip(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    async with db.transaction() as conn:
        pid = await partnerships.create(conn, demo_draft(), 1, NOW)
        p = await partnerships.get(conn, pid)
        assert p is not None
        person = Participant(
            7,
            "be",
            pid,
            p.cities[0].id,
            "Алеся",
            NOW,
            frozenset({"be", "ru"}),
            frozenset({p.themes[0].id}),
        )
        await participants.save(conn, person, NOW)
    async with db.reading() as conn:
        assert await participants.get(conn, 7) == person
    await db.close()
