"""A wall-clock time typed for a place: does it exist there, and only once?

On the night clocks spring forward (Berlin: last Sunday of March, 02:00 → 03:00) the times in
between never happen; on the night they fall back (last Sunday of October, 03:00 → 02:00) the
hour from 02:00 to 03:00 happens twice. Python silently moves the first and picks the first
occurrence of the second; a person has to be asked instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Exists:
    """The typed time happens exactly once."""

    at: datetime  # aware, in the zone


@dataclass(frozen=True)
class Gap:
    """The typed time is skipped: clocks jump from `jump_from` to `jump_to` (naive, local)."""

    typed: datetime  # naive, as typed
    jump_from: datetime
    jump_to: datetime
    suggestion: datetime  # aware: the typed time moved on by the size of the jump


@dataclass(frozen=True)
class Fold:
    """The typed time happens twice: first in summer time, then again in winter time."""

    typed: datetime  # naive, as typed
    earlier: datetime  # aware, fold=0 (before clocks go back, e.g. CEST)
    later: datetime  # aware, fold=1 (after, e.g. CET)


LocalTime = Exists | Gap | Fold


def _exists(naive: datetime, zone: ZoneInfo) -> bool:
    aware = naive.replace(tzinfo=zone)
    return aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive


def resolve_local(naive: datetime, time_zone: str) -> LocalTime:
    """Classify a naive local date and time in `time_zone` (pure: no clock read)."""
    zone = ZoneInfo(time_zone)
    naive = naive.replace(tzinfo=None, fold=0)
    if not _exists(naive, zone):
        # Walk back to the last minute that exists: the jump starts one minute later.
        last = naive - timedelta(minutes=1)
        while not _exists(last, zone):
            last -= timedelta(minutes=1)
        jump_from = last + timedelta(minutes=1)
        before = naive.replace(tzinfo=zone).utcoffset()
        after = naive.replace(tzinfo=zone, fold=1).utcoffset()
        assert before is not None and after is not None
        size = abs(after - before)
        suggestion = (naive + size).replace(tzinfo=zone)
        return Gap(naive, jump_from, jump_from + size, suggestion)
    first = naive.replace(tzinfo=zone)
    second = naive.replace(tzinfo=zone, fold=1)
    if first.utcoffset() != second.utcoffset():
        return Fold(naive, first, second)
    return Exists(first)
