"""bot/db/ideas.py: an idea with its themes comes back as saved."""

from pathlib import Path

from bot.db import ideas, partnerships
from bot.domain.ideas import Idea, IdeaStatus, IdeaText
from tests.stories import NOW, open_db, partnership_with_people


async def test_idea_round_trip(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "r.sqlite3")
    pid = await partnership_with_people(db, 7)
    async with db.transaction() as conn:
        p = await partnerships.get(conn, pid)
        assert p is not None
        idea = Idea(
            0,
            pid,
            7,
            p.cities[0].id,
            "de",
            IdeaText("Brücke", "Eine Brücke für beide Städte.", "Ingenieure"),
            IdeaStatus.PUBLISHED,
            themes=frozenset({p.themes[0].id}),
        )
        idea_id = await ideas.create(conn, idea, NOW)
    async with db.reading() as conn:
        stored = await ideas.get(conn, idea_id)
    assert stored is not None
    assert (stored.id, stored.author_id, stored.original, stored.status, stored.themes) == (
        idea_id,
        7,
        idea.original,
        IdeaStatus.PUBLISHED,
        idea.themes,
    )
    await db.close()
