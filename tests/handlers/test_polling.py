"""`run` uses long polling: the real Updater fetches updates from the emulator and replies."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.app import build_application
from bot.clock import FakeClock
from bot.config import Settings
from bot.telegram_sim import SimMessage, SimRequest, TelegramSim


async def test_long_polling_receives_and_answers(tmp_path: Path, clock: FakeClock) -> None:
    sim = TelegramSim(clock, queue_updates=True)
    app = build_application(
        Settings(database_path=tmp_path / "bot.sqlite3"),
        request=SimRequest(sim),
        clock=clock,
        strict_translations=True,
    )
    replied = asyncio.Event()

    def on_message(kind: str, message: SimMessage) -> None:
        if kind == "message" and message.from_bot:
            replied.set()

    sim.listeners.append(on_message)
    await app.initialize()
    assert app.post_init is not None and app.updater is not None
    await app.post_init(app)
    await app.updater.start_polling(poll_interval=0, timeout=1)
    await app.start()
    try:
        user = sim.add_user("Anna", "de")
        sim.user_sends(user.id, "/start")
        await asyncio.wait_for(replied.wait(), timeout=10)
        assert sim.messages_to(user.id)[-1].body.startswith("👋 Willkommen")
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        assert app.post_shutdown is not None
        await app.post_shutdown(app)
