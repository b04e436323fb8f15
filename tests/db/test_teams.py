"""bot/db/teams.py: a team with its members and coach comes back as saved."""

from pathlib import Path

from bot.db import ideas, teams
from bot.domain.ideas import Idea, IdeaStatus, IdeaText
from tests.stories import NOW, open_db, partnership_with_people


async def test_team_round_trip(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    pid = await partnership_with_people(db, 7, 8, 9)
    async with db.transaction() as conn:
        text = IdeaText("Fest", "Ein Fest für beide Städte.", None)
        idea_id = await ideas.create(
            conn, Idea(0, pid, 7, None, "de", text, IdeaStatus.PUBLISHED), NOW
        )
        team_id = await teams.create(conn, pid, idea_id, [7, 8], NOW)
        await teams.set_coach(conn, team_id, 9)
    async with db.reading() as conn:
        team = await teams.get(conn, team_id)
        assert team is not None
        assert (team.partnership_id, team.idea_id, team.coach_id) == (pid, idea_id, 9)
        assert set(team.members) == {7, 8} and team.active
        assert await teams.of_user(conn, 8) == team
        assert await teams.for_idea(conn, pid, idea_id) == team
    await db.close()
