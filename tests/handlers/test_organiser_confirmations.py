"""Actions that end something for many people ask first and say how many they reach;
cancelling changes nothing; toggles say the state they are in and what pressing does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.callback_data import (
    BroadcastStep,
    IdeaDraftStep,
    IdeaSettingsStep,
    OrganiserStep,
    OutreachConfirm,
    WorkshopManage,
    WorkshopSignup,
)
from bot.db import broadcasts as broadcasts_db
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
    popup,
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
        assert popup(intruder) == (
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
        assert popup(member) == "Sorry, this is only available to organisers of the partnership."
    await harness.drain()
    assert not any(m.body.startswith(("📣", "👋")) for m in member.messages)


SCHEDULING = {
    "en": {
        "ask": "(Karlsruhe time)",
        "gap": "⏰ 02:30 doesn't exist on 29 March 2026 in Karlsruhe — clocks jump to 03:00."
        " Use 03:30? You can also send another time.",
        "gap-buttons": ["Use 03:30", "✖️ Cancel"],
        "fold-buttons": ["Summer time (CEST)", "Winter time (CET)", "✖️ Cancel"],
        "cancelled": "Cancelled — nothing was sent.",
    },
    "de": {
        "ask": "(Ortszeit Karlsruhe)",
        "gap": "⏰ 02:30 gibt es am 29. März 2026 in Karlsruhe nicht – die Uhren springen auf"
        " 03:00. 03:30 nehmen? Du kannst auch eine andere Zeit senden.",
        "gap-buttons": ["03:30 nehmen", "✖️ Abbrechen"],
        "fold-buttons": ["Sommerzeit (CEST)", "Winterzeit (CET)", "✖️ Abbrechen"],
        "cancelled": "Abgebrochen — es wurde nichts gesendet.",
    },
}


async def scheduled_at(harness: BotHarness) -> list[datetime | None]:
    async with (
        harness.services.db.reading() as conn,
        conn.execute("SELECT id FROM broadcasts") as cur,
    ):
        ids = [row[0] for row in await cur.fetchall()]
        found = [await broadcasts_db.get(conn, i) for i in ids]
    return [b.scheduled_at for b in found if b is not None]


async def announcement_for_later(harness: BotHarness, language: str) -> SimClient:
    await quick_participant(harness, "Reader")
    admin = harness.user("Admin", language, user_id=ADMIN_ID)
    await admin.send("/broadcast")
    await admin.send("The room has changed.")
    await admin.press(BroadcastStep("audience", "-", 0))  # Choose the audience ▶️
    await admin.press(BroadcastStep("aud", "all", 0))  # 👥 Everyone in the partnership
    await admin.press(BroadcastStep("schedule", "-", 0))  # 🕒 Send later
    return admin


@pytest.mark.parametrize("language", ["en", "de"])
async def test_a_send_time_the_clocks_skip_or_repeat_is_asked_about(
    harness: BotHarness, language: str
) -> None:
    text = SCHEDULING[language]
    admin = await announcement_for_later(harness, language)
    assert text["ask"] in admin.last_text and "Europe/" not in admin.last_text
    await admin.send("29.03.2026 02:30")  # spring forward in Karlsruhe
    assert admin.last_text == text["gap"]
    assert admin.buttons() == text["gap-buttons"]
    assert await scheduled_at(harness) == []
    await admin.send("25.10.2026 02:30")  # fall back: 02:30 happens twice
    assert admin.buttons() == text["fold-buttons"]
    assert await scheduled_at(harness) == []
    await admin.press(BroadcastStep("at", "-", 1))  # winter time: the second 02:30
    assert await scheduled_at(harness) == [datetime(2026, 10, 25, 1, 30, tzinfo=UTC)]


@pytest.mark.parametrize("language", ["en", "de"])
async def test_cancelling_at_the_time_question_schedules_nothing(
    harness: BotHarness, language: str
) -> None:
    admin = await announcement_for_later(harness, language)
    await admin.send("29.03.2026 02:30")
    await admin.press(BroadcastStep("cancel", "-", 0))  # ✖️ Cancel
    assert admin.last_text.startswith(SCHEDULING[language]["cancelled"])
    await admin.press_data(BroadcastStep("at", "-", 0).pack())  # the old button again
    assert await scheduled_at(harness) == []
    intruder = await quick_participant(harness, "Intruder")
    await intruder.start()
    await intruder.press_data(BroadcastStep("at", "-", 0).pack())
    assert await scheduled_at(harness) == []
