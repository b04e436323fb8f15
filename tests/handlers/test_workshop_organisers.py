"""Organisers end to end: the new-workshop conversation (bad input included), attendance,
CSV, QR posters, messages, the programme chain, and refusals for everyone else."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.callback_data import (
    AttendanceToggle,
    OpenMenu,
    OrganiserStep,
    OutreachConfirm,
    WorkshopDraftStep,
    WorkshopManage,
    WorkshopOpen,
    WorkshopOpenBelow,
    WorkshopSignup,
)
from bot.db import dialogs as dialogs_db
from bot.db import registrations as registrations_db
from bot.db import workshops as workshops_db
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.workshops import (
    REMINDER_PRESETS,
    RegistrationStatus,
    WorkshopKind,
    WorkshopStatus,
)
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    DEMO_PARTNERSHIP,
    create_workshop,
    onboard,
    organiser_workshops,
    popup,
    quick_participant,
)


async def organiser(harness: BotHarness) -> SimClient:
    admin = harness.user("Orga", "en", user_id=ADMIN_ID)
    await onboard(admin)
    return admin


def local(harness: BotHarness, delta: timedelta, fmt: str = "%d.%m.%Y %H:%M") -> str:
    return (harness.clock.now() + delta).astimezone(ZoneInfo("Europe/Berlin")).strftime(fmt)


async def test_new_workshop_conversation_refuses_bad_input(harness: BotHarness) -> None:
    orga = await organiser(harness)
    await orga.press(OpenMenu("staff"))
    await orga.press(OrganiserStep("workshops", 0))  # 📅 Workshops: the list itself
    assert orga.last_text.endswith("No workshops planned for Karlsruhe ↔ Krasnodar yet.")
    await orga.press(WorkshopDraftStep("new", str(DEMO_PARTNERSHIP)))
    await orga.press(WorkshopDraftStep("kind", "kickoff"))
    await orga.send("T" * 101)
    assert orga.last_text.startswith("That title is too long")
    assert orga.last_text.endswith("Send the title (up to 100 characters).")
    await orga.send("Kick-off <Karlsruhe> & friends")
    await orga.press(WorkshopDraftStep("skip", "-"))  # no description
    await orga.send("Rathaus, Marktplatz 1")  # in the organiser's own city, Karlsruhe
    await orga.send("01.01.2020 10:00")
    assert orga.last_text.startswith("That day is over.")
    await orga.send("next tuesday")
    assert orga.last_text.startswith("I could not read that date.")
    await orga.send(local(harness, timedelta(minutes=-30)))  # today, half an hour ago
    assert orga.last_text.startswith("That moment is in the past.")
    await orga.send(local(harness, timedelta(days=14)))  # the day and the start at once
    await orga.send(local(harness, timedelta(days=14, hours=-1), "%H:%M"))
    assert orga.last_text.startswith("The end must be after the start.")
    await orga.send(local(harness, timedelta(days=14, hours=3), "%H:%M"))
    # seats, seats per city and questions have defaults, changed from the preview
    assert "🪑 no seat limit" in orga.last_text
    await orga.press(WorkshopDraftStep("edit", "capacity"))
    for bad in ("0", "-5", "many"):
        await orga.send(bad)
        assert orga.last_text.startswith("Please send a whole number of seats from 1 to 10000.")
    await orga.send("30")
    await orga.press(WorkshopDraftStep("quotas", "-"))
    await orga.send("20")
    await orga.send("20")
    assert orga.last_text.startswith("The seats per city add up to more than the capacity.")
    assert "from Krasnodar" in orga.last_text
    await orga.send("10")
    assert "Seats per city: Karlsruhe: 20 seats and Krasnodar: 10 seats" in orga.last_text
    await orga.press(WorkshopDraftStep("edit", "questions"))
    # a new workshop asks nothing (the programme questions are not a workshop's)
    assert "(no questions)" in orga.last_text
    await orga.press(WorkshopDraftStep("addq", "text"))
    await orga.send("Your organisation?")
    await orga.press(WorkshopDraftStep("addq", "text"))
    await orga.send("Anything else?")
    assert "1: optional" in orga.buttons()
    await orga.press(WorkshopDraftStep("req", "0"))  # make question 1 required
    await orga.press(WorkshopDraftStep("rm", "1"))  # 🗑 question 2
    await orga.press(WorkshopDraftStep("addq", "choice"))
    await orga.send("Which language do you prefer?")
    await orga.send("only one")
    assert orga.last_text.startswith("Please send 2 to 8 options")
    await orga.send("Deutsch\nРусский\nEnglish")
    await orga.press(WorkshopDraftStep("qdone", "-"))
    assert "🪑 30 seats" in orga.last_text
    assert "2 questions at sign-up" in orga.last_text
    await orga.press(WorkshopDraftStep("publish", "-"))
    assert any(
        m.body.startswith("📢 Kick-off <Karlsruhe> & friends is published.") for m in orga.messages
    )

    partnership = (await harness.services.partnerships.list())[0]
    found = await harness.services.workshops.organised(
        await harness.services.access.actor(ADMIN_ID), partnership.id
    )
    assert len(found) == 1
    workshop = found[0]
    assert workshop.status is WorkshopStatus.PUBLISHED
    assert workshop.capacity == 30
    assert workshop.city_quotas == {partnership.cities[0].id: 20, partnership.cities[1].id: 10}
    assert workshop.ends_at - workshop.starts_at == timedelta(hours=3)
    assert [q.required for q in workshop.questions] == [True, False]
    assert [c.for_reader("en") for c in workshop.questions[-1].choices] == [
        "Deutsch",
        "Русский",
        "English",
    ]


async def test_draft_survives_restart_and_can_be_cancelled(harness: BotHarness) -> None:
    orga = await organiser(harness)
    await organiser_workshops(orga)
    await orga.press(WorkshopDraftStep("new", str(DEMO_PARTNERSHIP)))
    await orga.press(WorkshopDraftStep("kind", "other"))
    await orga.send("Planning meeting")
    await harness.restart()
    await orga.press(WorkshopDraftStep("skip", "-"))  # no description
    assert orga.last_text == "Send the venue address in Karlsruhe, or skip."
    await orga.press(WorkshopDraftStep("cancel", "-"))
    assert orga.last_text.startswith("Cancelled — no workshop was created.")


async def test_attendance_check_in_csv_and_qr(harness: BotHarness) -> None:
    orga = await organiser(harness)
    workshop = await create_workshop(harness, title="Kick-off Karlsruhe")
    olga = await quick_participant(harness, "Ольга", language="ru", city=1)
    await harness.services.onboarding.set_display_name(olga.id, "Ольга К.")
    jan = await quick_participant(harness, "Jan")
    for person in (olga, jan):
        await person.start(f"w{workshop.id}")
        await person.press(WorkshopSignup(workshop.id))
    async with harness.services.db.reading() as conn:
        olga_reg = await registrations_db.live_for(conn, workshop.id, olga.id)
        jan_reg = await registrations_db.live_for(conn, workshop.id, jan.id)
    assert olga_reg is not None and jan_reg is not None

    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))  # Kick-off Karlsruhe
    assert "Confirmed: 2 of 50 seats" in orga.last_text
    await orga.press(WorkshopManage(workshop.id, "checkin", 0))
    await orga.send("zzzzzz")
    assert orga.last_text.startswith("❓ I don't know this code")
    await orga.send(olga_reg.check_in_code.lower())
    assert orga.last_text.startswith("✅ Ольга К. is checked in.")
    await orga.press(WorkshopManage(workshop.id, "card", 0))  # ⬅️ back
    await orga.press(WorkshopManage(workshop.id, "attendees", 0))
    await orga.press(AttendanceToggle(jan_reg.id))
    assert any(b.startswith(f"✅ {jan_reg.check_in_code} · ") for b in orga.buttons())
    await orga.press(WorkshopManage(workshop.id, "card", 0))  # ⬅️ back
    await orga.press(WorkshopManage(workshop.id, "csv", 0))
    export = orga.last.document
    assert export is not None and export.file_name.endswith(".csv")
    assert export.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["No.", "Name", "City", "Status"]
    assert rows[1][1:4] == ["Ольга К.", "Krasnodar", "present"]  # as on the attendee list
    await orga.press(WorkshopManage(workshop.id, "qr", 0))
    poster = orga.messages[-2]  # the preview, then the PDF to print
    assert poster.photo is not None and poster.photo.width > 100
    assert orga.last.document is not None and orga.last.document.file_name.endswith(".pdf")
    assert f"start=w{workshop.id}" in poster.body


async def test_message_to_confirmed_people_and_cancelling(harness: BotHarness) -> None:
    orga = await organiser(harness)
    workshop = await create_workshop(harness, capacity=1)
    inside = await quick_participant(harness, "Inside", language="de")
    waiting = await quick_participant(harness, "Waiting")
    for person in (inside, waiting):
        await person.start(f"w{workshop.id}")
        await person.press(WorkshopSignup(workshop.id))
    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    await orga.press(WorkshopManage(workshop.id, "message", 0))
    await orga.send("Bring a pen <b>please</b>!")
    assert orga.last_text == (
        "📣 Send this to 1 person confirmed for “Kick-off Karlsruhe”?\n\nBring a pen <b>please</b>!"
    )
    await orga.press(OutreachConfirm(workshop.id, "send", 0))  # 📣 Send
    assert orga.last_text.startswith("📣 Your message is on its way to 1 person.")
    await harness.drain()
    assert inside.last_text == (
        "📣 Vom Organisationsteam des Workshops „Kick-off Karlsruhe“:\n\nBring a pen <b>please</b>!"
    )
    words = inside.last
    assert words.button_data() == [WorkshopOpenBelow(workshop.id).pack()]  # 📅 Open the workshop
    await inside.press(WorkshopOpenBelow(workshop.id))
    assert inside.last is not words  # the card comes below; the organiser's words stay
    assert words.body.endswith("Bring a pen <b>please</b>!")
    assert inside.last_text.startswith("📅 Kick-off Karlsruhe\n")  # the card, in German
    assert "✅ Du bist angemeldet." in inside.last_text
    assert not waiting.last_text.startswith("📣")
    card = await orga.press(WorkshopManage(workshop.id, "cancel", 0))
    assert "2 people are registered and will be told." in card.body
    await orga.press(WorkshopManage(workshop.id, "cancelok", 0))
    assert card.body.startswith("❌ Cancelled. 2 people are being told.")
    await harness.drain()
    assert inside.last_text.startswith(
        ("❌ Kick-off Karlsruhe", "❌ Der Workshop „Kick-off Karlsruhe“")
    )
    assert waiting.last_text.startswith(
        ("❌ Kick-off Karlsruhe", "❌ Der Workshop „Kick-off Karlsruhe“")
    )


async def test_kickoff_attendees_are_invited_to_match_and_sprint(harness: BotHarness) -> None:
    orga = await organiser(harness)
    kickoff = await create_workshop(harness, title="Kick-off Karlsruhe")
    sprint = await create_workshop(
        harness,
        title="Match & Sprint",
        kind=WorkshopKind.MATCH_SPRINT,
        starts_in=timedelta(days=40),
    )
    came = await quick_participant(harness, "Came", language="de")
    absent = await quick_participant(harness, "Absent")
    actor = await harness.services.access.actor(ADMIN_ID)
    for person in (came, absent):
        await person.start(f"w{kickoff.id}")
        await person.press(WorkshopSignup(kickoff.id))
    async with harness.services.db.reading() as conn:
        reg = await registrations_db.live_for(conn, kickoff.id, came.id)
    assert reg is not None
    await harness.services.workshop_attendance.check_in(actor, kickoff.id, reg.check_in_code)

    await organiser_workshops(orga)
    await orga.press(WorkshopManage(kickoff.id, "card", 0))
    await orga.press(WorkshopManage(kickoff.id, "next", 0))  # ➡️ Invite to the next stage
    assert any(b.startswith("Match & Sprint") for b in orga.buttons())
    await orga.press(WorkshopManage(kickoff.id, "invite", sprint.id))
    assert orga.last_text == (
        "➡️ Invite 1 person who attended “Kick-off Karlsruhe” to “Match & Sprint”?"
    )
    await orga.press(OutreachConfirm(kickoff.id, "invite", sprint.id))  # ➡️ Invite
    assert orga.last_text.startswith("➡️ 1 attendee is being invited.")
    await harness.drain()
    assert came.last_text.startswith(
        "👋 Du warst beim Kick-off in Karlsruhe dabei (Kick-off Karlsruhe)."
    )
    assert "Workshop öffnen" in came.buttons()[0]
    assert not any(m.body.startswith("👋") for m in absent.messages)
    await came.press(WorkshopOpen(sprint.id))
    assert came.last_text.startswith("📅 Match & Sprint")


async def test_participants_cannot_manage_workshops(harness: BotHarness) -> None:
    workshop = await create_workshop(harness)
    intruder = await quick_participant(harness, "Intruder")
    await intruder.start(f"w{workshop.id}")
    async with harness.services.db.reading() as conn:
        before = await workshops_db.get(conn, workshop.id)
    for data in (
        f"wm:{workshop.id}:cancelok:0",
        f"wm:{workshop.id}:csv:0",
        f"wm:{workshop.id}:unpublish:0",
        "wm:0:list:0",
        "wd:new:1",
        f"wm:{workshop.id}:invite:{workshop.id}",
    ):
        await intruder.press_data(data)
        assert popup(intruder) == "Sorry, this is only available to organisers of the partnership."
    await intruder.send("/organise")
    assert intruder.last_text.startswith("Sorry, this is only available")
    async with harness.services.db.reading() as conn:
        assert await workshops_db.get(conn, workshop.id) == before
        regs = await registrations_db.for_workshop(conn, workshop.id, list(RegistrationStatus))
    assert regs == []
    assert not any(m.document for m in intruder.messages)


async def test_reminder_times_translations_and_answers_for_organisers(
    harness: BotHarness,
) -> None:
    from bot.domain.texts import LocalizedName
    from bot.domain.workshops import Question

    orga = await organiser(harness)
    workshop = await create_workshop(
        harness,
        starts_in=timedelta(days=5),
        questions=(Question(0, text=LocalizedName({"en": "Your <organisation>?"})),),
    )
    olga = await quick_participant(harness, "Olga", language="ru")
    await olga.start(f"w{workshop.id}")
    await olga.press(WorkshopSignup(workshop.id))
    await olga.send("Краснодар & <Co>")

    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    card = await orga.press(WorkshopManage(workshop.id, "attendees", 0))
    assert "Your <organisation>?: Краснодар & <Co>" in card.body
    await orga.press(WorkshopManage(workshop.id, "card", 0))  # ⬅️ back
    await orga.press(WorkshopManage(workshop.id, "reminders", 0))
    assert "48 h before + 3 h before" in orga.buttons()
    two_days = REMINDER_PRESETS.index((48, 3))
    card = await orga.press(WorkshopManage(workshop.id, "remind", two_days))
    assert card.body.startswith("⏰ Reminders changed")
    await orga.press(WorkshopManage(workshop.id, "translate", 0))
    await orga.press(WorkshopManage(workshop.id, "tr", SUPPORTED_LANGUAGES.index("ru")))
    await orga.send("Стартовый воркшоп")
    await orga.send("Знакомимся и собираем идеи.")
    assert orga.last_text.startswith("🌐 Translation saved.")

    harness.clock.set(workshop.starts_at - timedelta(hours=47))
    await harness.tick()
    await harness.drain()
    assert olga.last_text.startswith("⏰ Напоминание: воркшоп «Стартовый воркшоп»")
    await olga.start(f"w{workshop.id}")
    assert "Знакомимся и собираем идеи." in olga.last_text


async def test_typed_time_on_a_clock_change_night_is_asked_about(harness: BotHarness) -> None:
    """02:30 on 25 October 2026 happens twice in Karlsruhe; on 29 March 2026 it never happens."""
    orga = await organiser(harness)
    partnership = (await harness.services.partnerships.list())[0]
    actor = await harness.services.access.actor(ADMIN_ID)
    await organiser_workshops(orga)
    await orga.press_data(f"wd:new:{partnership.id}")
    await orga.press_data("wd:kind:kickoff")
    await orga.send("Night owls")
    await orga.press_data("wd:skip:-")  # no description; the city is the organiser's own
    await orga.send("Rathaus, Marktplatz 1")

    await orga.send("25.10.2026 02:30")  # typed on the calendar step: the day and the start
    assert orga.last_text == (
        "⏰ 02:30 on 25 October 2026 happens twice in Karlsruhe:"
        " summer time (CEST) or winter time (CET)?"
    )
    assert orga.buttons() == [
        "Summer time (CEST)",
        "Winter time (CET)",
        "✏️ Type another time",
        "⬅️ Back",
        "✖️ Cancel",
    ]
    await orga.press_data("wd:retype:-")
    assert orga.last_text.startswith("🕒 Sunday, 25 October 2026: when does it start?")
    await orga.send("02:30")
    await orga.press_data("wd:time:1")  # winter time: the second 02:30
    assert orga.last_text.startswith("⏳ It starts")
    draft = await harness.services.workshop_drafts.draft(actor)
    assert draft.starts_at is not None
    assert draft.starts_at.astimezone(UTC) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)

    await orga.send("05:00")
    await orga.press_data("wd:edit:deadline")
    await orga.send("29.03.2026 02:30")  # the sign-up deadline, in the spring gap
    assert orga.last_text == (
        "⏰ 02:30 doesn't exist on 29 March 2026 in Karlsruhe — clocks jump to 03:00. Use 03:30?"
    )
    assert orga.buttons() == ["Use 03:30", "✏️ Type another time", "⬅️ Back", "✖️ Cancel"]
    await orga.press_data("wd:time:0")
    draft = await harness.services.workshop_drafts.draft(actor)
    assert draft.deadline is not None
    assert draft.deadline.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert draft.step == "review"


async def test_time_and_capacity_are_changed_from_the_card(harness: BotHarness) -> None:
    orga = await organiser(harness)
    workshop = await create_workshop(harness, starts_in=timedelta(days=5))
    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    await orga.press(WorkshopManage(workshop.id, "time", 0))
    assert orga.last_text.startswith("📅 New day?")  # the calendar; typing still works
    start, end = local(harness, timedelta(days=6)), local(harness, timedelta(days=6, hours=2))
    await orga.send(start)
    assert orga.last_text.startswith("⏳ It starts")  # durations, or the end typed
    await orga.send(end)
    assert orga.last_text.startswith("🕒 Time changed")
    await orga.press(WorkshopManage(workshop.id, "capacity", 0))
    await orga.send("20")
    assert orga.last_text.startswith("🪑 Capacity changed.")
    async with harness.services.db.reading() as conn:
        changed = await workshops_db.get(conn, workshop.id)
    assert changed is not None and changed.capacity == 20
    berlin = ZoneInfo("Europe/Berlin")
    assert changed.starts_at.astimezone(berlin).strftime("%d.%m.%Y %H:%M") == start
    assert changed.ends_at.astimezone(berlin).strftime("%d.%m.%Y %H:%M") == end

    await orga.press(WorkshopManage(workshop.id, "capacity", 0))
    await orga.press(WorkshopManage(workshop.id, "unlimited", 0))
    assert orga.last_text.startswith("🪑 Capacity changed.")
    # A question asked before the dialog state was typed is still answered.
    async with harness.services.db.transaction() as conn:  # the row as the old code wrote it
        old = {"workshop_id": workshop.id, "field": "capacity"}
        await dialogs_db.set_state(conn, orga.id, "edit_workshop", old, harness.clock.now())
    await orga.send("30")
    assert orga.last_text.startswith("🪑 Capacity changed.")
    async with harness.services.db.reading() as conn:
        changed = await workshops_db.get(conn, workshop.id)
    assert changed is not None and changed.capacity == 30
