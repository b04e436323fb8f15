"""One user intent, one service call, one write transaction.

Service calls are counted by wrapping every method of every service object the handlers
reach (only calls made from a handler module count: the gatekeeper's look-up of who is
acting, and services calling each other, are not the handler's doing). Write transactions
are counted on the SQLite connection itself: each BEGIN IMMEDIATE that reached the database
(on PostgreSQL, whose BEGIN is sent at once: each transaction that wrote).
"""

from __future__ import annotations

import asyncio
import sqlite3
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from dataclasses import fields
from typing import Any

import asyncpg

from bot.app import Services
from bot.callback_data import BroadcastStep, IdeaAction, IdeaOpen, SetLanguage, WorkshopSignup
from bot.db.connection import Database
from bot.db.memo import written_table
from bot.db.postgres import PostgresDatabase
from bot.offline.emulator import SimMessage
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    create_workshop,
    crowd,
    idea_ids,
    popup,
    quick_participant,
    submit,
)

# The gates run for every update; what they ask is not part of the intent.
NOT_THE_HANDLER = frozenset({"bot.handlers.gatekeeper", "bot.handlers.onboarding_gate"})


class Probe:
    """What one press caused: service calls from handlers, and SQL statements in order."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.events: list[str] = []  # "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK", "wake: …"

    @property
    def write_transactions(self) -> int:
        return self.events.count("BEGIN IMMEDIATE")

    def clear(self) -> None:
        self.calls.clear()
        self.events.clear()


def _count_calls(probe: Probe, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if caller.startswith("bot.handlers.") and caller not in NOT_THE_HANDLER:
            probe.calls.append(name)
        return method(*args, **kwargs)

    return counted


@contextmanager
def wrapped_services(services: Services, probe: Probe) -> Iterator[None]:
    originals: list[tuple[object, str]] = []
    for f in fields(services):
        service = getattr(services, f.name)
        if not type(service).__module__.startswith("bot.services."):
            continue
        for attr in dir(type(service)):
            method = getattr(service, attr)
            if attr.startswith("_") or not callable(method):
                continue
            setattr(service, attr, _count_calls(probe, f"{f.name}.{attr}", method))
            originals.append((service, attr))
    try:
        yield
    finally:
        for service, attr in originals:
            delattr(service, attr)  # the class's own method shows through again


async def trace_statements(db: Database, probe: Probe) -> None:
    """Record transaction statements as SQLite runs them (in aiosqlite's thread)."""

    def trace(sql: str) -> None:
        statement = sql.strip().upper()
        if statement in ("BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"):
            probe.events.append(statement)

    if isinstance(db, PostgresDatabase):
        trace_postgres_writes(db, probe)
        return
    raw = db.conn._conn  # the sqlite3 connection behind aiosqlite
    await db.conn._execute(raw.set_trace_callback, trace)


def trace_postgres_writes(db: PostgresDatabase, probe: Probe) -> None:
    """PostgreSQL's BEGIN goes out when a transaction opens, written or not: record the
    transactions that wrote, as SQLite's BEGIN IMMEDIATE (sent with the first write) and
    their end once it reached the database."""
    opened = db.transaction

    @asynccontextmanager
    async def traced() -> AsyncIterator[Any]:
        wrote = False
        end = "ROLLBACK"
        try:
            async with opened() as conn:
                run, run_many = conn._execute, conn._executemany

                async def execute(sql: str, parameters: Any) -> Any:
                    nonlocal wrote
                    wrote = wrote or written_table(sql) is not None
                    return await run(sql, parameters)

                async def execute_many(sql: str, parameters: Any) -> Any:
                    nonlocal wrote
                    wrote = wrote or bool(parameters)
                    return await run_many(sql, parameters)

                conn._execute, conn._executemany = execute, execute_many
                yield conn
                end = "COMMIT"
        finally:
            if wrote:
                probe.events += ["BEGIN IMMEDIATE", end]

    db.transaction = traced  # type: ignore[method-assign]


async def probed(harness: BotHarness) -> Probe:
    probe = Probe()
    await trace_statements(harness.services.db, probe)
    return probe


# --- sign up -------------------------------------------------------------------------------


async def test_sign_up_without_questions_is_one_call_and_one_write(harness: BotHarness) -> None:
    workshop = await create_workshop(harness)
    anna = await quick_participant(harness, "Anna")
    await anna.start(f"w{workshop.id}")
    probe = await probed(harness)
    with wrapped_services(harness.services, probe):
        await anna.press_data(WorkshopSignup(workshop.id).pack())
    # The screens are what they were: the confirmation, then the calendar file.
    assert anna.messages[-2].body.startswith("✅ You are signed up for Kick-off Karlsruhe!")
    assert anna.last.document is not None
    assert probe.calls == ["registrations.sign_up"]
    assert probe.write_transactions == 1
    assert probe.events == ["BEGIN IMMEDIATE", "COMMIT"]


async def test_a_refused_sign_up_writes_nothing(harness: BotHarness) -> None:
    workshop = await create_workshop(harness)
    anna = await quick_participant(harness, "Anna")
    await anna.start(f"w{workshop.id}")
    await anna.press_data(WorkshopSignup(workshop.id).pack())
    card = anna.messages[-2]  # the card, now the confirmation
    probe = await probed(harness)
    with wrapped_services(harness.services, probe):
        await anna.press_data(WorkshopSignup(workshop.id).pack(), message=card)
    assert popup(anna) == "You are already signed up for this workshop."
    assert probe.calls == ["registrations.sign_up"]
    assert probe.write_transactions == 0


# --- send a broadcast now ------------------------------------------------------------------


def committed_outbox_rows(db: Database, path: str) -> int:
    """Read through a connection of its own: it sees only what was committed."""
    if isinstance(db, PostgresDatabase):

        async def count() -> int:
            other = await asyncpg.connect(db.url)
            try:
                return int(await other.fetchval("SELECT COUNT(*) FROM outbox"))
            finally:
                await other.close()

        with ThreadPoolExecutor(1) as thread:  # called from a plain function, as on SQLite
            return thread.submit(lambda: asyncio.run(count())).result()
    with sqlite3.connect(path) as other:
        return int(other.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])


