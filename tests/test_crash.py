"""A real `twincity-bot run` (and `webhook`) process against the emulator's HTTP front, killed
with SIGKILL while 100 people press "Sign up", then started again: every tap is answered,
everyone is registered exactly once, and the workshop is never oversold.

The bot runs in a subprocess, so waiting is polling for a condition with a deadline."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application

from bench.common import seed_people
from bot.clock import SystemClock
from bot.db import workshops as workshops_db
from bot.db.connection import connect
from bot.db.migrations import apply_migrations
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop, WorkshopKind, WorkshopStatus
from bot.offline.emulator import Limits, TelegramSim
from bot.offline.emulator.http import bot_api_routes
from bot.paths import PROJECT_ROOT
from bot.services.demo import seed_demo
from tests.stories import database_env, free_port

TOKEN = "123456:crash-test-token"
SECRET = "crash-test-secret"
PEOPLE = 100
SEATS = 50
DEADLINE = 90.0  # seconds; a healthy run needs a few


@dataclass
class Stage:
    sim: TelegramSim
    api_port: int
    database: Path
    workshop_id: int
    people: list[int]
    tmp: Path


async def until(
    condition: Callable[[], bool],
    what: str,
    process: Bot | None = None,
    explain: Callable[[], str] = str,
) -> None:
    deadline = time.monotonic() + DEADLINE
    while not condition():
        if process is not None and process.proc.poll() is not None:
            raise AssertionError(f"the bot exited while waiting for {what}: {process.log()}")
        if time.monotonic() > deadline:
            raise AssertionError(
                f"gave up waiting for {what}: {explain()}"
                + (f"\nbot log: {process.log()}" if process else "")
            )
        await asyncio.sleep(0.02)


class Bot:
    """One `twincity-bot` process."""

    def __init__(self, stage: Stage, mode: str, webhook_port: int = 0) -> None:
        self.log_path = stage.tmp / f"bot-{time.monotonic_ns()}.log"
        env = {
            **os.environ,
            "PYTHONPATH": str(PROJECT_ROOT),
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{stage.api_port}/bot",
            **database_env(stage.database),  # on a PostgreSQL run, the test's database there
            "HEALTH_PORT": str(free_port()),
            # Few slots and a slow network: the kill reliably lands in the middle.
            "CONCURRENT_UPDATES": "4",
            "LOG_LEVEL": "WARNING",
            "WEBHOOK_URL": f"http://127.0.0.1:{webhook_port}/telegram",
            "WEBHOOK_SECRET": SECRET,
            "WEBHOOK_PORT": str(webhook_port or 8080),
        }
        self._log = self.log_path.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", mode],
            cwd=stage.tmp,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def log(self) -> str:
        return self.log_path.read_text()[-3000:]

    async def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        await self.exited()

    async def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)  # finishes what is in flight, then exits
        await self.exited()
        assert self.proc.returncode == 0, self.log()

    async def exited(self) -> None:
        # Not proc.wait(): the emulator runs on this event loop, and a stopping bot still
        # talks to it.
        await until(lambda: self.proc.poll() is not None, "the bot to exit")
        self._log.close()


@pytest.fixture
async def stage(tmp_path: Path) -> AsyncIterator[Stage]:
    clock = SystemClock()
    database = tmp_path / "bot.sqlite3"
    # Telegram's overall sending limit is not what this is about: lifted, so the run is short.
    sim = TelegramSim(
        clock,
        queue_updates=True,
        latency=0.03,
        limits=Limits(global_per_second=1000, global_burst=1000),
    )
    db = connect(database)
    await db.open()
    await apply_migrations(db.conn)
    partnership_id, _ = await seed_demo(db, clock)
    async with db.reading() as conn:
        from bot.db import partnerships

        partnership = await partnerships.get(conn, partnership_id)
    assert partnership is not None
    starts = clock.now() + timedelta(days=7)
    workshop = Workshop(
        id=0,
        partnership_id=partnership_id,
        kind=WorkshopKind.KICKOFF,
        title=LocalizedName({"en": "Kick-off Karlsruhe"}),
        starts_at=starts,
        ends_at=starts + timedelta(hours=3),
        time_zone=partnership.cities[0].time_zone,
        status=WorkshopStatus.PUBLISHED,
        city_id=partnership.cities[0].id,
        address="Rathaus, Marktplatz 1",
        capacity=SEATS,
        questions=(),
    )
    async with db.transaction() as conn:
        workshop_id = await workshops_db.save(conn, workshop, clock.now())
    people = await seed_people(
        db, sim, partnership_id, [c.id for c in partnership.cities], PEOPLE, clock.now(), ("en",)
    )
    await db.close()
    sockets = bind_sockets(0, "127.0.0.1")
    server = HTTPServer(Application(bot_api_routes(sim, TOKEN)))
    server.add_sockets(sockets)
    yield Stage(sim, sockets[0].getsockname()[1], database, workshop_id, people, tmp_path)
    server.stop()


def query(database: Path, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    """Rows from the bot's database (the SQLite file, or on a PostgreSQL run the server
    database the path stands for), read from synchronous code while the bot runs."""

    async def read() -> list[Any]:
        db = connect(database)
        await db.open()
        try:
            async with db.reading() as conn:
                cursor = await conn.execute(sql, params)
                return list(await cursor.fetchall())
        finally:
            await db.close()

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, read()).result()


def registrations(database: Path, workshop_id: int) -> list[tuple[int, str]]:
    rows = query(
        database, "SELECT user_id, status FROM registrations WHERE workshop_id = ?", (workshop_id,)
    )
    return [(int(r[0]), str(r[1])) for r in rows]


def sign_up_taps(stage: Stage) -> list[dict[str, Any]]:
    """Each person presses ✍️ Sign up on the workshop card the bot showed them."""
    taps = []
    for user_id in stage.people:
        card = stage.sim.messages_to(user_id)[-1]
        button = next(b for b in card.buttons() if b["text"] == "✍️ Sign up")
        taps.append(stage.sim.user_presses(user_id, card.message_id, button["callback_data"]))
    return taps


def answered(stage: Stage, tap: dict[str, Any]) -> bool:
    """The person saw the outcome: signed up, or a place on the waiting list. A tap whose first
    handling died after the seat was committed but before the reply went out is handled again
    after the restart and answered with where they stand, "already signed up" or their place
    on the waiting list (never a second seat): a pop-up on the button, or a message when
    Telegram no longer takes an answer to that press."""
    user_id = tap["callback_query"]["from"]["id"]
    answer = stage.sim.callback_answers.get(str(tap["callback_query"]["id"])) or {}
    told = [m.body for m in stage.sim.messages_to(user_id)] + [str(answer.get("text", ""))]
    return any(
        "You are signed up" in text
        or "waiting list at position" in text
        or "You are on the waiting list, position" in text
        or "You are already signed up" in text
        for text in told
    )


def diagnosis(stage: Stage, taps: list[dict[str, Any]]) -> str:
    """What the database and the people's chats show, for a failure message."""
    inbox = tuple(query(stage.database, "SELECT COUNT(*), COUNT(done_at) FROM inbox")[0])
    missing = [t["callback_query"]["from"]["id"] for t in taps if not answered(stage, t)]
    seen = [m.body[:40] for m in stage.sim.messages_to(missing[0])] if missing else []
    registered = len(registrations(stage.database, stage.workshop_id))
    return (
        f"inbox rows/done {inbox}, registrations {registered}, {len(missing)} unanswered "
        f"(the first saw {seen}), emulator errors {stage.sim.error_counts}"
    )


