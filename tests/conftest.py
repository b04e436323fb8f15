"""Shared fixtures: a harness with the demo partnership, an admin, and a fake clock.

Only fixtures live here; the stories tests tell (onboarding someone, a workshop, an idea)
are in tests/stories.py.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import asyncpg
import pytest

import bot.db.connection
from bot.clock import FakeClock
from bot.db.connection import connect
from bot.db.dialect import is_postgres_url
from bot.db.migrations import apply_migrations
from bot.offline.harness import BotHarness
from bot.services.demo import seed_demo
from tests.stories import ADMIN_ID

# `DATABASE_URL=postgresql://… pytest` runs the whole suite on PostgreSQL: every database a
# test opens (by a file path, as on SQLite) becomes a database of its own on that server,
# copied from one migrated template and dropped after the test.
SERVER_URL = os.environ.get("DATABASE_URL", "").strip()
ON_POSTGRES = is_postgres_url(SERVER_URL)
TEMPLATE = f"twincity_template_{os.getpid()}"
NO_DATABASE = "twincity_test_gave_no_database"


def _on_server(url: str, address: str) -> str:
    """`url` with its database name replaced."""
    return url.rsplit("/", 1)[0] + "/" + address


def _run(coroutine: object) -> object:
    """Run a coroutine to its end from synchronous code, even inside a running loop."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()  # type: ignore[arg-type]


async def _admin(*statements: str) -> None:
    conn = await asyncpg.connect(SERVER_URL)
    try:
        for statement in statements:
            await conn.execute(statement)
    finally:
        await conn.close()


async def _migrated_template() -> None:
    await _admin(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)", f"CREATE DATABASE {TEMPLATE}")
    db = connect(_on_server(SERVER_URL, TEMPLATE))
    await db.open()
    try:
        await apply_migrations(db.conn)
    finally:
        await db.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests of one backend's own machinery are skipped on the other, saying why."""
    for item in items:
        for name, skip in (("sqlite_only", ON_POSTGRES), ("postgres_only", not ON_POSTGRES)):
            marker = item.get_closest_marker(name)
            if marker is not None and skip:
                why = marker.args[0] if marker.args else name
                item.add_marker(pytest.mark.skip(reason=f"{name.replace('_', ' ')}: {why}"))


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[None]:
    if not ON_POSTGRES:
        yield
        return
    _run(_migrated_template())
    yield
    _run(_admin(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)"))


@pytest.fixture(autouse=True)
def databases_on_postgres(postgres_template: None) -> Iterator[None]:
    """On PostgreSQL: each path a test opens maps to a fresh copy of the migrated template."""
    if not ON_POSTGRES:
        yield
        return
    created: dict[str, str] = {}

    def redirect(target: Path | str) -> Path | str:
        if is_postgres_url(target) or str(target) == ":memory:":
            return target
        key = str(Path(target).resolve())
        if key not in created:
            name = f"t{os.getpid()}_{len(created)}_{abs(hash(key)) % 10**8}"
            _run(_admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} STRATEGY FILE_COPY"))
            created[key] = name
        return _on_server(SERVER_URL, created[key])

    bot.db.connection.redirect = redirect
    # A bot subprocess gets its test's database explicitly (tests/stories.py); one that only
    # inherits this environment fails on a database that does not exist instead of writing
    # into the server's own `postgres` database, shared by every run.
    os.environ["DATABASE_URL"] = _on_server(SERVER_URL, NO_DATABASE)
    try:
        yield
    finally:
        os.environ["DATABASE_URL"] = SERVER_URL
        bot.db.connection.redirect = None
        if created:
            drops = [f"DROP DATABASE IF EXISTS {n} WITH (FORCE)" for n in created.values()]
            _run(_admin(*drops))


@pytest.fixture
def blank_database(tmp_path: Path) -> Iterator[Path | str]:
    """Where a database with no migrations applied yet lives: a new file on SQLite, an empty
    database of its own on PostgreSQL (a path would map to a migrated copy)."""
    if not ON_POSTGRES:
        yield tmp_path / "blank.sqlite3"
        return
    name = f"t{os.getpid()}_blank_{abs(hash(str(tmp_path))) % 10**8}"
    _run(_admin(f"CREATE DATABASE {name}"))
    try:
        yield _on_server(SERVER_URL, name)
    finally:
        _run(_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def harness(tmp_path: Path, clock: FakeClock) -> AsyncIterator[BotHarness]:
    async with BotHarness(
        tmp_path / "bot.sqlite3", admin_ids=frozenset({ADMIN_ID}), clock=clock
    ) as h:
        await seed_demo(h.services.db, clock)
        yield h


@pytest.fixture
async def empty_harness(tmp_path: Path, clock: FakeClock) -> AsyncIterator[BotHarness]:
    """No partnership yet: what a fresh deployment looks like."""
    async with BotHarness(
        tmp_path / "bot.sqlite3", admin_ids=frozenset({ADMIN_ID}), clock=clock
    ) as h:
        yield h
