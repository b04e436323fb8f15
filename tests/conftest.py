"""Shared fixtures: a harness with the demo partnership, an admin, and a fake clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.harness import BotHarness
from bot.services.demo import seed_demo
from bot.telegram_sim.client import SimClient

ADMIN_ID = 4242


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


async def onboard(
    user: SimClient,
    *,
    language: str = "English",
    city: str = "Karlsruhe",
    accept: str = "✅ I agree",
    skip: str = "Skip ▶️",
    done: str = "✅ Done",
) -> None:
    """Walk through onboarding the quickest way (English labels unless told otherwise)."""
    await user.start()
    await user.press(language)
    await user.press(city)
    await user.press(accept)
    await user.press(skip)
    await user.press(done)
    await user.press(done)
