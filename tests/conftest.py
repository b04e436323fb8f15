"""Shared fixtures: a harness with the demo partnership, an admin, and a fake clock.

Only fixtures live here; the stories tests tell (onboarding someone, a workshop, an idea)
are in tests/stories.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.offline.harness import BotHarness
from bot.services.demo import seed_demo
from tests.stories import ADMIN_ID


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
