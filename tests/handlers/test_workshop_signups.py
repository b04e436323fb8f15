"""Signing up end to end: capacity, quotas, waitlist, offers, reminders, calendar files."""

from __future__ import annotations

import asyncio
from datetime import UTC, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from bot.callback_data import (
    ChooseCity,
    FeedbackRating,
    OfferAnswer,
    PrivacyAnswer,
    ProfileStep,
    RegistrationCancel,
    SetLanguage,
    SignupAnswer,
    WorkshopList,
    WorkshopOpen,
    WorkshopSignup,
)
from bot.db import registrations as registrations_db
from bot.domain.texts import LocalizedName
from bot.domain.workshops import (
    Question,
    QuestionKind,
    RegistrationStatus,
    WorkshopKind,
    WorkshopStatus,
)
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    KRASNODAR,
    create_workshop,
    onboard,
    popup,
    quick_participant,
    statuses,
)


async def open_card(user: SimClient, workshop_id: int) -> None:
    await user.start(f"w{workshop_id}")


async def registration_of(harness: BotHarness, workshop_id: int, user: SimClient) -> int:
    """The id of the person's live registration (what their card's buttons carry)."""
    async with harness.services.db.reading() as conn:
        reg = await registrations_db.live_for(conn, workshop_id, user.id)
    assert reg is not None
    return reg.id


def documents(user: SimClient) -> list[bytes]:
    return [m.document.content for m in user.messages if m.document is not None]


@pytest.mark.slow  # a crowd of 200
async def test_200_people_press_sign_up_for_50_seats_at_once(harness: BotHarness) -> None:
    workshop = await create_workshop(harness, capacity=50)
    people = [await quick_participant(harness, f"P{i}") for i in range(200)]
    for person in people:
        await open_card(person, workshop.id)

    await asyncio.gather(*(person.press(WorkshopSignup(workshop.id)) for person in people))

    result = await statuses(harness, workshop.id)
    confirmed = [u for u, s in result.items() if s is RegistrationStatus.CONFIRMED]
    waiting = [u for u, s in result.items() if s is RegistrationStatus.WAITLISTED]
    assert len(confirmed) == 50 and len(waiting) == 150
    # Arrival order: the first 50 registrations hold the seats, the rest wait in that order.
    async with harness.services.db.reading() as conn:
        regs = await registrations_db.for_workshop(conn, workshop.id, list(RegistrationStatus))
    ordered = [r.user_id for r in regs]
    assert set(ordered[:50]) == set(confirmed)
    by_id = {p.id: p for p in people}
    for position, user_id in enumerate(ordered[50:], start=1):
        assert f"waiting list at position {position}." in by_id[user_id].last_text
    for user_id in confirmed:
        assert by_id[user_id].last.document is not None  # the calendar file arrived
        assert any(
            "You are signed up for Kick-off Karlsruhe!" in m.body for m in by_id[user_id].messages
        )


async def test_first_come_first_served_in_press_order(harness: BotHarness) -> None:
    workshop = await create_workshop(harness, capacity=3)
    people = [await quick_participant(harness, f"P{i}") for i in range(6)]
    for person in people:
        await open_card(person, workshop.id)
        await person.press(WorkshopSignup(workshop.id))
    result = await statuses(harness, workshop.id)
    assert [result[p.id] for p in people] == [RegistrationStatus.CONFIRMED] * 3 + [
        RegistrationStatus.WAITLISTED
    ] * 3
    assert "position 3." in people[5].last_text


async def test_city_quotas_hold_under_a_rush(harness: BotHarness) -> None:
    workshop = await create_workshop(
        harness, kind=WorkshopKind.MATCH_SPRINT, capacity=30, quotas={0: 15, 1: 15}
    )
    karlsruhe = [await quick_participant(harness, f"K{i}", city=0) for i in range(20)]
    krasnodar = [await quick_participant(harness, f"R{i}", city=1) for i in range(20)]
    for person in karlsruhe + krasnodar:
        await open_card(person, workshop.id)
    await asyncio.gather(*(p.press(WorkshopSignup(workshop.id)) for p in karlsruhe + krasnodar))
    result = await statuses(harness, workshop.id)
    for group in (karlsruhe, krasnodar):
        states = [result[p.id] for p in group]
        assert states.count(RegistrationStatus.CONFIRMED) == 15
        assert states.count(RegistrationStatus.WAITLISTED) == 5


