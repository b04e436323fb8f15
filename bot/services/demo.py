"""The example partnership of DESIGN.md: Karlsruhe ↔ Krasnodar with its four themes."""

from __future__ import annotations

from bot.clock import Clock
from bot.db import partnerships
from bot.db.connection import Database
from bot.domain.partnerships import CityDraft, PartnershipDraft
from bot.domain.texts import LocalizedName

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
