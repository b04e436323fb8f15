"""Abuse limits: a per-person flood gate and hourly quotas, as pure sliding windows."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

FLOOD_UPDATES = 20
FLOOD_WINDOW = 10.0  # seconds
FLOOD_COOLDOWN = 60.0
HOURLY_QUOTAS = {"idea": 10, "translation": 20, "team-message": 30}
MAX_TEXT_INPUT = 4096  # what Telegram lets a person send; longer means a forged update


@dataclass
class FloodGate:
    """More than `limit` updates within `window` seconds: warn once, then ignore for a while."""

    limit: int = FLOOD_UPDATES
    window: float = FLOOD_WINDOW
    cooldown: float = FLOOD_COOLDOWN
    _seen: dict[int, deque[float]] = field(default_factory=dict)
    _blocked_until: dict[int, float] = field(default_factory=dict)

    def check(self, user_id: int, now: float) -> str:
        """'ok', 'warn' (first update over the limit) or 'ignore'."""
        if self._blocked_until.get(user_id, 0) > now:
            return "ignore"
        recent = self._seen.setdefault(user_id, deque())
        while recent and recent[0] <= now - self.window:
            recent.popleft()
        recent.append(now)
        if len(recent) > self.limit:
            self._blocked_until[user_id] = now + self.cooldown
            recent.clear()
            return "warn"
        if len(self._seen) > 50_000:  # forget idle people now and then
            for uid in [u for u, q in self._seen.items() if not q or q[-1] <= now - self.window]:
                del self._seen[uid]
        return "ok"


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
