"""tools/screens_barcamp.py seeds what its walk needs: checked-in people, organisers, camps in
the interest and build phases whose plan builds."""

from __future__ import annotations

from pathlib import Path

from bot.clock import SystemClock
from bot.db import barcamp as barcamp_db
from bot.db import roles as roles_db
from bot.domain.barcamp import Phase
from bot.domain.barcamp_plan import build_plan
from bot.domain.roles import Role
from bot.services.demo import seed_demo
from tests.stories import open_db
from tools.screens_barcamp import BARCAMP_PEOPLE, PROPOSALS, seed_barcamp


async def test_the_seed_gives_the_walk_its_camps_and_people(tmp_path: Path) -> None:
    db = await open_db(tmp_path / "screens.sqlite3")
    await seed_demo(db, SystemClock())
    seeded = await seed_barcamp(db, 100_001)
    async with db.reading() as conn:
        interest = await barcamp_db.get(conn, seeded.interest_camp)
        assert interest is not None and interest.phase is Phase.INTEREST
        for language, (workshop_id, camp_id) in seeded.build.items():
            camp = await barcamp_db.get(conn, camp_id)
            assert camp is not None and camp.phase is Phase.BUILD, language
            people = await barcamp_db.checked_in(conn, workshop_id)
            assert {100_001 + n for n in range(len(BARCAMP_PEOPLE))} <= set(people)
            rooms, slots = (
                await barcamp_db.rooms(conn, camp_id),
                await barcamp_db.slots(conn, camp_id),
            )
            sessions = await barcamp_db.sessions(conn, camp_id)
            assert len(sessions) == len(PROPOSALS)
            plan = build_plan(rooms, slots, sessions)
            assert len(plan.placements) == len(PROPOSALS)
        organisers = [100_001 + n for n, p in enumerate(BARCAMP_PEOPLE) if p[2] == "organiser"]
        for user_id in organisers:
            held = await roles_db.for_user(conn, user_id)
            assert any(role is Role.ORGANISER for _, role in held)
    await db.close()