async def test_free_seat_is_offered_in_order_and_the_deadline_passes_it_on(
    harness: BotHarness,
) -> None:
    workshop = await create_workshop(harness, capacity=2, starts_in=timedelta(days=5))
    a, b, c, d, e = [await quick_participant(harness, name) for name in "ABCDE"]
    for person in (a, b, c, d, e):
        await open_card(person, workshop.id)
        await person.press(WorkshopSignup(workshop.id))
    reg = {p.id: await registration_of(harness, workshop.id, p) for p in (a, c, d, e)}

    await open_card(a, workshop.id)
    await a.press(RegistrationCancel(reg[a.id], confirm=False))  # ✖️ Cancel my sign-up
    card = await a.press(RegistrationCancel(reg[a.id], confirm=True))
    assert card.body.startswith("Your sign-up is cancelled.")
    # the calendar file sent at sign-up is taken back: same event, cancelled
    assert a.last.document is not None
    cancel = icalendar.Calendar.from_ical(a.last.document.content)
    assert str(cancel["method"]) == "CANCEL"
    event = next(iter(cancel.walk("VEVENT")))
    assert str(event["uid"]) == f"workshop-{workshop.id}@twincity-bot"
    assert str(event["status"]) == "CANCELLED"
    await harness.drain()
    assert c.last_text.startswith("🎟 Good news: a seat at Kick-off Karlsruhe is free for you!")
    assert "Yes, I'll take the seat" in c.buttons()
    await open_card(d, workshop.id)
    assert "You are on the waiting list, position 1." in d.last_text

    # C does not answer: after the 24-hour window the seat goes to D.
    await harness.advance(timedelta(hours=24, minutes=1))
    assert c.last_text.startswith("The seat at Kick-off Karlsruhe was offered to you")
    assert d.last_text.startswith("🎟 Good news")
    await d.press(OfferAnswer(reg[d.id], accept=False))
    assert d.last_text.startswith("All right — the seat goes to the next person.")
    await harness.drain()
    await e.press(OfferAnswer(reg[e.id], accept=True))
    assert any(m.body.startswith("✅ You are signed up") for m in e.messages)
    assert e.last.document is not None

    result = await statuses(harness, workshop.id)
    assert {u for u, s in result.items() if s is RegistrationStatus.CONFIRMED} == {b.id, e.id}
    # A stale offer button no longer works.
    await c.press(OfferAnswer(reg[c.id], accept=True))
    assert popup(c) == "This offer is no longer open."


async def test_reminders_are_sent_exactly_once_across_restarts(harness: BotHarness) -> None:
    start = timedelta(days=3)
    workshop = await create_workshop(harness, starts_in=start)
    doomed = await create_workshop(harness, title="Doomed", starts_in=start)
    keen, leaver, other, unlucky = [
        await quick_participant(harness, n) for n in ("Keen", "Leaver", "Other", "Unlucky")
    ]
    for person in (keen, leaver, other):
        await open_card(person, workshop.id)
        await person.press(WorkshopSignup(workshop.id))
    leaving = await registration_of(harness, workshop.id, leaver)
    await open_card(leaver, workshop.id)
    await leaver.press(RegistrationCancel(leaving, confirm=False))
    await leaver.press(RegistrationCancel(leaving, confirm=True))
    await open_card(unlucky, doomed.id)
    await unlucky.press(WorkshopSignup(doomed.id))
    admin_actor = await harness.services.access.actor(ADMIN_ID)
    await harness.services.workshops.cancel_workshop(admin_actor, doomed.id)

    await harness.restart()  # between planning and sending
    starts_at = workshop.starts_at
    harness.clock.set(starts_at - timedelta(hours=24) + timedelta(minutes=1))
    await harness.tick()
    await harness.restart()
    await harness.tick()  # the same moment again after a restart: nothing twice
    await harness.drain()
    harness.clock.set(starts_at - timedelta(hours=2) + timedelta(minutes=1))
    await harness.tick()
    await harness.drain()
    harness.clock.set(starts_at + timedelta(hours=1))
    await harness.tick()
    await harness.drain()

    def reminders(user: SimClient) -> list[str]:
        return [m.body for m in user.messages if m.body.startswith("⏰ Reminder")]

    assert len(reminders(keen)) == 2 and len(reminders(other)) == 2
    assert reminders(leaver) == [] and reminders(unlucky) == []
    assert any(m.body.startswith("❌ Doomed") for m in unlucky.messages)
    assert "Your check-in code:" in reminders(keen)[0]


