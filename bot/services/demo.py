"""The example partnership of DESIGN.md: Karlsruhe ↔ Krasnodar with its four themes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.db import ideas, partnerships, workshops
from bot.db.connection import Database
from bot.domain.partnerships import CityDraft, PartnershipDraft
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop, WorkshopKind, WorkshopStatus

DEMO_PARTNERSHIP = LocalizedName(
    {
        "de": "Karlsruhe ↔ Krasnodar",
        "en": "Karlsruhe ↔ Krasnodar",
        "ru": "Карлсруэ ↔ Краснодар",
        "uk": "Карлсруе ↔ Краснодар",
        "be": "Карлсруэ ↔ Краснадар",
    }
)
DEMO_CITIES = (
    CityDraft(
        LocalizedName(
            {
                "de": "Karlsruhe",
                "en": "Karlsruhe",
                "ru": "Карлсруэ",
                "uk": "Карлсруе",
                "be": "Карлсруэ",
            }
        ),
        "Europe/Berlin",
    ),
    CityDraft(
        LocalizedName(
            {
                "de": "Krasnodar",
                "en": "Krasnodar",
                "ru": "Краснодар",
                "uk": "Краснодар",
                "be": "Краснадар",
            }
        ),
        "Europe/Moscow",
    ),
)
DEMO_THEMES = (
    LocalizedName(
        {
            "de": "Ökologie & Gesundheit",
            "en": "Ecology & Health",
            "ru": "Экология и здоровье",
            "uk": "Екологія та здоров'я",
            "be": "Экалогія і здароўе",
        }
    ),
    LocalizedName(
        {
            "de": "Innovation & Wirtschaft",
            "en": "Innovation & Economy",
            "ru": "Инновации и экономика",
            "uk": "Інновації та економіка",
            "be": "Інавацыі і эканоміка",
        }
    ),
    LocalizedName(
        {
            "de": "Freizeit, Jugend & Soziales",
            "en": "Leisure, Youth & Social Affairs",
            "ru": "Досуг, молодёжь и социальная сфера",
            "uk": "Дозвілля, молодь і соціальна сфера",
            "be": "Вольны час, моладзь і сацыяльная сфера",
        }
    ),
    LocalizedName(
        {
            "de": "Stadtverwaltung & -entwicklung",
            "en": "City Administration & Development",
            "ru": "Городское управление и развитие",
            "uk": "Міське управління та розвиток",
            "be": "Гарадское кіраванне і развіццё",
        }
    ),
)


async def seed_demo(db: Database, clock: Clock) -> tuple[int, bool]:
    """Create the demo partnership once; return (its id, whether it was created now)."""
    async with db.transaction() as conn:
        for existing in await partnerships.list_all(conn):
            if existing.name.values.get("de") == DEMO_PARTNERSHIP.values["de"]:
                return existing.id, False
        draft = PartnershipDraft(DEMO_PARTNERSHIP, list(DEMO_CITIES), list(DEMO_THEMES))
        return await partnerships.create(conn, draft, None, clock.now()), True


async def seed_sandbox(db: Database, clock: Clock, partnership_id: int) -> None:
    """What a first look in the sandbox needs: a kick-off in each city and voting open, so that
    a visitor can sign up and vote without setting anything up first."""
    now = clock.now()
    async with db.transaction() as conn:
        partnership = await partnerships.get(conn, partnership_id)
        assert partnership is not None
        upcoming = await workshops.list_for_partnership(
            conn, partnership_id, statuses=(WorkshopStatus.PUBLISHED,), ending_after=now
        )
        if not upcoming:
            for n, city in enumerate(partnership.cities):
                local = datetime.combine(
                    now.date() + timedelta(days=14 + n), time(17, 0), ZoneInfo(city.time_zone)
                )
                await workshops.save(
                    conn,
                    Workshop(
                        id=0,
                        partnership_id=partnership_id,
                        kind=WorkshopKind.KICKOFF,
                        title=LocalizedName(
                            {
                                "de": f"Auftakt in {city.name.for_reader('de')}",
                                "en": f"Kick-off in {city.name.for_reader('en')}",
                                "ru": f"Старт в городе {city.name.for_reader('ru')}",
                                "uk": f"Старт у місті {city.name.for_reader('uk')}",
                                "be": f"Старт у горадзе {city.name.for_reader('be')}",
                            }
                        ),
                        starts_at=local.astimezone(UTC),
                        ends_at=(local + timedelta(hours=3)).astimezone(UTC),
                        time_zone=city.time_zone,
                        status=WorkshopStatus.PUBLISHED,
                        city_id=city.id,
                        address="Rathaus / City Hall",
                        capacity=30,
                    ),
                    now,
                )
        settings = await ideas.settings(conn, partnership_id)
        await ideas.save_settings(conn, replace(settings, voting_open=True))
