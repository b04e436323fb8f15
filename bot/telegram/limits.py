"""Telegram's limits as the emulator enforces them, and a token bucket for the speed limits."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Defaults follow Telegram (see shared/TELEGRAM.md); speed limits can be scaled for benches."""

    text_max: int = 4096
    caption_max: int = 1024
    callback_data_max_bytes: int = 64
    buttons_max: int = 100
    buttons_per_row_max: int = 8
    callback_answer_max: int = 200
    commands_max: int = 100
    global_per_second: float = 30.0
    global_burst: int = 30
    chat_per_second: float = 1.0
    # Telegram lets a short burst through in one private chat (a reply plus a follow-up).
    chat_burst: int = 3


class TokenBucket:
    """`capacity` sends at once, refilled at `rate` per second of (injected) time."""

    def __init__(self, rate: float, capacity: int, now: float) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = float(capacity)
        self.updated = now

    def _refill(self, now: float) -> None:
        if now > self.updated:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now

    def wait_time(self, now: float) -> float:
        """Seconds until one send is allowed (0 when it is allowed now)."""
        self._refill(now)
        if self.tokens >= 1:
            return 0.0
        return (1 - self.tokens) / self.rate

    def take(self, now: float) -> None:
        self._refill(now)
        self.tokens -= 1


def retry_after_seconds(wait: float) -> int:
    """Telegram reports whole seconds, at least one."""
    return max(1, math.ceil(wait - 1e-9))
