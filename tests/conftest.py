"""Shared fixtures: a harness with the demo partnership, an admin, and a fake clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.db import participants as participants_db
from bot.db import workshops as workshops_db
from bot.domain.participants import Participant
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Question, Workshop, WorkshopKind, WorkshopStatus
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from bot.services.demo import seed_demo

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
    accept: str = "I agree",
    skip: str = "Skip ▶️",
    done: str = "Done",
) -> None:
    """Walk through onboarding the quickest way (English labels unless told otherwise)."""
    await user.start()
    await user.press(language)
    await user.press(city)
    await user.press(accept)
    await user.press(skip)
    await user.press(done)
    await user.press(done)


async def create_workshop(
    harness: BotHarness,
    *,
    title: str = "Kick-off Karlsruhe",
    kind: WorkshopKind = WorkshopKind.KICKOFF,
    city: int | None = 0,  # index into the partnership's cities; None: online
    starts_in: timedelta = timedelta(days=7),
    hours: int = 3,
    capacity: int | None = 50,
    quotas: dict[int, int] | None = None,  # city index -> seats
    questions: tuple[Question, ...] = (),
    status: WorkshopStatus = WorkshopStatus.PUBLISHED,
    online_link: str | None = None,
) -> Workshop:
    """A workshop straight in the database, as if an organiser had created it."""
    partnership = (await harness.services.partnerships.list())[0]
    venue = partnership.cities[city] if city is not None else None
    starts_at = harness.clock.now() + starts_in
    workshop = Workshop(
        id=0,
        partnership_id=partnership.id,
        kind=kind,
        title=LocalizedName({"en": title}),
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=hours),
        time_zone=(venue or partnership.cities[0]).time_zone,
        status=status,
        city_id=venue.id if venue else None,
        address="Rathaus, Marktplatz 1" if venue else None,
        online_link=online_link,
        capacity=capacity,
        city_quotas={partnership.cities[i].id: n for i, n in (quotas or {}).items()},
        questions=questions,
        created_by=ADMIN_ID,
    )
    async with harness.services.db.transaction() as conn:
        workshop_id = await workshops_db.save(conn, workshop, harness.clock.now())
    return replace(workshop, id=workshop_id)


async def quick_participant(
    harness: BotHarness,
    name: str,
    *,
    language: str = "en",
    city: int = 0,
    user_id: int | None = None,
) -> SimClient:
    """An onboarded participant created through the services (fast, for crowd tests)."""
    user = harness.user(name, language, user_id=user_id)
    harness.sim.users[user.id].started = True  # they pressed /start in Telegram
    services = harness.services.onboarding
    partnership = (await harness.services.partnerships.list())[0]
    await services.choose_language(user.id, language)
    await services.choose_partnership(user.id, partnership.id)
    await services.choose_city(user.id, partnership.cities[city].id)
    await services.accept_privacy(user.id)
    return user


async def crowd(
    harness: BotHarness, count: int, languages: tuple[str, ...] = ("de", "ru", "en", "uk", "be")
) -> list[SimClient]:
    """Many onboarded participants at once (one transaction), alternating languages and cities."""
    partnership = (await harness.services.partnerships.list())[0]
    people = []
    now = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        for i in range(count):
            language = languages[i % len(languages)]
            user = harness.user(f"Person{i}", language)
            harness.sim.users[user.id].started = True
            city = partnership.cities[i % len(partnership.cities)]
            await participants_db.save(
                conn,
                Participant(user.id, language, partnership.id, city.id, None, now),
                now,
            )
            people.append(user)
    return people


async def make_organiser(harness: BotHarness, user: SimClient) -> None:
    """Give a participant the organiser role of the demo partnership."""
    from bot.db import roles as roles_db
    from bot.domain.roles import Role

    partnership = (await harness.services.partnerships.list())[0]
    async with harness.services.db.transaction() as conn:
        await roles_db.grant(
            conn, user.id, partnership.id, Role.ORGANISER, None, harness.clock.now()
        )


async def published_ideas(
    harness: BotHarness, count: int, *, author_id: int | None = None, language: str = "en"
) -> list[int]:
    """`count` published ideas of the demo partnership, written straight to the database."""
    from bot.db import ideas as ideas_db
    from bot.domain.ideas import Idea, IdeaStatus, IdeaText

    partnership = (await harness.services.partnerships.list())[0]
    async with harness.services.db.transaction() as conn:
        return [
            await ideas_db.create(
                conn,
                Idea(
                    0,
                    partnership.id,
                    author_id,
                    None,
                    language,
                    IdeaText(f"Idea {n}", "An idea for both cities.", None),
                    IdeaStatus.PUBLISHED,
                ),
                harness.clock.now(),
            )
            for n in range(count)
        ]
