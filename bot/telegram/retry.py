"""Replies to people's own actions: when Telegram answers 429, wait as told and try again.

Bulk delivery paces itself (bot/delivery/worker.py) and handles 429 on its own; it marks its calls
with `rate_limit_args=OUTBOX` so they pass straight through here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.clock import Sleep
from bot.telegram.errors import retry_after_seconds

log = logging.getLogger(__name__)
OUTBOX = "outbox"


class RetryOn429(BaseRateLimiter[str]):
    def __init__(self, sleep: Sleep, max_retries: int = 5) -> None:
        self.sleep = sleep
        self.max_retries = max_retries

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: str | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        attempt = 0
        while True:
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if rate_limit_args == OUTBOX or attempt >= self.max_retries:
                    raise
                attempt += 1
                wait = retry_after_seconds(exc)
                log.info("429 on %s: waiting %.0f s (attempt %d)", endpoint, wait, attempt)
                await self.sleep(wait)
