"""Backups while the bot writes, and a restore the way the README describes it."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.clock import FakeClock
from bot.db.backup import backup_database
from bot.offline.harness import BotHarness
from tests.stories import ADMIN_ID, crowd, open_voting, published_ideas


def consistency(path: Path) -> tuple[int, int]:
    """(votes, ideas) of a copy, after checking what must hold in every committed state."""
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        mismatched = db.execute(
            "SELECT id FROM ideas i WHERE vote_count <>"
            " (SELECT COUNT(*) FROM votes v WHERE v.idea_id = i.id)"
        ).fetchall()
        assert mismatched == [], "a copy caught half a vote"
        votes = db.execute("SELECT COUNT(*) FROM votes").fetchone()[0]
        ideas = db.execute("SELECT COUNT(*) FROM ideas").fetchone()[0]
    return votes, ideas


@pytest.mark.slow
@pytest.mark.sqlite_only("SQLite's online backup API and restoring the file")
async def test_backup_while_writing_then_restore(
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    live = tmp_path / "bot.sqlite3"
    async with BotHarness(live, admin_ids=frozenset({ADMIN_ID}), clock=clock) as h:
        from bot.services.demo import seed_demo

        await seed_demo(h.services.db, clock)
        people = await crowd(h, 40)
        partnership = (await h.services.partnerships.list())[0]
        ideas = await published_ideas(h, 5)
        await open_voting(h, budget=5)
        await h.services.ideas.vote(people[0].id, ideas[0])

        # 1. A write transaction is open (uncommitted vote) while the backup runs: the backup
        # neither waits for it nor contains it.
        async with h.services.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO votes (idea_id, user_id, partnership_id, created_at)"
                " VALUES (?, ?, ?, ?)",
                (ideas[1], people[1].id, partnership.id, "2026-03-02T09:00:00+00:00"),
            )
            await conn.execute(
                "UPDATE ideas SET vote_count = vote_count + 1 WHERE id = ?", (ideas[1],)
            )
            mid = await asyncio.wait_for(
                asyncio.to_thread(backup_database, live, tmp_path / "mid.sqlite3"), timeout=30
            )
        assert consistency(mid.target) == (1, 5)

        # 2. Backups taken again and again while 190 votes are cast: each copy runs in its
        # thread while the next person votes (interleaved by design, not by the machine's speed).
        copies = []
        for person in people[2:]:
            target = tmp_path / f"copy-{len(copies)}.sqlite3"
            copy = asyncio.create_task(asyncio.to_thread(backup_database, live, target))
            for idea_id in ideas:
                await h.services.ideas.vote(person.id, idea_id)
            copies.append((await copy).target)
        counts = [consistency(copy)[0] for copy in copies]
        assert len(counts) > 1 and 0 < counts[0] < counts[-1]  # copies really were mid-way
        assert counts == sorted(counts)  # later copies never know less
        final_votes = 2 + 38 * 5

        # 3. The README's backup command, while the bot is still running.
        monkeypatch.setenv("DATABASE_PATH", str(live))
        assert main(["backup", str(tmp_path / "cli.sqlite3")]) == 0
        assert "integrity ok" in capsys.readouterr().out
        assert consistency(tmp_path / "cli.sqlite3") == (final_votes, 5)

    # 4. Restore as the README says: stop the bot, put the copy in place (and remove the old
    # -wal/-shm files), start the bot.
    backup = tmp_path / "final.sqlite3"
    backup_database(live, backup)
    assert consistency(backup) == (final_votes, 5)
    restored = tmp_path / "restored" / "bot.sqlite3"
    restored.parent.mkdir()
    shutil.copy(backup, restored)
    async with BotHarness(restored, admin_ids=frozenset({ADMIN_ID}), clock=clock) as h:
        left = await h.services.ideas.votes_left(people[5].id, partnership.id)
        assert left == 0  # their five votes survived the round trip
        leaders = await h.services.ideas.leaderboard(partnership.id)
        assert sum(votes for *_, votes in leaders) == final_votes
