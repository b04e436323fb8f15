"""Several processes on one PostgreSQL database: a receiver (`twincity-bot run --receive-only`,
polling the emulator's HTTP front) and three `twincity-bot worker` processes. 200 people tap
1,000 times (each presses ✍️ Sign up five times on a workshop with fewer seats than people)
while a 2,000-recipient broadcast goes out; one worker is SIGKILLed mid-way.

Every tap is answered exactly once and each chat's answers come in the order of its taps,
everyone is registered exactly once and the workshop is never oversold; the broadcast reaches
each person exactly once and Telegram (the emulator, which refuses anything faster with 429)
never saw the bot's sending above its overall limit.

The bot runs in subprocesses, so waiting is polling a condition with a deadline."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application

import bot.db.connection
from bench.common import seed_people
from bot.clock import SystemClock
from bot.db import outbox
from bot.db import partnerships as partnerships_db
from bot.db import workshops as workshops_db
from bot.db.connection import connect
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop, WorkshopKind, WorkshopStatus
from bot.offline.emulator import Limits, TelegramSim
from bot.offline.emulator.http import bot_api_routes
from bot.paths import PROJECT_ROOT
from bot.services.demo import seed_demo
from tests.stories import free_port

pytestmark = [
    pytest.mark.postgres_only("several processes share one PostgreSQL database"),
    pytest.mark.slow,
]

TOKEN = "123456:workers-test-token"
PEOPLE = 200
TAPS_EACH = 5  # 1,000 taps
SEATS = 120
RECIPIENTS = 2000
PER_SECOND = 50  # the emulator's overall limit, and the bot's SENDING_PER_SECOND
BURST = 10
DEADLINE = 240.0  # seconds; a healthy run needs well under a minute


@dataclass
class Stage:
    sim: TelegramSim
    api_port: int
    address: str  # the test's PostgreSQL database
    workshop_id: int
    people: list[int]
    recipients: list[int]
    tmp: Path
    started: list[subprocess.Popen[bytes]] = field(default_factory=list)


class Process:
    """One `twincity-bot` process."""

    def __init__(self, stage: Stage, *args: str) -> None:
        self.log_path = stage.tmp / f"{args[0]}-{time.monotonic_ns()}.log"
        env = {
            **os.environ,
            "PYTHONPATH": str(PROJECT_ROOT),
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{stage.api_port}/bot",
            "DATABASE_URL": stage.address,
            "HEALTH_PORT": str(free_port()),
            "CONCURRENT_UPDATES": "8",
            "SENDING_PER_SECOND": str(PER_SECOND),
            "LOG_LEVEL": "WARNING",
        }
        self._log = self.log_path.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", *args],
            cwd=stage.tmp,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        stage.started.append(self.proc)

    def log(self) -> str:
        return self.log_path.read_text()[-3000:]

    async def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        await until(lambda: self.proc.poll() is not None, "the killed worker to exit")

    async def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)  # finishes what is in flight, then exits
        await until(lambda: self.proc.poll() is not None, "a process to exit")
        self._log.close()
        assert self.proc.returncode == 0, self.log()


async def until(
    condition: Callable[[], bool],
    what: str,
    processes: tuple[Process, ...] = (),
    explain: Callable[[], str] = str,
) -> None:
    deadline = time.monotonic() + DEADLINE
    while not condition():
        for p in processes:
            if p.proc.poll() is not None:
                raise AssertionError(f"a process exited while waiting for {what}: {p.log()}")
        if time.monotonic() > deadline:
            logs = "\n".join(p.log() for p in processes)
            raise AssertionError(f"gave up waiting for {what}: {explain()}\n{logs}")
        await asyncio.sleep(0.05)


@pytest.fixture
async def stage(tmp_path: Path) -> AsyncIterator[Stage]:
    clock = SystemClock()
    database = tmp_path / "bot.sqlite3"
    assert bot.db.connection.redirect is not None
    address = str(bot.db.connection.redirect(database))
    sim = TelegramSim(
        clock,
        queue_updates=True,
        latency=0.005,
        limits=Limits(global_per_second=PER_SECOND, global_burst=BURST),
    )
    db = connect(database)
    await db.open()
    partnership_id, _ = await seed_demo(db, clock)
    async with db.reading() as conn:
        partnership = await partnerships_db.get(conn, partnership_id)
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
    cities = [c.id for c in partnership.cities]
    people = await seed_people(db, sim, partnership_id, cities, PEOPLE, clock.now(), ("en",))
    recipients = await seed_people(
        db, sim, partnership_id, cities, RECIPIENTS, clock.now(), ("en",)
    )
    await db.close()
    sockets = bind_sockets(0, "127.0.0.1")
    server = HTTPServer(Application(bot_api_routes(sim, TOKEN)))
    server.add_sockets(sockets)
    port = sockets[0].getsockname()[1]
    stage = Stage(sim, port, address, workshop_id, people, recipients, tmp_path)
    yield stage
    for proc in stage.started:  # a failed test leaves no bot process behind
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    server.stop()


async def query(stage: Stage, sql: str, *params: Any) -> list[Any]:
    db = connect(stage.address)
    await db.open()
    try:
        async with db.reading() as conn:
            return list(await conn.execute_fetchall(sql, params))
    finally:
        await db.close()


async def broadcast(stage: Stage) -> None:
    """What an organiser's confirmed broadcast leaves in the outbox: one message a person."""
    db = connect(stage.address)
    await db.open()
    try:
        now = SystemClock().now()
        async with db.transaction() as conn:
            for user_id in stage.recipients:
                message = outbox.OutgoingMessage(
                    user_id, "Broadcast: the programme starts", dedupe_key=f"bc-{user_id}"
                )
                await outbox.enqueue(conn, message, now)
    finally:
        await db.close()


