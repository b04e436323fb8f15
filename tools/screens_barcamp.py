"""The BarCamp plan's screens for `python -m tools.screens`, at phone width, in ru and de: the
participant's interest list (barcamp-people's screen, when it is reachable), the organiser's
plan screen before and after building, the confirmation, the announced plan (image and text
per slot) in a participant's chat, and "my sessions".

`seed_barcamp` writes what the walk needs before the sandbox starts: three Karlsruhe workshops
of the first partnership with a BarCamp each — one in the interest phase (for the interest
list) and one in the build phase per organiser language (each organiser announces their own) —
rooms, slots, twelve proposals with hosts and interest, the walk's people (BARCAMP_PEOPLE,
ids `first_id + n` in the order `walk_barcamp` adds them) onboarded and checked in, and the
organisers' role. `walk_barcamp` then drives the page. (When bot/services/barcamp_demo.py
seeds the sandbox's own demo BarCamp, the interest shots can use that instead.)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

import aiosqlite

from bot.callback_event import BarcampInterest
from bot.clock import SystemClock
from bot.db import barcamp as barcamp_db
from bot.db import participants as participants_db
from bot.db import partnerships as partnerships_db
from bot.db import registrations as registrations_db
from bot.db import roles as roles_db
from bot.db import workshops as workshops_db
from bot.db.connection import Database
from bot.domain.barcamp import Phase
from bot.domain.participants import Participant
from bot.domain.roles import Role
from bot.domain.texts import LocalizedName
from bot.domain.workshops import RegistrationStatus, Workshop, WorkshopKind, WorkshopStatus
from bot.offline.emulator.core import SimMessage

# Who walks the BarCamp screens, in the order they are added to the page: a participant and
# an organiser per language.
BARCAMP_PEOPLE = (
    ("Дмитрий", "ru", "participant"),
    ("Greta", "de", "participant"),
    ("Светлана", "ru", "organiser"),
    ("Matthias", "de", "organiser"),
)
ROOMS = (
    ("Großer Saal", 60, ("de", "ru"), "https://meet.example/karlsruhe-krasnodar"),
    ("Raum Rhein", 20, ("de",), None),
    ("Зал Кубань", 25, ("ru",), None),
    ("Werkstatt", 12, ("de", "ru"), None),
)
# (title, language, interest: how many of the crowd say "I'd attend")
PROPOSALS = (
    ("Radwege zwischen Innenstadt und Rhein", "de", 34),
    ("Велодорожки Краснодара: что работает", "ru", 28),
    ("Stadtgärten auf Dächern", "de", 22),
    ("Городские сады во дворах", "ru", 19),
    ("Jugendaustausch 2027 planen", "de", 17),
    ("Молодёжный обмен: идеи на 2027 год", "ru", 15),
    ("Repair-Café in beiden Städten", "de", 11),
    ("Мастерская по ремонту велосипедов", "ru", 9),
    ("Digitale Schule: Tablets teilen", "de", 8),
    ("Цифровая школа для пенсионеров", "ru", 7),
    ("Radwege: Winterdienst", "de", 5),
    ("Сады на крышах: опыт Карлсруэ", "ru", 3),
)
CROWD_FROM = 950_001  # the people whose interest fills the sessions (not on the page)
CROWD = 40
SLOTS = 3


@dataclass(frozen=True)
class BarcampScreens:
    """What `walk_barcamp` needs from the seed: workshop and BarCamp ids."""

    interest_workshop: int
    interest_camp: int
    build: dict[str, tuple[int, int]]  # organiser language -> (workshop id, BarCamp id)


class BarcampPhone(Protocol):
    """What the walk needs of tools.screens.Phone."""

    def add_person(self, name: str, language: str) -> int: ...
    def show(self, user_id: int) -> None: ...
    def say(self, user_id: int, text: str) -> None: ...
    def press(self, user_id: int, data: str) -> None: ...
    def press_first(self, user_id: int, prefix: str) -> bool: ...
    def find(self, user_id: int, wanted: Callable[[str], bool]) -> str | None: ...
    def settle(self, user_id: int) -> None: ...
    def messages(self, user_id: int) -> list[SimMessage]: ...
    def shot(self, language: str, name: str) -> None: ...


async def seed_barcamp(db: Database, first_id: int) -> BarcampScreens:
    now = SystemClock().now()
    async with db.transaction() as conn:
        partnership = (await partnerships_db.list_all(conn))[0]
        karlsruhe = partnership.cities[0]
        walkers = [first_id + n for n in range(len(BARCAMP_PEOPLE))]
        crowd = [CROWD_FROM + n for n in range(CROWD)]
        for user_id, (name, language, role) in zip(walkers, BARCAMP_PEOPLE, strict=True):
            person = Participant(user_id, language, partnership.id, karlsruhe.id, name, now)
            await participants_db.save(conn, person, now)
            if role == "organiser":
                await roles_db.grant(conn, user_id, partnership.id, Role.ORGANISER, None, now)
        for n, user_id in enumerate(crowd):
            language = ("de", "ru")[n % 2]
            city = partnership.cities[n % 2]
            person = Participant(user_id, language, partnership.id, city.id, None, now)
            await participants_db.save(conn, person, now)
        camps = []
        for n, phase in enumerate((Phase.INTEREST, Phase.BUILD, Phase.BUILD)):
            workshop = Workshop(
                id=0,
                partnership_id=partnership.id,
                kind=WorkshopKind.KICKOFF,
                title=LocalizedName(
                    {"de": f"BarCamp Karlsruhe {n + 1}", "ru": f"BarCamp Карлсруэ {n + 1}"}
                ),
                # The interest camp is the latest: /barcamp opens it for the participants.
                starts_at=_start(now, (n + 2) % 3),
                ends_at=_start(now, (n + 2) % 3) + timedelta(hours=4),
                time_zone=karlsruhe.time_zone,
                status=WorkshopStatus.PUBLISHED,
                city_id=karlsruhe.id,
                address="Rathaus, Marktplatz 1",
                capacity=100,
            )
            workshop_id = await workshops_db.save(conn, workshop, now)
            camp_id = await barcamp_db.create(conn, workshop_id, now)
            for name, capacity, languages, bridge in ROOMS:
                await barcamp_db.add_room(conn, camp_id, name, capacity, languages, bridge)
            for slot in range(SLOTS):
                start = workshop.starts_at + timedelta(minutes=30 + 60 * slot)
                await barcamp_db.add_slot(conn, camp_id, start, start + timedelta(minutes=45))
            # Only the walk's people are checked in: the announcement reaches them at once.
            for k, user_id in enumerate(walkers):
                code = f"BK{n}{k:04d}"
                await registrations_db.create(
                    conn, workshop_id, user_id, None, RegistrationStatus.ATTENDED, code, (), now
                )
            await _proposals(conn, camp_id, walkers, crowd, now)
            await barcamp_db.set_phase(conn, camp_id, phase, now)
            camps.append((workshop_id, camp_id))
    return BarcampScreens(camps[0][0], camps[0][1], {"ru": camps[1], "de": camps[2]})


def _start(now: datetime, n: int) -> datetime:
    """Tomorrow 10:00 UTC (noon in Karlsruhe in summer), a day apart per workshop."""
    day = (now + timedelta(days=1 + n)).replace(hour=8, minute=0, second=0, microsecond=0)
    return day


async def _proposals(
    conn: aiosqlite.Connection,
    camp_id: int,
    walkers: Sequence[int],
    crowd: Sequence[int],
    now: datetime,
) -> None:
    """The proposals, hosted by the crowd (two by the first participant, so "my sessions"
    has hosted ones), with interest from the crowd and the participants."""
    for n, (title, language, interest) in enumerate(PROPOSALS):
        host = walkers[0] if n in (1, 9) else walkers[1] if n in (0, 8) else crowd[n]
        session_id = await barcamp_db.add_session(
            conn, camp_id, title, "", language, host, [host], now
        )
        fans = list(crowd[: interest - 2]) + list(walkers[:2]) if n in (2, 3) else crowd[:interest]
        for user_id in fans:
            await barcamp_db.add_interest(conn, session_id, user_id, now)


def walk_barcamp(phone: BarcampPhone, languages: list[str], seeded: BarcampScreens) -> None:
    """Per language (ru, de): the participant's interest list, the organiser's plan before
    and after building, the announcement's confirmation, the announced plan in the
    participant's chat, and "my sessions"."""
    ids = {}
    for name, language, role in BARCAMP_PEOPLE:
        ids[(language, role)] = uid = phone.add_person(name, language)
        phone.show(uid)
        phone.say(uid, "/start")  # a chat the announcement can reach (seeded: no onboarding)
    for language in ("ru", "de"):
        if language not in languages:
            continue
        person, boss = ids[(language, "participant")], ids[(language, "organiser")]
        phone.show(person)
        phone.say(person, "/barcamp")  # the latest BarCamp they are checked in to
        if _press_exactly(
            phone, person, f"{BarcampInterest.PREFIX}:{seeded.interest_camp}:list:0:0"
        ):
            phone.shot(language, "barcamp-interest")
        workshop_id, camp_id = seeded.build[language]
        phone.show(boss)
        phone.say(boss, "/organise")
        phone.press_first(boss, "og:workshops:")
        _press_exactly(phone, boss, f"wm:{workshop_id}:card:0")
        _press_exactly(phone, boss, f"bkh:{workshop_id}")  # barcamp-people's home: to the plan
        if not _press_exactly(phone, boss, f"bkp:{camp_id}"):
            continue  # the BarCamp home is not there yet: no way to the plan on the page
        phone.shot(language, "barcamp-plan-empty")
        phone.press(boss, f"bkq:{camp_id}:build")
        phone.shot(language, "barcamp-plan-built")
        phone.press_first(boss, "bkr:")
        phone.shot(language, "barcamp-plan-session")
        phone.press(boss, f"bkp:{camp_id}")
        phone.press(boss, f"bkq:{camp_id}:announce")
        phone.shot(language, "barcamp-plan-confirm")
        phone.press(boss, f"bkq:{camp_id}:announce_yes")
        phone.show(person)
        _wait_for_plan(phone, person)
        phone.shot(language, "barcamp-announced")
        phone.press(person, f"bkm:{camp_id}")
        phone.shot(language, "barcamp-mine")


def _press_exactly(phone: BarcampPhone, user_id: int, data: str) -> bool:
    """Press the button with exactly this data if it is on screen (False: it is not)."""
    found = phone.find(user_id, lambda d: d == data)
    if found is not None:
        phone.press(user_id, found)
    return found is not None


def _wait_for_plan(phone: BarcampPhone, user_id: int) -> None:
    """Until the outbox delivered the announcement's .ics (its last message), or 30 s."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if any(m.document is not None for m in phone.messages(user_id)):
            break
        time.sleep(0.3)
    phone.settle(user_id)
