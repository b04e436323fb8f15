"""The network calendar's .ics feed over real HTTP (the health server of a running bot, and
the sandbox): it parses, every event carries its zone (TZID, VTIMEZONE) and a link back, UIDs
are stable, a private workshop never appears, and the filters work."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from icalendar import Calendar

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import Settings
from bot.db import network as network_db
from bot.db import network_calendar as calendar_db
from bot.db import partnerships as partnerships_db
from bot.db import workshops as workshops_db
from bot.db.connection import Database, connect
from bot.db.migrations import apply_migrations
from bot.domain.network_calendar import NetworkEvent
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop, WorkshopKind, WorkshopStatus
from bot.offline.emulator import TelegramSim
from bot.offline.emulator.request import SimRequest
from bot.offline.sandbox import run_sandbox
from bot.services.demo import seed_demo
from bot.serving import serve
from tests.stories import demo_draft, free_port

SOON = datetime.now(UTC).replace(microsecond=0) + timedelta(days=10)


async def _workshop(db: Database, partnership_id: int, title: str, public: bool) -> int:
    """A published workshop of a partnership, at its first city; public or not."""
    async with db.transaction() as conn:
        partnership = await partnerships_db.get(conn, partnership_id)
        assert partnership is not None
        city = partnership.cities[0]
        workshop = Workshop(
            id=0,
            partnership_id=partnership_id,
            kind=WorkshopKind.KICKOFF,
            title=LocalizedName({"en": title, "ru": f"{title} (ru)"}),
            starts_at=SOON,
            ends_at=SOON + timedelta(hours=2),
            time_zone=city.time_zone,
            status=WorkshopStatus.PUBLISHED,
            city_id=city.id,
            address="Rathaus",
        )
        workshop_id = await workshops_db.save(conn, workshop, SOON)
        await calendar_db.set_public(conn, workshop_id, public)
    return workshop_id


async def _seed(path: Path) -> dict[str, int]:
    db = connect(path)
    await db.open()
    await apply_migrations(db.conn)
    await seed_demo(db, SystemClock())
    async with db.transaction() as conn:
        polish = await partnerships_db.create(conn, demo_draft(), None, SOON)
        for pid, countries, topics in (
            (1, ("DE", "RU"), ("culture",)),
            (polish, ("PL",), ("youth",)),
        ):
            profile = await network_db.get_profile(conn, pid)
            await network_db.save_profile(
                conn, replace(profile, countries=countries, topics=topics), SOON
            )
        day = SOON + timedelta(days=1)
        event = NetworkEvent(
            0,
            1,
            "Day of City Partnerships",
            "",
            "Europe/Berlin",
            day,
            day + timedelta(hours=6),
            "Düsseldorf",
            "https://example.org/day",
        )
        event_id = await calendar_db.create_event(conn, event, None, 4242, SOON)
    ids = {
        "garden": await _workshop(db, 1, "Garden day", True),
        "secret": await _workshop(db, 1, "Secret planning", False),
        "youth": await _workshop(db, polish, "Youth exchange", True),
        "event": event_id,
    }
    await db.close()
    return ids


@pytest.fixture
async def running(tmp_path: Path) -> AsyncIterator[tuple[str, dict[str, int]]]:
    path = tmp_path / "bot.sqlite3"
    ids = await _seed(path)
    health_port = free_port()
    settings = Settings(database_path=path, health_port=health_port, default_language="de")
    sim = TelegramSim(SystemClock(), bot_username="twincity_test_bot")
    app = build_application(settings, request=SimRequest(sim))
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(serve(app, settings, stop, ready, webhook=False))
    await asyncio.wait_for(ready.wait(), 30)
    yield f"http://127.0.0.1:{health_port}", ids
    stop.set()
    await asyncio.wait_for(task, 30)


def _events(body: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(body)
    zones = {str(z["TZID"]) for z in calendar.walk("VTIMEZONE")}
    events = {}
    for event in calendar.walk("VEVENT"):
        for key in ("DTSTART", "DTEND"):
            assert event[key].params["TZID"] in zones  # on its own zone's clock
        assert str(event["URL"]).startswith("https://")
        events[str(event["SUMMARY"])] = event
    return events


async def test_the_feed_parses_with_zones_links_and_only_public_events(
    running: tuple[str, dict[str, int]],
) -> None:
    base, ids = running
    async with httpx.AsyncClient(base_url=base) as client:
        everything = await client.get("/network/calendar.ics?lang=en")
        again = await client.get("/network/calendar.ics?lang=en")
        polish = await client.get("/network/calendar.ics?country=PL&lang=en")
        culture = await client.get("/network/calendar.ics?topic=culture&lang=ru")
        forged = await client.get("/network/calendar.ics?country=Poland")
    assert everything.status_code == 200
    assert everything.headers["content-type"].startswith("text/calendar")
    events = _events(everything.content)
    assert set(events) == {"Garden day", "Youth exchange", "Day of City Partnerships"}
    garden = events["Garden day"]
    assert str(garden["URL"]) == f"https://t.me/twincity_test_bot?start=w{ids['garden']}"
    assert garden["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert str(events["Day of City Partnerships"]["URL"]) == "https://example.org/day"
    uids = {str(e["UID"]) for e in events.values()}
    assert uids == {str(e["UID"]) for e in _events(again.content).values()}  # stable
    assert "Secret planning" not in everything.text

    assert set(_events(polish.content)) == {"Youth exchange", "Day of City Partnerships"}
    assert set(_events(culture.content)) == {"Garden day (ru)", "Day of City Partnerships"}
    assert forged.status_code == 400


async def test_the_sandbox_serves_the_calendar_feed(tmp_path: Path) -> None:
    sim = TelegramSim(SystemClock(), bot_username="twincity_sandbox_bot", queue_updates=True)
    stop, ready = asyncio.Event(), asyncio.Event()
    port = free_port()
    sandbox = asyncio.create_task(
        run_sandbox(Settings(), port, stop, ready, database=tmp_path / "s.sqlite3", sim=sim)
    )
    await asyncio.wait_for(ready.wait(), 60)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as page:
            answer = await page.get("/network/calendar.ics?lang=de")
    finally:
        stop.set()
        await asyncio.wait_for(sandbox, 60)
    assert answer.status_code == 200
    calendar = Calendar.from_ical(answer.content)
    assert str(calendar["X-WR-CALNAME"]) == "Kalender des Netzwerks"
