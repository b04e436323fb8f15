"""Slot maths of consultation hours: the host's clock, daylight saving, notice, buffer."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.domain.consultations import Booking, Host, Window, booking_problem, open_slots

BERLIN = "Europe/Berlin"
MOSCOW = ZoneInfo("Europe/Moscow")


def host(**changes: object) -> Host:
    base = dict(
        user_id=7,
        time_zone=BERLIN,
        duration_min=30,
        buffer_min=10,
        notice_hours=24,
        horizon_days=28,
        languages=("de", "ru"),
        windows=(Window(1, time(10, 0), time(12, 0)),),  # Tuesdays 10–12 Berlin
    )
    base.update(changes)
    return Host(**base)  # type: ignore[arg-type]


def test_a_ten_o_clock_berlin_slot_moves_for_moscow_across_the_march_change() -> None:
    now = datetime(2027, 3, 20, 8, 0, tzinfo=UTC)  # the last Sunday of March is the 28th
    starts = [s.starts_at for s in open_slots(host(), [], now) if s.starts_at.minute == 0]
    first_two = [s.astimezone(MOSCOW).strftime("%d %H:%M") for s in starts[:2]]
    assert first_two == ["23 12:00", "30 11:00"]  # 10:00 Berlin both times
    assert all(s.astimezone(ZoneInfo(BERLIN)).hour == 10 for s in starts)


def test_notice_hides_a_slot_23_hours_away_and_refuses_it() -> None:
    slot = datetime(2027, 3, 23, 9, 0, tzinfo=UTC)  # Tuesday 10:00 Berlin
    now = slot - timedelta(hours=23)
    assert slot not in [s.starts_at for s in open_slots(host(), [], now)]
    problem = booking_problem(host(), slot, [], 0, "de", "youth", now)
    assert problem is not None and problem.reason == "notice"
    assert booking_problem(host(), slot, [], 0, "de", "youth", slot - timedelta(hours=25)) is None


def test_buffer_keeps_the_next_slot_free_and_a_booked_slot_is_taken() -> None:
    now = datetime(2027, 3, 1, 8, 0, tzinfo=UTC)
    h = host(duration_min=30, buffer_min=30, windows=(Window(1, time(10, 0), time(11, 30)),))
    day = [s.starts_at for s in open_slots(h, [], now)][:2]
    assert [d.astimezone(ZoneInfo(BERLIN)).strftime("%H:%M") for d in day] == ["10:00", "11:00"]
    booked = Booking(1, 7, 99, day[0], day[0] + timedelta(minutes=30), "youth", "de")
    assert booking_problem(h, day[0], [booked], 0, "de", "youth", now) is not None
    assert booking_problem(h, day[1], [booked], 0, "de", "youth", now) is None


def test_a_host_without_the_language_is_refused() -> None:
    now = datetime(2027, 3, 1, 8, 0, tzinfo=UTC)
    slot = open_slots(host(), [], now)[0].starts_at
    problem = booking_problem(host(languages=("de",)), slot, [], 0, "uk", "youth", now)
    assert problem is not None and problem.reason == "language"
