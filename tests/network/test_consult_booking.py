"""Booking a consultation end to end: topic, language, slots on the person's clock (across the
March change), confirmation with a note, the .ics, the host told; notice, races, limits."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta

from icalendar import Calendar

from bot.callback_consult import (
    ConsultBook,
    ConsultLanguage,
    ConsultPick,
    ConsultSlots,
    ConsultTopic,
)
from bot.db import network as network_db
from bot.domain.consultations import slot_minute
from bot.offline.harness import BotHarness
from tests.stories import (
    KRASNODAR,
    ConsultWindow,
    consult_bookings,
    consult_host,
    crowd,
    popup,
    quick_participant,
)

FRIDAY, MONDAY, TUESDAY = 4, 0, 1


async def test_a_berlin_slot_reads_in_krasnodar_time_across_the_march_change(
    harness: BotHarness,
) -> None:
    # Wednesday 25 March 2026; clocks in Berlin go forward on Sunday 29 March.
    harness.clock.set(datetime(2026, 3, 25, 6, 0, tzinfo=UTC))
    windows = (ConsultWindow(FRIDAY, time(10), time(10, 30)),
               ConsultWindow(MONDAY, time(10), time(10, 30)))  # fmt: skip
    await consult_host(harness, windows=windows, horizon_days=7)
    person = await quick_participant(harness, "Olga", city=KRASNODAR - 1)

    await person.send("/consult")
    await person.press(ConsultTopic("youth"))
    await person.press(ConsultLanguage("youth", "en"))

    text = person.last.body
    assert "Krasnodar time" in text
    assert "1. 12:00 · Hanna (Berlin 10:00)" in text  # Friday, winter time in Berlin
    assert "2. 11:00 · Hanna (Berlin 10:00)" in text  # Monday, summer time
    assert text.index("27 March") < text.index("1. 12:00") < text.index("30 March")


async def test_booking_with_a_note_sends_the_ics_and_tells_the_host_in_their_language(
    harness: BotHarness,
) -> None:
    windows = (ConsultWindow(TUESDAY, time(10), time(11)),)
    host = await consult_host(harness, windows=windows, video_link="https://meet.example/hanna")
    person = await quick_participant(harness, "Olga", city=KRASNODAR - 1)
    await person.send("/consult")
    await person.press(ConsultTopic("education"))
    await person.press(ConsultLanguage("education", "en"))
    pick = person.last.button_data()[0]
    await person.press_data(pick)
    assert "Book this consultation?" in person.last.body
    assert "Length: 30 minutes" in person.last.body

    await person.send("Our <school> exchange")
    assert "Your note: Our <school> exchange" in person.last.body
    confirmations = [m for m in person.messages if "Book this consultation?" in m.body]
    assert len(confirmations) == 2 and not confirmations[0].buttons()  # the old one lost them
    data = ConsultPick.unpack(pick)
    assert data is not None
    await person.press(ConsultBook(data.host_id, data.start, "education", "en"))

    booked = [m for m in person.messages if "Booked:" in m.body]
    assert booked and "https://meet.example/hanna" in booked[-1].body
    ics = [m.document for m in person.messages if m.document is not None][-1]
    event = next(iter(Calendar.from_ical(ics.content).walk("VEVENT")))
    assert event["dtstart"].params["TZID"] == "Europe/Berlin"
    assert str(event["url"]) == "https://meet.example/hanna"
    rows = await consult_bookings(harness, host.id)
    assert [(r.person_id, r.note) for r in rows] == [(person.id, "Our <school> exchange")]
    await harness.drain()
    told = host.last.body
    assert "Neuer Termin: Olga" in told and "Notiz: Our <school> exchange" in told
    assert "Ortszeit Berlin" in told and "Krasnodar" not in told  # the host's own clock


async def test_a_slot_23_hours_away_is_hidden_and_refused_by_a_forged_button(
    harness: BotHarness,
) -> None:
    harness.clock.set(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))  # Monday 11:00 Berlin
    host = await consult_host(harness, windows=(ConsultWindow(TUESDAY, time(10), time(10, 30)),))
    person = await quick_participant(harness, "Olga")
    soon = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)  # Tuesday 10:00 Berlin: 23 hours away
    await person.send("/consult")
    await person.press(ConsultTopic("youth"))
    await person.press(ConsultLanguage("youth", "en"))
    assert "10:00" in person.last.body
    pick = ConsultPick.unpack(person.last.button_data()[0])
    assert pick is not None and pick.start != slot_minute(soon)

    await person.press_data(ConsultBook(host.id, slot_minute(soon), "youth", "en").pack())
    assert "too soon" in popup(person)
    await person.press_data(ConsultPick(host.id, slot_minute(soon), "youth", "en").pack())
    assert "too soon" in popup(person)
    assert await consult_bookings(harness, host.id) == []


async def test_twenty_people_pressing_one_slot_get_one_booking(harness: BotHarness) -> None:
    host = await consult_host(harness, windows=(ConsultWindow(TUESDAY, time(10), time(12)),))
    people = await crowd(harness, 20, languages=("en",))
    start = slot_minute(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))  # Tuesday 10:00 Berlin
    book = ConsultBook(host.id, start, "youth", "en").pack()
    for p in people:
        await p.send("/consult")

    await asyncio.gather(*(p.press_data(book) for p in people))

    rows = await consult_bookings(harness, host.id)
    assert len(rows) == 1
    refused = [p for p in people if "just taken" in popup(p)]
    assert len(refused) == 19


async def test_the_buffer_and_the_person_limit_hold_under_simultaneous_presses(
    harness: BotHarness,
) -> None:
    windows = (ConsultWindow(TUESDAY, time(10), time(12)),)
    host = await consult_host(harness, windows=windows, person_limit=2, buffer_min=15)
    person = await quick_participant(harness, "Olga")
    await person.send("/consult")
    tuesday = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    # 10:00, 10:45, 11:30 Berlin are slots; 10:20 overlaps 10:00 with its buffer (forged).
    starts = [tuesday + timedelta(minutes=m) for m in (0, 20, 45, 90)]
    presses = [ConsultBook(host.id, slot_minute(s), "youth", "en").pack() for s in starts]

    await asyncio.gather(*(person.press_data(p) for p in presses))

    rows = await consult_bookings(harness, host.id)
    assert len(rows) == 2
    ordered = sorted(r.starts_at for r in rows)
    assert ordered[1] - ordered[0] >= timedelta(minutes=30 + 15)


async def test_a_host_without_the_language_is_never_offered(harness: BotHarness) -> None:
    windows = (ConsultWindow(TUESDAY, time(10), time(11)),)
    german = await consult_host(harness, "Greta", languages=("de",), windows=windows)
    await consult_host(harness, "Ruslan", languages=("ru",), windows=windows)
    person = await quick_participant(harness, "Olga", language="uk")
    await person.send("/consult")
    await person.press(ConsultTopic("culture"))
    await person.press(ConsultLanguage("culture", "uk"))

    assert "українською" in person.last.body or "українськ" in person.last.body
    assert ConsultLanguage("culture", "de").pack() in person.last.button_data()
    assert ConsultLanguage("culture", "uk").pack() not in person.last.button_data()
    await person.press(ConsultLanguage("culture", "ru"))
    assert "Greta" not in person.last.body and "Ruslan" in person.last.body
    start = slot_minute(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    await person.press_data(ConsultBook(german.id, start, "culture", "ru").pack())
    assert popup(person)
    assert await consult_bookings(harness, german.id) == []
    await person.press_data(ConsultSlots("culture", "xx").pack())  # no such language
    assert "застаріла" in str((person.last_callback_answer or {}).get("text", ""))


async def test_a_host_who_is_no_longer_staff_or_coach_is_not_offered(harness: BotHarness) -> None:
    windows = (ConsultWindow(TUESDAY, time(10), time(11)),)
    former = await consult_host(harness, "Frieda", languages=("de",), windows=windows)
    async with harness.services.db.transaction() as conn:
        await network_db.remove_staff(conn, former.id, 1)
    person = await quick_participant(harness, "Jonas", language="de")
    await person.send("/consult")
    await person.press(ConsultTopic("culture"))
    await person.press(ConsultLanguage("culture", "de"))
    assert "Frieda" not in person.last.body
    start = slot_minute(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    await person.press_data(ConsultBook(former.id, start, "culture", "de").pack())
    assert "veraltet" in str((person.last_callback_answer or {}).get("text", ""))
    assert await consult_bookings(harness, former.id) == []
