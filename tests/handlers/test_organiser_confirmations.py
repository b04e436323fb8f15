"""Actions that end something for many people ask first and say how many they reach;
cancelling changes nothing; toggles say the state they are in and what pressing does."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.callback_data import (
    IdeaDraftStep,
    IdeaSettingsStep,
    OrganiserStep,
    OutreachConfirm,
    WorkshopManage,
    WorkshopSignup,
)
from bot.db import registrations as registrations_db
from bot.domain.workshops import WorkshopKind
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    DEMO_PARTNERSHIP,
    create_workshop,
    idea_ids,
    make_organiser,
    open_voting,
    organiser_workshops,
    quick_participant,
    submit,
)

P = DEMO_PARTNERSHIP
SETTINGS = IdeaSettingsStep(P, "show", 0)
TEXTS = {
    "en": {
        "open": "🗳 Voting open · close",
        "closed": "🗳 Voting closed · open",
        "ask": "🗳 Close voting? 2 people have voted.",
        "done": "🔒 Voting is closed.",
        "budget": "🗳 2 people have already voted. Change the votes per person from 5 to 3?",
        "writing": "✍️ Close submissions? 1 person is writing an idea right now",
        "sub-closed": "✍️ Submissions closed · open",
    },
    "ru": {
        "open": "🗳 Голосование идёт · закрыть",
        "closed": "🗳 Голосования нет · открыть",
        "ask": "🗳 Закрыть голосование? Уже проголосовали 2 человека.",
        "done": "🔒 Голосование закрыто.",
        "budget": "🗳 Уже проголосовали 2 человека. Изменить число голосов на человека с 5 на 3?",
        "writing": "✍️ Закрыть приём идей? Сейчас 1 человек пишет идею",
        "sub-closed": "✍️ Приёма идей нет · открыть",
    },
}


async def settings_screen(harness: BotHarness, language: str) -> SimClient:
    """An organiser on the idea settings, reached from the organiser tools."""
    orga = await quick_participant(harness, "Orga", language=language)
    await make_organiser(harness, orga)
    await orga.send("/organise")
    await orga.press(OrganiserStep("ideas", 0))
    await orga.press(SETTINGS)  # 🛠 Submissions and voting
    return orga


async def two_voters(harness: BotHarness) -> None:
    author = await quick_participant(harness, "Author")
    await submit(author, "Night buses", "Buses between the districts all night long.")
    await open_voting(harness)
    idea_id = (await idea_ids(harness))[0]
    for name in ("V1", "V2"):
        voter = await quick_participant(harness, name)
        await voter.start()
        await voter.press_data(f"ia:{idea_id}:vote:0")


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_closing_voting_asks_with_the_count_and_cancel_changes_nothing(
    harness: BotHarness, language: str
) -> None:
    text = TEXTS[language]
    await two_voters(harness)
    orga = await settings_screen(harness, language)
    assert text["open"] in orga.buttons()
    await orga.press(IdeaSettingsStep(P, "voting", 0))
    assert orga.last_text.startswith(text["ask"])
    await orga.press(SETTINGS)  # ✖️ Cancel
    assert (await harness.services.ideas.settings(P)).voting_open
    assert text["open"] in orga.buttons()
    await orga.press(IdeaSettingsStep(P, "voting", 0))
    await orga.press(IdeaSettingsStep(P, "voting_ok", 0))
    assert orga.last_text.startswith(text["done"])
    assert not (await harness.services.ideas.settings(P)).voting_open
    assert text["closed"] in orga.buttons()  # the label reads the new state
    await orga.press(IdeaSettingsStep(P, "voting", 0))  # opening needs no question
    assert (await harness.services.ideas.settings(P)).voting_open
    assert text["open"] in orga.buttons()


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_a_new_vote_budget_during_voting_asks_first(
    harness: BotHarness, language: str
) -> None:
    text = TEXTS[language]
    await two_voters(harness)
    orga = await settings_screen(harness, language)
    await orga.press(IdeaSettingsStep(P, "budget", 3))
    assert orga.last_text.startswith(text["budget"])
    await orga.press(SETTINGS)  # ✖️ Cancel
    assert (await harness.services.ideas.settings(P)).vote_budget == 5
    await orga.press(IdeaSettingsStep(P, "budget", 3))
    await orga.press(IdeaSettingsStep(P, "budget_ok", 3))
    assert (await harness.services.ideas.settings(P)).vote_budget == 3


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_closing_submissions_counts_people_writing_an_idea(
    harness: BotHarness, language: str
) -> None:
    text = TEXTS[language]
    writer = await quick_participant(harness, "Writer")
    await writer.send("/ideas")
    await writer.press(IdeaDraftStep("new", 0))
    await writer.send("Half an idea")
    orga = await settings_screen(harness, language)
    await orga.press(IdeaSettingsStep(P, "submissions", 0))
    assert orga.last_text.startswith(text["writing"])
    await orga.press(SETTINGS)  # ✖️ Cancel
    assert (await harness.services.ideas.settings(P)).submissions_open
    await orga.press(IdeaSettingsStep(P, "submissions", 0))
    await orga.press(IdeaSettingsStep(P, "submissions_ok", 0))
    assert not (await harness.services.ideas.settings(P)).submissions_open
    assert text["sub-closed"] in orga.buttons()


async def test_participants_cannot_confirm_closing(harness: BotHarness) -> None:
    await two_voters(harness)
    before = await harness.services.ideas.settings(P)
    intruder = await quick_participant(harness, "Intruder")
    await intruder.start()
    for action, value in (("voting_ok", 0), ("submissions_ok", 0), ("budget_ok", 3)):
        await intruder.press_data(IdeaSettingsStep(P, action, value).pack())  # type: ignore[arg-type]
        assert intruder.last_text == (
            "Sorry, this is only available to organisers of the partnership."
        )
    assert await harness.services.ideas.settings(P) == before


OUTREACH = {
    "en": {
        "ask": "📣 Send this to 2 people confirmed for “Kick-off Karlsruhe”?",
        "sent": "📣 Your message is on its way to 2 people.",
        "invite": "➡️ Invite 1 person who attended “Kick-off Karlsruhe” to “Match & Sprint”?",
    },
    "de": {
        "ask": "📣 Das an 2 bestätigte Personen von „Kick-off Karlsruhe“ senden?",
        "sent": "📣 Deine Nachricht geht an 2 Personen.",
        "invite": "➡️ 1 Person, die bei „Kick-off Karlsruhe“ war, zu „Match & Sprint“ einladen?",
    },
}


async def signed_up(harness: BotHarness, workshop_id: int, *names: str) -> list[SimClient]:
    people = []
    for name in names:
        person = await quick_participant(harness, name)
        await person.start(f"w{workshop_id}")
        await person.press(WorkshopSignup(workshop_id))
        people.append(person)
    return people


@pytest.mark.parametrize("language", ["en", "de"])
async def test_a_workshop_message_says_how_many_it_reaches_and_cancel_sends_nothing(
    harness: BotHarness, language: str
) -> None:
    text = OUTREACH[language]
    workshop = await create_workshop(harness)
    people = await signed_up(harness, workshop.id, "Ann", "Ben")
    orga = await quick_participant(harness, "Orga", language=language)
    await make_organiser(harness, orga)
    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    await orga.press(WorkshopManage(workshop.id, "message", 0))
    await orga.send("The room has changed.")
    assert orga.last_text == text["ask"] + "\n\nThe room has changed."
    await orga.press(WorkshopManage(workshop.id, "card", 0))  # ✖️ Cancel
    await orga.send("Stray text after cancelling")
    await harness.drain()
    assert not any("room" in m.body for p in people for m in p.messages)
    await orga.press(WorkshopManage(workshop.id, "message", 0))
    await orga.send("The room has changed.")
    await orga.press(OutreachConfirm(workshop.id, "send", 0))
    assert orga.last_text.startswith(text["sent"])
    await harness.drain()
    assert all(p.last_text.endswith("The room has changed.") for p in people)
    await orga.press_data(OutreachConfirm(workshop.id, "send", 0).pack())  # pressed again
    await harness.drain()
    assert all(len([m for m in p.messages if "room" in m.body]) == 1 for p in people)


@pytest.mark.parametrize("language", ["en", "de"])
async def test_inviting_the_next_stage_asks_with_the_count(
    harness: BotHarness, language: str
) -> None:
    kickoff = await create_workshop(harness)
    sprint = await create_workshop(
        harness,
        title="Match & Sprint",
        kind=WorkshopKind.MATCH_SPRINT,
        starts_in=timedelta(days=40),
    )
    came, _ = await signed_up(harness, kickoff.id, "Came", "Absent")
    actor = await harness.services.access.actor(ADMIN_ID)
    async with harness.services.db.reading() as conn:
        reg = await registrations_db.live_for(conn, kickoff.id, came.id)
    assert reg is not None
    await harness.services.workshop_attendance.check_in(actor, kickoff.id, reg.check_in_code)
    orga = await quick_participant(harness, "Orga", language=language)
    await make_organiser(harness, orga)
    await organiser_workshops(orga)
    await orga.press(WorkshopManage(kickoff.id, "card", 0))
    await orga.press(WorkshopManage(kickoff.id, "next", 0))
    await orga.press(WorkshopManage(kickoff.id, "invite", sprint.id))
    assert orga.last_text == OUTREACH[language]["invite"]
    await orga.press(WorkshopManage(kickoff.id, "card", 0))  # ✖️ Cancel
    await harness.drain()
    assert not any(m.body.startswith("👋") for m in came.messages)
    await orga.press(WorkshopManage(kickoff.id, "next", 0))
    await orga.press(WorkshopManage(kickoff.id, "invite", sprint.id))
    await orga.press(OutreachConfirm(kickoff.id, "invite", sprint.id))
    await harness.drain()
    assert came.last_text.startswith("👋")


async def test_participants_cannot_send_or_invite(harness: BotHarness) -> None:
    kickoff = await create_workshop(harness)
    sprint = await create_workshop(harness, kind=WorkshopKind.MATCH_SPRINT)
    (member,) = await signed_up(harness, kickoff.id, "Member")
    for data in (
        OutreachConfirm(kickoff.id, "send", 0),
        OutreachConfirm(kickoff.id, "invite", sprint.id),
    ):
        await member.press_data(data.pack())
        assert member.last_text == "Sorry, this is only available to organisers of the partnership."
    await harness.drain()
    assert not any(m.body.startswith(("📣", "👋")) for m in member.messages)
