"""Phases and proposals: opening proposals and interest asks first with the number of people
checked in (cancelling changes nothing); checked-in people propose (title ≤ 80 characters,
description, language), are offered to join a similar proposal as a co-host, see their own
and withdraw them; people not checked in are refused."""

from __future__ import annotations

from bot.callback_event import BarcampHome, BarcampPhaseStep, BarcampPropose
from bot.db import barcamp as barcamp_db
from bot.domain.barcamp import PHASE_ORDER, Phase, SessionStatus
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import barcamp_camp, make_organiser, onboard, popup, quick_participant

PROPOSE, INTEREST, BUILD = (
    PHASE_ORDER.index(p) for p in (Phase.PROPOSE, Phase.INTEREST, Phase.BUILD)
)


async def organiser(h: BotHarness) -> SimClient:
    orga = h.user("Olga", "en")
    await onboard(orga)
    await make_organiser(h, orga)
    return orga


async def phase(h: BotHarness, barcamp_id: int) -> Phase:
    async with h.services.db.reading() as conn:
        camp = await barcamp_db.get(conn, barcamp_id)
    assert camp is not None
    return camp.phase


async def test_opening_a_phase_asks_with_the_count_and_cancel_changes_nothing(
    harness: BotHarness,
) -> None:
    workshop, barcamp_id, people = await barcamp_camp(harness, people=5)
    orga = await organiser(harness)
    await orga.send("/start")
    await orga.press_data(BarcampHome(workshop.id).pack())  # from the workshop card
    await orga.press(BarcampPhaseStep(workshop.id, "ask", PROPOSE))
    assert "Open proposals? 5 people checked in get a message." in orga.last_text
    before = [len(p.messages) for p in people]
    await orga.press(BarcampHome(workshop.id))  # ✖️ Cancel
    await harness.drain()
    assert await phase(harness, barcamp_id) is Phase.SETUP
    assert [len(p.messages) for p in people] == before
    # An old or forged "open" for a later phase is stale.
    await orga.press_data(BarcampPhaseStep(workshop.id, "open", BUILD).pack())
    assert await phase(harness, barcamp_id) is Phase.SETUP

    await orga.press(BarcampPhaseStep(workshop.id, "ask", PROPOSE))
    await orga.press(BarcampPhaseStep(workshop.id, "open", PROPOSE))
    assert "Proposals are open. 5 people were told." in orga.last_text
    await harness.drain()
    assert await phase(harness, barcamp_id) is Phase.PROPOSE
    first = people[0]  # reads German
    assert "ist offen für Vorschläge" in first.last_text
    assert first.last.button_data() == [BarcampHome(workshop.id).pack()]
    russian = people[1]
    assert "принимает предложения" in russian.last_text

    await orga.press(BarcampPhaseStep(workshop.id, "ask", INTEREST))
    assert "5 people checked in get a message" in orga.last_text
    await orga.press(BarcampPhaseStep(workshop.id, "open", INTEREST))
    await harness.drain()
    assert "Wähle bis zu 3" in first.last_text
    await orga.press(BarcampPhaseStep(workshop.id, "ask", BUILD))
    assert "Nobody gets a message" in orga.last_text
    count = len(first.messages)
    await orga.press(BarcampPhaseStep(workshop.id, "open", BUILD))
    await harness.drain()
    assert await phase(harness, barcamp_id) is Phase.BUILD
    assert len(first.messages) == count
    assert "bkp:" in " ".join(orga.button_data())  # the plan screen's button