def check_outcome(stage: Stage, taps: list[dict[str, Any]]) -> None:
    assert all(answered(stage, tap) for tap in taps)
    rows = registrations(stage.database, stage.workshop_id)
    assert sorted(user for user, _ in rows) == sorted(stage.people)  # everyone exactly once
    statuses = [status for _, status in rows]
    assert statuses.count("confirmed") == SEATS  # never oversold, no seat left empty
    assert statuses.count("waitlisted") == PEOPLE - SEATS


def cards_shown(stage: Stage) -> bool:
    """Everyone sees the workshop card with its ✍️ Sign up button."""
    return all(
        messages and "✍️ Sign up" in messages[-1].button_texts()
        for messages in (stage.sim.messages_to(u) for u in stage.people)
    )


async def show_cards(stage: Stage, bot: Bot) -> None:
    for user_id in stage.people:
        stage.sim.user_sends(user_id, f"/start w{stage.workshop_id}")
    await until(lambda: cards_shown(stage), "the workshop cards", bot)


async def test_polling_bot_killed_mid_burst_loses_no_tap(stage: Stage) -> None:
    bot = Bot(stage, "run")
    await show_cards(stage, bot)
    taps = sign_up_taps(stage)  # all queued at Telegram at once
    ids = {tap["update_id"] for tap in taps}
    await until(lambda: sum(answered(stage, t) for t in taps) >= 10, "the first answers", bot)
    await bot.kill()

    # What PTB's own Updater would have lost: confirmed to Telegram, never answered.
    still_at_telegram = {u["update_id"] for u in stage.sim.pending_updates} & ids
    confirmed_unanswered = [
        t for t in taps if t["update_id"] not in still_at_telegram and not answered(stage, t)
    ]
    assert confirmed_unanswered, "the kill should land between receiving and answering"

    bot = Bot(stage, "run")
    await until(
        lambda: all(answered(stage, t) for t in taps),
        "every tap answered",
        bot,
        lambda: diagnosis(stage, taps),
    )
    await bot.stop()
    check_outcome(stage, taps)


