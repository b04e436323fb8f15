"""Webhook mode end to end over real HTTP on 127.0.0.1: the secret, the health endpoint, and a
stop that finishes the updates already received."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import Settings
from bot.db import participants
from bot.db.connection import Database
from bot.offline.emulator import SimMessage, TelegramSim
from bot.offline.emulator.request import SimRequest
from bot.serving import serve

SECRET = "s3cret-Token_42"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Running:
    sim: TelegramSim
    url: str
    health_url: str
    stop: asyncio.Event
    task: asyncio.Task[None]
    database: Path
    replies: dict[int, asyncio.Event]

    def reply_to(self, user_id: int) -> asyncio.Event:
        return self.replies.setdefault(user_id, asyncio.Event())


@pytest.fixture
async def webhook(tmp_path: Path) -> AsyncIterator[Running]:
    port, health_port = free_port(), free_port()
    settings = Settings(
        database_path=tmp_path / "bot.sqlite3",
        webhook_url=f"http://127.0.0.1:{port}/telegram",
        webhook_secret=SECRET,
        webhook_listen="127.0.0.1",
        webhook_port=port,
        health_port=health_port,
    )
    sim = TelegramSim(SystemClock())
    app = build_application(settings, request=SimRequest(sim))
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(serve(app, settings, stop, ready))
    await asyncio.wait_for(ready.wait(), 30)
    running = Running(
        sim,
        settings.webhook_url or "",
        f"http://127.0.0.1:{health_port}/healthz",
        stop,
        task,
        settings.database_path,
        {},
    )

    def on_message(kind: str, message: SimMessage) -> None:
        if message.from_bot:  # a new message or an edit
            running.reply_to(message.chat_id).set()

    sim.listeners.append(on_message)
    yield running
    stop.set()
    await asyncio.wait_for(task, 30)


def start_update(sim: TelegramSim, name: str) -> tuple[int, dict[str, Any]]:
    user = sim.add_user(name, "en")
    return user.id, sim.user_sends(user.id, "/start")


async def known(database: Path, user_id: int) -> bool:
    db = Database(database)
    await db.open()
    try:
        async with db.reading() as conn:
            return await participants.get(conn, user_id) is not None
    finally:
        await db.close()


async def test_secret_is_checked_on_every_request(webhook: Running) -> None:
    assert webhook.sim.webhook["url"] == webhook.url  # registered with Telegram at start
    assert webhook.sim.webhook["secret_token"] == SECRET
    good = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with httpx.AsyncClient() as http:
        anna, update = start_update(webhook.sim, "Anna")
        assert (await http.post(webhook.url, json=update, headers=good)).status_code == 200
        await asyncio.wait_for(webhook.reply_to(anna).wait(), 30)
        picker = webhook.sim.messages_to(anna)[-1]
        assert picker.button_texts()  # the language choice

        # Anna picks a language; the same update, first without or with a wrong secret.
        webhook.replies.pop(anna)
        press = webhook.sim.user_presses(
            anna, picker.message_id, picker.buttons()[0]["callback_data"]
        )
        missing = await http.post(webhook.url, json=press)
        wrong = await http.post(
            webhook.url, json=press, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"}
        )
        assert (missing.status_code, wrong.status_code) == (403, 403)
        assert not await known(webhook.database, anna)
        assert picker.edit_count == 0

        assert (await http.post(webhook.url, json=press, headers=good)).status_code == 200
        await asyncio.wait_for(webhook.reply_to(anna).wait(), 30)
        assert await known(webhook.database, anna)

        health = await http.get(webhook.health_url)
        assert health.status_code == 200
        assert health.json() == {
            "status": "ok",
            "database": "reachable",
            "outbox_pending": 0,
            "inbox_backlog": 0,
        }


async def test_stop_finishes_the_updates_already_received(webhook: Running) -> None:
    people = [start_update(webhook.sim, f"Person {n}") for n in range(5)]
    async with httpx.AsyncClient() as http:
        for _, update in people:
            answer = await http.post(
                webhook.url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
            )
            assert answer.status_code == 200
    webhook.stop.set()  # as SIGTERM does
    await asyncio.wait_for(webhook.task, 30)
    for user_id, _ in people:
        assert webhook.sim.messages_to(user_id), f"user {user_id} got no answer"
    async with httpx.AsyncClient() as http:
        with pytest.raises(httpx.ConnectError):
            await http.get(webhook.health_url)
