"""The person's own bookings: the list on their clock, reschedule with the same host (the old
slot freed in the same step), cancel with the cut-off policy; reminders; toolbox tips first."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from icalendar import Calendar

from bot.callback_consult import (
    ConsultBook,
    ConsultCancel,
    ConsultCancelConfirmed,
    ConsultCard,
    ConsultLanguage,
    ConsultPick,
    ConsultReschedule,
    ConsultSlots,
    ConsultTopic,
)
from bot.callback_network import ConsultMine
from bot.callback_toolbox import ToolboxEntryCard
from bot.db import checkins as checkins_db
from bot.domain.consultations import slot_minute
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    KRASNODAR,
    ConsultWindow,
    consult_bookings,
    consult_host,
    keep_new_entry,
    keep_publish,
    quick_participant,
    toolbox_keeper,
)

TUESDAY, THURSDAY = 1, 3
# Tuesday 10 March 2026, 10:00 Berlin (CET) = 09:00 UTC = 12:00 Krasnodar.
TUESDAY_TEN = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


async def booked(harness: BotHarness, person: SimClient, host: SimClient, at: datetime) -> int:
    await person.send("/consult")
    await person.press_data(ConsultBook(host.id, slot_minute(at), "youth", "en").pack())
    rows = [r for r in await consult_bookings(harness, host.id) if r.person_id == person.id]
    return max(r.id for r in rows if r.open)


async def test_my_bookings_read_on_my_clock_and_reschedule_keeps_the_host(
    harness: BotHarness,
) -> None:
    windows = (ConsultWindow(TUESDAY, time(10), time(11)),)
    host = await consult_host(harness, windows=windows)
    await consult_host(harness, "Otto", windows=windows)  # another host, same times
    person = await quick_participant(harness, "Olga", city=KRASNODAR - 1)
    booking_id = await booked(harness, person, host, TUESDAY_TEN)

    screen = await person.press(ConsultMine())
    assert "12:00–12:30 Krasnodar time (10:00–10:30 Berlin time)" in screen.body
    await person.press(ConsultCard(booking_id))
    screen = await person.press(ConsultReschedule(booking_id))
    assert "Otto" not in screen.body and "Hanna" in screen.body
    later = ConsultPick.unpack(screen.button_data()[1])
    assert later is not None and later.booking_id == booking_id and later.host_id == host.id
    await person.press(later)
    await person.press(ConsultBook(host.id, later.start, later.topic, later.language, booking_id))

    rows = await consult_bookings(harness, host.id)
    assert [(r.status, slot_minute(r.starts_at)) for r in rows] == [
        ("cancelled", slot_minute(TUESDAY_TEN)),
        ("booked", later.start),
    ]
    await harness.drain()
    assert "verlegt" in host.last.body  # the host reads it in German


async def test_rescheduling_to_another_host_by_a_forged_button_fails(harness: BotHarness) -> None:
    windows = (ConsultWindow(TUESDAY, time(10), time(11)),)
    host = await consult_host(harness, windows=windows)
    other = await consult_host(harness, "Otto", windows=windows)
    person = await quick_participant(harness, "Olga")
    booking_id = await booked(harness, person, host, TUESDAY_TEN)

    forged = ConsultBook(other.id, slot_minute(TUESDAY_TEN), "youth", "en", booking_id)
    await person.press_data(forged.pack())

    assert await consult_bookings(harness, other.id) == []
    assert [r.status for r in await consult_bookings(harness, host.id)] == ["booked"]


async def test_cancelling_within_the_cut_off_shows_the_policy_and_tells_the_host(
    harness: BotHarness,
) -> None:
    host = await consult_host(
        harness, windows=(ConsultWindow(TUESDAY, time(10), time(11)),), cutoff_hours=48
    )
    person = await quick_participant(harness, "Olga")
    booking_id = await booked(harness, person, host, TUESDAY_TEN)
    harness.clock.set(TUESDAY_TEN - timedelta(hours=30))

    await person.press(ConsultMine())
    await person.press(ConsultCard(booking_id))
    screen = await person.press(ConsultCancel(booking_id))
    assert "less than 48 hours" in screen.body
    await person.press(ConsultCard(booking_id))  # "No, keep it" changes nothing
    assert [r.status for r in await consult_bookings(harness, host.id)] == ["booked"]
    await person.press(ConsultCancel(booking_id))
    await person.press(ConsultCancelConfirmed(booking_id))

    rows = await consult_bookings(harness, host.id)
    assert [(r.status, r.cancelled_late) for r in rows] == [("cancelled", True)]
    ics = [m.document for m in person.messages if m.document is not None][-1]
    assert b"METHOD:CANCEL" in ics.content
    assert Calendar.from_ical(ics.content)
    await harness.drain()
    assert "kurzfristig" in host.last.body
    await person.press_data(ConsultCancelConfirmed(booking_id).pack())  # again: refused
    assert [r.status for r in await consult_bookings(harness, host.id)] == ["cancelled"]


async def test_reminders_come_a_day_and_an_hour_before_out_of_quiet_hours(
    harness: BotHarness,
) -> None:
    # Thursday 08:00 Berlin = 10:00 Krasnodar; the day-before reminder falls at 10:00 too.
    host = await consult_host(harness, windows=(ConsultWindow(THURSDAY, time(8), time(9)),))
    person = await quick_participant(harness, "Olga", city=KRASNODAR - 1)
    async with harness.services.db.transaction() as conn:
        await checkins_db.set_quiet_hours(conn, person.id, "21:00-11:00")
    start = datetime(2026, 3, 12, 7, 0, tzinfo=UTC)
    await booked(harness, person, host, start)

    await harness.advance(start - timedelta(hours=24) - harness.clock.now())
    assert not [m for m in person.messages if "Reminder" in m.body]  # 10:00 there: quiet
    await harness.advance(timedelta(hours=1))
    assert "Reminder" in person.last.body and "Krasnodar time" in person.last.body
    # The hour-before one (09:00 Krasnodar) would come after quiet hours end: not sent.
    await harness.advance(start - harness.clock.now())
    reminders = [m for m in person.messages if "Reminder" in m.body]
    assert len(reminders) == 1


async def test_a_cancelled_booking_gets_no_reminder(harness: BotHarness) -> None:
    host = await consult_host(harness, windows=(ConsultWindow(TUESDAY, time(10), time(11)),))
    person = await quick_participant(harness, "Olga")
    booking_id = await booked(harness, person, host, TUESDAY_TEN)
    await person.press(ConsultMine())
    await person.press(ConsultCard(booking_id))
    await person.press(ConsultCancel(booking_id))
    await person.press(ConsultCancelConfirmed(booking_id))

    await harness.advance(TUESDAY_TEN - harness.clock.now())

    assert not [m for m in person.messages if "Reminder" in m.body]


async def test_matching_toolbox_entries_come_before_the_times(harness: BotHarness) -> None:
    keeper = await toolbox_keeper(harness)
    await keep_new_entry(keeper, "guide", "Youth exchange checklist", "Step one…", ("topic.youth",))
    entry_id = await keep_publish(keeper)
    await consult_host(harness, windows=(ConsultWindow(TUESDAY, time(10), time(11)),))
    person = await quick_participant(harness, "Olga")
    await person.send("/consult")
    await person.press(ConsultTopic("youth"))
    await person.press(ConsultLanguage("youth", "en"))

    assert "Maybe this helps first" in person.last.body
    assert ToolboxEntryCard(entry_id).pack() in person.last.button_data()
    await person.press(ConsultSlots("youth", "en"))
    assert "Free times" in person.last.body
    await person.send("/consult")
    await person.press(ConsultTopic("culture"))
    await person.press(ConsultLanguage("culture", "en"))  # no entries on culture: no tips
    assert "Free times" in person.last.body


async def test_many_slots_are_paged(harness: BotHarness) -> None:
    windows = tuple(ConsultWindow(day, time(9), time(17)) for day in range(5))
    await consult_host(harness, windows=windows, horizon_days=7)
    person = await quick_participant(harness, "Olga")
    await person.send("/consult")
    await person.press(ConsultTopic("youth"))
    await person.press(ConsultLanguage("youth", "en"))
    assert "page 1 of" in person.last.body
    await person.press(ConsultSlots("youth", "en", 1))
    assert "page 2 of" in person.last.body and "9. " in person.last.body
