"""The sandbox's live wall: a live event of the demo partnership, ideas on both walls in
German and Russian, a bridge idea, an exchange moment later today; seeded once."""

from __future__ import annotations

from bot.callback_event import LivePost
from bot.db import live_wall as live_db
from bot.domain.live_wall import EventStatus
from bot.offline.harness import BotHarness
from bot.services.live_demo import DEMO_CODES, demo_help, seed_live_wall
from tests.stories import DEMO_PARTNERSHIP, quick_participant


async def test_the_demo_event_is_live_with_ideas_a_bridge_idea_and_a_moment(
    harness: BotHarness,
) -> None:
    demo = await seed_live_wall(harness.services.db, harness.clock, DEMO_PARTNERSHIP)
    again = await seed_live_wall(harness.services.db, harness.clock, DEMO_PARTNERSHIP)
    assert again == demo and demo.codes == DEMO_CODES
    async with harness.services.db.reading() as conn:
        room = await live_db.room_by_code(conn, DEMO_CODES[0])
        assert room is not None
        event = await live_db.get_event(conn, room.event_id)
        assert event is not None
        moments = await live_db.moments(conn, event.id)
    assert event.status is EventStatus.LIVE
    assert [r.display_language for r in event.rooms] == ["de", "ru"]
    (moment,) = moments
    assert moment.due_at > harness.clock.now()
    wall = await harness.services.live_page.wall_data(demo.tokens[0])
    assert wall is not None
    shown = [i for column in wall.columns for i in column.ideas]
    assert len(shown) == 6 and {i.language for i in shown} == {"de", "ru"}
    assert any(i.bridge for i in shown) and not all(i.bridge for i in shown)
    # The Krasnodar ideas read in German on the Karlsruhe wall.
    assert "Fahrradroute der Freundschaft" in {i.title for i in shown}
    assert "/room KAR24 (Karlsruhe)" in demo_help(demo, "http://127.0.0.1:8080/")
    # The printed code works.
    vera = await quick_participant(harness, "Vera")
    await vera.send(f"/room {DEMO_CODES[1].lower()}")
    assert LivePost(event.rooms[1].id).pack() in vera.button_data()
