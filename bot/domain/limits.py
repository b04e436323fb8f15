"""Abuse limits: a per-person flood gate and hourly quotas, as pure sliding windows."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

# The flood gate is a token bucket per person. A burst of FLOOD_UPDATES typed messages (a
# pasted or forwarded batch) passes; after that one message a second, for as long as anyone
# can type. A button press weighs half: tapping through a list of ideas (open, vote, back,
# about two presses a second) never empties the bucket, while a script sending five
# messages a second empties it within five seconds.
FLOOD_UPDATES = 20  # the burst, in typed messages
FLOOD_REFILL = 1.0  # per second
PRESS_COST = 0.5  # a button press, in typed messages
FLOOD_COOLDOWN = 30.0  # seconds of silence after the one warning
HOURLY_QUOTAS = {"idea": 10, "translation": 20, "team-message": 30}
MAX_TEXT_INPUT = 4096  # what Telegram lets a person send; longer means a forged update


@dataclass(frozen=True)
class FloodVerdict:
    """'ok', 'warn' (the update that emptied the bucket) or 'ignore'; how long the pause is."""

    outcome: str
    wait_seconds: int = 0


@dataclass
class FloodGate:
    """Too much too fast: warn once, then ignore the person for `cooldown` seconds."""

    burst: float = FLOOD_UPDATES
    refill: float = FLOOD_REFILL
    press_cost: float = PRESS_COST
    cooldown: float = FLOOD_COOLDOWN
    _buckets: dict[int, tuple[float, float]] = field(default_factory=dict)  # tokens, at
    _blocked_until: dict[int, float] = field(default_factory=dict)

    def check(self, user_id: int, now: float, *, press: bool = False) -> FloodVerdict:
        blocked_until = self._blocked_until.get(user_id, 0.0)
        if blocked_until > now:
            return FloodVerdict("ignore", math.ceil(blocked_until - now))
        tokens, at = self._buckets.get(user_id, (self.burst, now))
        # One person's updates may come out of order (journaled concurrently on PostgreSQL,
        # or by several workers): an earlier arrival refills nothing and moves no clock back.
        tokens = min(self.burst, tokens + max(0.0, now - at) * self.refill)
        latest = max(at, now)
        cost = self.press_cost if press else 1.0
        if tokens < cost:
            self._blocked_until[user_id] = now + self.cooldown
            self._buckets[user_id] = (tokens, latest)
            return FloodVerdict("warn", math.ceil(self.cooldown))
        self._buckets[user_id] = (tokens - cost, latest)
        if len(self._buckets) > 50_000:  # forget people whose bucket has refilled
            full = self.burst / self.refill
            for uid in [u for u, (_, seen) in self._buckets.items() if seen <= now - full]:
                del self._buckets[uid]
                self._blocked_until.pop(uid, None)
        return FloodVerdict("ok")


def over_quota(used_last_hour: int, kind: str) -> bool:
    return used_last_hour >= HOURLY_QUOTAS[kind]


# Telegram lets bots download files up to 20 MB; anything larger we could not use anyway.
MAX_FILE_MB = 20


def file_too_big(size_in_bytes: int | None) -> bool:
    return (size_in_bytes or 0) > MAX_FILE_MB * 1024 * 1024


@dataclass
class AlertThrottle:
    """At most one admin alert per `interval` seconds; counts what it held back."""

    interval: float = 300.0
    _last: float | None = None
    suppressed: int = 0

    def allow(self, now: float) -> bool:
        if self._last is not None and now - self._last < self.interval:
            self.suppressed += 1
            return False
        self._last = now
        return True

    def take_suppressed(self) -> int:
        count, self.suppressed = self.suppressed, 0
        return count
