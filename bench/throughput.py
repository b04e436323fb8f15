"""Throughput: 10,000 mixed updates from 2,000 people, with 10,000 people in the database.

The real Application handles every update through the in-process Bot API emulator (which
enforces Telegram's rules): /start, menus, idea submissions, votes, workshop sign-ups and
check-in answers, each person following the buttons the bot actually sent them. The same
update payloads are then fed to a bare python-telegram-bot echo bot on the same emulator, and
our throughput is printed as a ratio to it.

Handler latency is the time from receiving an update to its handler having finished: the
update is journaled in the durable inbox, handled through the same per-chat ordered processor
as in production, and marked done (one update at a time here, so this is handler cost, not
concurrency). Trips are hand-offs to the database thread, counted per update. The fake clock
advances one second per update, so that Telegram's sending limits (30/s overall, 1/s per
chat) hold in both runs. Peak memory is the process's maximum resident set size.

On PostgreSQL (`--database postgresql://user@host:port/db`) the same run goes to a fresh
database created on that server for the run and dropped after it; trips are then round trips
to the server (each statement, BEGIN and COMMIT).

Run: python -m bench.throughput [--updates N] [--active N] [--people N] [--database URL]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bench.common import result, seed_people
from bot.app import OFFLINE_TOKEN
from bot.callback_data import CallbackData, IdeaDraftStep
from bot.clock import FakeClock
from bot.config import Settings, redact_url
from bot.db import ideas as ideas_db
from bot.db import roles as roles_db
from bot.db import teams as teams_db
from bot.db import workshops as workshops_db
from bot.domain.ideas import Idea, IdeaStatus, IdeaText
from bot.domain.roles import Role
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Question, Workshop, WorkshopKind, WorkshopStatus
from bot.offline.emulator import TelegramSim
from bot.offline.emulator.client import ButtonNotFound, SimClient
from bot.offline.emulator.request import SimRequest
from bot.offline.harness import BotHarness
from bot.services.demo import seed_demo

STEP = 1.0  # seconds of fake time per update: people in one chat tap about once a second
SUNDAY = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class Recorder:
    """Delivers updates to the bot, timing each one and keeping its payload for the echo run."""

    def __init__(self, harness: BotHarness) -> None:
        self.harness = harness
        self.latencies: list[float] = []
        self.payloads: list[dict[str, Any]] = []
        self.trips = 0
        self._counting = False
        conn = harness.services.db.conn
        if harness.settings.database_url is None:
            conn._execute = self._maybe_counted(conn._execute)  # type: ignore[method-assign]
        else:  # every connection of the pool: count asyncpg's round trips
            for name in ("execute", "fetch", "executemany"):
                method = getattr(asyncpg.connection.Connection, name)
                setattr(asyncpg.connection.Connection, name, self._counted_call(method))

    def _maybe_counted(self, hand_off: Any) -> Any:
        async def trip(fn: Any, *args: Any, **kwargs: Any) -> Any:
            if self._counting:
                self.trips += 1
            return await hand_off(fn, *args, **kwargs)

        return trip

    def _counted_call(self, method: Any) -> Any:
        async def trip(conn: Any, *args: Any, **kwargs: Any) -> Any:
            if self._counting:
                self.trips += 1
            return await method(conn, *args, **kwargs)

        return trip

    async def deliver(self, update: dict[str, Any]) -> None:
        self.harness.clock.advance(STEP)
        self._counting = True
        started = time.perf_counter()
        await self.harness.deliver(update)
        self.latencies.append(time.perf_counter() - started)
        self._counting = False
        self.payloads.append(update)


def last_button(user: SimClient, prefix: str) -> tuple[Any, str] | None:
    """The newest message showing a button whose data starts with `prefix`."""
    for message in reversed(user.messages[-6:]):
        for button in message.buttons():
            data = button.get("callback_data", "")
            if data.startswith(prefix):
                return message, data
    return None


async def press(user: SimClient, prefix: str) -> None:
    found = last_button(user, prefix)
    if found is None:
        await user.send("/menu")  # lost: what a person would do
        return
    message, data = found
    await user.press_data(data, message=message)


async def press_shown(user: SimClient, button: CallbackData) -> None:
    """Press this button if the chat shows it; otherwise back to the menu, as a lost person."""
    try:
        await user.press(button)
    except ButtonNotFound:
        await user.send("/menu")


async def browse(h: BotHarness, user: SimClient, language: str) -> None:
    await user.send("/start")
    await user.send("/menu")
    await press(user, "menu:")
    await user.send("/workshops")
    await user.send("/help")


async def vote(h: BotHarness, user: SimClient, language: str) -> None:
    await user.send("/ideas")
    await press(user, "il:")
    await press(user, "io:")
    await press(user, "ia:")
    await user.send("/menu")


async def sign_up(h: BotHarness, user: SimClient, language: str) -> None:
    await user.send("/workshops")
    await press(user, "wo:")
    await press(user, "ws:")
    await press(user, "sa:")
    await user.send("/menu")


async def submit_idea(h: BotHarness, user: SimClient, language: str) -> None:
    await user.send("/ideas")
    await press_shown(user, IdeaDraftStep("new", 0))  # ➕ share an idea
    await user.send(f"Idea of person {user.id}")
    await user.send("A bench by the river for both cities to meet at, with a small library.")
    await press(user, "id:")  # the first theme: on to the review
    if IdeaDraftStep("review", 0).pack() in user.button_data():  # similar ideas exist
        await user.press(IdeaDraftStep("review", 0))
    await press_shown(user, IdeaDraftStep("submit", 0))


async def answer_checkin(h: BotHarness, user: SimClient, language: str) -> None:
    await press(user, "ck:")
    await user.send("We met twice and found a venue.")
    await user.send("Posters next week.")
    await user.send("Nothing blocks us.")
    await press(user, "ck:")  # the mood


SESSIONS: list[tuple[str, Callable[[BotHarness, SimClient, str], Awaitable[None]]]] = [
    ("browse", browse),
    ("vote", vote),
    ("sign_up", sign_up),
    ("browse", browse),
    ("vote", vote),
    ("checkin", answer_checkin),
    ("idea", submit_idea),
]


async def prepare(h: BotHarness, people: int, active: int) -> tuple[list[int], list[int]]:
    """Demo partnership, `people` participants, workshops, open voting, teams in a check-in."""
    partnership_id, _ = await seed_demo(h.services.db, h.clock)
    partnership = (await h.services.partnerships.list())[0]
    ids = await seed_people(
        h.services.db,
        h.sim,
        partnership_id,
        [c.id for c in partnership.cities],
        people,
        h.clock.now(),
    )
    admin = ids[0]
    async with h.services.db.transaction() as conn:
        await roles_db.grant(conn, admin, partnership_id, Role.ORGANISER, None, h.clock.now())
    actor = await h.services.access.actor(admin)
    async with h.services.db.transaction() as conn:
        for n, city in enumerate(partnership.cities * 2):
            starts_at = h.clock.now() + timedelta(days=10 + n)
            workshop = Workshop(
                id=0,
                partnership_id=partnership_id,
                kind=WorkshopKind.KICKOFF,
                title=LocalizedName({"en": f"Workshop {n}", "de": f"Workshop {n}"}),
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=3),
                time_zone=city.time_zone,
                status=WorkshopStatus.PUBLISHED,
                city_id=city.id,
                address="Rathaus, Marktplatz 1",
                capacity=400,
                questions=(Question(1, text=LocalizedName({"en": "Why?"})),),
                created_by=admin,
            )
            await workshops_db.save(conn, workshop, h.clock.now())
    await h.services.ideas.change_settings(actor, partnership_id, voting_open=True, vote_budget=5)
    async with h.services.db.transaction() as conn:
        idea_ids = [
            await ideas_db.create(
                conn,
                Idea(
                    0,
                    partnership_id,
                    ids[i],
                    None,
                    "de",
                    IdeaText(f"Idee {i}", "Eine Idee für beide Städte.", None),
                    IdeaStatus.PUBLISHED,
                    themes=frozenset({partnership.themes[0].id}),
                ),
                h.clock.now(),
            )
            for i in range(1, 101)
        ]
    # Teams of four from the check-in people; their first round opens on Monday.
    checkin_people = [
        uid for i, uid in enumerate(ids[:active]) if SESSIONS[i % len(SESSIONS)][0] == "checkin"
    ]
    teams = [checkin_people[t : t + 4] for t in range(0, len(checkin_people), 4)]
    async with h.services.db.transaction() as conn:
        for idea_id, members in zip(idea_ids, teams, strict=False):  # one team per idea
            team_id = await teams_db.create(conn, partnership_id, idea_id, members, h.clock.now())
            await h.services.checkin_rounds.start_for_team(conn, team_id)
    return ids, checkin_people


async def _on_server(server: str, statement: str) -> None:
    conn = await asyncpg.connect(server)
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


async def ours(
    updates: int, active: int, people: int, database_url: str | None
) -> tuple[Recorder, TelegramSim, float]:
    tmp = tempfile.mkdtemp()
    h = BotHarness(
        Path(tmp) / "bench.sqlite3",
        clock=FakeClock(SUNDAY),
        think_time=0,
        settings=Settings(database_url=database_url),
    )
    await h.start()
    ids, _ = await prepare(h, people, active)
    # Monday: the check-in rounds open and the questions go out.
    for _ in range(4 * 24):
        await h.advance(timedelta(minutes=15))
    recorder = Recorder(h)
    clients = [
        (SimClient(h.sim, h.sim.users[uid], recorder.deliver), SESSIONS[i % len(SESSIONS)])
        for i, uid in enumerate(ids[:active])
    ]
    languages = {uid: h.sim.users[uid].language_code or "en" for uid in ids[:active]}
    started = time.perf_counter()
    while len(recorder.latencies) < updates:
        for client, (_, session) in clients:
            if len(recorder.latencies) >= updates:
                break
            await session(h, client, languages[client.id])
        await h.drain()
    wall = time.perf_counter() - started
    await h.stop()
    return recorder, h.sim, wall


async def echo(payloads: list[dict[str, Any]], sim: TelegramSim) -> list[float]:
    """A bare PTB bot on the same emulator: echo every text, say 'ok' to every button."""

    async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_chat is not None and update.effective_message is not None
        await context.bot.send_message(
            update.effective_chat.id, update.effective_message.text or "?"
        )

    async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_chat is not None
        await context.bot.send_message(update.effective_chat.id, "ok")

    app = (
        Application.builder()
        .token(OFFLINE_TOKEN)
        .request(SimRequest(sim))
        .get_updates_request(SimRequest(sim))
        .build()
    )
    app.add_handler(MessageHandler(filters.ALL, on_text))
    app.add_handler(CallbackQueryHandler(on_button))
    await app.initialize()
    latencies = []
    clock = sim.clock
    for payload in payloads:
        clock.advance(STEP)  # type: ignore[attr-defined]
        started = time.perf_counter()
        await app.process_update(Update.de_json(payload, app.bot))
        latencies.append(time.perf_counter() - started)
    await app.shutdown()
    return latencies


def describe(name: str, latencies: list[float]) -> float:
    total = sum(latencies)
    rate = len(latencies) / total
    cuts = statistics.quantiles(latencies, n=100)
    print(
        f"{name}: {len(latencies)} updates, {rate:,.0f} updates/s of handler time, "
        f"p50 {cuts[49] * 1000:.2f} ms, p99 {cuts[98] * 1000:.2f} ms"
    )
    return rate


async def main(updates: int, active: int, people: int, server: str | None) -> None:
    if server is None:
        print("database: SQLite (a new file in a temporary directory)")
        recorder, sim, wall = await ours(updates, active, people, None)
    else:
        name = f"bench_throughput_{os.getpid()}"
        fresh = server.rsplit("/", 1)[0] + "/" + name
        print(f"database: PostgreSQL, a fresh database {name} on {redact_url(server)}")
        await _on_server(server, f"CREATE DATABASE {name}")
        try:
            recorder, sim, wall = await ours(updates, active, people, fresh)
        finally:
            await _on_server(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kinds: dict[str, int] = {}
    for payload in recorder.payloads:
        kind = (
            "button"
            if "callback_query" in payload
            else ("command" if payload["message"].get("text", "").startswith("/") else "text")
        )
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"people in the database: {people}, active: {active}, updates: {kinds}")
    print(f"wall time for our run (incl. outbox delivery): {wall:.1f} s")
    trips = recorder.trips / len(recorder.latencies)
    print(f"database trips per update (handler incl. inbox): {trips:.2f}")
    our_rate = describe("twin city bot", recorder.latencies)
    echo_rate = describe("bare PTB echo bot", await echo(recorder.payloads, sim))
    p99_ms = statistics.quantiles(recorder.latencies, n=100)[98] * 1000
    ratio = our_rate / echo_rate
    print(f"throughput ratio to the echo bot: {ratio:.2f} (target >= 0.25, every update journaled)")
    print(f"p99 handler latency: {p99_ms:.1f} ms (target < 50)")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB (target < 200)")
    print("CHECK " + result("p99_ms", p99_ms, "<", 50, 1).removeprefix("RESULT "))
    print("CHECK " + result("peak_rss_mb", peak_mb, "<", 200, 0).removeprefix("RESULT "))
    print(result("throughput_ratio", ratio, ">=", 0.25, 2))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--updates", type=int, default=10_000)
    parser.add_argument("--active", type=int, default=2_000)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument(
        "--database",
        default=None,
        help="a PostgreSQL server (postgresql://…): run on a fresh database there; "
        "default: SQLite in a temporary directory",
    )
    args = parser.parse_args()
    if args.database is not None and not args.database.startswith(("postgresql://", "postgres://")):
        parser.error("--database must be a postgresql:// address")
    asyncio.run(main(args.updates, args.active, args.people, args.database))
