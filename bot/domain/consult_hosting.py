"""The host's side of consultation hours: the choices a setting offers, typed weekly windows
and video links, and the one-change rule for attended / no-show. Pure rules, no clock reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, time
from typing import Any, Literal, get_args
from urllib.parse import urlparse

from bot.domain.consultations import Booking, Host, Window

# The settings that take a number, each offered as a few buttons (the current one ticked).
HostNumber = Literal["duration", "buffer", "notice", "horizon", "cutoff", "limit", "capacity"]
HOST_NUMBERS: tuple[HostNumber, ...] = get_args(HostNumber)
NUMBER_CHOICES: dict[HostNumber, tuple[int, ...]] = {
    "duration": (15, 20, 30, 45, 60, 90),
    "buffer": (0, 5, 10, 15, 30),
    "notice": (2, 12, 24, 48, 72),
    "horizon": (7, 14, 28, 56, 90),
    "cutoff": (2, 12, 24, 48),
    "limit": (1, 2, 3, 5),
    "capacity": (1, 2, 4, 6, 10),
}
# The Host field each setting changes.
NUMBER_FIELDS: dict[HostNumber, str] = {
    "duration": "duration_min",
    "buffer": "buffer_min",
    "notice": "notice_hours",
    "horizon": "horizon_days",
    "cutoff": "cutoff_hours",
    "limit": "person_limit",
    "capacity": "capacity",
}
# The unit each setting's value is read in (a locale message per unit).
NUMBER_UNITS: dict[HostNumber, Literal["minutes", "hours", "days", "people", "bookings"]] = {
    "duration": "minutes",
    "buffer": "minutes",
    "notice": "hours",
    "horizon": "days",
    "cutoff": "hours",
    "limit": "bookings",
    "capacity": "people",
}

Mark = Literal["attended", "no_show"]
MAX_VIDEO_LINK = 200

# "10:00–12:00", "10-12", "9.30 - 11", "10:00 to 12:00" is not offered: the dash is the rule.
_WINDOW = re.compile(
    r"\s*(\d{1,2})(?:[:.](\d{2}))?\s*[-–—]\s*(\d{1,2})(?:[:.](\d{2}))?\s*", re.UNICODE
)


class WindowProblem(ValueError):
    """Why a typed window is refused: a locale key under `hosting-window-refused-`."""

    def __init__(self, reason: Literal["format", "order", "overlap", "gone"]) -> None:
        super().__init__(reason)
        self.reason = reason


class InvalidVideoLink(ValueError):
    pass


def number_value(host: Host, setting: HostNumber) -> int:
    value = getattr(host, NUMBER_FIELDS[setting])
    assert isinstance(value, int)
    return value


def with_number(host: Host, setting: HostNumber, value: int) -> Host:
    """The host with one setting changed; only the offered choices are accepted."""
    if value not in NUMBER_CHOICES[setting]:
        raise ValueError(f"{setting}: {value}")
    changes: dict[str, Any] = {NUMBER_FIELDS[setting]: value}
    return replace(host, **changes)


def _clock(hours: str, minutes: str | None) -> time | None:
    h, m = int(hours), int(minutes or 0)
    if h == 24 and m == 0:
        return time(23, 59)  # "till midnight": the last minute of the day
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    return time(h, m)


def parse_window(text: str, weekday: int) -> Window:
    """A typed window of one weekday: "10:00–12:00", "10-12", "9.30-11"."""
    found = _WINDOW.fullmatch(text)
    if found is None:
        raise WindowProblem("format")
    starts, ends = _clock(found[1], found[2]), _clock(found[3], found[4])
    if starts is None or ends is None:
        raise WindowProblem("format")
    if ends <= starts:
        raise WindowProblem("order")
    return Window(weekday, starts, ends)


def with_window(host: Host, window: Window) -> Host:
    """The host with one more window; windows of one day never overlap (a slot would be
    offered twice)."""
    for other in host.windows:
        same_day = other.weekday == window.weekday
        if same_day and window.starts < other.ends and other.starts < window.ends:
            raise WindowProblem("overlap")
    windows = sorted((*host.windows, window), key=lambda w: (w.weekday, w.starts))
    return replace(host, windows=tuple(windows))


def minutes_of(clock: time) -> int:
    return clock.hour * 60 + clock.minute


def without_window(host: Host, weekday: int, starts: int) -> Host:
    """The host without the window of `weekday` starting `starts` minutes after midnight."""
    kept = [w for w in host.windows if (w.weekday, minutes_of(w.starts)) != (weekday, starts)]
    if len(kept) == len(host.windows):
        raise WindowProblem("gone")
    return replace(host, windows=tuple(kept))


def parse_video_link(text: str) -> str:
    """An https link with a host name ("https://meet.example.org/room"), nothing else."""
    link = text.strip()
    parsed = urlparse(link)
    if (
        parsed.scheme != "https"
        or "." not in parsed.netloc
        or any(c.isspace() for c in link)
        or len(link) > MAX_VIDEO_LINK
    ):
        raise InvalidVideoLink(text)
    return link


def toggled(values: tuple[str, ...], value: str) -> tuple[str, ...]:
    return tuple(v for v in values if v != value) if value in values else (*values, value)


@dataclass(frozen=True)
class MarkRecord:
    """A booking's mark and how often it was changed after the first one."""

    booking: Booking
    changes: int = 0


class MarkRefused(ValueError):
    def __init__(self, reason: Literal["early", "cancelled", "changed"]) -> None:
        super().__init__(reason)
        self.reason = reason


def mark_problem(record: MarkRecord, mark: Mark, now: datetime) -> MarkRefused | None:
    """Attended / no-show only once the slot has started; the first mark can be changed once."""
    booking = record.booking
    if booking.status == "cancelled":
        return MarkRefused("cancelled")
    if not booking.markable(now):
        return MarkRefused("early")
    if booking.status not in ("booked", mark) and record.changes >= 1:
        return MarkRefused("changed")
    return None


def is_change(record: MarkRecord, mark: Mark) -> bool:
    return record.booking.status not in ("booked", mark)


def default_host(user_id: int, time_zone: str, language: str) -> Host:
    """A new host: their city's clock, their own language, the table's defaults, no windows
    yet (so nothing is offered until they add one)."""
    return Host(user_id=user_id, time_zone=time_zone, languages=(language,))
