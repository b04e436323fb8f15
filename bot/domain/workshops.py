"""Workshops and sign-ups: seats, city quotas, the waitlist, offers, reminders, alerts.

Pure rules only: times come in as arguments, counts come from the caller's transaction.
"""

from __future__ import annotations

import enum
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.domain.texts import LocalizedName

MAX_TITLE_LENGTH = 100
MAX_DESCRIPTION_LENGTH = 1000
MAX_ANSWER_LENGTH = 1000
MAX_ADDRESS_LENGTH = 200
MAX_CAPACITY = 10_000
DEFAULT_REMINDER_HOURS: tuple[int, ...] = (24, 2)
# What organisers can choose from for a workshop's reminders (hours before the start).
REMINDER_PRESETS: tuple[tuple[int, ...], ...] = ((24, 2), (48, 3), (24,), (2,), ())
OFFER_WINDOW = timedelta(hours=24)
MIN_OFFER_WINDOW = timedelta(minutes=30)
SEAT_ALERT_PERCENTS: tuple[int, ...] = (50, 80, 100)
FEEDBACK_STARS = range(1, 6)  # a rating after the workshop: 1 to 5 stars
CHECK_IN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


class WorkshopKind(enum.StrEnum):
    KICKOFF = "kickoff"
    MATCH_SPRINT = "match_sprint"
    SPRINT_SUCCEED = "sprint_succeed"
    OTHER = "other"


# Where the programme goes next: a kick-off leads to Match & Sprint, and so on.
NEXT_STAGE = {
    WorkshopKind.KICKOFF: WorkshopKind.MATCH_SPRINT,
    WorkshopKind.MATCH_SPRINT: WorkshopKind.SPRINT_SUCCEED,
}


class WorkshopStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    CANCELLED = "cancelled"


class RegistrationStatus(enum.StrEnum):
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    OFFERED = "offered"  # a freed seat is held for this person until the offer expires
    CANCELLED = "cancelled"
    ATTENDED = "attended"


HOLDS_SEAT = (RegistrationStatus.CONFIRMED, RegistrationStatus.OFFERED, RegistrationStatus.ATTENDED)
ACTIVE = (*HOLDS_SEAT, RegistrationStatus.WAITLISTED)


class QuestionKind(enum.StrEnum):
    TEXT = "text"
    CHOICE = "choice"


@dataclass(frozen=True)
class Question:
    """A sign-up question: built in (text from locales) or written by the organiser."""

    position: int
    kind: QuestionKind = QuestionKind.TEXT
    required: bool = False
    builtin: str | None = None  # e.g. "who" -> message workshops-question-who
    text: LocalizedName | None = None
    choices: tuple[LocalizedName, ...] = ()


@dataclass(frozen=True)
class Workshop:
    id: int
    partnership_id: int
    kind: WorkshopKind
    title: LocalizedName
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    status: WorkshopStatus = WorkshopStatus.DRAFT
    description: LocalizedName | None = None
    city_id: int | None = None  # None: online
    address: str | None = None
    online_link: str | None = None
    capacity: int | None = None  # None: unlimited
    city_quotas: Mapping[int, int] = field(default_factory=dict)
    registration_deadline: datetime | None = None
    reminder_hours: tuple[int, ...] = DEFAULT_REMINDER_HOURS
    # None by default: a sign-up is one tap; the organiser adds questions a workshop needs.
    questions: tuple[Question, ...] = ()
    created_by: int | None = None
    # The venue city's name, read with the workshop: times say whose they are ("Karlsruhe time").
    venue_city: LocalizedName | None = None

    @property
    def is_online(self) -> bool:
        return self.city_id is None

    def signup_closes_at(self) -> datetime:
        return self.registration_deadline or self.starts_at


class SignupProblem(enum.Enum):
    NOT_OPEN = "not-open"
    CANCELLED = "cancelled"
    CLOSED = "closed"
    ALREADY = "already"


