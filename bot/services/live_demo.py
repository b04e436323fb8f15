"""The sandbox's live wall: two simultaneous kick-offs of the demo partnership (Karlsruhe in
German, Krasnodar in Russian) going on now, with ideas on both walls, +1 from both cities (one
bridge idea) and an exchange moment later today. Seeded once; the sandbox prints the codes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import aiosqlite

from bot.clock import Clock
from bot.db import due_tasks, ideas, live_wall, partnerships, workshops
from bot.db.connection import Database
from bot.domain.ideas import Idea, IdeaStatus, IdeaText, Translation
from bot.domain.live_wall import EventStatus, Moderation, new_room_code, new_wall_token
from bot.domain.partnerships import Partnership
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop, WorkshopKind, WorkshopStatus
from bot.services.live_setup import MOMENT_END, MOMENT_START

DEMO_TITLE = "Kick-off Karlsruhe ↔ Krasnodar"
DEMO_CODES = ("KAR24", "KRD24")  # easy to type from the projector; random if taken
DEMO_LANGUAGES = ("de", "ru")
# +1 from people who are not in the sandbox's database (ids far above real Telegram ids).
DEMO_VOTER = 9_000_000_000
# Per room: (title, description) in the room's language, then the other room's language.
DEMO_IDEAS: tuple[tuple[tuple[str, str], tuple[str, str]], ...] = (
    (
        ("Repair-Café im Stadtteil", "Einmal im Monat reparieren wir gemeinsam Geräte."),
        ("Ремонт-кафе в районе", "Раз в месяц вместе чиним вещи."),
    ),
    (
        ("Gemeinschaftsgarten am Fluss", "Hochbeete für Nachbarn aus beiden Städten."),
        ("Общий сад у реки", "Грядки для соседей из обоих городов."),
    ),
    (
        ("Jugendaustausch per Video", "Schulklassen treffen sich jeden Monat online."),
        ("Молодёжный обмен по видео", "Школьные классы встречаются онлайн каждый месяц."),
    ),
    (
        ("Велосипедный маршрут дружбы", "Маршрут по местам партнёрства с картой."),
        ("Fahrradroute der Freundschaft", "Eine Route zu den Orten der Partnerschaft."),
    ),
    (
        ("Кулинарный вечер двух городов", "Готовим блюда Карлсруэ и Краснодара."),
        ("Kochabend zweier Städte", "Wir kochen Gerichte aus Karlsruhe und Krasnodar."),
    ),
    (
        ("Карта добрых дел", "Онлайн-карта волонтёрских проектов."),
        ("Karte der guten Taten", "Eine Online-Karte der Ehrenamtsprojekte."),
    ),
)
# Which room posted each idea (0 Karlsruhe, 1 Krasnodar), and its +1 per city.
DEMO_ROOMS = (0, 0, 0, 1, 1, 1)
DEMO_VOTES = ((3, 2), (2, 0), (1, 0), (0, 3), (1, 1), (0, 2))  # (Karlsruhe, Krasnodar)


@dataclass(frozen=True)
class LiveDemo:
    codes: tuple[str, ...]
    tokens: tuple[str, ...]


async def seed_live_wall(db: Database, clock: Clock, partnership_id: int) -> LiveDemo:
    """The demo event, created once (the sandbox's database may be reused)."""
    now = clock.now()
    async with db.transaction() as conn:
        event_id = await live_wall.event_titled(conn, partnership_id, DEMO_TITLE)
        if event_id is None:
            partnership = await partnerships.get(conn, partnership_id)
            assert partnership is not None
            event_id = await _create(conn, partnership, now)
        event = await live_wall.get_event(conn, event_id)
    assert event is not None
    return LiveDemo(
        tuple(r.checkin_code for r in event.rooms), tuple(r.wall_token for r in event.rooms)
    )


def demo_help(demo: LiveDemo, url: str) -> str:
    """The sandbox's printed lines: how to check in and where the walls are."""
    rooms = ", ".join(
        f"/room {code} ({city})"
        for code, city in zip(demo.codes, ("Karlsruhe", "Krasnodar"), strict=False)
    )
    walls = "  ".join(f"{url}wall/{token}" for token in demo.tokens)
    return f"  Live wall: {rooms}\n  Wall pages: {walls}\n"


async def _create(conn: aiosqlite.Connection, partnership: Partnership, now: datetime) -> int:
    # Both kick-offs began a quarter of an hour ago, at the same moment in both cities.
    starts = (now - timedelta(minutes=15)).replace(second=0, microsecond=0, tzinfo=UTC)
    event_id = await live_wall.create_event(
        conn, partnership.id, DEMO_TITLE, Moderation.POST, None, now
    )
    rooms, workshop_ids = [], []
    for n, city in enumerate(partnership.cities[:2]):
        workshop_id = await workshops.save(conn, _workshop(partnership, n, starts), now)
        workshop_ids.append(workshop_id)
        code = DEMO_CODES[n]
        if await live_wall.room_by_code(conn, code) is not None:
            code = new_room_code()
        rooms.append(
            await live_wall.add_room(
                conn, event_id, workshop_id, city.id, DEMO_LANGUAGES[n], new_wall_token(), code
            )
        )
    themes = [t.id for t in partnership.themes]
    await live_wall.set_themes(conn, event_id, themes)
    await live_wall.set_status(conn, event_id, EventStatus.LIVE, now)
    for n, (texts, room) in enumerate(zip(DEMO_IDEAS, DEMO_ROOMS, strict=True)):
        city = partnership.cities[room]
        idea = Idea(
            0,
            partnership.id,
            None,
            city.id,
            DEMO_LANGUAGES[room],
            IdeaText(*texts[0]),
            IdeaStatus.PUBLISHED,
            themes=frozenset(themes[n % len(themes) : n % len(themes) + 1]),
            workshop_id=workshop_ids[room],
        )
        idea_id = await ideas.create(conn, idea, now)
        other = Translation(DEMO_LANGUAGES[1 - room], IdeaText(*texts[1]), machine=False)
        await ideas.save_translation(conn, idea_id, other, None, now)
        await live_wall.seed_shown_idea(conn, idea_id, rooms[room], event_id, now)
        for c, count in enumerate(DEMO_VOTES[n]):
            for v in range(count):
                voter = DEMO_VOTER + 100 * c + v
                await live_wall.seed_plus_one(conn, idea_id, voter, partnership.cities[c].id, now)
    due = now.replace(second=0, microsecond=0) + timedelta(minutes=45)
    moment_id = await live_wall.add_moment(conn, event_id, due, due + timedelta(minutes=10))
    await due_tasks.plan(conn, MOMENT_START, moment_id, due)
    await due_tasks.plan(conn, MOMENT_END, moment_id, due + timedelta(minutes=10))
    return event_id


def _workshop(partnership: Partnership, n: int, starts: datetime) -> Workshop:
    city = partnership.cities[n]
    names = {lang: city.name.for_reader(lang) for lang in ("de", "en", "ru", "uk", "be")}
    return Workshop(
        id=0,
        partnership_id=partnership.id,
        kind=WorkshopKind.KICKOFF,
        title=LocalizedName(
            {
                "de": f"Live-Auftakt in {names['de']}",
                "en": f"Live kick-off in {names['en']}",
                "ru": f"Живой старт в городе {names['ru']}",
                "uk": f"Живий старт у місті {names['uk']}",
                "be": f"Жывы старт у горадзе {names['be']}",
            }
        ),
        starts_at=starts,
        ends_at=starts + timedelta(hours=3),
        time_zone=city.time_zone,
        status=WorkshopStatus.PUBLISHED,
        city_id=city.id,
        address="Rathaus / City Hall",
        capacity=60,
    )
