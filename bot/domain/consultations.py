"""Consultation hours: a host's weekly windows on their own clock become bookable slots.

Pure rules, no clock reads: callers pass `now`. Slots are computed, never stored: a window
"Tuesday 10:00–12:00 Europe/Berlin" is turned into UTC per date, so a slot stays at 10:00 on the
host's clock across a daylight-saving change (and moves for everyone else).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

BookingStatus = Literal["booked", "cancelled", "attended", "no_show"]
OPEN_STATUSES: tuple[BookingStatus, ...] = ("booked",)


@dataclass(frozen=True)
class Window:
    """A weekly stretch of availability on the host's clock (weekday 0 = Monday)."""

    weekday: int
    starts: time
    ends: time
    id: int = 0


@dataclass(frozen=True)
class Host:
    user_id: int
    time_zone: str
    duration_min: int = 30
    buffer_min: int = 10
    notice_hours: int = 24
    horizon_days: int = 28
    cutoff_hours: int = 24
    person_limit: int = 2
    capacity: int = 1
    video_link: str | None = None
    active: bool = True
    network_id: int = 1
    languages: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    windows: tuple[Window, ...] = ()

    @property
    def duration(self) -> timedelta:
        return timedelta(minutes=self.duration_min)

    @property
    def buffer(self) -> timedelta:
        return timedelta(minutes=self.buffer_min)

    def speaks(self, language: str) -> bool:
        return language in self.languages

    def offers(self, topic: str) -> bool:
        return not self.topics or topic in self.topics

    def late_cancellation(self, starts_at: datetime, now: datetime) -> bool:
        """Cancelling now is after the host's cut-off (the policy is shown, the seat freed)."""
        return starts_at - now < timedelta(hours=self.cutoff_hours)


@dataclass(frozen=True)
class Booking:
    id: int
    host_id: int
    person_id: int
    starts_at: datetime
    ends_at: datetime
    topic: str
    language: str
    status: BookingStatus = "booked"
    note: str | None = None
    cancelled_late: bool = False

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES

    def markable(self, now: datetime) -> bool:
        """Attended / no-show can be marked only once the slot has started."""
        return self.status in ("booked", "attended", "no_show") and now >= self.starts_at


@dataclass(frozen=True)
class Slot:
    """A bookable start on the host's calendar, in UTC, with the seats left."""

    host_id: int
    starts_at: datetime
    ends_at: datetime
    seats_left: int

    @property
    def full(self) -> bool:
        return self.seats_left <= 0


def window_starts(host: Host, day: date) -> list[datetime]:
    """Every slot start of `day` (the host's date) in UTC: duration plus buffer apart, the last
    one ending by the window's end. A wall time that does not exist (the spring gap) is skipped
    and a repeated one (autumn) is taken once, at its first occurrence."""
    zone = ZoneInfo(host.time_zone)
    step = host.duration + host.buffer
    starts: list[datetime] = []
    for window in host.windows:
        if window.weekday != day.weekday():
            continue
        cursor = datetime.combine(day, window.starts)
        end = datetime.combine(day, window.ends)
        while cursor + host.duration <= end:
            local = cursor.replace(tzinfo=zone)
            utc = local.astimezone(ZoneInfo("UTC"))
            if utc.astimezone(zone).replace(tzinfo=None) == cursor:  # exists on this day
                starts.append(utc)
            cursor += step
    return sorted(set(starts))


def collides(host: Host, start: datetime, booking: Booking) -> bool:
    """A slot at `start` would overlap `booking` or its buffer (either side)."""
    end = start + host.duration
    return start < booking.ends_at + host.buffer and booking.starts_at < end + host.buffer


def open_slots(host: Host, bookings: list[Booking], now: datetime) -> list[Slot]:
    """The host's slots from `now + notice` to `now + horizon`, with seats left.

    A private slot (capacity 1) is full once booked; a group slot takes bookings at the same
    start up to its capacity. A slot overlapping another booked start (with the buffer) is
    not offered at all.
    """
    if not host.active or not host.windows:
        return []
    zone = ZoneInfo(host.time_zone)
    earliest = now + timedelta(hours=host.notice_hours)
    latest = now + timedelta(days=host.horizon_days)
    first_day = now.astimezone(zone).date()
    last_day = latest.astimezone(zone).date()
    booked = [b for b in bookings if b.open and b.host_id == host.user_id]
    slots: list[Slot] = []
    day = first_day
    while day <= last_day:
        for start in window_starts(host, day):
            if start < earliest or start > latest:
                continue
            same = sum(1 for b in booked if b.starts_at == start)
            if any(b.starts_at != start and collides(host, start, b) for b in booked):
                continue
            slots.append(
                Slot(host.user_id, start, start + host.duration, max(0, host.capacity - same))
            )
        day += timedelta(days=1)
    return slots


@dataclass(frozen=True)
class BookingProblem:
    """Why a slot cannot be booked (a locale key under `consult-refused-`)."""

    reason: Literal["notice", "horizon", "taken", "limit", "language", "topic", "not-a-slot"]