async def test_changed_time_replans_reminders(harness: BotHarness) -> None:
    workshop = await create_workshop(harness, starts_in=timedelta(days=3))
    person = await quick_participant(harness, "Mover")
    await open_card(person, workshop.id)
    await person.press(WorkshopSignup(workshop.id))
    actor = await harness.services.access.actor(ADMIN_ID)
    new_start = workshop.starts_at + timedelta(days=2)
    local = new_start.astimezone(ZoneInfo(workshop.time_zone))
    await harness.services.workshops.reschedule(
        actor,
        workshop.id,
        local.strftime("%d.%m.%Y %H:%M"),
        (local + timedelta(hours=2)).strftime("%H:%M"),
    )
    await harness.drain()
    assert person.last_text.startswith("🕒 New time for Kick-off Karlsruhe")
    harness.clock.set(workshop.starts_at - timedelta(hours=23))  # the old reminder moment
    await harness.tick()
    await harness.drain()
    assert not any(m.body.startswith("⏰") for m in person.messages)
    harness.clock.set(new_start - timedelta(hours=23))
    await harness.tick()
    await harness.drain()
    assert sum(m.body.startswith("⏰") for m in person.messages) == 1


async def test_calendar_file_gives_the_right_utc_start(harness: BotHarness) -> None:
    workshop = await create_workshop(
        harness, title="Kick-off Krasnodar", city=1, starts_in=timedelta(days=10)
    )
    visitor = await quick_participant(harness, "Jonas", city=0)  # lives in Karlsruhe
    await open_card(visitor, workshop.id)
    card = visitor.last_text
    berlin = workshop.starts_at.astimezone(ZoneInfo("Europe/Berlin"))
    moscow = workshop.starts_at.astimezone(ZoneInfo("Europe/Moscow"))
    assert f"{moscow:%H:%M}–" in card and "Krasnodar time" in card
    assert f"({berlin:%H:%M}–" in card and "your time)" in card
    await visitor.press(WorkshopSignup(workshop.id))
    calendar = icalendar.Calendar.from_ical(visitor.last.document.content)  # type: ignore[union-attr]
    event = next(iter(calendar.walk("VEVENT")))
    start = event.decoded("dtstart")
    assert start.astimezone(UTC) == workshop.starts_at.astimezone(UTC)
    assert str(event["dtstart"].params["TZID"]) == "Europe/Moscow"
    assert str(event["summary"]) == "Kick-off Krasnodar"
    # A calendar app without its own zone data places the event by the file's VTIMEZONE.
    zone = calendar.walk("VTIMEZONE")[0].to_tz()
    wall_clock = start.replace(tzinfo=None).replace(tzinfo=zone)
    assert wall_clock.astimezone(UTC) == workshop.starts_at.astimezone(UTC)


async def test_questions_are_asked_answered_and_stored(harness: BotHarness) -> None:
    questions = (
        Question(0, builtin="who", required=True),
        Question(1, builtin="hopes"),
        Question(
            2,
            QuestionKind.CHOICE,
            required=True,
            text=LocalizedName({"en": "Which day suits you?"}),
            choices=(LocalizedName({"en": "Saturday"}), LocalizedName({"en": "Sunday"})),
        ),
    )
    workshop = await create_workshop(harness, questions=questions)
    anna = await quick_participant(harness, "Anna")
    await open_card(anna, workshop.id)
    await anna.press(WorkshopSignup(workshop.id))
    assert anna.last_text.startswith("Question 1 of 3\n\nWho are you?")
    assert "Skip ▶️" not in anna.buttons()  # required
    await anna.send("x" * 1001)
    assert anna.last_text.startswith("That is too long")
    await anna.send("A teacher from <Karlsruhe> & friends")
    assert anna.last_text.startswith("Question 2 of 3 (optional)")
    await anna.press(SignupAnswer(workshop.id, "skip", 0))
    await anna.send("Sunday please")
    assert anna.last_text == "Please use the buttons for this step."
    await anna.press(SignupAnswer(workshop.id, "choice", 1))  # Sunday
    assert any(m.body.startswith("✅ You are signed up") for m in anna.messages)
    async with harness.services.db.reading() as conn:
        reg = await registrations_db.live_for(conn, workshop.id, anna.id)
        assert reg is not None
        assert await registrations_db.answers(conn, reg.id) == {
            0: "A teacher from <Karlsruhe> & friends",
            2: "Sunday",
        }


