"""The sandbox's BarCamp: on the first upcoming demo workshop, five rooms (a German-only, a
Russian-only, mixed ones, one bridged to the partner city), four time slots, a dozen proposals
in German, Russian and English by demo people checked in to the workshop, some interest, and
the phase "I'd attend" — what an organiser sees on the day before building the plan."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import Clock
from bot.db import barcamp as camp_db
from bot.db import due_tasks, participants, registrations, workshops
from bot.db.connection import Database
from bot.domain.barcamp import Phase
from bot.domain.participants import Participant
from bot.domain.workshops import RegistrationStatus, WorkshopStatus
from bot.services.barcamp import NOTES_TASK

FIRST_PERSON = 920001  # demo people (no Telegram account behind them)
ROOMS: tuple[tuple[str, int, tuple[str, ...], str | None], ...] = (
    ("Ratssaal", 80, ("de", "ru", "en"), "https://meet.jit.si/twincity-barcamp-ratssaal"),
    ("Raum Karlsruhe", 30, ("de",), None),
    ("Зал Краснодар", 30, ("ru",), None),
    ("Werkstatt", 20, ("de", "en"), None),
    ("Studio", 20, ("ru", "en"), None),
)
PEOPLE = (
    ("Jonas", "de", 0),
    ("Marina", "ru", 1),
    ("Lena", "de", 0),
    ("Dmitri", "ru", 1),
    ("Sophie", "en", 0),
    ("Olga", "ru", 1),
)
# title, description, language, proposer (index into PEOPLE), people interested
PROPOSALS: tuple[tuple[str, str, str, int, tuple[int, ...]], ...] = (
    ("Radwege für Schulkinder", "Wie kommen Kinder sicher zur Schule?", "de", 0, (1, 2, 4)),
    ("Общий сад во дворе", "Огород вместе с соседями", "ru", 1, (0, 3, 5)),
    ("Repair-Café im Stadtteil", "Reparieren statt wegwerfen", "de", 2, (0, 4)),
    ("Молодёжный обмен летом", "Поездка школьников в Карлсруэ", "ru", 3, (1, 5, 2)),
    ("Open data for both cities", "Sharing city data across the partnership", "en", 4, (0, 3)),
    ("Chor ohne Grenzen", "Gemeinsam singen, online und vor Ort", "de", 0, (1,)),
    ("Волонтёры для пожилых", "Помощь соседям старшего возраста", "ru", 5, (3, 1)),
    ("Sprachtandem", "Deutsch und Russisch im Tandem lernen", "de", 2, (1, 3, 5, 4)),
    ("Street art festival", "A wall painted by artists from both cities", "en", 4, (2,)),
    ("Экологичный рынок", "Местные продукты без пластика", "ru", 3, (0,)),
    ("Stadtführung auf Russisch", "Karlsruhe für Gäste aus Krasnodar", "de", 0, (3, 5)),
    ("Фотовыставка двух городов", "Снимки жителей о своём городе", "ru", 1, (2, 4)),
)


async def seed_barcamp(db: Database, clock: Clock, partnership_id: int) -> None:
    """Once: nothing when the first upcoming workshop has a BarCamp already."""
    now = clock.now()
    async with db.transaction() as conn:
        upcoming = await workshops.list_for_partnership(
            conn, partnership_id, statuses=(WorkshopStatus.PUBLISHED,), ending_after=now
        )
        if not upcoming:
            return
        workshop = upcoming[0]
        if await camp_db.of_workshop(conn, workshop.id) is not None:
            return
        people = [FIRST_PERSON + n for n in range(len(PEOPLE))]
        for user_id, (name, language, _) in zip(people, PEOPLE, strict=True):
            person = Participant(
                user_id, language, partnership_id, workshop.city_id, name, privacy_accepted_at=now
            )
            await participants.save(conn, person, now)
            await registrations.create(
                conn,
                workshop.id,
                user_id,
                workshop.city_id,
                RegistrationStatus.ATTENDED,
                f"BC{user_id}",
                (),
                now,
            )
        barcamp_id = await camp_db.create(conn, workshop.id, now)
        for name, capacity, languages, bridge in ROOMS:
            await camp_db.add_room(conn, barcamp_id, name, capacity, languages, bridge)
        for n in range(4):
            start = workshop.starts_at + timedelta(minutes=60 * n)
            end = start + timedelta(minutes=45)
            slot_id = await camp_db.add_slot(conn, barcamp_id, start, end)
            await due_tasks.plan(conn, NOTES_TASK, slot_id, end)
        for title, description, language, proposer, interested in PROPOSALS:
            host = people[proposer]
            session_id = await camp_db.add_session(
                conn, barcamp_id, title, description, language, host, (host,), now
            )
            for index in interested:
                await camp_db.add_interest(conn, session_id, people[index], now)
        await camp_db.set_phase(conn, barcamp_id, Phase.INTEREST, now)
