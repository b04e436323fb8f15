"""`run` uses long polling: the real Updater fetches updates from the emulator and replies."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

from bot.app import BotApplication, build_application
from bot.clock import FakeClock
from bot.config import Settings
from bot.offline.emulator import SimMessage, SimRequest, TelegramSim
from bot.serving import serve


@asynccontextmanager
async def polling(app: BotApplication, settings: Settings) -> AsyncIterator[None]:
    """Run the application as `twincity-bot run` does (long polling), and stop it after."""
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(
        serve(app, replace(settings, health_port=0), stop, ready, webhook=False)
    )
    await asyncio.wait_for(ready.wait(), 30)
    try:
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


async def test_long_polling_receives_and_answers(tmp_path: Path, clock: FakeClock) -> None:
    sim = TelegramSim(clock, queue_updates=True)
    settings = Settings(database_path=tmp_path / "bot.sqlite3")
    app = build_application(
        settings,
        request=SimRequest(sim),
        clock=clock,
        strict_translations=True,
    )
    replied = asyncio.Event()

    def on_message(kind: str, message: SimMessage) -> None:
        if kind == "message" and message.from_bot:
            replied.set()

    sim.listeners.append(on_message)
    async with polling(app, settings):
        user = sim.add_user("Anna", "de")
        sim.user_sends(user.id, "/start")
        await asyncio.wait_for(replied.wait(), timeout=10)
        assert sim.messages_to(user.id)[-1].body.startswith("👋 Willkommen")


async def test_background_worker_and_scheduler_run_in_a_deployment(tmp_path: Path) -> None:
    """`run` mode: the delivery worker drains the outbox and the due-work job is scheduled."""
    from bot.clock import SystemClock
    from bot.scheduler import DUE_WORK_JOB
    from bot.services.demo import seed_demo

    clock = SystemClock()
    sim = TelegramSim(clock, queue_updates=True)
    settings = Settings(database_path=tmp_path / "bot.sqlite3")
    app = build_application(
        settings,
        request=SimRequest(sim),
        clock=clock,
        strict_translations=True,
        background=True,
    )
    delivered = asyncio.Event()

    def on_message(kind: str, message: SimMessage) -> None:
        if kind == "message" and message.body.startswith("🎟"):
            delivered.set()

    sim.listeners.append(on_message)
    async with polling(app, settings):
        services = app.bot_data.services
        assert services is not None
        assert app.job_queue is not None and app.job_queue.get_jobs_by_name(DUE_WORK_JOB)
        await seed_demo(services.db, clock)
        user = sim.add_user("Anna", "en")
        sim.user_sends(user.id, "/start")  # the chat exists now
        partnership = (await services.partnerships.list())[0]
        onboarding = services.onboarding
        await onboarding.choose_language(user.id, "en")
        await onboarding.choose_partnership(user.id, partnership.id)
        await onboarding.choose_city(user.id, partnership.cities[0].id)
        await onboarding.accept_privacy(user.id)
        # Queue a message through the notifier, as a service would, and let the worker run.
        async with services.db.transaction() as conn:
            await services.notifier.send(
                conn,
                user.id,
                "workshops-offer",
                clock.now(),
                title="Kick-off",
                when="soon",
                deadline="tomorrow",
            )
        await asyncio.wait_for(delivered.wait(), timeout=10)
