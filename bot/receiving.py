"""Receiving updates: each one is journaled in the inbox before Telegram is told it arrived,
then handled with the updates of other chats concurrently and each chat's strictly in order.

Why both: with about 40 ms per Bot API round trip, handling one update at a time makes a
crowd at a kick-off wait for minutes; and python-telegram-bot confirms an update to Telegram
(the getUpdates offset, or the webhook's 200) before handling it, so a crash loses it.
Here the offset moves, and the 200 goes out, only after the update is in the database; the row
is marked done when its handler has finished, and rows not done are handled first at start.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import logging
import warnings
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.error import NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseUpdateProcessor
from telegram.warnings import PTBUserWarning

from bot.clock import Clock
from bot.db import inbox as inbox_db
from bot.db.connection import Database
from bot.telegram.errors import retry_after_seconds

if TYPE_CHECKING:  # the composition root imports this module
    from bot.app import BotApplication

log = logging.getLogger(__name__)

IN_FLIGHT = 32  # updates handled at once: enough to hide network waits, few enough for SQLite
KEEP_DONE = timedelta(days=1)  # Telegram redelivers unconfirmed updates for about a day
PRUNE_EVERY = timedelta(hours=1)
POLL_TIMEOUT = 10  # seconds a getUpdates call waits for news
_UNBOUNDED = 1 << 30


def turn_of(update: object) -> int | None:
    """Whose updates must stay in order: the chat's, else the person's; None for neither."""
    if not isinstance(update, Update):
        return None
    chat = update.effective_chat
    if chat is not None:
        return chat.id
    user = update.effective_user
    return user.id if user is not None else None


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Up to `in_flight` updates at once; one chat's updates one after another, in order.

    A chat waits for its turn *before* it takes one of the slots: PTB's base class takes its
    own slot first, so with a bound there, many updates of one busy chat waiting for their turn
    would hold every slot and stall everybody else. Its bound is therefore a formality and ours
    comes after the chat's lock. Turns are granted in arrival order because nothing between a
    task's start and `lock.acquire()` suspends it (asyncio.Lock is first come, first served).
    """

    def __init__(self, in_flight: int = IN_FLIGHT) -> None:
        super().__init__(_UNBOUNDED)
        if in_flight < 1:
            raise ValueError("in_flight must be at least 1")
        self.in_flight = in_flight
        self._slots = asyncio.Semaphore(in_flight)
        self._turns: dict[int, tuple[asyncio.Lock, int]] = {}
        # Called after the handlers, still in the chat's turn: the inbox marks the update done.
        self.finished: Callable[[object], Awaitable[None]] | None = None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = turn_of(update)
        if key is None:
            async with self._slots:
                await self._run(update, coroutine)
            return
        lock, waiting = self._turns.get(key) or (asyncio.Lock(), 0)
        self._turns[key] = (lock, waiting + 1)
        try:
            async with lock, self._slots:
                await self._run(update, coroutine)
        finally:
            lock, waiting = self._turns[key]
            if waiting == 1:
                del self._turns[key]
            else:
                self._turns[key] = (lock, waiting - 1)
            if inspect.iscoroutine(coroutine) and inspect.getcoroutinestate(coroutine) == (
                inspect.CORO_CREATED
            ):
                coroutine.close()  # cancelled while waiting: never started, never to run

    async def _run(self, update: object, coroutine: Awaitable[Any]) -> None:
        await coroutine
        if self.finished is not None:
            await self.finished(update)


