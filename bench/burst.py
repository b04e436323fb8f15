"""Burst: 300 new people scan the kick-off poster within 30 seconds.

Each person: `/start w<id>` (the poster's deep link) → language → privacy → name (skip) →
languages (done) → themes (done) → ✍️ Sign up: 7 taps, ~2,100 updates in all. Every Bot API
call takes 40 ms there and back (±10 ms jitter, seeded) in the emulator.

Honest about time: this runs in **real time** (SystemClock, asyncio's clock). People arrive at
random moments (seeded) spread over the first 30 s and take 1–2 s to read each answer before
the next tap. The bot is the real Application served as `twincity-bot run` serves it
(bot/serving.serve: long polling through the durable inbox) against the in-process emulator,
which also enforces Telegram's sending limits (30 messages/s overall, 1/s per chat).

Tap-to-answer is the time from a tap (the update appearing at Telegram) to the first message
or edit the bot shows in that chat. It is measured twice in the same run: with 32 updates in
flight (each chat in order; the production setting) and with one at a time (what
python-telegram-bot does by default).

Run: python -m bench.burst [--people 300] [--window 30] [--latency 0.04]

Several processes: `python -m bench.burst --workers N --database postgresql://…/postgres`
runs the same crowd against a fresh database on that server, served by one receiver
(`twincity-bot run --receive-only`) and N `twincity-bot worker` processes (bot/workers.py)
through the emulator's HTTP front.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

from bench.common import result
from bench.processes import bot_processes, fresh_database
from bot.app import build_application
from bot.callback_data import (
    ChooseCity,
    PrivacyAnswer,
    SetLanguage,
    UseTelegramName,
    WorkshopSignup,
)
from bot.clock import SystemClock
from bot.config import Settings
from bot.db import workshops as workshops_db
from bot.db.connection import connect
from bot.db.migrations import apply_migrations
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop, WorkshopKind, WorkshopStatus
from bot.offline.emulator import SimMessage, SimRequest, TelegramSim
from bot.services.demo import seed_demo
from bot.serving import serve


def taps(workshop_id: int, city_id: int) -> list[str]:
    """The poster flow, button by button (pressed by data, as a person's taps arrive):
    language, the poster's city (suggested, confirmed), privacy, the Telegram name, sign up."""
    return [
        SetLanguage("en").pack(),
        ChooseCity(city_id).pack(),
        PrivacyAnswer(True).pack(),
        UseTelegramName(True).pack(),
        WorkshopSignup(workshop_id).pack(),
    ]


SIGNED_UP = "You are signed up"


@dataclass
class Chat:
    """What one person sees change, and when."""

    changed: asyncio.Event = field(default_factory=asyncio.Event)
    last_change: float = 0.0


@dataclass
class Run:
    name: str
    latencies: list[float]
    duration: float
    signed_up: int
    people: int


async def prepare(path: Path | str) -> tuple[int, int]:
    """The demo partnership and its published kick-off with room for everyone."""
    clock = SystemClock()
    db = connect(path)
    await db.open()
    try:
        await apply_migrations(db.conn)
        partnership_id, _ = await seed_demo(db, clock)
        async with db.reading() as conn:
            from bot.db import partnerships

            partnership = await partnerships.get(conn, partnership_id)
        assert partnership is not None
        city = partnership.cities[0]
        starts = clock.now() + timedelta(days=7)
        workshop = Workshop(
            id=0,
            partnership_id=partnership_id,
            kind=WorkshopKind.KICKOFF,
            title=LocalizedName({"en": "Kick-off Karlsruhe"}),
            starts_at=starts,
            ends_at=starts + timedelta(hours=7),
            time_zone=city.time_zone,
            status=WorkshopStatus.PUBLISHED,
            city_id=city.id,
            address="Rathaus, Marktplatz 1",
            capacity=1000,
            questions=(),  # straight to the seat: the application questions are another bench
        )
        async with db.transaction() as conn:
            return await workshops_db.save(conn, workshop, clock.now()), city.id
    finally:
        await db.close()


async def person(
    sim: TelegramSim,
    chat: Chat,
    user_id: int,
    flow: tuple[int, list[str]],
    arrive: float,
    rng: random.Random,
) -> list[float]:
    """Arrive, tap through the flow reading each answer, return the tap-to-answer times."""
    workshop_id, steps = flow
    await asyncio.sleep(arrive)
    latencies = []
    for step in range(len(steps) + 1):
        chat.changed.clear()
        tapped = time.perf_counter()
        if step == 0:
            sim.user_sends(user_id, f"/start w{workshop_id}")
        else:
            message = next(
                m for m in reversed(sim.messages_to(user_id)) if steps[step - 1] in m.button_data()
            )
            sim.user_presses(user_id, message.message_id, steps[step - 1])
        await chat.changed.wait()
        latencies.append(chat.last_change - tapped)
        if step < len(steps):  # wait for the next button, then read a moment
            while not any(steps[step] in m.button_data() for m in sim.messages_to(user_id)[-2:]):
                chat.changed.clear()
                await chat.changed.wait()
            await asyncio.sleep(1.0 + rng.random())
    return latencies


async def burst(
    name: str,
    people: int,
    window: float,
    latency: float,
    in_flight: int,
    database: str | None = None,
    workers: int = 0,
) -> Run:
    """One crowd: served in this process (SQLite), or by processes on `database`."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-burst-"))
    target = database or str(tmp / "bench.sqlite3")
    workshop_id, city_id = await prepare(Path(target) if database is None else target)
    flow = (workshop_id, taps(workshop_id, city_id))
    sim = TelegramSim(SystemClock(), queue_updates=True, latency=latency, jitter=latency / 4)
    chats: dict[int, Chat] = {}

    def on_change(kind: str, message: SimMessage) -> None:
        if message.from_bot and kind in ("message", "edit") and message.chat_id in chats:
            chat = chats[message.chat_id]
            chat.last_change = time.perf_counter()
            chat.changed.set()

    sim.listeners.append(on_change)
    users = [sim.add_user(f"Guest{i}", "en") for i in range(people)]
    for user in users:
        chats[user.id] = Chat()

    async def crowd() -> tuple[list[list[float]], float]:
        rng = random.Random(15)
        arrivals = sorted(rng.uniform(0, window) for _ in users)
        started = time.perf_counter()
        per_person = await asyncio.gather(
            *(
                person(sim, chats[u.id], u.id, flow, arrive, random.Random(u.id))
                for u, arrive in zip(users, arrivals, strict=True)
            )
        )
        return per_person, time.perf_counter() - started

    if database is not None:
        async with bot_processes(sim, database, workers, in_flight):
            per_person, duration = await crowd()
    else:
        settings = replace(
            Settings(),
            database_path=tmp / "bench.sqlite3",
            health_port=0,
            concurrent_updates=in_flight,
        )
        app = build_application(settings, request=SimRequest(sim), background=True)
        stop, ready = asyncio.Event(), asyncio.Event()
        serving = asyncio.create_task(serve(app, settings, stop, ready, webhook=False))
        await ready.wait()
        per_person, duration = await crowd()
        stop.set()
        await serving  # handles what is in flight: the confirmations after the last tap
    signed_up = sum(any(SIGNED_UP in m.body for m in sim.messages_to(u.id)) for u in users)
    return Run(name, [x for p in per_person for x in p], duration, signed_up, people)


def describe(run: Run) -> float:
    cuts = statistics.quantiles(run.latencies, n=100)
    p50, p99 = cuts[49] * 1000, cuts[98] * 1000
    print(
        f"{run.name}: {len(run.latencies)} taps from {run.people} people, "
        f"{run.signed_up} signed up; tap to answer p50 {p50:.0f} ms, p99 {p99:.0f} ms; "
        f"whole flow {run.duration:.1f} s"
    )
    return p99


async def main(people: int, window: float, latency: float) -> None:
    print(
        f"{people} new people arriving within {window:.0f} s (real time), "
        f"{latency * 1000:.0f} ms per Bot API call"
    )
    concurrent = await burst("32 in flight, each chat in order", people, window, latency, 32)
    p99 = describe(concurrent)
    sequential = await burst("one at a time (PTB's default)", people, window, latency, 1)
    describe(sequential)
    if concurrent.signed_up != people or sequential.signed_up != people:
        print("CHECK not everyone got signed up: the run is not valid")
        p99 = float("inf")
    print(result("burst_p99_ms", p99, "<", 500, 0))


async def main_workers(
    people: int, window: float, latency: float, workers: int, server: str
) -> None:
    """The same crowd served by processes on PostgreSQL: a receiver and `workers` workers."""
    print(
        f"{people} new people arriving within {window:.0f} s (real time), "
        f"{latency * 1000:.0f} ms per Bot API call; PostgreSQL, 1 receiver + {workers} "
        f"worker process(es), 32 in flight each"
    )
    async with fresh_database(server) as address:
        name = f"{workers} worker(s), each chat in order"
        run = await burst(name, people, window, latency, 32, address, workers)
    p99 = describe(run)
    if run.signed_up != people:
        print("CHECK not everyone got signed up: the run is not valid")
        p99 = float("inf")
    print(result(f"burst_workers{workers}_p99_ms", p99, "<", 500, 0))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--window", type=float, default=30.0)
    parser.add_argument("--latency", type=float, default=0.04)
    parser.add_argument("--workers", type=int, default=0, help="worker processes (PostgreSQL)")
    parser.add_argument("--database", default=None, help="postgresql://… server for --workers")
    args = parser.parse_args()
    if args.workers or args.database:
        if not (args.database or "").startswith(("postgresql://", "postgres://")):
            parser.error("--workers needs --database postgresql://…")
        workers = max(1, args.workers)
        asyncio.run(main_workers(args.people, args.window, args.latency, workers, args.database))
    else:
        asyncio.run(main(args.people, args.window, args.latency))
