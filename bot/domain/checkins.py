"""Check-in schedule maths: each member's local time, quiet hours, nudges, rounds.

Times come in and go out as aware datetimes; nothing here reads a clock.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.domain.participants import Participant
from bot.domain.texts import LocalizedName

DEFAULT_QUIET = (time(21, 0), time(9, 0))
QUIET_PRESETS: tuple[tuple[time, time] | None, ...] = (
    (time(21, 0), time(9, 0)),
    (time(22, 0), time(8, 0)),
    (time(20, 0), time(10, 0)),
    (time(23, 0), time(7, 0)),
    None,  # no quiet hours
)
NUDGE_AFTER = timedelta(hours=48)
MAX_ANSWER = 1500


class Cadence(enum.StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    OFF = "off"

    @property
    def weeks(self) -> int:
        return 2 if self is Cadence.BIWEEKLY else 1


class Question(enum.StrEnum):
    MOVED = "moved"
    NEXT = "next"
    BLOCKING = "blocking"
    MOOD = "mood"
    OUTCOME = "outcome"
    ADVICE = "advice"


REGULAR_QUESTIONS = (Question.MOVED, Question.NEXT, Question.BLOCKING, Question.MOOD)
CLOSING_QUESTIONS = (Question.OUTCOME, Question.ADVICE, Question.MOOD)


class RoundKind(enum.StrEnum):
    REGULAR = "regular"
    CLOSING = "closing"


@dataclass(frozen=True)
class Schedule:
    team_id: int
    cadence: Cadence = Cadence.WEEKLY
    weekday: int = 0  # Monday
    local_time: time = time(10, 0)
    paused_until: date | None = None

    def paused_on(self, day: date) -> bool:
        return self.paused_until is not None and day <= self.paused_until


def in_quiet_hours(moment: datetime, zone: str, quiet: tuple[time, time] | None) -> bool:
    if quiet is None:
        return False
    start, end = quiet
    local = moment.astimezone(ZoneInfo(zone)).time()
    if start <= end:
        return start <= local < end
    return local >= start or local < end  # over midnight, e.g. 21:00-09:00


def out_of_quiet_hours(moment: datetime, zone: str, quiet: tuple[time, time] | None) -> datetime:
    """The moment itself, or the end of the quiet hours it falls into (in the member's zone)."""
    if not in_quiet_hours(moment, zone, quiet):
        return moment
    assert quiet is not None
    tz = ZoneInfo(zone)
    local = moment.astimezone(tz)
    end = quiet[1]
    day = local.date() if local.time() < end else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=tz)


def local_occurrence(day: date, at: time, zone: str) -> datetime:
    return datetime.combine(day, at, tzinfo=ZoneInfo(zone))


def next_round_day(schedule: Schedule, after: date, last_round: date | None) -> date:
    """The next day with a check-in strictly after `after`, keeping the cadence's rhythm."""
    day = after + timedelta(days=1)
    while day.weekday() != schedule.weekday:
        day += timedelta(days=1)
    if schedule.cadence is Cadence.BIWEEKLY and last_round is not None:
        while (day - last_round).days < 14:
            day += timedelta(days=7)
    while schedule.paused_on(day):
        day += timedelta(days=7 * schedule.cadence.weeks)
    return day


def ask_time(day: date, schedule: Schedule, zone: str, quiet: tuple[time, time] | None) -> datetime:
    """When one member is asked: the team's local time in their own city, out of quiet hours."""
    return out_of_quiet_hours(local_occurrence(day, schedule.local_time, zone), zone, quiet)


def nudge_time(asked: datetime, zone: str, quiet: tuple[time, time] | None) -> datetime:
    return out_of_quiet_hours(asked + NUDGE_AFTER, zone, quiet)


def round_close(opened_day: date, cadence: Cadence, zone: str) -> datetime:
    """A round stays open until the evening before the next one would start."""
    return local_occurrence(opened_day + timedelta(days=7 * cadence.weeks - 1), time(20, 0), zone)


def alarming(question: Question, answer: str | None, mood: int | None) -> bool:
    """A blocker or a low mood tells the coach at once."""
    if question is Question.BLOCKING:
        return bool(answer and answer.strip())
    if question is Question.MOOD:
        return mood is not None and mood <= 2
    return False


def parse_quiet(raw: str) -> tuple[time, time] | None:
    if not raw:
        return DEFAULT_QUIET
    if raw == "none":
        return None
    start, end = raw.split("-")
    return time.fromisoformat(start), time.fromisoformat(end)


def format_quiet(quiet: tuple[time, time] | None) -> str:
    if quiet is None:
        return "none"
    return f"{quiet[0].strftime('%H:%M')}-{quiet[1].strftime('%H:%M')}"


# ------------------------------------------------------------------ a coach's "My teams"
class Trend(enum.StrEnum):
    UP = "up"
    DOWN = "down"
    STEADY = "steady"
    UNKNOWN = "unknown"  # fewer than two rounds with a mood


TREND_STEP = 0.5  # a change of the average mood smaller than this reads as steady


def mood_trend(averages: Sequence[float]) -> Trend:
    """Rising, falling or steady: the newest round's average mood against the one before."""
    if len(averages) < 2:
        return Trend.UNKNOWN
    change = averages[-1] - averages[-2]
    if change >= TREND_STEP:
        return Trend.UP
    if change <= -TREND_STEP:
        return Trend.DOWN
    return Trend.STEADY


@dataclass(frozen=True)
class MemberLatest:
    """A member's newest check-in: the answers of the last round they answered."""

    day: date
    language: str  # the language they answered in
    answers: Mapping[str, str] = field(default_factory=dict)  # question -> text
    mood: int | None = None

    @property
    def blocker(self) -> str | None:
        return self.answers.get(Question.BLOCKING.value) or None


@dataclass(frozen=True)
class MemberPulse:
    user_id: int
    person: Participant | None
    city: LocalizedName | None
    latest: MemberLatest | None  # None: no answer yet


@dataclass(frozen=True)
class TeamPulse:
    """One team as its coach sees it: members, the last check-in, mood trend, blockers."""

    team_id: int
    title: str
    members: tuple[MemberPulse, ...]
    last_day: date | None  # the newest round's day
    moods: tuple[float, ...]  # average mood per round that had one, oldest first
    as_of: date  # the day it was read ("3 days ago" counts from here)

    @property
    def trend(self) -> Trend:
        return mood_trend(self.moods)

    @property
    def blocked(self) -> tuple[MemberPulse, ...]:
        """Members whose newest check-in names a blocker."""
        return tuple(m for m in self.members if m.latest is not None and m.latest.blocker)