async def test_a_checked_in_person_proposes_joins_and_withdraws(harness: BotHarness) -> None:
    _, barcamp_id, people = await barcamp_camp(harness, people=3, phase=Phase.PROPOSE)
    anna, sergei = people[0], people[1]  # de, ru
    await anna.send("/barcamp")
    await anna.press(BarcampPropose(barcamp_id, "new", 0))
    await anna.send("x" * 81)
    assert "81 Zeichen; bitte höchstens 80" in anna.last_text
    await anna.send("Radweg")
    await anna.press(BarcampPropose(barcamp_id, "skip", 0))
    await anna.press(BarcampPropose(barcamp_id, "lang", 2))
    await anna.press(BarcampPropose(barcamp_id, "edit", 0))  # the preview's ✏️: from the title
    await anna.send("Radwege für Schulkinder in der Innenstadt")
    await anna.send("Wie kommen Kinder sicher mit dem Rad zur Schule?")
    await anna.press(BarcampPropose(barcamp_id, "lang", 0))  # Deutsch
    assert "Radwege für Schulkinder" in anna.last_text and "Sprache: Deutsch" in anna.last_text
    await anna.press(BarcampPropose(barcamp_id, "send", 0))
    assert "ist eingegangen" in anna.last_text

    # Sergei's proposal resembles Anna's: he joins hers as a co-host instead.
    await sergei.send("/barcamp")
    await sergei.press(BarcampPropose(barcamp_id, "new", 0))
    await sergei.send("Radwege für Schulkinder")
    await sergei.press(BarcampPropose(barcamp_id, "skip", 0))
    assert "✅ RU" in sergei.buttons()  # his own language is the default
    await sergei.press(BarcampPropose(barcamp_id, "lang", 0))
    assert "Похожее: «Радwege" not in sergei.last_text
    assert "Похожее: «Radwege für Schulkinder in der Innenstadt»" in sergei.last_text
    async with harness.services.db.reading() as conn:
        [session] = await barcamp_db.sessions(conn, barcamp_id)
    await sergei.press(BarcampPropose(barcamp_id, "join", session.id))
    assert "соведущий" in sergei.last_text
    async with harness.services.db.reading() as conn:
        [session] = await barcamp_db.sessions(conn, barcamp_id)
    assert session.hosts == {anna.id, sergei.id}

    # A third person sees it in the list; only hosts may withdraw it (after a question).
    third = people[2]
    await third.send("/barcamp")
    await third.press(BarcampPropose(barcamp_id, "list", 0))
    assert "1. Radwege für Schulkinder in der Innenstadt" in third.last_text
    await third.press(BarcampPropose(barcamp_id, "card", session.id))
    await third.press_data(BarcampPropose(barcamp_id, "withdraw_ok", session.id).pack())
    assert popup(third)
    await anna.press(BarcampPropose(barcamp_id, "mine", 0))
    await anna.press(BarcampPropose(barcamp_id, "card", session.id))
    await anna.press(BarcampPropose(barcamp_id, "withdraw", session.id))
    await anna.press(BarcampPropose(barcamp_id, "card", session.id))  # ✖️ Cancel
    async with harness.services.db.reading() as conn:
        assert len(await barcamp_db.sessions(conn, barcamp_id)) == 1
    await anna.press(BarcampPropose(barcamp_id, "withdraw", session.id))
    await anna.press(BarcampPropose(barcamp_id, "withdraw_ok", session.id))
    assert "zurückgezogen" in anna.last_text
    async with harness.services.db.reading() as conn:
        [gone] = await barcamp_db.sessions(conn, barcamp_id, every_status=True)
    assert gone.status is SessionStatus.WITHDRAWN


async def test_people_not_checked_in_cannot_propose(harness: BotHarness) -> None:
    workshop, barcamp_id, _ = await barcamp_camp(harness, people=2, phase=Phase.PROPOSE)
    max_ = await quick_participant(harness, "Max")
    await max_.send("/barcamp")
    assert "not checked in to a workshop with a BarCamp" in max_.last_text
    await max_.press_data(BarcampHome(workshop.id).pack())
    assert "Only people checked in" in popup(max_)
    await max_.press_data(BarcampPropose(barcamp_id, "new", 0).pack())
    assert "Only people checked in" in popup(max_)
    async with harness.services.db.reading() as conn:
        assert await barcamp_db.sessions(conn, barcamp_id) == []


async def test_proposals_are_only_taken_while_the_phase_is_propose(harness: BotHarness) -> None:
    _, barcamp_id, people = await barcamp_camp(harness, people=1, phase=Phase.INTEREST)
    await people[0].send("/barcamp")
    await people[0].press_data(BarcampPropose(barcamp_id, "new", 0).pack())
    assert "Vorschläge sind gerade nicht offen" in popup(people[0])