def cards_shown(stage: Stage) -> bool:
    return all(
        messages and "✍️ Sign up" in messages[-1].button_texts()
        for messages in (stage.sim.messages_to(u) for u in stage.people)
    )


def sign_up_taps(stage: Stage) -> dict[int, list[str]]:
    """Each person presses ✍️ Sign up on their card five times; their callback query ids."""
    taps: dict[int, list[str]] = {u: [] for u in stage.people}
    for _ in range(TAPS_EACH):
        for user_id in stage.people:
            card = stage.sim.messages_to(user_id)[-1]
            button = next(b for b in card.buttons() if b["text"] == "✍️ Sign up")
            tap = stage.sim.user_presses(user_id, card.message_id, button["callback_data"])
            taps[user_id].append(str(tap["callback_query"]["id"]))
    return taps


def answered(stage: Stage, taps: dict[int, list[str]]) -> int:
    return sum(q in stage.sim.callback_answers for ids in taps.values() for q in ids)


def delivered(stage: Stage) -> int:
    return sum(
        1
        for u in stage.recipients
        for m in stage.sim.messages_to(u)
        if (m.text or "").startswith("Broadcast:")
    )


async def test_three_workers_and_a_receiver_share_the_work_and_survive_a_kill(
    stage: Stage,
) -> None:
    receiver = Process(stage, "run", "--receive-only")
    await until(lambda: stage.sim.long_polls > 0, "the receiver's first poll", (receiver,))
    workers = [Process(stage, "worker") for _ in range(3)]
    everyone = (receiver, *workers)
    for user_id in stage.people:
        stage.sim.user_sends(user_id, f"/start w{stage.workshop_id}")
    await until(lambda: cards_shown(stage), "the workshop cards", everyone)

    taps = sign_up_taps(stage)  # all 1,000 queued at Telegram at once
    total = PEOPLE * TAPS_EACH
    started = time.monotonic()
    await broadcast(stage)
    await until(
        lambda: answered(stage, taps) >= total * 3 // 10, "a third of the answers", everyone
    )
    await workers[0].kill()
    assert answered(stage, taps) < total, "the kill should land in the middle of the taps"
    alive = (receiver, *workers[1:])

    def progress() -> str:
        return f"answered {answered(stage, taps)}/{total}, broadcast {delivered(stage)}, " + (
            f"emulator errors {stage.sim.error_counts}"
        )

    await until(lambda: answered(stage, taps) == total, "every tap answered", alive, progress)
    await until(lambda: delivered(stage) >= RECIPIENTS, "the broadcast", alive, progress)
    took = time.monotonic() - started
    for p in alive:
        await p.stop()

    # Every tap answered exactly once (Telegram refuses a second answer to a press: a press
    # handled again after the kill shows up as a 400, never as a second answer).
    assert len(stage.sim.callback_answers) == total
    # Each chat's taps answered in the order they were made.
    order = {q: i for i, q in enumerate(stage.sim.callback_answers)}
    for ids in taps.values():
        assert [order[q] for q in ids] == sorted(order[q] for q in ids)
    # Everyone registered exactly once; never oversold.
    rows = await query(
        stage, "SELECT user_id, status FROM registrations WHERE workshop_id = ?", stage.workshop_id
    )
    assert sorted(int(r[0]) for r in rows) == sorted(stage.people)
    statuses = [r[1] for r in rows]
    assert statuses.count("confirmed") == SEATS
    assert statuses.count("waitlisted") == PEOPLE - SEATS
    # Every update done, none left behind by the killed worker.
    pending = await query(stage, "SELECT COUNT(*) FROM inbox WHERE done_at IS NULL")
    assert pending[0][0] == 0
    # The broadcast: exactly once per person, never faster than Telegram's limit overall.
    for user_id in stage.recipients:
        got = [m for m in stage.sim.messages_to(user_id) if (m.text or "").startswith("Broadcast:")]
        assert len(got) == 1, user_id
    peak = stage.sim.peak_sends(1.0)
    assert peak <= PER_SECOND + BURST
    print(
        f"\n{total} taps + {RECIPIENTS} broadcast messages in {took:.1f} s; peak {peak} sends/s "
        f"(limit {PER_SECOND}/s, burst {BURST}); emulator errors {stage.sim.error_counts}"
    )


async def test_a_second_run_waits_and_takes_over_polling_and_sending(stage: Stage) -> None:
    first = Process(stage, "run")
    await until(lambda: stage.sim.long_polls > 0, "the first process polling", (first,))
    second = Process(stage, "run")
    waiting = "polling Telegram: another process has it; waiting to take over"
    await until(lambda: waiting in second.log(), "the second process to wait", (first, second))
    await first.kill()

    person, recipient = stage.people[0], stage.recipients[0]
    stage.sim.user_sends(person, f"/start w{stage.workshop_id}")
    db = connect(stage.address)
    await db.open()
    try:
        async with db.transaction() as conn:
            message = outbox.OutgoingMessage(recipient, "Broadcast: after the takeover")
            await outbox.enqueue(conn, message, SystemClock().now())
    finally:
        await db.close()
    await until(lambda: cards_shown_to(stage, person), "the second process to answer", (second,))
    await until(lambda: delivered_to(stage, recipient) == 1, "the second to send", (second,))
    await second.stop()
    assert delivered_to(stage, recipient) == 1


def cards_shown_to(stage: Stage, user_id: int) -> bool:
    messages = stage.sim.messages_to(user_id)
    return bool(messages) and "✍️ Sign up" in messages[-1].button_texts()


def delivered_to(stage: Stage, user_id: int) -> int:
    return sum((m.text or "").startswith("Broadcast:") for m in stage.sim.messages_to(user_id))
