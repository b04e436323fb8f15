"""Check-in schedule maths: local times per member, quiet hours, cadence, DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from bot.domain.checkins import (
    Cadence,
    Question,
    Schedule,
    alarming,
    ask_time,
    format_quiet,
    in_quiet_hours,
    next_round_day,
    nudge_time,
    out_of_quiet_hours,
    parse_quiet,
    round_close,
)

BERLIN, MOSCOW = "Europe/Berlin", "Europe/Moscow"
QUIET = (time(21, 0), time(9, 0))


def test_quiet_hours_over_midnight() -> None:
    evening = datetime(2027, 1, 11, 21, 30, tzinfo=ZoneInfo(BERLIN))
    noon = datetime(2027, 1, 11, 12, 0, tzinfo=ZoneInfo(BERLIN))
    assert in_quiet_hours(evening, BERLIN, QUIET)
    assert not in_quiet_hours(noon, BERLIN, QUIET)
    assert not in_quiet_hours(evening, BERLIN, None)


def test_a_question_in_quiet_hours_waits_for_their_morning() -> None:
    late = datetime(2027, 1, 11, 22, 0, tzinfo=ZoneInfo(BERLIN))
    early = datetime(2027, 1, 12, 6, 0, tzinfo=ZoneInfo(BERLIN))
    assert out_of_quiet_hours(late, BERLIN, QUIET) == datetime(
        2027, 1, 12, 9, 0, tzinfo=ZoneInfo(BERLIN)
    )
    assert out_of_quiet_hours(early, BERLIN, QUIET) == datetime(
        2027, 1, 12, 9, 0, tzinfo=ZoneInfo(BERLIN)
    )


def test_each_member_is_asked_at_the_teams_time_in_their_own_city() -> None:
    schedule = Schedule(team_id=1, local_time=time(10, 0))
    day = date(2027, 1, 11)
    berlin = ask_time(day, schedule, BERLIN, QUIET)
    moscow = ask_time(day, schedule, MOSCOW, QUIET)
    assert berlin.astimezone(UTC).hour == 9
    assert moscow.astimezone(UTC).hour == 7


def test_an_early_team_time_is_moved_out_of_the_members_quiet_hours() -> None:
    schedule = Schedule(team_id=1, local_time=time(8, 0))
    asked = ask_time(date(2027, 1, 11), schedule, BERLIN, QUIET)
    assert asked.astimezone(ZoneInfo(BERLIN)).time() == time(9, 0)


def test_the_ask_time_follows_the_clock_change() -> None:
    schedule = Schedule(team_id=1, weekday=0, local_time=time(10, 0))
    before = ask_time(date(2027, 3, 22), schedule, BERLIN, None)  # CET
    after = ask_time(date(2027, 3, 29), schedule, BERLIN, None)  # CEST
    assert before.astimezone(UTC).hour == 9
    assert after.astimezone(UTC).hour == 8


def test_weekly_rounds_fall_on_the_chosen_weekday() -> None:
    schedule = Schedule(team_id=1, weekday=2)  # Wednesday
    day = next_round_day(schedule, date(2027, 1, 11), None)
    assert day == date(2027, 1, 13)
    assert next_round_day(schedule, day, day) == date(2027, 1, 20)


def test_biweekly_rounds_keep_two_weeks_apart() -> None:
    schedule = Schedule(team_id=1, cadence=Cadence.BIWEEKLY, weekday=0)
    last = date(2027, 1, 11)
    assert next_round_day(schedule, last, last) == date(2027, 1, 25)


def test_a_paused_team_gets_no_round_until_the_pause_ends() -> None:
    schedule = Schedule(team_id=1, weekday=0, paused_until=date(2027, 1, 31))
    assert next_round_day(schedule, date(2027, 1, 11), None) == date(2027, 2, 1)


def test_the_nudge_comes_two_days_later_out_of_quiet_hours() -> None:
    asked = datetime(2027, 1, 11, 20, 30, tzinfo=ZoneInfo(BERLIN))
    nudge = nudge_time(asked, BERLIN, QUIET)
    assert nudge == datetime(2027, 1, 13, 20, 30, tzinfo=ZoneInfo(BERLIN))
    late = datetime(2027, 1, 11, 21, 30, tzinfo=ZoneInfo(BERLIN))
    assert nudge_time(late, BERLIN, QUIET).astimezone(ZoneInfo(BERLIN)).time() == time(9, 0)


def test_a_round_closes_the_evening_before_the_next_one() -> None:
    weekly = round_close(date(2027, 1, 11), Cadence.WEEKLY, BERLIN)
    biweekly = round_close(date(2027, 1, 11), Cadence.BIWEEKLY, BERLIN)
    assert weekly == datetime(2027, 1, 17, 20, 0, tzinfo=ZoneInfo(BERLIN))
    assert biweekly == datetime(2027, 1, 24, 20, 0, tzinfo=ZoneInfo(BERLIN))


def test_blockers_and_low_moods_alarm_the_coach() -> None:
    assert alarming(Question.BLOCKING, "no venue yet", None)
    assert not alarming(Question.BLOCKING, "   ", None)
    assert alarming(Question.MOOD, None, 2)
    assert not alarming(Question.MOOD, None, 3)
    assert not alarming(Question.NEXT, "anything", None)


def test_quiet_hours_round_trip_through_their_stored_form() -> None:
    for quiet in (QUIET, (time(22, 0), time(8, 0)), None):
        assert parse_quiet(format_quiet(quiet)) == quiet
    assert parse_quiet("") == QUIET
