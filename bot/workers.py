"""Several processes on one PostgreSQL database (SQLite keeps its one process).

    Telegram ──► receiver (the one poller, or any number of webhook processes)
                   │ journals every update in the inbox table, nothing else
                   ▼
                 inbox ──► workers: each claims whole chats (a session advisory lock per chat),
                           handles the chat's updates in order, marks each done, lets go
                   outbox ──► the one elected sender (a session advisory lock) paces the token

Claims are session advisory locks (bot/db/claims.py): a worker that dies loses its session
and with it every claim at once, so another worker carries on with the chat where it stopped.
An update is marked done (committed) right after its handler returns and before the chat is
let go, so the next claimer never sees it as new; an update whose effects committed but whose
mark did not (the worker died in between) is handled again, which the services make harmless
(a second sign-up is "already signed up", a vote is counted once) — the same promise the
inbox gives on SQLite after a crash.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from telegram import Update

from bot.clock import Clock
from bot.db import claims
from bot.db import inbox as inbox_db
from bot.db.codec import time_from_sql
from bot.db.postgres import PostgresConnection, PostgresDatabase

if TYPE_CHECKING:  # the composition root imports this module
    from bot.app import BotApplication
    from bot.delivery.worker import DeliveryWorker

log = logging.getLogger(__name__)

IDLE = 0.05  # seconds between looks at the inbox when there was nothing to claim
ROLE_RETRY = 1.0  # seconds between attempts at a role another process holds
BATCH = 20  # updates of one chat read at a time while its turn is held
DRAIN = 10.0  # seconds a stopping worker keeps handling what is waiting (SIGTERM)


class Role:
    """One role among all processes (the poller, the sender): whoever holds the lock."""

    def __init__(self, db: PostgresDatabase, key: int, name: str) -> None:
        self.db = db
        self.key = key
        self.name = name
        self._conn: PostgresConnection | None = None

    async def take(self, give_up: Callable[[], bool], retry: float = ROLE_RETRY) -> bool:
        """Wait until the role is ours (True), or `give_up()` says to stop waiting (False)."""
        said = False
        while not give_up():
            try:
                if self._conn is None:
                    self._conn = await self.db.session()
                if await claims.try_role(self._conn, self.key):
                    log.log(
                        logging.WARNING if said else logging.INFO, "%s: this process", self.name
                    )
                    return True
            except Exception:
                log.exception("%s: the database is failing; trying again", self.name)
                await self.release()
            if not said:
                log.warning("%s: another process has it; waiting to take over", self.name)
                said = True
            await asyncio.sleep(retry)
        return False

    async def release(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            with contextlib.suppress(Exception):
                await conn.raw.close()


async def send_when_elected(db: PostgresDatabase, worker: DeliveryWorker) -> None:
    """Drain the outbox while this process is the elected sender; stand by otherwise. One
    sender per bot token keeps Telegram's overall limit with the worker's own bucket."""
    role = Role(db, claims.SENDER_LOCK, "sending the outbox")
    try:
        if await role.take(lambda: worker.stopping):
            await worker.run_forever()
    finally:
        await role.release()


class InboxWorker:
    """Claims chats with waiting updates and handles them with the real Application."""

    def __init__(
        self, app: BotApplication, db: PostgresDatabase, clock: Clock, in_flight: int
    ) -> None:
        self.app = app
        self.db = db
        self.clock = clock
        self.in_flight = in_flight
        self.handled = 0
        self._held: dict[int, asyncio.Task[None]] = {}
        self._claims: PostgresConnection | None = None
        self._claims_lock = asyncio.Lock()  # one statement at a time on the claims session
        self._wake = asyncio.Event()
        self._draining = False  # stopping: finish what is waiting, take nothing after that
        self._stopping = False  # stopping now: finish the update in hand only
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._claims = await self.db.session()
        self._task = asyncio.create_task(self._run(), name="inbox-worker")

    def wake(self) -> None:
        self._wake.set()

    async def stop(self, drain: float = DRAIN) -> None:
        """Handle what is waiting in the inbox (for at most `drain` seconds: a deployment's
        stop has a grace period), then finish the update in hand and let the chats go."""
        self._draining = True
        self._wake.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._task), drain)
            except TimeoutError:
                self._stopping = True
                self._wake.set()
                await self._task
            self._task = None
        if self._held:
            await asyncio.gather(*self._held.values(), return_exceptions=True)
        if self._claims is not None:
            await self._claims.raw.close()  # frees whatever is still held
            self._claims = None

    async def _run(self) -> None:
        while not self._stopping:
            try:
                taken = await self._claim(self.in_flight - len(self._held))
            except Exception:
                log.exception("inbox: could not claim work; trying again")
                taken = []
                await asyncio.sleep(ROLE_RETRY)
            for turn in taken:
                self._held[turn] = asyncio.create_task(self._work(turn), name=f"turn-{turn}")
            if not taken and self._draining and not self._held:
                return  # nothing waiting any more
            if not taken:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), IDLE)

    async def _claim(self, room: int) -> list[int]:
        if room <= 0:
            return []
        async with self.db.reading() as conn:
            turns = await inbox_db.waiting_turns(conn, list(self._held), room)
        if not turns:
            return []
        assert self._claims is not None
        async with self._claims_lock:
            return await claims.take_turns(self._claims, turns)

    async def _work(self, turn: int) -> None:
        """Handle the chat's waiting updates in order while holding its turn."""
        try:
            while not self._stopping:
                async with self.db.reading() as conn:
                    rows = await inbox_db.turn_pending(conn, turn, BATCH)
                if not rows:
                    break
                for row in rows:
                    await self._handle(row)
                    if self._stopping:
                        break
        except Exception:
            log.exception("inbox: chat %s stopped; another turn carries on", turn)
        finally:
            try:
                if self._claims is not None:
                    async with self._claims_lock:
                        await claims.give_turn(self._claims, turn)
            finally:
                del self._held[turn]
                self._wake.set()

    async def _handle(self, row: inbox_db.Received) -> None:
        update = Update.de_json(json.loads(row.payload), self.app.bot)
        inbox = self.app.bot_data.inbox
        if inbox is not None:
            inbox.arrived(update, time_from_sql(row.received_at) or self.clock.now())
        try:
            await self.app.process_update(update)
        except Exception:  # PTB reports handler errors itself; this is the rest
            log.exception("inbox: update %s failed", row.update_id)
        finally:
            if inbox is not None:
                inbox.forget(update)
        # Done before the chat is let go: the next claimer of this chat starts after it.
        async with self.db.statement() as conn:
            await inbox_db.mark_done(conn, row.update_id, self.clock.now())
        self.handled += 1


def shared(db: Any) -> PostgresDatabase | None:
    """The database when several processes may share it (PostgreSQL), else None."""
    return db if isinstance(db, PostgresDatabase) else None
