"""+1 in the chat (issue #21): people checked in to a room of a live event list its shown ideas
of every room in their own language (machine versions marked, the original a tap away, an
untranslated one named by its language), best first, and give or take back +1; ideas with +1
from both cities are bridge ideas. Nobody gives +1 to their own idea."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable

from bot.callback_event import LiveBrowse, LiveOriginal, LiveVote
from bot.db import ideas as ideas_db
from bot.db import live_ideas as wall_db
from bot.db import live_wall as live_wall_db
from bot.domain.ideas import IdeaText, Translation
from bot.domain.live_wall import LiveEvent
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    KARLSRUHE,
    KRASNODAR,
    live_event,
    onboard,
    popup,
    post_to_wall,
    room_check_in,
    wall_idea,
)


async def people(h: BotHarness) -> tuple[LiveEvent, SimClient, SimClient]:
    """The live event, Anna (en, Karlsruhe room) and Olga (ru, Krasnodar room)."""
    event = await live_event(h)
    anna, olga = h.user("Anna", "en"), h.user("Olga", "ru")
    await onboard(anna, city=KARLSRUHE)
    await onboard(olga, language="ru", city=KRASNODAR)
    await room_check_in(h, anna, event.rooms[0])
    await room_check_in(h, olga, event.rooms[1])
    return event, anna, olga


async def wall_votes(h: BotHarness, event: LiveEvent, idea_id: int) -> tuple[int, bool]:
    wall = await h.services.live_page.wall_data(event.rooms[0].wall_token)
    assert wall is not None
    [idea] = [i for c in wall.columns for i in c.ideas if i.idea_id == idea_id]
    return idea.votes, idea.bridge


async def test_the_list_reads_in_the_readers_language(harness: BotHarness) -> None:
    event, anna, _ = await people(harness)
    choir = await wall_idea(harness, event.rooms[0], "Gemeinsamer Chor", language="de")
    garden = await wall_idea(harness, event.rooms[1], "Общий сад", language="ru")
    async with harness.services.db.transaction() as conn:
        text = IdeaText("A choir for both cities", "Singing together.", None)
        translation = Translation("en", text, machine=True)
        await ideas_db.save_translation(conn, choir, translation, None, harness.clock.now())

    await anna.press_data(LiveBrowse(event.rooms[0].id, 0).pack())

    body = anna.last.body
    assert "2 ideas" in body and "A choir for both cities — Karlsruhe" in body
    assert "🤖 machine translation" in body
    assert "Общий сад — Krasnodar" in body and "in 🇷🇺 Russian, no translation yet" in body
    assert LiveOriginal(event.rooms[0].id, garden, 0).pack() not in anna.button_data()
    await anna.press(LiveOriginal(event.rooms[0].id, choir, 0))
    assert "Gemeinsamer Chor" in anna.last.body and "German" in anna.last.body
    await anna.press(LiveBrowse(event.rooms[0].id, 0))  # back to the list


async def test_plus_one_toggles_and_two_cities_make_a_bridge(harness: BotHarness) -> None:
    event, anna, olga = await people(harness)
    garden = await wall_idea(harness, event.rooms[1], "Общий сад", language="ru")
    version = event.version

    await anna.press_data(LiveBrowse(event.rooms[0].id, 0).pack())
    await anna.press(LiveVote("plus", event.rooms[0].id, garden, 0))

    assert await wall_votes(harness, event, garden) == (1, False)
    assert "✅ your +1" in anna.last.body and "+1: 1" in anna.last.body
    await anna.press(LiveVote("undo", event.rooms[0].id, garden, 0))
    assert await wall_votes(harness, event, garden) == (0, False)
    await anna.press(LiveVote("plus", event.rooms[0].id, garden, 0))

    await olga.press_data(LiveBrowse(event.rooms[1].id, 0).pack())
    await olga.press(LiveVote("plus", event.rooms[1].id, garden, 0))

    assert await wall_votes(harness, event, garden) == (2, True)
    assert "🌉 идея-мост" in olga.last.body
    async with harness.services.db.reading() as conn:
        assert await live_wall_db.version_of(conn, event.id) > version
        cities = await conn.execute_fetchall(
            "SELECT user_id, city_id FROM live_votes WHERE idea_id = ? ORDER BY user_id",
            (garden,),
        )
    assert sorted((r[0], r[1]) for r in cities) == sorted(
        [(anna.id, KARLSRUHE), (olga.id, KRASNODAR)]
    )


async def test_the_best_ideas_come_first(harness: BotHarness) -> None:
    event, anna, olga = await people(harness)
    first = await wall_idea(harness, event.rooms[0], "Chor", language="de")
    second = await wall_idea(harness, event.rooms[1], "Сад", language="ru")
    await olga.press_data(LiveBrowse(event.rooms[1].id, 0).pack())
    await olga.press(LiveVote("plus", event.rooms[1].id, first, 0))
    await anna.press_data(LiveBrowse(event.rooms[0].id, 0).pack())
    await anna.press(LiveVote("plus", event.rooms[0].id, second, 0))
    await anna.press(LiveVote("plus", event.rooms[0].id, first, 0))

    body = anna.last.body
    assert body.index("1. Chor") < body.index("2. Сад")


async def test_no_plus_one_for_ones_own_idea(harness: BotHarness) -> None:
    event, anna, _ = await people(harness)
    own = await wall_idea(harness, event.rooms[0], "Chor", language="de", author_id=anna.id)

    await anna.press_data(LiveBrowse(event.rooms[0].id, 0).pack())
    assert LiveVote("plus", event.rooms[0].id, own, 0).pack() not in anna.button_data()
    assert "your idea" in anna.last.body
    await anna.press_data(LiveVote("plus", event.rooms[0].id, own, 0).pack())  # forged

    assert "your own idea" in popup(anna)
    assert await wall_votes(harness, event, own) == (0, False)


async def test_only_people_checked_in_give_plus_one(harness: BotHarness) -> None:
    event, anna, _ = await people(harness)
    garden = await wall_idea(harness, event.rooms[1], "Общий сад", language="ru")
    sam = harness.user("Sam", "en")
    await onboard(sam)

    await sam.press_data(LiveBrowse(event.rooms[0].id, 0).pack())
    assert "not checked in" in popup(sam)
    await sam.press_data(LiveVote("plus", event.rooms[0].id, garden, 0).pack())
    assert "not checked in" in popup(sam)
    # Anna is in the Karlsruhe room, not in Krasnodar's: she votes from her own room.
    await anna.press_data(LiveVote("plus", event.rooms[1].id, garden, 0).pack())
    assert "not checked in" in popup(anna)

    assert await wall_votes(harness, event, garden) == (0, False)


async def test_every_change_wakes_the_walls(harness: BotHarness) -> None:
    """The page waits on the wall signal: a post, a +1 and taking it back each wake it."""
    event, anna, olga = await people(harness)
    signal = harness.services.live_page.signal

    async def woken(press: Awaitable[object]) -> bool:
        waiting = asyncio.ensure_future(signal.wait(event.id))
        await asyncio.sleep(0)  # the page is waiting now
        await press
        await harness.services.live_ideas.settled()
        done = waiting.done()
        waiting.cancel()
        return done

    assert await woken(post_to_wall(olga, event.rooms[1], "Общий сад"))
    [garden] = [e.idea_id for e in await _shown(harness, event)]
    await anna.press_data(LiveBrowse(event.rooms[0].id, 0).pack())
    assert await woken(anna.press(LiveVote("plus", event.rooms[0].id, garden, 0)))
    assert await woken(anna.press(LiveVote("undo", event.rooms[0].id, garden, 0)))
    assert not await woken(anna.press_data(LiveBrowse(event.rooms[0].id, 0).pack()))  # a read


async def _shown(h: BotHarness, event: LiveEvent) -> list[wall_db.WallEntry]:
    async with h.services.db.reading() as conn:
        return await wall_db.of_event(conn, event.id, (wall_db.WallStatus.SHOWN,))