async def test_webhook_bot_killed_between_the_post_and_the_handler_loses_no_tap(
    stage: Stage,
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}

    async def post_until_accepted(http: httpx.AsyncClient, update: dict[str, Any]) -> None:
        """Telegram's side: send, and send again until the answer is 200."""
        deadline = time.monotonic() + DEADLINE
        while True:
            try:
                if (await http.post(url, json=update, headers=headers)).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the webhook never accepted the update"
            await asyncio.sleep(0.05)

    bot = Bot(stage, "webhook", port)
    async with httpx.AsyncClient(timeout=10) as http:
        await until(lambda: stage.sim.webhook.get("url") == url, "setWebhook", bot)
        for user_id in stage.people:  # the cards, through the webhook this time
            update = stage.sim.user_sends(user_id, f"/start w{stage.workshop_id}")
            stage.sim.pending_updates.clear()  # delivered by POST, not by getUpdates
            await post_until_accepted(http, update)
        await until(
            lambda: (
                all(
                    "✍️ Sign up" in stage.sim.messages_to(u)[-1].button_texts()
                    for u in stage.people
                    if stage.sim.messages_to(u)
                )
                and all(stage.sim.messages_to(u) for u in stage.people)
            ),
            "the workshop cards",
            bot,
        )
        taps = sign_up_taps(stage)
        stage.sim.pending_updates.clear()
        await asyncio.gather(*(post_until_accepted(http, tap) for tap in taps))
        await bot.kill()  # every tap got its 200; most are not handled yet
        accepted_unanswered = [t for t in taps if not answered(stage, t)]
        assert accepted_unanswered, "the kill should land between the POST and the handler"

        bot = Bot(stage, "webhook", port)
        await until(
            lambda: all(answered(stage, t) for t in taps),
            "every tap answered",
            bot,
            lambda: diagnosis(stage, taps),
        )
        await bot.stop()
    check_outcome(stage, taps)
