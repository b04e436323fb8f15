"""The sandbox's BarCamp: five rooms (German-only, Russian-only, mixed, one bridged), four
slots, a dozen proposals in three languages with interest, in the "I'd attend" phase."""

from __future__ import annotations

from bot.callback_event import BarcampHome
from bot.db import barcamp as barcamp_db
from bot.db import barcamp_people as people_db
from bot.domain.barcamp import Phase
from bot.offline.harness import BotHarness
from bot.services.barcamp_demo import seed_barcamp
from bot.services.demo import seed_sandbox
from tests.stories import DEMO_PARTNERSHIP, make_organiser, onboard


async def test_the_sandbox_seed_is_a_barcamp_ready_to_choose(harness: BotHarness) -> None:
    db, clock = harness.services.db, harness.clock
    await seed_sandbox(db, clock, DEMO_PARTNERSHIP)
    await seed_barcamp(db, clock, DEMO_PARTNERSHIP)
    await seed_barcamp(db, clock, DEMO_PARTNERSHIP)  # once only
    async with db.reading() as conn:
        [workshop_id] = await people_db.camps_checked_in(conn, 920001)
        camp = await barcamp_db.of_workshop(conn, workshop_id)
        assert camp is not None
        rooms = await barcamp_db.rooms(conn, camp.id)
        slots = await barcamp_db.slots(conn, camp.id)
        sessions = await barcamp_db.sessions(conn, camp.id)
    assert camp.phase is Phase.INTEREST
    assert len(rooms) == 5 and len(slots) == 4 and len(sessions) == 12
    assert {frozenset({"de"}), frozenset({"ru"})} <= {r.languages for r in rooms}
    assert [r.name for r in rooms if r.bridge_url] == ["Ratssaal"]
    assert {s.language for s in sessions} == {"de", "ru", "en"}
    assert all(s.interest > 0 for s in sessions)

    orga = harness.user("Olga", "en")
    await onboard(orga)
    await make_organiser(harness, orga)
    await orga.press_data(BarcampHome(workshop_id).pack())
    assert "Proposals: 12" in orga.last_text and "checked in: 6" in orga.last_text
    assert "bridged to the partner city" in orga.last_text