def booking_problem(
    host: Host,
    start: datetime,
    bookings: list[Booking],
    person_open: int,
    language: str,
    topic: str,
    now: datetime,
) -> BookingProblem | None:
    """Checked again inside the booking's transaction: a forged or stale button, a slot taken
    meanwhile, the person's limit of open bookings, a language the host does not speak."""
    if not host.speaks(language):
        return BookingProblem("language")
    if not host.offers(topic):
        return BookingProblem("topic")
    if start < now + timedelta(hours=host.notice_hours):
        return BookingProblem("notice")
    if start > now + timedelta(days=host.horizon_days):
        return BookingProblem("horizon")
    if person_open >= host.person_limit:
        return BookingProblem("limit")
    slot = next((s for s in open_slots(host, bookings, now) if s.starts_at == start), None)
    if slot is None:
        in_window = start in window_starts(host, start.astimezone(ZoneInfo(host.time_zone)).date())
        return BookingProblem("taken" if in_window else "not-a-slot")
    if slot.full:
        return BookingProblem("taken")
    return None


# ------------------------------------------------------------------ booking (the person's side)
# The toolbox's topic tag closest to each network topic ("Maybe this helps first").
TOOLBOX_TOPIC: dict[str, str] = {
    "integration": "social",
    "migration": "social",
    "digitalisation": "digitalisation",
    "youth": "youth",
    "education": "education",
    "sustainability": "environment",
    "culture": "culture",
    "municipal": "democracy",
}
REMINDER_HOURS: tuple[int, ...] = (24, 1)
# A reminder moved out of quiet hours must still come this long before the start.
REMINDER_LEAD = timedelta(minutes=15)


def languages_first(mine: tuple[str, ...], others: tuple[str, ...]) -> tuple[str, ...]:
    """The person's languages first (their order), then the rest, each once."""
    return tuple(dict.fromkeys((*mine, *others)))


def hosts_for(hosts: list[Host], topic: str, language: str) -> list[Host]:
    """Active hosts who speak `language` and take `topic`: nobody else is ever offered."""
    return [h for h in hosts if h.active and h.speaks(language) and h.offers(topic)]


def languages_for(hosts: list[Host], topic: str) -> tuple[str, ...]:
    """Every language some active host speaks for this topic."""
    return tuple(
        sorted({lang for h in hosts if h.active and h.offers(topic) for lang in h.languages})
    )


def free_slots(hosts: list[Host], bookings: list[Booking], now: datetime) -> list[Slot]:
    """The open, not full slots of these hosts, earliest first (ties by host)."""
    slots = [s for h in hosts for s in open_slots(h, bookings, now) if not s.full]
    return sorted(slots, key=lambda s: (s.starts_at, s.host_id))


def slot_minute(start: datetime) -> int:
    """A slot's start as whole minutes since the epoch (the button's `start`)."""
    return int(start.timestamp()) // 60


def minute_slot(minute: int) -> datetime:
    return datetime.fromtimestamp(minute * 60, tz=ZoneInfo("UTC"))


def reminder_moments(
    starts_at: datetime,
    now: datetime,
    moved: Callable[[datetime], datetime],
) -> list[tuple[int, datetime]]:
    """(hours, when) of each reminder still ahead; `moved` takes a moment out of the person's
    quiet hours. One that would then come too close to the start (or after it) is dropped."""
    planned = []
    for hours in REMINDER_HOURS:
        due = moved(starts_at - timedelta(hours=hours))
        if now < due <= starts_at - REMINDER_LEAD:
            planned.append((hours, due))
    return planned


WaitingStatus = Literal["waiting", "offered", "booked", "declined", "expired"]
OFFER_TIME = timedelta(hours=2)  # how long a freed slot is held for the person offered it


@dataclass(frozen=True)
class Waiting:
    """A person on the waiting list for a topic in a language; with the slot offered to them."""

    id: int
    person_id: int
    topic: str
    language: str
    status: WaitingStatus = "waiting"
    offer_host_id: int | None = None
    offer_starts_at: datetime | None = None
    offer_expires_at: datetime | None = None

    def held(self, host: Host) -> Booking | None:
        """An open offer holds its slot like a booking (negative id: not a booking row)."""
        if self.status != "offered" or self.offer_starts_at is None:
            return None
        if self.offer_host_id != host.user_id:
            return None
        start = self.offer_starts_at
        end = start + host.duration
        return Booking(
            -self.id, host.user_id, self.person_id, start, end, self.topic, self.language
        )

    def wants(self, host: Host) -> bool:
        return self.status == "waiting" and host.speaks(self.language) and host.offers(self.topic)


def offer_deadline(now: datetime, host: Host, starts_at: datetime) -> datetime | None:
    """Until when a freed slot is held for the person offered it: two hours, but never past the
    host's minimum notice (None: too late to offer it at all)."""
    latest = starts_at - timedelta(hours=host.notice_hours)
    deadline = min(now + OFFER_TIME, latest)
    return deadline if deadline > now else None
