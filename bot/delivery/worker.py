"""The delivery worker: drains the outbox within Telegram's limits, never sending twice.

One worker per bot process. It paces itself with token buckets (overall and per chat) on the
injected clock, honours `retry_after` on 429 without losing the message, marks people who
blocked the bot (403) unreachable, and retries transient errors with backoff. A message is
marked sent in its own transaction right after Telegram accepted it, so a crash can repeat at
most the one message that was in flight.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from telegram import Bot, InlineKeyboardMarkup
from telegram.error import TelegramError

from bot.clock import Clock, Sleep
from bot.db import outbox
from bot.db.connection import Database
from bot.db.outbox import QueuedMessage
from bot.telegram.errors import Problem, classify
from bot.telegram.limits import Limits, TokenBucket

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
# Finished messages are kept this long (dedupe keys guard against repeats meanwhile), then
# forgotten: the outbox is no archive of who was told what.
RETENTION = timedelta(days=7)
PRUNE_EVERY = timedelta(hours=1)
# Tells the reply rate limiter (bot/telegram/retry.py) that this worker handles 429 itself.
OWN_PACE: dict[str, Any] = {"rate_limit_args": "outbox"}


@dataclass(frozen=True)
class Pace:
    """Our own sending pace; kept at (not above) Telegram's limits."""

    per_second: float = Limits.global_per_second  # Telegram's numbers, from their one table
    per_chat_per_second: float = Limits.chat_per_second


@dataclass
class DeliveryReport:
    sent: int = 0
    blocked: int = 0
    failed: int = 0
    retried: int = 0
    rate_limited: int = 0
    waited_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