async def test_cancelling_the_questions_signs_up_nobody(harness: BotHarness) -> None:
    questions = (Question(0, builtin="who", required=True), Question(1, builtin="hopes"))
    workshop = await create_workshop(harness, questions=questions)
    anna = await quick_participant(harness, "Anna")
    await open_card(anna, workshop.id)
    await anna.press(WorkshopSignup(workshop.id))
    await anna.send("A teacher")
    await anna.press(SignupAnswer(workshop.id, "abort", 0))
    assert anna.last_text == "Sign-up cancelled — nothing was saved."
    await anna.press_data(SignupAnswer(workshop.id, "skip", 0).pack())  # the ended questions
    assert anna.last_callback_answer is not None
    assert anna.last_callback_answer["text"].startswith("This button")
    async with harness.services.db.reading() as conn:
        assert await registrations_db.live_for(conn, workshop.id, anna.id) is None


async def test_an_earlier_questions_skip_button_skips_nothing(harness: BotHarness) -> None:
    questions = (
        Question(0, text=LocalizedName({"en": "Your organisation?"})),
        Question(1, text=LocalizedName({"en": "Anything else?"})),
    )
    workshop = await create_workshop(harness, questions=questions)
    anna = await quick_participant(harness, "Anna")
    await open_card(anna, workshop.id)
    first = await anna.press(WorkshopSignup(workshop.id))  # the card becomes question 1
    await anna.send("Stadtbibliothek")
    first = next(m for m in anna.messages if m.message_id == first.message_id)
    assert first.button_data() == []  # answered by typing: its buttons are gone
    before = len(anna.messages)
    await anna.press_data(SignupAnswer(workshop.id, "skip", 0).pack(), message=first)
    assert anna.last_callback_answer is not None
    assert anna.last_callback_answer["text"].startswith("This button is out of date")
    assert len(anna.messages) == before
    await anna.send("Nothing")  # question 2 was not skipped: this answers it
    async with harness.services.db.reading() as conn:
        reg = await registrations_db.live_for(conn, workshop.id, anna.id)
        assert reg is not None
        assert await registrations_db.answers(conn, reg.id) == {0: "Stadtbibliothek", 1: "Nothing"}


async def test_refusals_change_nothing(harness: BotHarness) -> None:
    workshop = await create_workshop(harness)
    anna = await quick_participant(harness, "Anna")
    await anna.start("w999999")
    assert anna.last_text.startswith("This workshop no longer exists.")
    await open_card(anna, workshop.id)
    await anna.press(WorkshopSignup(workshop.id))
    card = anna.messages[-2]
    sent = len(anna.messages)
    await anna.press_data(f"ws:{workshop.id}", message=card)  # the same button again
    assert popup(anna) == "You are already signed up for this workshop."
    assert len(anna.messages) == sent  # a pop-up on the button, no new message
    assert len(await statuses(harness, workshop.id)) == 1

    cancelled = await create_workshop(harness, title="Called off", status=WorkshopStatus.CANCELLED)
    await open_card(anna, cancelled.id)
    assert "❌ This workshop was cancelled." in anna.last_text
    assert WorkshopSignup(cancelled.id).pack() not in anna.button_data()
    await anna.press_data(f"ws:{cancelled.id}")
    assert popup(anna) == "❌ This workshop was cancelled."
    assert await statuses(harness, cancelled.id) == {}

    closed = await create_workshop(harness, title="Past", starts_in=timedelta(hours=1))
    harness.clock.advance(timedelta(hours=2))
    await anna.press_data(f"ws:{closed.id}")
    assert popup(anna) == "Sign-up for this workshop has closed."


async def test_newcomer_by_workshop_link_is_onboarded_then_lands_on_it(
    harness: BotHarness,
) -> None:
    workshop = await create_workshop(harness, title="Kick-off Krasnodar", city=1)
    olga = harness.user("Olga", "ru")
    await olga.start(f"w{workshop.id}")
    await olga.press(SetLanguage("ru"))
    # the partnership comes from the link, its city is suggested first
    assert olga.buttons() == ["✅ Краснодар", "Карлсруэ"]
    await olga.press(ChooseCity(KRASNODAR))
    await olga.press(PrivacyAnswer(accept=True))
    await olga.press(ProfileStep("finish", onboarding=True))  # skip the name
    assert olga.last_text.startswith("📅 Kick-off Krasnodar")
    assert "✍️ Записаться" in olga.buttons()
    participant = await harness.services.onboarding.participant(olga.id)
    partnership = (await harness.services.partnerships.list())[0]
    assert participant is not None and participant.city_id == partnership.cities[1].id