def signup_problem(
    workshop: Workshop, now: datetime, existing: RegistrationStatus | None
) -> SignupProblem | None:
    """Why this person cannot sign up now, or None."""
    if workshop.status is WorkshopStatus.CANCELLED:
        return SignupProblem.CANCELLED
    if workshop.status is not WorkshopStatus.PUBLISHED:
        return SignupProblem.NOT_OPEN
    if now >= workshop.signup_closes_at():
        return SignupProblem.CLOSED
    if existing in ACTIVE:
        return SignupProblem.ALREADY
    return None


@dataclass(frozen=True)
class SeatCounts:
    """Seats held (confirmed, offered, attended) in total and per home city."""

    total: int = 0
    by_city: Mapping[int, int] = field(default_factory=dict)


def has_free_seat(workshop: Workshop, held: SeatCounts, city_id: int | None) -> bool:
    left = seats_left(workshop, held, city_id)
    return left is None or left > 0


def seats_left(workshop: Workshop, held: SeatCounts, city_id: int | None) -> int | None:
    """Seats a person of this city can still get (None: unlimited).

    City quotas bind the cities they name; everyone shares the total capacity.
    """
    left: int | None = None
    if workshop.capacity is not None:
        left = max(0, workshop.capacity - held.total)
    quota = workshop.city_quotas.get(city_id or 0)
    if quota is not None:
        quota_left = max(0, quota - held.by_city.get(city_id or 0, 0))
        left = quota_left if left is None else min(left, quota_left)
    return left


@dataclass(frozen=True)
class Registration:
    """One person's place at a workshop; the id is also the arrival order."""

    id: int
    workshop_id: int
    user_id: int
    city_id: int | None
    status: RegistrationStatus
    check_in_code: str
    offer_expires_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class Waiting:
    """A waitlisted registration, in arrival order."""

    registration_id: int
    user_id: int
    city_id: int | None


def next_offer(workshop: Workshop, held: SeatCounts, waiting: Sequence[Waiting]) -> Waiting | None:
    """The first person in arrival order whose city can take a free seat."""
    return next((w for w in waiting if has_free_seat(workshop, held, w.city_id)), None)


def offer_deadline(now: datetime, starts_at: datetime) -> datetime:
    """24 hours to accept, shorter close to the start (half the time left, at least 30 min)."""
    window = min(OFFER_WINDOW, max(MIN_OFFER_WINDOW, (starts_at - now) / 2))
    return now + window


def reminder_times(workshop: Workshop, now: datetime) -> list[tuple[int, datetime]]:
    """(hours before, when) for each reminder still in the future."""
    plan = []
    for hours in sorted(set(workshop.reminder_hours), reverse=True):
        due = workshop.starts_at - timedelta(hours=hours)
        if due > now:
            plan.append((hours, due))
    return plan


def crossed_alerts(capacity: int | None, before: int, after: int) -> list[int]:
    """Seat alerts (50/80/100 %) crossed by going from `before` to `after` held seats."""
    if not capacity:
        return []
    return [
        percent
        for percent in SEAT_ALERT_PERCENTS
        if before * 100 < percent * capacity <= after * 100
    ]


def new_check_in_code() -> str:
    return "".join(secrets.choice(CHECK_IN_ALPHABET) for _ in range(6))


def normalise_check_in_code(raw: str) -> str:
    return "".join(ch for ch in raw.upper() if ch.isalnum())


