"""bot/db/checkins.py: a round, once per team, kind and day, comes back as created."""

from datetime import timedelta
from pathlib import Path

from bot.db import checkins, ideas, teams
from bot.domain.checkins import RoundKind
from bot.domain.ideas import Idea, IdeaStatus, IdeaText
from tests.stories import NOW, open_db, partnership_with_people


async def test_round_round_trip(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    pid = await partnership_with_people(db, 7, 8)
    closes = NOW + timedelta(days=2)
    async with db.transaction() as conn:
        text = IdeaText("Fest", "Ein Fest für beide Städte.", None)
        idea_id = await ideas.create(
            conn, Idea(0, pid, 7, None, "de", text, IdeaStatus.PUBLISHED), NOW
        )
        team_id = await teams.create(conn, pid, idea_id, [7, 8], NOW)
        round_id = await checkins.create_round(conn, team_id, RoundKind.REGULAR, NOW.date(), closes)
        again = await checkins.create_round(conn, team_id, RoundKind.REGULAR, NOW.date(), closes)
    assert round_id is not None and again is None
    async with db.reading() as conn:
        stored = await checkins.get_round(conn, round_id)
        assert stored == checkins.Round(
            round_id, team_id, RoundKind.REGULAR, NOW.date(), closes, closed=False
        )
        assert await checkins.open_round_of(conn, team_id) == stored
    await db.close()