async def test_send_now_is_one_write_and_wakes_the_worker_after_commit(
    harness: BotHarness,
) -> None:
    await crowd(harness, 5, languages=("en",))
    admin = harness.user("Admin", "en", user_id=ADMIN_ID)
    await admin.send("/broadcast")
    await admin.send("Kick-off news: we meet on Saturday!")
    await admin.press(BroadcastStep("audience", "-", 0))
    await admin.press(BroadcastStep("aud", "all", 0))
    assert admin.last_text.startswith("This goes to 5 people")

    probe = await probed(harness)
    path = str(harness.services.settings.database_path)
    seen_at_wake: list[int] = []

    def wake() -> None:
        probe.events.append("wake")
        seen_at_wake.append(committed_outbox_rows(harness.services.db, path))

    harness.services.notifier.on_queued = wake
    with wrapped_services(harness.services, probe):
        await admin.press_data(BroadcastStep("send", "-", 0).pack())
    assert probe.calls == ["broadcasts.send_now"]
    assert probe.write_transactions == 1
    assert probe.events == ["BEGIN IMMEDIATE", "COMMIT", "wake"]
    assert seen_at_wake == [5]  # the worker, woken, finds all five messages committed

    report = await harness.drain()
    assert report.sent == 5
    assert admin.last_text.startswith("✅ Announcement delivered: 5 of 5 sent")


# --- onboarding with presets ---------------------------------------------------------------


async def test_language_after_a_partnership_link_is_one_call_and_one_write(
    harness: BotHarness,
) -> None:
    partnership = (await harness.services.partnerships.list())[0]
    krasnodar = partnership.cities[1]
    olga = harness.user("Olga", "ru")
    await olga.start(f"p{partnership.id}-c{krasnodar.id}")
    probe = await probed(harness)
    with wrapped_services(harness.services, probe):
        await olga.press_data(SetLanguage("ru").pack())
    # the partnership came from the link; its city is suggested, never set without asking
    assert olga.buttons()[0] == "✅ Краснодар"
    participant = await harness.services.onboarding.participant(olga.id)
    assert participant is not None and participant.partnership_id == partnership.id
    assert participant.city_id is None
    assert probe.calls == ["onboarding.answer_language"]
    assert probe.write_transactions == 1


# --- supporting an idea --------------------------------------------------------------------


async def test_supporting_an_idea_is_one_write_with_the_partner_city_notice(
    harness: BotHarness,
) -> None:
    author = await quick_participant(harness, "Author", language="de")
    await submit(author, "Jugendfestival", "Ein Festival für junge Leute aus beiden Städten.")
    [idea_id] = await idea_ids(harness)
    listener = await quick_participant(harness, "Kim", language="de")
    await harness.services.onboarding.toggle_interest(listener.id, 1)  # the idea's theme
    roman = await quick_participant(harness, "Roman", language="ru", city=1)
    await roman.press_data(IdeaOpen(idea_id, 0, 0, "a", "n").pack(), message=await opened(roman))
    probe = await probed(harness)
    with wrapped_services(harness.services, probe):
        pressed = await roman.press_data(IdeaAction(idea_id, "support", 0).pack())
    # The change is one call and one transaction; the card shown after it is one read.
    assert probe.calls == ["teams.support_idea", "ideas.card"]
    assert probe.write_transactions == 1
    card = next(m for m in roman.messages if m.message_id == pressed.message_id)
    assert card.body.startswith("🙋")  # the header says it is noted
    assert roman.last_text.startswith("🤝")  # and matching asks for his languages
    await harness.drain()
    assert any(m.body.startswith("🙋 Jemand in Krasnodar") for m in listener.messages)


async def opened(user: SimClient) -> SimMessage:
    await user.send("/ideas")
    return user.last
