"""Translations for the walls (issue #21): right after an idea is posted, its title and
description are translated into every other room's language in the background (the author's
reply does not wait); a failing or hanging provider leaves "translation pending" and due work
tries again after 1, 2, 5 minutes until it succeeds. Without a provider nothing is promised."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.clock import FakeClock
from bot.db import due_tasks
from bot.db import ideas as ideas_db
from bot.offline.harness import BotHarness
from bot.services.live_ideas import TRANSLATE
from tests.stories import (
    KRASNODAR,
    live_event,
    onboard,
    post_to_wall,
    room_check_in,
    translated_harness,
)

TITLE = "Общий сад у реки"


async def karlsruhe_sees(h: BotHarness, token: str) -> tuple[str | None, str | None, bool]:
    """The Krasnodar idea on the Karlsruhe wall: title, description, machine-marked."""
    wall = await h.services.live_page.wall_data(token)
    assert wall is not None
    [idea] = [i for c in wall.columns for i in c.ideas]
    assert idea.original_title == TITLE
    return idea.title, idea.description, idea.machine


async def krasnodar_posts(h: BotHarness) -> tuple[str, int]:
    """Olga posts a Russian idea in the Krasnodar room: the Karlsruhe wall's token, the idea."""
    event = await live_event(h)
    olga = h.user("Olga", "ru")
    await onboard(olga, language="ru", city=KRASNODAR)
    await room_check_in(h, olga, event.rooms[1])
    await post_to_wall(olga, event.rooms[1], TITLE, "Сажаем деревья вместе.")
    assert "уже на стенах" in olga.messages[-2].body  # the reply came first
    async with h.services.db.reading() as conn:
        [idea] = (await ideas_db.list_ideas(conn, 1, limit=5))[0]
    return event.rooms[0].wall_token, idea.id


async def retry_planned(h: BotHarness, idea_id: int) -> bool:
    async with h.services.db.reading() as conn:
        return await due_tasks.pending_detail(conn, TRANSLATE, idea_id) is not None


async def test_a_russian_idea_reaches_the_german_wall_in_german(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with translated_harness(tmp_path, clock) as (h, fake):
        token, idea = await krasnodar_posts(h)
        await h.services.live_ideas.settled()

        assert await karlsruhe_sees(h, token) == (
            f"[de] {TITLE}",
            "[de] Сажаем деревья вместе.",
            True,
        )
        assert {(r["source"], r["target"]) for r in fake.requests} == {("ru", "de")}
        assert not await retry_planned(h, idea)  # done: no retries left


async def test_a_failing_provider_leaves_it_pending_until_a_retry_succeeds(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with translated_harness(tmp_path, clock, mode="error") as (h, fake):
        token, idea = await krasnodar_posts(h)
        await h.services.live_ideas.settled()
        assert await karlsruhe_sees(h, token) == (None, None, False)  # translation pending
        assert await retry_planned(h, idea)

        await h.advance(timedelta(minutes=1))  # the second try fails as well
        await h.services.live_ideas.settled()
        assert await karlsruhe_sees(h, token) == (None, None, False)
        tries = len(fake.requests)

        fake.mode = "ok"
        await h.advance(timedelta(minutes=1))  # the third try is due 2 minutes after
        await h.services.live_ideas.settled()
        assert len(fake.requests) == tries  # not yet
        await h.advance(timedelta(minutes=1))
        await h.services.live_ideas.settled()

        assert await karlsruhe_sees(h, token) == (
            f"[de] {TITLE}",
            "[de] Сажаем деревья вместе.",
            True,
        )
        assert not await retry_planned(h, idea)


async def test_a_hanging_provider_does_not_hold_up_the_author(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with translated_harness(tmp_path, clock, mode="hang") as (h, fake):
        token, _ = await krasnodar_posts(h)  # the author's reply came while it hangs

        assert await karlsruhe_sees(h, token) == (None, None, False)
        fake._never.set()  # the provider gives up without an answer
        await h.services.live_ideas.settled()
        assert await karlsruhe_sees(h, token) == (None, None, False)


async def test_without_a_provider_nothing_is_promised(harness: BotHarness) -> None:
    token, idea = await krasnodar_posts(harness)
    await harness.services.live_ideas.settled()

    assert await karlsruhe_sees(harness, token) == (None, None, False)
    assert not await retry_planned(harness, idea)


async def test_an_authors_edit_is_translated_again_for_the_other_wall(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with translated_harness(tmp_path, clock) as (h, _fake):
        token, idea = await krasnodar_posts(h)
        await h.services.live_ideas.settled()
        before = await h.services.live_page.version(token)
        async with h.services.db.reading() as conn:
            stored = await ideas_db.get(conn, idea)
        assert stored is not None and stored.author_id is not None
        author = stored.author_id
        # The edit drops the old translations; the wall must not stay "pending" for good.
        await h.services.idea_drafts.edit(author, idea, "description", "Сажаем яблони вместе.")
        await h.services.live_ideas.settled()
        assert await karlsruhe_sees(h, token) == (
            f"[de] {TITLE}",
            "[de] Сажаем яблони вместе.",
            True,
        )
        assert (await h.services.live_page.version(token) or 0) > (before or 0)
