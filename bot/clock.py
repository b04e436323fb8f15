"""Time as a dependency: services and jobs ask a Clock, tests drive a FakeClock."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

# How workers wait; tests pass a fake that advances a FakeClock instead of sleeping.
Sleep = Callable[[float], Awaitable[None]]


class Clock(Protocol):
    def now(self) -> datetime:
        """Current time, timezone-aware UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that only moves when told to; shared by the bot and the emulator in tests."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta | float) -> None:
        seconds = delta.total_seconds() if isinstance(delta, timedelta) else float(delta)
        if seconds < 0:
            raise ValueError("time does not go backwards")
        self._now += timedelta(seconds=seconds)

    def set(self, moment: datetime) -> None:
        if moment < self._now:
            raise ValueError("time does not go backwards")
        self._now = moment
