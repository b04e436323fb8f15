"""A host's bookings and the attended / no-show mark: the list on the host's clock with the
person's name, topic, language and note (started ones awaiting a mark first); after a
booking's end the host is asked in one message; marking before the start is impossible (no
button, and a forged press is refused); a mark can be changed once; counts on the home."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.callback_consult import HostMark, HostStep
from bot.callback_network import HostHome
from bot.db import consultations as consult_db
from bot.domain.consultations import Host
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import KRASNODAR, booked, hosting, network_staff, popup, quick_participant

# The harness clock starts on Monday 2 March 2026, 09:00 UTC (10:00 in Karlsruhe).
TUESDAY_10 = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)  # 10:00 Karlsruhe, 12:00 Krasnodar
TUESDAY_1040 = TUESDAY_10 + timedelta(minutes=40)


async def sergei(h: BotHarness, language: str = "en") -> SimClient:
    person = await quick_participant(h, "Sergei", language=language, city=KRASNODAR - 1)
    await h.services.onboarding.set_display_name(person.id, "Sergei")
    return person


async def host_with_bookings(h: BotHarness) -> tuple[SimClient, SimClient, Host, int, int]:
    nina = await network_staff(h)
    host = await hosting(h, nina.id)
    person = await sergei(h)
    first = await booked(h, host, person.id, TUESDAY_10, note="Partner school <in Poland>")
    second = await booked(h, host, person.id, TUESDAY_1040, topic="education", language="de")
    return nina, person, host, first, second


async def status_of(h: BotHarness, booking_id: int) -> str:
    async with h.services.db.reading() as conn:
        booking = await consult_db.get_booking(conn, booking_id)
    assert booking is not None
    return booking.status


async def open_bookings(user: SimClient) -> None:
    await user.send("/network")
    await user.press(HostHome())
    await user.press(HostStep("bookings"))


async def test_the_list_shows_upcoming_bookings_on_the_hosts_clock(harness: BotHarness) -> None:
    nina, _, _, _, _ = await host_with_bookings(harness)
    await open_bookings(nina)
    text = nina.last_text
    assert "Coming up:" in text and "Started" not in text
    assert "Tue, 3 Mar 2026, 10:00–10:30 Karlsruhe time\nSergei · Krasnodar · Youth · English" in (
        text
    )
    assert "“Partner school <in Poland>”" in text  # escaped, shown as typed
    assert "Tue, 3 Mar 2026, 10:40–11:10 Karlsruhe time" in text
    assert "Education · German" in text
    assert not any(HostMark.unpack(d) for d in nina.button_data())


async def test_no_show_marking_is_impossible_before_the_start(harness: BotHarness) -> None:
    nina, _, _, first, _ = await host_with_bookings(harness)
    await open_bookings(nina)
    assert not any(HostMark.unpack(d) for d in nina.button_data())  # no button to press
    harness.clock.set(TUESDAY_10 - timedelta(minutes=1))
    for action in ("no_show", "attended"):
        await nina.press_data(HostMark(first, action, True).pack())  # type: ignore[arg-type]
        assert "has not started yet" in popup(nina)
    assert await status_of(harness, first) == "booked"


async def test_after_the_end_the_host_marks_in_one_tap_and_may_change_once(
    harness: BotHarness,
) -> None:
    nina, _, _, first, _ = await host_with_bookings(harness)
    await harness.advance(TUESDAY_10 + timedelta(minutes=31) - harness.clock.now())
    asked = nina.last
    assert "Your consultation with Sergei · Krasnodar (Youth) on Tue, 3 Mar 2026, 10:00–10:30" in (
        asked.body
    )
    assert "Did it take place?" in asked.body
    await nina.press(HostMark(first, "no_show", False), message=asked)
    assert "Marked: no-show." in nina.last_text and "change this once" in nina.last_text
    assert await status_of(harness, first) == "no_show"
    await nina.press(HostMark(first, "attended", False))
    assert "changed once and stays" in nina.last_text
    assert nina.last.button_data() == [HostHome().pack()]  # only the way home
    await nina.press_data(HostMark(first, "no_show", False).pack())
    assert "changed once already" in popup(nina)
    assert await status_of(harness, first) == "attended"
    await nina.send("/network")
    await nina.press(HostHome())
    assert "Attended: 1 · No-show: 0" in nina.last_text


async def test_the_list_puts_started_bookings_first_with_their_buttons(harness: BotHarness) -> None:
    nina, _, _, first, second = await host_with_bookings(harness)
    harness.clock.set(TUESDAY_10 + timedelta(minutes=5))  # the first has started, not ended
    await open_bookings(nina)
    text = nina.last_text
    assert (
        text.index("Started")
        < text.index("No. 1: Tue, 3 Mar 2026, 10:00")
        < (text.index("Coming up:"))
    )
    assert HostMark(second, "attended", True).pack() not in nina.button_data()
    await nina.press(HostMark(first, "attended", True))
    assert nina.last_text.startswith("Marked: attended.")
    assert "Started" not in nina.last_text and await status_of(harness, first) == "attended"


async def test_no_question_for_a_cancelled_booking_and_no_mark_by_another_host(
    harness: BotHarness,
) -> None:
    nina, _, _, first, second = await host_with_bookings(harness)
    async with harness.services.db.transaction() as conn:
        await consult_db.set_status(conn, first, "cancelled", harness.clock.now())
    olga = await network_staff(harness, "Olga")
    await hosting(harness, olga.id)
    await harness.advance(TUESDAY_1040 + timedelta(minutes=31) - harness.clock.now())
    questions = [m.body for m in nina.messages if "Did it take place?" in m.body]
    assert len(questions) == 1 and "10:40–11:10" in questions[0]
    await olga.send("/network")
    await olga.press_data(HostMark(second, "no_show", False).pack())
    assert "out of date" in str((olga.last_callback_answer or {}).get("text", ""))
    assert await status_of(harness, second) == "booked"


async def test_a_moved_booking_is_asked_about_once_at_its_new_end(harness: BotHarness) -> None:
    nina, _, _, first, _ = await host_with_bookings(harness)
    later = TUESDAY_10 + timedelta(days=7)
    async with harness.services.db.transaction() as conn:  # as a reschedule would move it
        await conn.execute(
            "UPDATE consult_bookings SET starts_at = ?, ends_at = ? WHERE id = ?",
            (later.isoformat(), (later + timedelta(minutes=30)).isoformat(), first),
        )
    await harness.advance(TUESDAY_10 + timedelta(hours=2) - harness.clock.now())
    assert not [m for m in nina.messages if "10:00–10:30" in m.body]
    await harness.advance(timedelta(days=7))
    asked = [m.body for m in nina.messages if "Did it take place?" in m.body]
    assert sum("10 Mar 2026, 10:00–10:30" in body for body in asked) == 1
