"""The sandbox's network level: what /network, /consult, /directory and /calendar look like
before a network office has set anything up — the demo partnership's profile with a listed
contact, two organisations in the directory, two hosts with weekly consultation hours on their
own clocks (Berlin and Kyiv), and the "Day of City Partnerships" in the network calendar. No second
partnership: onboarding would then ask which one, and the sandbox's first steps change."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import aiosqlite

from bot.clock import Clock
from bot.db import consultations, directory, network_calendar, participants, partnerships
from bot.db import network as network_db
from bot.db.connection import Database
from bot.domain.consultations import Host, Window
from bot.domain.directory import DirectoryActor
from bot.domain.network import PartnershipProfile
from bot.domain.network_calendar import NetworkEvent
from bot.domain.participants import Participant
from bot.domain.texts import LocalizedName

KATRIN, OKSANA = 910001, 910002  # the demo hosts (no Telegram account behind them)


def _same(name: str, **other: str) -> LocalizedName:
    return LocalizedName({"de": name, "en": name, **other})


async def seed_network(db: Database, clock: Clock, partnership_id: int) -> None:
    """Once: the profile and two hosts (nothing when the hosts exist)."""
    now = clock.now()
    async with db.transaction() as conn:
        if await consultations.get_host(conn, KATRIN) is not None:
            return
        demo = await partnerships.get(conn, partnership_id)
        assert demo is not None
        await participants.save(
            conn,
            Participant(
                KATRIN,
                "de",
                partnership_id,
                demo.cities[0].id,
                "Katrin Weber",
                privacy_accepted_at=now,
                languages_spoken=frozenset({"de", "en", "ru"}),
            ),
            now,
        )
        await participants.save(
            conn,
            Participant(
                OKSANA,
                "uk",
                None,
                None,
                "Оксана Коваль",
                privacy_accepted_at=now,
                languages_spoken=frozenset({"uk", "ru", "en"}),
            ),
            now,
        )
        await network_db.save_profile(
            conn,
            PartnershipProfile(
                partnership_id,
                since_year=2005,
                countries=("DE", "RU"),
                topics=("digitalisation", "youth"),
                contact_user_id=KATRIN,
                contact_agreed_at=now,
            ),
            now,
        )
        await network_db.add_staff(conn, KATRIN, 1, None, now)
        await network_db.add_staff(conn, OKSANA, 1, None, now)
        await consultations.save_host(
            conn,
            Host(
                KATRIN,
                "Europe/Berlin",
                duration_min=30,
                buffer_min=15,
                notice_hours=24,
                languages=("de", "en", "ru"),
                video_link="https://meet.jit.si/twincity-sprechstunde",
                windows=(Window(1, time(10), time(12)), Window(3, time(16), time(18))),
            ),
            now,
        )
        await consultations.save_host(
            conn,
            Host(
                OKSANA,
                "Europe/Kyiv",
                duration_min=45,
                buffer_min=15,
                notice_hours=24,
                capacity=4,
                languages=("uk", "ru", "en"),
                topics=("youth", "education", "integration"),
                windows=(Window(2, time(14), time(17)),),
            ),
            now,
        )
        await _seed_directory(conn, partnership_id, now)
        day = datetime.combine(now.date() + timedelta(days=45), time(10), ZoneInfo("Europe/Berlin"))
        await network_calendar.create_event(
            conn,
            NetworkEvent(
                0,
                1,
                "Tag der Städtepartnerschaften",
                "Vorträge, Ideenbörse und Sprechstunden für alle Partnerschaften des Netzwerks.",
                "Europe/Berlin",
                day.astimezone(UTC),
                (day + timedelta(hours=7)).astimezone(UTC),
                place="Rathaus Karlsruhe",
            ),
            demo.cities[0].id,
            KATRIN,
            now,
        )


async def _seed_directory(conn: aiosqlite.Connection, partnership_id: int, now: datetime) -> None:
    """A German association listed with its contact's consent, a Russian school listed on the
    school's own word (no person named)."""
    await directory.create_actor(
        conn,
        DirectoryActor(
            0,
            partnership_id,
            "association",
            "Deutsch-Russische Gesellschaft Karlsruhe e.V.",
            "Karlsruhe",
            "DE",
            topics=("culture", "youth"),
            description="Sprachcafé, Jugendaustausch und Kulturabende seit 1992.",
            description_language="de",
            contact_user_id=KATRIN,
            contact_agreed_at=now,
        ),
        False,
        now,
    )
    await directory.create_actor(
        conn,
        DirectoryActor(
            0,
            partnership_id,
            "school",
            "Гимназия № 36 Краснодар",
            "Краснодар",
            "RU",
            topics=("education", "youth"),
            description="Школьный обмен с Карлсруэ, проекты на немецком языке.",
            description_language="ru",
        ),
        True,
        now,
    )