class DeliveryWorker:
    def __init__(
        self,
        db: Database,
        bot: Bot,
        clock: Clock,
        *,
        sleep: Sleep = asyncio.sleep,
        pace: Pace | None = None,
        batch_size: int = 100,
        on_batch: Callable[[set[int]], Awaitable[None]] | None = None,
    ) -> None:
        self.db = db
        self.bot = bot
        self.clock = clock
        self.sleep = sleep
        self.pace = pace or Pace()
        self.batch_size = batch_size
        # Told which broadcasts a batch advanced (to update the organisers' progress).
        self.on_batch = on_batch
        now = self._now()
        # At most 100 ms worth of burst (3 messages at Telegram's 30/s): enough to make up for
        # sleeping a little too long, small enough to leave room for replies to people.
        self._overall = TokenBucket(
            self.pace.per_second, max(2, int(self.pace.per_second / 10)), now
        )
        self._chats: dict[int, TokenBucket] = {}
        self._wake = asyncio.Event()
        self._stopping = False
        self._pruned_at: datetime | None = None
        self.report = DeliveryReport()

    def _now(self) -> float:
        return self.clock.now().timestamp()

    def wake(self) -> None:
        """New work was queued: don't wait for the next poll."""
        self._wake.set()

    async def drain(self) -> DeliveryReport:
        """Send everything that is due now (waiting for the pace as needed); return totals."""
        await self._prune()
        while not self._stopping:
            async with self.db.reading() as conn:
                batch = await outbox.next_batch(conn, self.clock.now(), self.batch_size)
            if not batch:
                break
            await self._send_batch(batch)
            touched = {q.message.broadcast_id for q in batch if q.message.broadcast_id}
            if touched and self.on_batch is not None:
                await self.on_batch(touched)
        return self.report

    async def run_forever(self, poll_seconds: float = 1.0) -> None:
        """The production loop: drain, then wait for new work or the next retry."""
        while not self._stopping:
            try:
                await self.drain()
            except Exception:  # keep delivering; the next round retries what failed
                log.exception("delivery round failed")
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), poll_seconds)

    @property
    def stopping(self) -> bool:
        return self._stopping

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def _send_batch(self, batch: list[QueuedMessage]) -> None:
        waiting = list(batch)
        while waiting and not self._stopping:
            deferred = []
            for queued in waiting:
                if self._stopping:
                    return  # graceful stop: the message in flight is done, the rest waits
                chat_wait = self._chat(queued.message.recipient_id).wait_time(self._now())
                if chat_wait > 0:
                    deferred.append(queued)  # this chat must rest; serve others meanwhile
                    continue
                await self._wait(self._overall.wait_time(self._now()))
                await self._deliver(queued)
            if deferred:
                now = self._now()
                await self._wait(
                    min(self._chat(q.message.recipient_id).wait_time(now) for q in deferred)
                )
            waiting = deferred

    async def _prune(self) -> None:
        """At most hourly: drop messages that finished more than RETENTION ago."""
        now = self.clock.now()
        if self._pruned_at is not None and now - self._pruned_at < PRUNE_EVERY:
            return
        self._pruned_at = now
        async with self.db.transaction() as conn:
            pruned = await outbox.prune_finished(conn, now - RETENTION)
        if pruned:
            log.info("outbox: forgot %d finished message(s)", pruned)

    def _chat(self, chat_id: int) -> TokenBucket:
        bucket = self._chats.get(chat_id)
        if bucket is None:
            bucket = TokenBucket(self.pace.per_chat_per_second, 1, self._now())
            self._chats[chat_id] = bucket
        return bucket

    async def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self.report.waited_seconds += seconds
            await self.sleep(seconds)

    async def _deliver(self, queued: QueuedMessage) -> None:
        message = queued.message
        while True:
            now = self._now()
            self._overall.take(now)
            self._chat(message.recipient_id).take(now)
            try:
                await self._send(queued)
            except TelegramError as exc:
                failure = classify(exc)
                if failure.problem is Problem.RETRY_AFTER:
                    # Telegram asks for a pause: wait, then try the same message again.
                    self.report.rate_limited += 1
                    await self._wait(failure.retry_after)
                    continue
                if failure.problem is Problem.GONE:
                    await self._blocked(queued, str(exc))
                elif failure.problem in (Problem.BAD_REQUEST, Problem.NOT_MODIFIED):
                    await self._finish(queued, "failed", str(exc))
                    self.report.failed += 1
                else:
                    await self._retry_later(queued, str(exc))
            else:
                await self._finish(queued, "sent", None)
                self.report.sent += 1
            return

    async def _send(self, queued: QueuedMessage) -> None:
        m = queued.message
        markup = (
            InlineKeyboardMarkup.de_json(json.loads(m.reply_markup), self.bot)
            if m.reply_markup
            else None
        )
        if m.file_kind == "photo" and m.file_id:
            await self.bot.send_photo(
                m.recipient_id, m.file_id, caption=m.text, reply_markup=markup, **OWN_PACE
            )
        elif m.file_kind == "document" and m.file_id:
            await self.bot.send_document(
                m.recipient_id, m.file_id, caption=m.text, reply_markup=markup, **OWN_PACE
            )
        elif m.document is not None:
            await self.bot.send_document(
                m.recipient_id,
                m.document,
                filename=m.document_name,
                caption=m.text,
                reply_markup=markup,
                **OWN_PACE,
            )
        elif m.photo is not None:
            await self.bot.send_photo(
                m.recipient_id, m.photo, caption=m.text, reply_markup=markup, **OWN_PACE
            )
        else:
            await self.bot.send_message(m.recipient_id, m.text, reply_markup=markup, **OWN_PACE)

    async def _finish(self, queued: QueuedMessage, status: str, error: str | None) -> None:
        async with self.db.transaction() as conn:
            await outbox.mark(conn, queued.id, status, self.clock.now(), error)

    async def _blocked(self, queued: QueuedMessage, error: str) -> None:
        async with self.db.transaction() as conn:
            await outbox.mark(conn, queued.id, "blocked", self.clock.now(), error)
            await outbox.set_reachable(conn, queued.message.recipient_id, False)
            await outbox.cancel_for_blocked(conn, queued.message.recipient_id)
        self.report.blocked += 1

    async def _retry_later(self, queued: QueuedMessage, error: str) -> None:
        if queued.attempts + 1 >= MAX_ATTEMPTS:
            await self._finish(queued, "failed", error)
            self.report.failed += 1
            return
        delay = timedelta(seconds=min(3600, 5 * 2**queued.attempts))
        async with self.db.transaction() as conn:
            await outbox.retry_later(conn, queued.id, self.clock.now() + delay, error)
        self.report.retried += 1
        self.report.errors.append(error)
