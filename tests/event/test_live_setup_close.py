"""Exchange moments as due work (the walls' version moves at their start and end) and closing
a live event: the walls' ideas become ordinary ideas, visible in the normal Ideas list."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.callback_data import IdeaList, IdeasHome
from bot.callback_event import LiveEventStep, LiveMomentAdd, LiveMomentWhen, LiveWallHome
from bot.db import ideas as ideas_db
from bot.db import live_wall as live_db
from bot.domain.ideas import IdeaStatus
from bot.domain.live_wall import EventStatus, LiveEvent
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    live_event,
    make_organiser,
    quick_participant,
    shown,
    wall_idea,
)


async def version(h: BotHarness, event_id: int) -> int:
    async with h.services.db.reading() as conn:
        event = await live_db.get_event(conn, event_id)
    assert event is not None
    return event.version


async def event_screen(h: BotHarness, event: LiveEvent) -> SimClient:
    """An organiser on the event's screen (from the Krasnodar workshop's card)."""
    orga = await quick_participant(h, "Olga")
    await make_organiser(h, orga)
    await orga.send("/menu")
    await orga.press_data(LiveWallHome(event.rooms[1].workshop_id).pack())
    return orga


async def test_an_exchange_moment_moves_the_walls_at_its_start_and_its_end(
    harness: BotHarness,
) -> None:
    event = await live_event(harness)
    await wall_idea(harness, event.rooms[1], "Общий сад", language="ru")
    orga = await event_screen(harness, event)
    await orga.press(LiveEventStep(event.id, "moments"))
    await orga.press(LiveMomentWhen(event.id, 15))
    await orga.press(shown(orga, LiveMomentAdd, length=5))
    before = await version(harness, event.id)
    woken = asyncio.create_task(harness.services.live_setup.signal.wait(event.id))
    await harness.advance(timedelta(minutes=14))
    assert await version(harness, event.id) == before and not woken.done()
    await harness.advance(timedelta(minutes=1))
    assert await version(harness, event.id) == before + 1
    await asyncio.sleep(0)
    assert woken.done()  # the pages waiting on this event wake up
    async with harness.services.db.reading() as conn:
        (moment,) = await live_db.moments(conn, event.id)
    assert moment.shown_at == harness.clock.now()
    wall = await harness.services.live_page.wall_data(event.rooms[0].wall_token)
    assert wall is not None and wall.moment  # Karlsruhe sees Krasnodar's best ideas
    await harness.advance(timedelta(minutes=5))
    assert await version(harness, event.id) == before + 2
    wall = await harness.services.live_page.wall_data(event.rooms[0].wall_token)
    assert wall is not None and not wall.moment  # the banner is gone


async def test_closing_turns_the_walls_ideas_into_ordinary_ideas(harness: BotHarness) -> None:
    event = await live_event(harness)
    ka, kr = event.rooms
    shown_id = await wall_idea(harness, kr, "Общий сад у реки", language="ru")
    waiting_id = await wall_idea(harness, ka, "Repair café", language="de")
    async with harness.services.db.transaction() as conn:
        # As posting does: submitted, not yet in the ordinary list; one still waits.
        await conn.execute("UPDATE ideas SET status = 'submitted', city_id = NULL")
        await conn.execute(
            "UPDATE live_ideas SET wall_status = 'waiting' WHERE idea_id = ?", (waiting_id,)
        )
    orga = await event_screen(harness, event)
    before = await version(harness, event.id)
    await orga.press(LiveEventStep(event.id, "close"))
    assert "1 idea from the walls becomes an ordinary idea" in orga.last_text
    assert "1 idea still waits for a moderator" in orga.last_text
    await orga.press(LiveEventStep(event.id, "show"))  # cancelling changes nothing
    assert await version(harness, event.id) == before
    await orga.press(LiveEventStep(event.id, "close"))
    await orga.press(LiveEventStep(event.id, "close_ok"))
    assert orga.last_text.startswith("The live wall is closed: 1 idea is now in Ideas.")
    async with harness.services.db.reading() as conn:
        closed = await live_db.get_event(conn, event.id)
        idea = await ideas_db.get(conn, shown_id)
        waiting = await ideas_db.get(conn, waiting_id)
    assert closed is not None and closed.status is EventStatus.CLOSED
    assert closed.version > before
    assert idea is not None and idea.status is IdeaStatus.PUBLISHED
    assert idea.city_id == kr.city_id and idea.themes and idea.workshop_id == kr.workshop_id
    assert waiting is not None and waiting.status is IdeaStatus.SUBMITTED
    # In the normal Ideas list, for anyone of the partnership.
    vera = await quick_participant(harness, "Vera")
    await vera.send("/menu")
    await vera.press(IdeasHome(0))
    await vera.press(IdeaList(0, 0, "a", "n"))
    assert "Общий сад у реки" in vera.last_text and "Repair café" not in vera.last_text
    # Checking in to a closed event's room now says where its ideas are.
    await vera.send("/room ROOM1")
    assert "is closed. Its ideas are now in Ideas" in vera.last_text