# ------------------------------------------------------------------ organiser input rules
class WorkshopInputError(ValueError):
    """Bad organiser input; `reason` names the Fluent message that explains it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def validate_title(raw: str) -> str:
    title = " ".join(raw.split())
    if not title:
        raise WorkshopInputError("workshops-error-title-empty")
    if len(title) > MAX_TITLE_LENGTH:
        raise WorkshopInputError("workshops-error-title-long")
    return title


def validate_reminders(hours: tuple[int, ...]) -> tuple[int, ...]:
    if hours not in REMINDER_PRESETS:
        raise WorkshopInputError("errors-stale-button")
    return hours


def validate_description(raw: str) -> str:
    text = raw.strip()
    if not text:
        raise WorkshopInputError("workshops-error-description-empty")
    if len(text) > MAX_DESCRIPTION_LENGTH:
        raise WorkshopInputError("workshops-error-description-long")
    return text


def validate_times(starts_at: datetime, ends_at: datetime, now: datetime) -> None:
    if starts_at <= now:
        raise WorkshopInputError("workshops-error-in-past")
    if ends_at <= starts_at:
        raise WorkshopInputError("workshops-error-end-before-start")
    if ends_at - starts_at > timedelta(days=14):
        raise WorkshopInputError("workshops-error-too-long")


def validate_capacity(raw: str) -> int:
    text = raw.strip()
    if not text.lstrip("-").isdigit():
        raise WorkshopInputError("workshops-error-capacity")
    value = int(text)
    if value <= 0 or value > MAX_CAPACITY:
        raise WorkshopInputError("workshops-error-capacity")
    return value


def validate_quotas(quotas: Mapping[int, int], capacity: int | None) -> None:
    if any(q <= 0 for q in quotas.values()):
        raise WorkshopInputError("workshops-error-capacity")
    if capacity is not None and sum(quotas.values()) > capacity:
        raise WorkshopInputError("workshops-error-quotas-over-capacity")


def validate_link(raw: str) -> str:
    link = raw.strip()
    if not link.startswith("https://") or " " in link or len(link) > 300 or len(link) < 12:
        raise WorkshopInputError("workshops-error-link")
    return link


def validate_address(raw: str) -> str:
    address = " ".join(raw.split())
    if not address or len(address) > MAX_ADDRESS_LENGTH:
        raise WorkshopInputError("workshops-error-address")
    return address


def validate_answer(raw: str) -> str:
    answer = raw.strip()
    if not answer:
        raise WorkshopInputError("workshops-error-answer-empty")
    if len(answer) > MAX_ANSWER_LENGTH:
        raise WorkshopInputError("workshops-error-answer-long")
    return answer


def parse_local_datetime(raw: str, time_zone: str, *, day: datetime | None = None) -> datetime:
    """'24.04.2027 18:30', '2027-04-24 18:30' or (with `day`) just '18:30', in the city's zone."""
    return parse_wall_clock(raw, time_zone, day=day).replace(tzinfo=ZoneInfo(time_zone))


DAY_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y", "%d/%m/%Y", "%d/%m/%y")


def parse_day(raw: str) -> date:
    """'14.01.2027', '2027-01-14', '14.01.27' or '14/01/2027'."""
    text = raw.strip().rstrip(".")
    for fmt in DAY_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise WorkshopInputError("workshops-error-date")


def parse_clock(raw: str) -> time:
    """'18:30', '18.30' or '18'."""
    text = raw.strip().lower().removesuffix("h").strip()
    for fmt in ("%H:%M", "%H.%M", "%H"):
        try:
            return datetime.strptime(text, fmt).time()
        except ValueError:
            continue
    raise WorkshopInputError("workshops-error-clock")


def typed_start(day: date, raw: str) -> str | None:
    """A start typed after a day was chosen: a time that day ('18:30' -> '2026-04-10 18:30'),
    or a whole date and time as typed; None when it is neither."""
    try:
        return f"{day.isoformat()} {parse_clock(raw):%H:%M}"
    except WorkshopInputError:
        pass
    try:
        parse_wall_clock(raw, "UTC")
    except WorkshopInputError:
        return None
    return raw


def parse_wall_clock(raw: str, time_zone: str, *, day: datetime | None = None) -> datetime:
    """Like parse_local_datetime, but naive: whether it exists there is asked separately
    (bot.domain.local_time)."""
    text = " ".join(raw.strip().replace(",", " ").split())
    formats = ("%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M", "%d.%m.%y %H:%M", "%d/%m/%Y %H:%M")
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    if day is not None:
        try:
            clock_time = datetime.strptime(text, "%H:%M").time()
        except ValueError:
            pass
        else:
            local_day = day.astimezone(ZoneInfo(time_zone)).date()
            return datetime.combine(local_day, clock_time)
    raise WorkshopInputError("workshops-error-datetime")