async def test_listing_shows_own_city_first_with_seats(harness: BotHarness) -> None:
    await create_workshop(harness, title="Krasnodar meetup", city=1, starts_in=timedelta(days=2))
    await create_workshop(harness, title="Online sprint", city=None, starts_in=timedelta(days=3))
    kickoff = await create_workshop(
        harness, title="Karlsruhe kick-off", city=0, starts_in=timedelta(days=9), capacity=1
    )
    await create_workshop(harness, title="Hidden draft", status=WorkshopStatus.DRAFT)
    anna = harness.user("Anna", "en")
    await onboard(anna)
    await anna.press(WorkshopList(mine=False))
    # Dates are read in the text (a phone cuts them off a button): one line per workshop.
    lines = [line for line in anna.last_text.splitlines() if line.startswith("• ")]
    titles = [line.removeprefix("• ").split(" — ")[0] for line in lines]
    assert titles == ["Karlsruhe kick-off", "Online sprint", "Krasnodar meetup"]
    await anna.press(WorkshopOpen(kickoff.id))
    assert "🪑 1 seat left" in anna.last_text


async def test_seat_alerts_reach_organisers_once(harness: BotHarness) -> None:
    admin = harness.user("Admin", "en", user_id=ADMIN_ID)
    await onboard(admin)
    workshop = await create_workshop(harness, capacity=4)
    people = [await quick_participant(harness, f"P{i}") for i in range(5)]
    for person in people:
        await open_card(person, workshop.id)
        await person.press(WorkshopSignup(workshop.id))
    await harness.drain()
    alerts = [m.body for m in admin.messages if m.body.startswith("🪑 Kick-off Karlsruhe is")]
    assert alerts == [
        "🪑 Kick-off Karlsruhe is 50% full: 2 of 4 seats taken.",
        "🪑 Kick-off Karlsruhe is 80% full: 4 of 4 seats taken.",
        "🪑 Kick-off Karlsruhe is 100% full: 4 of 4 seats taken.",
    ]


async def test_feedback_after_the_workshop(harness: BotHarness) -> None:
    workshop = await create_workshop(harness, starts_in=timedelta(days=1), hours=2)
    anna = await quick_participant(harness, "Anna")
    await open_card(anna, workshop.id)
    await anna.press(WorkshopSignup(workshop.id))
    harness.clock.set(workshop.ends_at + timedelta(minutes=5))
    await harness.tick()
    await harness.drain()
    assert anna.last_text.startswith("🙏 How was Kick-off Karlsruhe?")
    rated = await registration_of(harness, workshop.id, anna)
    await anna.press(FeedbackRating(rated, 4))
    assert anna.last_text == "Thank you for your rating (4 out of 5)!"
    await anna.press(FeedbackRating(rated, 0))  # 💬 Add a comment
    await anna.send("Great people, too short!")
    assert anna.last_text.startswith("Thank you — your comment was saved.")
    async with harness.services.db.reading() as conn:
        reg = await registrations_db.live_for(conn, workshop.id, anna.id)
        assert reg is not None
        assert await registrations_db.feedback(conn, reg.id) == (4, "Great people, too short!")


@pytest.mark.parametrize(
    ("language", "label"), [("en", "⏳ Join the waiting list"), ("de", "⏳ Auf die Warteliste")]
)
async def test_a_full_workshops_button_says_waiting_list(
    harness: BotHarness, language: str, label: str
) -> None:
    workshop = await create_workshop(harness, capacity=1)
    first = await quick_participant(harness, "First")
    await open_card(first, workshop.id)
    await first.press(WorkshopSignup(workshop.id))
    late = await quick_participant(harness, "Late", language=language)
    await open_card(late, workshop.id)
    assert label in late.buttons()
    await late.press(WorkshopSignup(workshop.id))
    assert (await statuses(harness, workshop.id))[late.id] is RegistrationStatus.WAITLISTED
