"""bot/db/dialect.to_postgres (placeholders, ILIKE, SQLite's NULL order per ORDER BY term) and
what BEGIN IMMEDIATE guarantees, on both backends: two database objects writing at once (two
pools on PostgreSQL, as two processes would have) never oversell a seat nor exceed a vote
budget."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.db.dialect import Dialect, to_postgres
from bot.domain.workshops import RegistrationStatus
from bot.offline.harness import BotHarness
from bot.services.errors import UserFacingError
from tests.stories import (
    ADMIN_ID,
    create_workshop,
    open_voting,
    published_ideas,
    quick_participant,
    statuses,
)


@pytest.mark.parametrize(
    ("sqlite", "postgres"),
    [
        (
            "SELECT '?', ? FROM x WHERE a LIKE ? AND b = 'it''s ?'",
            "SELECT '?', $1 FROM x WHERE a ILIKE $2 AND b = 'it''s ?'",
        ),
        (
            "SELECT a FROM x ORDER BY a, b DESC LIMIT ?",
            "SELECT a FROM x ORDER BY a NULLS FIRST, b DESC NULLS LAST LIMIT $1",
        ),
        (
            "SELECT a FROM (SELECT a FROM y ORDER BY c DESC LIMIT 3) AS s ORDER BY a",
            "SELECT a FROM (SELECT a FROM y ORDER BY c DESC NULLS LAST LIMIT 3) AS s"
            " ORDER BY a NULLS FIRST",
        ),
        (
            "SELECT row_number() OVER (PARTITION BY a ORDER BY b DESC) FROM x"
            " ORDER BY a NULLS LAST",
            "SELECT row_number() OVER (PARTITION BY a ORDER BY b DESC NULLS LAST) FROM x"
            " ORDER BY a NULLS LAST",
        ),
        (
            "SELECT a FROM x WHERE b = ? ORDER BY coalesce(a, ?) DESC, c",
            "SELECT a FROM x WHERE b = $1 ORDER BY coalesce(a, $2) DESC NULLS LAST, c NULLS FIRST",
        ),
    ],
)
def test_statements_are_rewritten_for_postgresql(sqlite: str, postgres: str) -> None:
    assert to_postgres(sqlite) == postgres


async def _second_bot(harness: BotHarness, tmp_path: Path, clock: FakeClock) -> BotHarness:
    """On PostgreSQL another bot on the same database with a pool of its own: another
    process. SQLite has one writing process (its BEGIN travels with the first write, so
    reads before it are not serialised across connections): the same bot twice."""
    if harness.services.db.dialect is not Dialect.POSTGRESQL:
        return harness
    other = BotHarness(tmp_path / "bot.sqlite3", admin_ids=frozenset({ADMIN_ID}), clock=clock)
    await other.start()
    return other


async def test_50_sign_ups_for_10_seats_through_two_databases_never_oversell(
    harness: BotHarness, tmp_path: Path, clock: FakeClock
) -> None:
    workshop = await create_workshop(harness, capacity=10)
    people = [await quick_participant(harness, f"P{i}") for i in range(50)]
    other = await _second_bot(harness, tmp_path, clock)
    try:
        bots = [harness, other]
        await asyncio.gather(
            *(
                bots[i % 2].services.registrations.sign_up(p.id, workshop.id, "en")
                for i, p in enumerate(people)
            )
        )
    finally:
        if other is not harness:
            await other.stop()
    found = list((await statuses(harness, workshop.id)).values())
    assert len(found) == 50
    assert found.count(RegistrationStatus.CONFIRMED) == 10
    assert found.count(RegistrationStatus.WAITLISTED) == 40


async def test_50_votes_of_one_person_through_two_databases_stay_within_the_budget(
    harness: BotHarness, tmp_path: Path, clock: FakeClock
) -> None:
    ideas = await published_ideas(harness, 50)
    await open_voting(harness, budget=5)
    voter = await quick_participant(harness, "Eager")
    other = await _second_bot(harness, tmp_path, clock)
    try:
        bots = [harness, other]
        outcomes = await asyncio.gather(
            *(bots[i % 2].services.ideas.vote(voter.id, idea) for i, idea in enumerate(ideas)),
            return_exceptions=True,
        )
    finally:
        if other is not harness:
            await other.stop()
    refused = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(refused) == 45 and all(isinstance(o, UserFacingError) for o in refused)
    async with harness.services.db.reading() as conn:
        cur = await conn.execute("SELECT COUNT(*) FROM votes WHERE user_id = ?", (voter.id,))
        (cast,) = await cur.fetchone()
        cur = await conn.execute("SELECT SUM(vote_count) FROM ideas")
        (counted,) = await cur.fetchone()
    assert cast == counted == 5
