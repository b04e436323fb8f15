"""bot/db/votes.py: one vote per person and idea, counted on the idea."""

from pathlib import Path

from bot.db import ideas, votes
from bot.domain.ideas import Idea, IdeaStatus, IdeaText
from tests.stories import NOW, open_db, partnership_with_people


async def test_vote_cast_read_and_withdrawn(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    pid = await partnership_with_people(db, 7, 8)
    async with db.transaction() as conn:
        text = IdeaText("Fest", "Ein Fest für beide Städte.", None)
        idea_id = await ideas.create(
            conn, Idea(0, pid, 7, None, "de", text, IdeaStatus.PUBLISHED), NOW
        )
        assert await votes.cast(conn, idea_id, 8, pid, NOW)
        assert not await votes.cast(conn, idea_id, 8, pid, NOW)  # once only
    async with db.reading() as conn:
        assert await votes.has_voted(conn, idea_id, 8)
        assert await votes.voters(conn, idea_id) == [8]
        assert await votes.used(conn, 8, pid) == 1
        stored = await ideas.get(conn, idea_id)
        assert stored is not None and stored.vote_count == 1
    async with db.transaction() as conn:
        assert await votes.withdraw(conn, idea_id, 8)
    async with db.reading() as conn:
        assert await votes.voters(conn, idea_id) == []
    await db.close()