class Inbox:
    """Journals updates, hands them to the Application, and marks them done."""

    def __init__(self, app: BotApplication, db: Database, clock: Clock) -> None:
        self.app = app
        self.db = db
        self.clock = clock
        self._next_prune = clock.now()
        # When each update in hand arrived: one chat's updates wait for their turn, and limits
        # that count a person's updates per time (the flood gate) must see when they came.
        self._arrivals: dict[int, datetime] = {}
        # PostgreSQL: several processes share the inbox; the workers claim what is journaled
        # (bot/workers.py), so nothing is handed to this process's queue.
        self.shared = db.dialect == "postgresql"
        self.on_journaled: Callable[[], None] | None = None  # wakes this process's worker

    async def accept(self, batch: Sequence[Mapping[str, Any]]) -> list[Update]:
        """Journal a batch of updates as Telegram sent them (one statement); return the ones
        seen for the first time, decoded. Raises when the database cannot take them: then
        Telegram must not be told they arrived."""
        updates = [Update.de_json(dict(raw), self.app.bot) for raw in batch]
        rows = [
            inbox_db.Received(u.update_id, turn_of(u), json.dumps(raw, ensure_ascii=False))
            for u, raw in zip(updates, batch, strict=True)
        ]
        now = self.clock.now()
        if now >= self._next_prune:
            self._next_prune = now + PRUNE_EVERY
            async with self.db.transaction() as conn:
                await inbox_db.prune(conn, now - KEEP_DONE)
                fresh = await inbox_db.journal(conn, rows, now)
        else:
            async with self.db.statement() as conn:
                fresh = await inbox_db.journal(conn, rows, now)
        new = [u for u in updates if u.update_id in fresh]
        for update in new:
            self._arrivals[update.update_id] = now
        return new

    def arrival(self, update: object) -> datetime | None:
        """When this update was received (None: not through this inbox, or handled)."""
        return self._arrivals.get(update.update_id) if isinstance(update, Update) else None

    def arrived(self, update: Update, when: datetime) -> None:
        """A worker took this update from the inbox, journaled at `when`."""
        self._arrivals[update.update_id] = when

    def forget(self, update: Update) -> None:
        self._arrivals.pop(update.update_id, None)

    def hand_over(self, updates: Sequence[Update]) -> None:
        """To the Application's queue: its processor handles them (see ChatOrderedProcessor).
        With shared workers (PostgreSQL) the inbox table is the queue."""
        if self.shared:
            for update in updates:
                self._arrivals.pop(update.update_id, None)
            if updates and self.on_journaled is not None:
                self.on_journaled()
            return
        for update in updates:
            self.app.update_queue.put_nowait(update)

    async def unhandled(self) -> list[Update]:
        """What was journaled but not handled before the last stop or crash, oldest first."""
        async with self.db.reading() as conn:
            rows = await inbox_db.pending(conn)
        if rows:
            log.info("inbox: %d update(s) left from before, handling them first", len(rows))
        return [Update.de_json(json.loads(row.payload), self.app.bot) for row in rows]

    async def done(self, update: object) -> None:
        """Mark the update done, not in a trip of its own: the mark rides with the next trip
        that commits (the next batch's journal, another update's COMMIT) or goes out within
        FLUSH_AFTER seconds, and at a clean stop. A crash before it is written means the update
        is handled again at start, which is idempotent by update id (see `accept`)."""
        if isinstance(update, Update):
            self._arrivals.pop(update.update_id, None)
            self.db.defer(*inbox_db.done_mark(update.update_id, self.clock.now()))

    async def backlog(self) -> int:
        await self.db.flush()  # done marks still waiting for a trip are not backlog
        async with self.db.reading() as conn:
            return await inbox_db.backlog(conn)


def attach_inbox(app: BotApplication, db: Database, clock: Clock) -> Inbox:
    """Every update from here on is journaled, and marked done by the app's processor."""
    inbox = Inbox(app, db, clock)
    processor = app.update_processor
    if isinstance(processor, ChatOrderedProcessor):
        processor.finished = inbox.done
    app.bot_data.inbox = inbox
    return inbox


async def handle_now(app: BotApplication, updates: Sequence[Update]) -> None:
    """Handle updates through the app's processor and wait for them (tests, recovery without
    a running Application): each chat's in order, other chats concurrently."""
    processor = app.update_processor
    await asyncio.gather(*(processor.process_update(u, app.process_update(u)) for u in updates))


class Poller:
    """Long polling that confirms an update to Telegram only after it is journaled.

    PTB's Updater asks for the next batch (which confirms the last one) as soon as it has put
    the batch in a memory queue; here the batch is in the inbox first."""

    def __init__(self, app: BotApplication, inbox: Inbox, timeout: int = POLL_TIMEOUT) -> None:
        self.app = app
        self.inbox = inbox
        self.timeout = timeout
        self.offset = 0
        self._task: asyncio.Task[None] | None = None
        # We want the raw JSON, journaled as Telegram sent it and parsed once; do_api_request is
        # PTB's public way to get it, and it warns that get_updates exists. That one warning only.
        warnings.filterwarnings(
            "ignore", message=r"Please use 'Bot\.getUpdates'", category=PTBUserWarning
        )

    async def start(self) -> None:
        await self.app.bot.delete_webhook()  # Telegram refuses getUpdates while one is set
        self._task = asyncio.create_task(self._run(), name="inbox-poller")

    async def stop(self) -> None:
        """Stop fetching. A batch being journaled is either stored (and handled at the next
        start) or not (and Telegram sends it again): never lost."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def confirm(self) -> None:
        """Tell Telegram that everything fetched so far was received (after handling it)."""
        if self.offset:
            await self._fetch(wait=0, limit=1)

    async def _fetch(self, wait: int, limit: int = 100) -> list[dict[str, Any]]:
        result = await self.app.bot.do_api_request(
            "getUpdates",
            api_kwargs={
                "offset": self.offset or None,
                "timeout": wait,
                "limit": limit,
                "allowed_updates": list(Update.ALL_TYPES),
            },
            read_timeout=wait + 10,
        )
        return list(result) if isinstance(result, list) else []

    async def _run(self) -> None:
        pause = 1.0
        while True:
            try:
                batch = await self._fetch(self.timeout)
            except RetryAfter as exc:
                await asyncio.sleep(retry_after_seconds(exc))
                continue
            except (TimedOut, NetworkError) as exc:
                log.warning("polling: %s; trying again in %.0f s", type(exc).__name__, pause)
                await asyncio.sleep(pause)
                pause = min(pause * 2, 30.0)
                continue
            pause = 1.0
            if not batch:
                continue
            while True:
                try:
                    fresh = await self.inbox.accept(batch)
                    break
                except Exception:  # the database is failing: keep the batch, confirm nothing
                    log.exception("inbox: could not journal %d update(s); retrying", len(batch))
                    await asyncio.sleep(1.0)
            self.offset = int(batch[-1]["update_id"]) + 1  # the next call confirms the batch
            self.inbox.hand_over(fresh)
