"""Afterwards: when a placed session's slot ends (in the announced plan), each host is asked
once for three short lines of notes; the organiser's 📄 Documentation collects every session
(room, time on the workshop's clock, hosts, interest, notes). /deleteme anonymises proposals
and notes and removes interest."""

from __future__ import annotations

from datetime import timedelta

from bot.callback_event import BarcampHome, BarcampNotesWrite, BarcampPhaseStep, BarcampSetup
from bot.db import barcamp as barcamp_db
from bot.db import barcamp_people as people_db
from bot.domain.barcamp import PHASE_ORDER, Phase, Placement
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import answer_text, barcamp_camp, make_organiser, named_person, onboard


async def announced_camp(h: BotHarness) -> tuple[int, int, list[SimClient], SimClient, list[int]]:
    """A camp in the interest phase; the organiser starts the plan (build) with the button;
    then, as the plan screen would, two sessions are placed and the plan announced."""
    workshop, barcamp_id, people = await barcamp_camp(h, people=4, phase=Phase.INTEREST)
    anna, sergei, third, fourth = people
    await named_person(h, anna, "Anna")
    orga = h.user("Olga", "en")
    await onboard(orga)
    await make_organiser(h, orga)
    await orga.press_data(BarcampHome(workshop.id).pack())
    build = PHASE_ORDER.index(Phase.BUILD)
    await orga.press(BarcampPhaseStep(workshop.id, "ask", build))
    await orga.press(BarcampPhaseStep(workshop.id, "open", build))
    now = h.clock.now()
    async with h.services.db.transaction() as conn:
        rooms = await barcamp_db.rooms(conn, barcamp_id)
        slots = await barcamp_db.slots(conn, barcamp_id)
        garden = await barcamp_db.add_session(
            conn, barcamp_id, "Urban gardening", "", "de", anna.id, (anna.id, sergei.id), now
        )
        choir = await barcamp_db.add_session(
            conn, barcamp_id, "Choir", "", "ru", third.id, (third.id,), now
        )
        spare = await barcamp_db.add_session(
            conn, barcamp_id, "Spare", "", "de", fourth.id, (fourth.id,), now
        )
        for person in (third, fourth):
            await barcamp_db.add_interest(conn, garden, person.id, now)
        await barcamp_db.add_interest(conn, garden, anna.id, now)  # counted as stored
        await barcamp_db.save_placements(
            conn,
            barcamp_id,
            [
                Placement(garden, rooms[0].id, slots[0].id),
                Placement(choir, rooms[2].id, slots[1].id),
            ],
        )
        await barcamp_db.set_phase(conn, barcamp_id, Phase.ANNOUNCED, now)
    return workshop.id, barcamp_id, people, orga, [garden, choir, spare]


async def test_hosts_are_asked_once_after_the_slot_and_notes_reach_the_documentation(
    harness: BotHarness,
) -> None:
    workshop_id, _, people, orga, (garden, choir, _) = await announced_camp(harness)
    anna, sergei, third, _ = people
    before = len(anna.messages)
    # The workshop starts in a day; the first slot ends 45 minutes later.
    await harness.advance(timedelta(days=1, minutes=30))
    assert len(anna.messages) == before  # not yet
    await harness.advance(timedelta(minutes=20))
    assert "„Urban gardening“ ist vorbei" in anna.last_text
    assert "«Urban gardening» закончилась" in sergei.last_text
    assert not third.messages  # the second slot (Choir) has not ended
    asked = len(anna.messages)
    await harness.advance(timedelta(minutes=5))
    assert len(anna.messages) == asked  # asked once

    await anna.press(BarcampNotesWrite(garden))
    await anna.send("eins\nzwei\ndrei\nvier")
    assert "Das sind 4 Zeilen; bitte höchstens 3." in anna.last_text
    await anna.send("x" * 201)
    assert "201 Zeichen" in anna.last_text
    await anna.send("Beete im Hof\n\nSamen tauschen\nNächstes Treffen im Mai")
    assert "Notizen sind gespeichert" in anna.last_text
    await harness.advance(timedelta(hours=1))
    # Someone who is not a host cannot write notes on it.
    await third.press_data(BarcampNotesWrite(garden).pack())
    assert answer_text(third)  # out of date for them
    await third.press(BarcampNotesWrite(choir))
    await third.send("Wir haben gesungen")

    await orga.press(BarcampSetup(workshop_id, "docs", 0))  # on the BarCamp home
    document = orga.last.document
    assert document is not None and document.file_name == f"barcamp-{workshop_id}-documentation.md"
    doc = document.content.decode()
    assert '# The BarCamp of "BarCamp Karlsruhe"' in doc
    assert "## 1. Urban gardening" in doc and "## 2. Choir" in doc and "## 3. Spare" in doc
    assert "- Room: Saal" in doc and "- Room: Комната B" in doc
    assert "Karlsruhe time" in doc
    assert "- Hosts: Anna and " in doc  # Sergei never wrote to the bot: no name known
    assert '- "I\'d attend": 3' in doc
    assert "- Beete im Hof\n- Samen tauschen\n- Nächstes Treffen im Mai" in doc
    assert "- Wir haben gesungen" in doc
    assert "- Not in the plan" in doc


async def test_deleteme_anonymises_proposals_and_notes_and_removes_interest(
    harness: BotHarness,
) -> None:
    _, barcamp_id, people, _orga, (garden, _, spare) = await announced_camp(harness)
    anna, _, _, fourth = people
    await harness.advance(timedelta(days=1, hours=1))
    await anna.press(BarcampNotesWrite(garden))
    await anna.send("Beete im Hof")
    async with harness.services.db.transaction() as conn:
        await barcamp_db.add_interest(conn, spare, anna.id, harness.clock.now())

    await harness.services.privacy.erase(anna.id)

    async with harness.services.db.reading() as conn:
        sessions = {s.id: s for s in await barcamp_db.sessions(conn, barcamp_id)}
        notes = await people_db.notes(conn, barcamp_id)
        proposer = await conn.execute_fetchall(
            "SELECT COUNT(*) FROM barcamp_sessions WHERE proposer_id = ?", (anna.id,)
        )
        kept_notes = await conn.execute_fetchall(
            "SELECT user_id FROM barcamp_notes WHERE session_id = ?", (garden,)
        )
    assert anna.id not in sessions[garden].hosts and sessions[garden].hosts
    assert next(iter(proposer))[0] == 0
    assert sessions[garden].interest == 2 and sessions[spare].interest == 0
    assert notes[garden] == ["Beete im Hof"]  # the session's record stays, naming nobody
    assert [r[0] for r in kept_notes] == [None]
    assert fourth.id in sessions[spare].hosts
