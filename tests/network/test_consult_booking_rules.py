"""Pure rules of the person's side: languages first, reminders out of quiet hours, offer
deadlines, offers holding their slot."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from bot.domain.checkins import out_of_quiet_hours
from bot.domain.consultations import (
    Host,
    Waiting,
    Window,
    hosts_for,
    languages_first,
    minute_slot,
    offer_deadline,
    open_slots,
    reminder_moments,
    slot_minute,
)

START = datetime(2026, 3, 12, 7, 0, tzinfo=UTC)
HOST = Host(7, "Europe/Berlin", languages=("de",), topics=("youth",),
            windows=(Window(3, time(8), time(9)),))  # fmt: skip


def test_the_persons_languages_come_first_once() -> None:
    assert languages_first(("ru", "de"), ("de", "en", "ru", "uk")) == ("ru", "de", "en", "uk")


def test_only_hosts_with_the_language_and_topic() -> None:
    assert hosts_for([HOST], "youth", "de") == [HOST]
    assert hosts_for([HOST], "youth", "en") == []
    assert hosts_for([HOST], "culture", "de") == []


def test_a_slot_minute_round_trips() -> None:
    assert minute_slot(slot_minute(START)) == START


def test_reminders_move_out_of_quiet_hours_or_drop() -> None:
    quiet = (time(21), time(11))  # Moscow clock
    moved = reminder_moments(
        START, START - timedelta(days=3),
        lambda at: out_of_quiet_hours(at, "Europe/Moscow", quiet),
    )  # fmt: skip
    assert moved == [(24, datetime(2026, 3, 11, 8, 0, tzinfo=UTC))]  # 11:00 Moscow
    plain = reminder_moments(START, START - timedelta(days=3), lambda at: at)
    assert [h for h, _ in plain] == [24, 1]
    assert reminder_moments(START, START - timedelta(minutes=30), lambda at: at) == []


def test_an_offer_is_held_two_hours_but_never_past_the_notice() -> None:
    now = START - timedelta(days=3)
    assert offer_deadline(now, HOST, START) == now + timedelta(hours=2)
    late = START - timedelta(hours=25)
    assert offer_deadline(late, HOST, START) == START - timedelta(hours=24)
    assert offer_deadline(START - timedelta(hours=23), HOST, START) is None


def test_an_open_offer_holds_its_slot() -> None:
    now = START - timedelta(days=3)
    offered = Waiting(5, 99, "youth", "de", "offered", HOST.user_id, START, now)
    held = offered.held(HOST)
    assert held is not None
    assert START not in [s.starts_at for s in open_slots(HOST, [held], now) if not s.full]
    assert Waiting(6, 98, "youth", "de").held(HOST) is None
