"""Drive the real Application through the Bot API emulator, as many users at once would.

Used by the end-to-end tests and the benchmarks: no network, time from a FakeClock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.app import BotApplication, Services, build_application
from bot.clock import FakeClock
from bot.config import Settings
from bot.delivery.progress import ProgressReporter
from bot.delivery.worker import DeliveryReport, DeliveryWorker, Pace
from bot.offline.emulator import Limits, SimRequest, TelegramSim
from bot.offline.emulator.client import SimClient
from bot.receiving import Inbox, handle_now


class UnexpectedBotError(AssertionError):
    """A handler crashed; tests should see the real exception, not only the friendly reply."""


class BotHarness:
    """One bot on one database, an emulator, a fake clock, and simulated users."""

    def __init__(
        self,
        database_path: Path,
        *,
        admin_ids: frozenset[int] = frozenset(),
        clock: FakeClock | None = None,
        limits: Limits | None = None,
        think_time: float = 1.0,
        settings: Settings | None = None,
        pace: Pace | None = None,
    ) -> None:
        self.clock = clock or FakeClock()
        self.sim = TelegramSim(self.clock, limits=limits)
        base = settings or Settings()
        self.settings = replace(base, database_path=database_path, admin_ids=admin_ids)
        self.think_time = think_time
        self.app: BotApplication | None = None
        self.allow_errors = False
        self.worker: DeliveryWorker | None = None
        self.pace = pace

    async def start(self) -> None:
        app = build_application(
            self.settings,
            request=SimRequest(self.sim),
            clock=self.clock,
            strict_translations=True,
            sleep=self._sleep,
        )
        await app.initialize()
        if app.post_init is not None:
            await app.post_init(app)
        self.app = app
        self.worker = DeliveryWorker(
            self.services.db,
            app.bot,
            self.clock,
            sleep=self._sleep,
            pace=self.pace,
            on_batch=ProgressReporter(self.services, app.bot, self.clock),
        )
        # As at a real start: what was received but not handled before goes first.
        await handle_now(app, await self.inbox.unhandled())

    async def stop(self) -> None:
        if self.app is None:
            return
        await self.app.shutdown()
        if self.app.post_shutdown is not None:
            await self.app.post_shutdown(self.app)
        self.app = None

    async def _sleep(self, seconds: float) -> None:
        """The worker's pauses pass on the fake clock, not in real time."""
        self.clock.advance(seconds)

    async def tick(self) -> int:
        """What the scheduler does when it wakes: act on every task due now."""
        return await self.services.due.run()

    async def drain(self) -> DeliveryReport:
        """Deliver everything queued in the outbox (time passes as the pace requires)."""
        assert self.worker is not None
        return await self.worker.drain()

    async def advance(self, delta: timedelta) -> None:
        """Let time pass, then run what became due and deliver what it queued."""
        self.clock.advance(delta)
        await self.tick()
        await self.drain()

    async def restart(self) -> None:
        """A new Application on the same database and the same Telegram."""
        await self.stop()
        await self.start()

    async def __aenter__(self) -> BotHarness:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def services(self) -> Services:
        assert self.app is not None and self.app.bot_data.services is not None
        return self.app.bot_data.services

    def user(
        self,
        first_name: str = "Anna",
        language_code: str | None = "en",
        *,
        user_id: int | None = None,
        username: str | None = None,
    ) -> SimClient:
        sim_user = self.sim.add_user(first_name, language_code, user_id=user_id, username=username)
        return SimClient(self.sim, sim_user, self.deliver, pace=self._think)

    def _think(self) -> None:
        # People take a moment between taps; this also keeps replies within per-chat limits.
        if self.think_time:
            self.clock.advance(self.think_time)

    @property
    def inbox(self) -> Inbox:
        assert self.app is not None and self.app.bot_data.inbox is not None
        return self.app.bot_data.inbox

    async def deliver(self, update_data: dict[str, Any]) -> None:
        """One update, as the bot receives it in production: journaled in the inbox, then
        handled through the same processor (concurrently with other chats' deliveries)."""
        await self.deliver_together([update_data])

    async def deliver_together(self, batch: list[dict[str, Any]]) -> None:
        """Updates that arrive in one batch (one getUpdates answer): journaled together,
        then handled each chat's in order and different chats' at the same time."""
        assert self.app is not None, "start the harness first"
        errors_before = len(self.app.bot_data.recent_errors)
        await handle_now(self.app, await self.inbox.accept(batch))
        new_errors = list(self.app.bot_data.recent_errors)[errors_before:]
        if new_errors and not self.allow_errors:
            code, error = new_errors[-1]
            raise UnexpectedBotError(f"handler failed [{code}]: {error!r}") from error
