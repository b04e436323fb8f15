"""Webhook mode end to end over real HTTP on 127.0.0.1: the secret, the health endpoint, and a
stop that finishes the updates already received."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import Settings, load_settings
from bot.db import participants
from bot.db.connection import connect
from bot.offline.emulator import SimMessage, TelegramSim
from bot.offline.emulator.request import SimRequest
from bot.serving import serve
from tests.stories import free_port

SECRET = "s3cret-Token_42"
HEALTH_TOKEN = "monitor-7f3a"


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
        health_listen="0.0.0.0",  # reachable from other machines: figures need the token
        health_port=health_port,
        health_token=HEALTH_TOKEN,
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
    db = connect(database)
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


async def raw_request(url: str, head: str) -> bytes:
    """Send only a request's head (no body) and return the status line the server answers."""
    parts = urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    writer.write(head.format(path=parts.path).encode("latin-1"))
    await writer.drain()
    status = await asyncio.wait_for(reader.readline(), 30)
    writer.close()
    return status


async def test_a_2_mb_body_is_refused_before_it_is_read(webhook: Running) -> None:
    head = (
        "POST {path} HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n"
        "Content-Length: 2097152\r\n%s\r\n"
    )
    # The answer comes although not a byte of the body was sent: it was never waited for.
    right = await raw_request(webhook.url, head % f"X-Telegram-Bot-Api-Secret-Token: {SECRET}\r\n")
    assert right.startswith(b"HTTP/1.1 413")
    # Without the secret the size does not matter: the secret is checked first.
    assert (await raw_request(webhook.url, head % "")).startswith(b"HTTP/1.1 403")
    async with httpx.AsyncClient() as http:  # and the server is still there for Telegram
        anna, update = start_update(webhook.sim, "Anna")
        good = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        assert (await http.post(webhook.url, json=update, headers=good)).status_code == 200
        await asyncio.wait_for(webhook.reply_to(anna).wait(), 30)


async def test_malformed_json_with_the_right_secret_gets_400_and_a_log_line(
    webhook: Running, caplog: pytest.LogCaptureFixture
) -> None:
    good = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}
    async with httpx.AsyncClient() as http:
        broken = await http.post(webhook.url, content=b'{"update_id": 1, "mess', headers=good)
        not_an_update = await http.post(webhook.url, content=b"[1, 2]", headers=good)
    assert (broken.status_code, not_an_update.status_code) == (400, 400)
    refusals = [r for r in caplog.records if "not an update" in r.getMessage()]
    assert len(refusals) == 2 and all(r.levelname == "WARNING" for r in refusals)


def other_address() -> str | None:
    """This machine's address on its network (not loopback), if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 9))  # no packet is sent: this only picks a route
        except OSError:
            return None
        address = str(s.getsockname()[0])
    return None if address.startswith("127.") or address == "0.0.0.0" else address


async def test_health_figures_only_for_this_machine_or_with_the_token(webhook: Running) -> None:
    address = other_address()
    if address is None:
        pytest.skip("this machine has no non-loopback address to ask from")
    remote = webhook.health_url.replace("127.0.0.1", address)
    async with httpx.AsyncClient() as http:
        stranger = await http.get(remote)
        monitor = await http.get(remote, headers={"Authorization": f"Bearer {HEALTH_TOKEN}"})
        guess = await http.get(remote, headers={"Authorization": "Bearer guess"})
        local = await http.get(webhook.health_url)
    assert stranger.json() == guess.json() == {"status": "ok", "database": "reachable"}
    assert monitor.json() == local.json()
    assert local.json()["inbox_backlog"] == 0


def test_webhook_and_health_listen_on_loopback_unless_told() -> None:
    settings = load_settings({})
    assert (settings.webhook_listen, settings.health_listen) == ("127.0.0.1", "127.0.0.1")
    told = load_settings({"WEBHOOK_LISTEN": "0.0.0.0", "HEALTH_LISTEN": "::"})
    assert (told.webhook_listen, told.health_listen) == ("0.0.0.0", "::")
