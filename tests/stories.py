"""Shared stories for tests: people onboarded, workshops and ideas in place, a team formed.

Test modules import these from here (never from conftest.py, which keeps only fixtures, nor
from each other). Buttons are pressed by their callback data, never by their English label.
The ids below are those of the demo partnership (`seed_demo`) in a fresh database.
"""

from __future__ import annotations

import inspect
import socket
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import aiosqlite
import tornado.web
from telegram import InlineKeyboardMarkup
from tornado.httpserver import HTTPServer

from bot.callback_calls import ApplyCountry, ApplyStart, ApplyStep, ApplyZone, CallAdmin
from bot.callback_data import (
    CallbackData,
    ChooseCity,
    IdeaAction,
    IdeaDraftStep,
    IdeaOpen,
    OrganiserStep,
    PrivacyAnswer,
    ProfileStep,
    SetLanguage,
)
from bot.callback_event import LivePost
from bot.callback_network import (
    ExchangeDraftStep,
    ExchangeMine,
    ExchangePost,
    NetworkHome,
    NewsletterHome,
    NewsletterStep,
)
from bot.callback_toolbox import (
    StoriesReview,
    StoryReviewCard,
    StoryWrite,
    ToolboxDraftStep,
    ToolboxKeep,
    ToolboxManage,
)
from bot.db import applications as applications_db
from bot.db import barcamp as barcamp_db
from bot.db import call_decisions as decisions_db
from bot.db import calls as calls_db
from bot.db import checkins as checkins_db
from bot.db import consultations as consult_db
from bot.db import consultations as consultations_db
from bot.db import directory as directory_db
from bot.db import ideas as ideas_db
from bot.db import live_wall as live_wall_db
from bot.db import network as network_db
from bot.db import network_calendar as network_calendar_db
from bot.db import participants as participants_db
from bot.db import partnerships as partnerships_db
from bot.db import registrations as registrations_db
from bot.db import roles as roles_db
from bot.db import stories as stories_db
from bot.db import teams as teams_db
from bot.db import workshops as workshops_db
from bot.db.codec import time_to_sql
from bot.db.connection import Database, connect
from bot.db.migrations import apply_migrations
from bot.domain.applying import zones_of
from bot.domain.barcamp import Phase
from bot.domain.calls import Answer as CallAnswer
from bot.domain.calls import Call
from bot.domain.calls import Document as CallDocument
from bot.domain.checkins import RoundKind
from bot.domain.consultations import Booking, Host
from bot.domain.consultations import Booking as ConsultBookingRow
from bot.domain.consultations import Host as ConsultHostSettings
from bot.domain.consultations import Window as ConsultWindow
from bot.domain.deeplinks import call_payload
from bot.domain.directory import DirectoryActor
from bot.domain.ideas import Idea, IdeaStatus, IdeaText
from bot.domain.live_wall import EventStatus, LiveEvent, LiveRoom, Moderation, new_wall_token
from bot.domain.network import PartnershipProfile
from bot.domain.participants import Participant
from bot.domain.partnerships import CityDraft, Partnership, PartnershipDraft
from bot.domain.roles import Role
from bot.domain.stories import Story, person_token
from bot.domain.texts import LocalizedName
from bot.domain.workshops import (
    Question,
    RegistrationStatus,
    Workshop,
    WorkshopKind,
    WorkshopStatus,
)
from bot.offline.emulator import SimMessage
from bot.offline.emulator.client import SimClient
from bot.offline.emulator.model import SimFile
from bot.offline.harness import BotHarness
from bot.services.demo import seed_demo
from bot.services.live_demo import DEMO_TITLE as LIVE_DEMO_TITLE
from bot.telegram.limits import over_budget_labels
from bot.wall_pages import wall_routes
from tests.fake_translator import FakeTranslator, fake_translator

ADMIN_ID = 4242

# The demo partnership: its id, its cities in order, its first theme.
DEMO_PARTNERSHIP = 1
KARLSRUHE, KRASNODAR = 1, 2
ECOLOGY = 1  # "Ecology & Health"

Data = TypeVar("Data", bound=CallbackData)


def shown(user: SimClient, kind: type[Data], **fields: Any) -> Data:
    """The button of `kind` (whose fields have these values) on the newest message showing
    one: for a press whose ids the test cannot know in advance (a round, a message)."""
    for message in reversed(user.messages):
        for data in message.button_data():
            found = kind.unpack(data)
            if found is not None and all(getattr(found, k) == v for k, v in fields.items()):
                return found
    raise AssertionError(f"no {kind.__name__} button {fields} in {user.user.first_name}'s chat")


def popup(user: SimClient) -> str:
    """The alert that answered the person's last press ("" when it was answered without one):
    how the bot refuses a button (UX.md: errors about a button press are pop-ups)."""
    answer = user.last_callback_answer or {}
    return str(answer.get("text", "")) if answer.get("show_alert") else ""


# ---------------------------------------------------------------- taps
class Counted:
    """A person whose presses and typed messages are counted (UX.md's tap budgets): use it
    like the SimClient it wraps; `counted.taps` is what they did since `reset()`."""

    def __init__(self, user: SimClient) -> None:
        self.user = user
        self.presses = 0
        self.typed = 0

    def reset(self) -> None:
        self.presses = self.typed = 0

    @property
    def taps(self) -> int:
        return self.presses + self.typed

    async def press(self, button: CallbackData, **kwargs: Any) -> SimMessage:
        self.presses += 1
        return await self.user.press(button, **kwargs)

    async def press_at(self, row: int, column: int = 0) -> SimMessage:
        self.presses += 1
        return await self.user.press_at(row, column)

    async def send(self, text: str) -> None:
        self.typed += 1
        await self.user.send(text)

    async def start(self, payload: str | None = None) -> None:
        self.typed += 1  # /start is typed (or a link opened): an interaction
        await self.user.start(payload)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.user, name)  # reading the chat is free


# ---------------------------------------------------------------- people
async def onboard(user: SimClient, *, language: str = "en", city: int = KARLSRUHE) -> None:
    """Walk through onboarding the quickest way: language code, city id, skip the rest."""
    await user.start()
    await user.press(SetLanguage(language))
    await user.press(ChooseCity(city))
    await user.press(PrivacyAnswer(accept=True))
    await user.press(ProfileStep("finish", onboarding=True))  # skip the name


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
    partnership = (await harness.services.partnerships.list())[0]
    async with harness.services.db.transaction() as conn:
        await roles_db.grant(
            conn, user.id, partnership.id, Role.ORGANISER, None, harness.clock.now()
        )


async def organiser_workshops(user: SimClient) -> None:
    """/organise, then the Workshops group: the organiser's list of workshops."""
    await user.send("/organise")
    await user.press(shown(user, OrganiserStep, action="workshops"))


# ---------------------------------------------------------------- workshops
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


# ---------------------------------------------------------------- ideas
async def submit(
    user: SimClient, title: str, description: str, *, needs: str | None = None
) -> None:
    """Share an idea through /ideas: the first theme, no photo, past any similar ideas."""
    await user.send("/ideas")
    await user.press(IdeaDraftStep("new", 0))
    await user.send(title)
    await user.send(description)
    await user.press(IdeaDraftStep("theme", ECOLOGY))  # one theme: on to the review
    anyway = IdeaDraftStep("review", 0)  # shown when similar ideas exist
    if anyway.pack() in user.button_data():
        await user.press(anyway)
    if needs:
        await user.press(IdeaDraftStep("add_needs", 0))  # 🤝 Add what it needs
        await user.send(needs)
    await user.press(IdeaDraftStep("submit", 0))


async def open_voting(harness: BotHarness, budget: int = 5) -> None:
    partnership = (await harness.services.partnerships.list())[0]
    actor = await harness.services.access.actor(ADMIN_ID)
    await harness.services.ideas.change_settings(
        actor, partnership.id, voting_open=True, vote_budget=budget
    )


async def idea_ids(harness: BotHarness) -> list[int]:
    async with harness.services.db.reading() as conn:
        found, _ = await ideas_db.list_ideas(conn, 1, statuses=tuple(IdeaStatus), limit=100)
    return sorted(i.id for i in found)


async def published_ideas(
    harness: BotHarness, count: int, *, author_id: int | None = None, language: str = "en"
) -> list[int]:
    """`count` published ideas of the demo partnership, written straight to the database."""
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


# ---------------------------------------------------------------- teams
async def make_team(h: BotHarness) -> tuple[SimClient, SimClient, SimClient, SimClient, int]:
    """Klara and Karl in Karlsruhe, Roman in Krasnodar, and their coach."""
    klara = await quick_participant(h, "Klara", language="de")
    karl = await quick_participant(h, "Karl", language="de")
    roman = await quick_participant(h, "Roman", language="ru", city=1)
    coach = await quick_participant(h, "Coach", language="de")
    for person, name in ((klara, "Klara"), (karl, "Karl"), (roman, "Роман"), (coach, "Cora")):
        await h.services.onboarding.set_display_name(person.id, name)
    await submit(klara, "Grüne Innenstadt", "Mehr Bäume in der Innenstadt.")
    async with h.services.db.transaction() as conn:
        team_id = await teams_db.create(conn, 1, 1, [klara.id, karl.id, roman.id], h.clock.now())
        await roles_db.grant(conn, coach.id, 1, Role.COACH, None, h.clock.now())
        await teams_db.set_coach(conn, team_id, coach.id)
    return klara, karl, roman, coach, team_id


# ---------------------------------------------------------------- repositories
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


async def open_db(path: Path) -> Database:
    """A fresh database file with every migration applied."""
    db = connect(path)
    await db.open()
    await apply_migrations(db.conn)
    return db


def demo_draft() -> PartnershipDraft:
    return PartnershipDraft(
        LocalizedName({"de": "Minsk ↔ Berlin", "ru": "Минск ↔ Берлин"}),
        [
            CityDraft(LocalizedName({"de": "Minsk"}), "Europe/Minsk"),
            CityDraft(LocalizedName({"de": "Berlin"}), "Europe/Berlin"),
        ],
        [LocalizedName({"de": "Kultur"})],
    )


async def partnership_with_people(db: Database, *people: int) -> int:
    """A partnership (`demo_draft`) and these people in its first city; returns its id."""
    async with db.transaction() as conn:
        pid = await partnerships_db.create(conn, demo_draft(), 1, NOW)
        partnership = await partnerships_db.get(conn, pid)
        assert partnership is not None
        for user_id in people:
            person = Participant(user_id, "de", pid, partnership.cities[0].id, None, NOW)
            await participants_db.save(conn, person, NOW)
    return pid


async def statuses(harness: BotHarness, workshop_id: int) -> dict[int, RegistrationStatus]:
    """user id -> status of their live registration."""
    async with harness.services.db.reading() as conn:
        regs = await registrations_db.for_workshop(conn, workshop_id, list(RegistrationStatus))
    return {r.user_id: r.status for r in regs if r.status is not RegistrationStatus.CANCELLED}


async def want(user: SimClient, idea_id: int) -> None:
    """Open the idea and say "I want to work on this" (matching's wish)."""
    await user.press_data(IdeaOpen(idea_id, 0, 0, "a", "n").pack())
    await user.press(IdeaAction(idea_id, "support", 0))


def proposal(user: SimClient) -> SimMessage:
    """The newest matching proposal in the person's chat."""
    return next(m for m in reversed(user.messages) if m.body.startswith("🤝"))


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on (for servers the tests start)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def png_header(width: int, height: int) -> bytes:
    """The start of a PNG of this size: enough for the emulator (and Telegram) to see a photo."""
    return (
        b"\x89PNG\r\n\x1a\n"
        + b"\x00\x00\x00\rIHDR"
        + width.to_bytes(4, "big")
        + height.to_bytes(4, "big")
        + b"\x08\x02\x00\x00\x00"
    )


@asynccontextmanager
async def translated_harness(
    tmp_path: Path, clock: Any, mode: str = "ok", **harness: Any
) -> AsyncIterator[tuple[BotHarness, FakeTranslator]]:
    """The demo partnership in a harness whose machine translations come from a fake provider
    on 127.0.0.1 (`mode` as `fake_translator`'s)."""
    async with fake_translator(mode) as fake:
        settings = replace(BotHarness(tmp_path / "x").settings, translation_url=fake.url)
        async with BotHarness(
            tmp_path / "bot.sqlite3", clock=clock, settings=settings, **harness
        ) as h:
            await seed_demo(h.services.db, clock)
            yield h, fake


# ---------------------------------------------------------------- programme calls
async def open_call(harness: BotHarness, **changes: Any) -> Call:
    """The default call (Twin City Booster), created and published by the administrator;
    `changes` are columns of `calls` in their SQL form (e.g. blind=1)."""
    admin = await harness.services.access.actor(ADMIN_ID)
    call = await harness.services.calls.create_default(admin)
    if changes:
        async with harness.services.db.transaction() as conn:
            await calls_db.update(conn, call.id, changes)
    return await harness.services.calls.publish(admin, call.id)


async def seed_application(
    harness: BotHarness,
    call: Call,
    lead: int,
    partner: int,
    *,
    cities: tuple[str, str] = ("Karlsruhe", "Krasnodar"),
    countries: tuple[str, str] = ("DE", "RU"),
    languages: tuple[str, str] = ("de", "ru"),
    submitted: bool = True,
) -> int:
    """A complete joint application written straight into the database (for review and
    decision tests that do not walk the applying screens): every question answered by both
    parties, the support statement attached, both signed off, and submitted."""
    now = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        application_id = await applications_db.create(conn, call.id, lead, languages[0], now)
        await applications_db.add_party(conn, application_id, partner, languages[1], now)
        application = await applications_db.get(conn, application_id)
        assert application is not None
        zones = {"DE": "Europe/Berlin", "RU": "Europe/Moscow", "UA": "Europe/Kyiv"}
        for party, city, country in zip(application.parties, cities, countries, strict=True):
            await applications_db.set_party_details(
                conn, party.id, city=city, country=country, time_zone=zones.get(country)
            )
            for question in call.questions:
                text = f"{city}: {question.field or 'answer'} {question.id}"
                answer = CallAnswer(question.id, party.id, text, party.language)
                await applications_db.save_answer(conn, application_id, answer, now)
        for requirement in call.documents:
            document = CallDocument(
                0, requirement.id, application.parties[0].id, "file-support", "support.pdf",
                "application/pdf", 1234, "0" * 64, now,
            )  # fmt: skip
            await applications_db.add_document(conn, application_id, document, now)
        for party in application.parties:
            await applications_db.sign_off(conn, party.id, now)
        if submitted:
            await applications_db.submit(conn, application_id, {}, now)
    return application_id


# ---------------------------------------------------------------- programme calls: applying
async def start_application(
    user: SimClient, call: Call, city: str = "Karlsruhe", country: str = "DE"
) -> int:
    """From the call's link to its first question: city typed, country (and for Russia the
    Moscow time zone) pressed; returns the application's id."""
    await user.start(call_payload(call.id))
    await user.press(ApplyStart(call.id))
    await user.send(city)
    await user.press(ApplyCountry(country))
    if len(zones_of(country)) > 1:
        application_id = shown(user, ApplyZone).application_id
        await user.press(ApplyZone(application_id, zones_of(country).index("Europe/Moscow")))
    return shown(user, ApplyStep, action="later").application_id


async def answer_every_question(user: SimClient, call: Call, prefix: str) -> list[str]:
    """Answers the call's questions one after the other (the next one is shown each time)."""
    answers = [f"{prefix} {i + 1}" for i in range(len(call.questions))]
    for text in answers:
        await user.send(text)
    return answers


async def partner_payload(user: SimClient, application_id: int) -> str:
    """The lead presses "Invite the partner city" and forwards the link: its /start payload."""
    if ApplyStep("invite", application_id).pack() not in user.button_data():
        await user.press(ApplyStep("review", application_id))
    await user.press(ApplyStep("invite", application_id))
    return user.last_text.rsplit("?start=", 1)[1].split()[0]


# ---------------------------------------------------------------- decisions
async def applicants(harness: BotHarness) -> tuple[SimClient, SimClient]:
    """A German lead applicant and a Russian partner who wrote to the bot (no profile)."""
    lead = harness.user("Lena", "de")
    partner = harness.user("Oleg", "ru")
    for person in (lead, partner):
        harness.sim.users[person.id].started = True  # they applied through the bot
    return lead, partner


async def call_admin(harness: BotHarness, language: str = "en") -> SimClient:
    admin = harness.user("Admin", language, user_id=ADMIN_ID)
    await onboard(admin, language=language)
    return admin


async def add_review(
    harness: BotHarness,
    application_id: int,
    reviewer_id: int,
    scores: dict[int, int],
    note: str | None = None,
) -> None:
    """A submitted review with a score for each criterion id, straight into the database."""
    async with harness.services.db.transaction() as conn:
        await decisions_db.save_review(
            conn, application_id, reviewer_id, scores, note, harness.clock.now()
        )


async def add_translation(
    harness: BotHarness,
    application_id: int,
    question_id: int,
    party_id: int,
    language: str,
    text: str,
) -> None:
    """A person's translation of one party's answer, straight into the database."""
    async with harness.services.db.transaction() as conn:
        await conn.execute(
            "INSERT INTO answer_translations (application_id, question_id, party_id, language,"
            " text, source, created_at) VALUES (?, ?, ?, ?, ?, 'human', ?)",
            (
                application_id,
                question_id,
                party_id,
                language,
                text,
                time_to_sql(harness.clock.now()),
            ),
        )


async def past_deadline(harness: BotHarness, call: Call) -> None:
    """Let the call's deadline pass (a minute after it): deciding is open from then on."""
    await harness.advance(call.deadline_at + timedelta(minutes=1) - harness.clock.now())


# ---------------------------------------------------------------- calls (administrators)
async def calls_admin(harness: BotHarness, *, language: str = "en") -> SimClient:
    """The administrator as Telegram knows them (not onboarded: /calls needs no partnership)."""
    return harness.user("Admin", language, user_id=ADMIN_ID)


async def new_call(harness: BotHarness, admin: SimClient) -> Call:
    """/calls, then "New call": the default call, prepared, its card on screen."""
    await admin.send("/calls")
    await admin.press(CallAdmin("new", 0, 0))
    async with harness.services.db.reading() as conn:
        return (await calls_db.all_calls(conn))[0]


# ---------------------------------------------------------------- stories — publishing
async def seed_story(
    harness: BotHarness,
    team_id: int | None,
    people: list[tuple[int, str, int]],
    *,
    idea_id: int | None = 1,
    status: str = "review",
    language: str = "de",
    title: str = "Grüne Innenstadt",
) -> tuple[int, list[int]]:
    """A story of the demo partnership written straight to the database: a title, the idea,
    the team naming everyone in `people` ((user id, first name, city id)) by token, three
    dated timeline entries and an outcome. Returns its id and the people's row ids."""
    now = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        story_id = await stories_db.create_story(
            conn, DEMO_PARTNERSHIP, team_id, idea_id, language, None, now
        )
        ids = [await stories_db.add_person(conn, story_id, *person) for person in people]
        names = ", ".join(person_token(i) for i in ids)
        for kind, text in (
            ("title", title),
            ("idea", "Mehr Bäume in der Innenstadt, gepflanzt von beiden Städten."),
            ("team", f"{names} haben zusammen gepflanzt."),
            ("outcome", "Zwölf Bäume stehen jetzt in beiden Innenstädten."),
        ):
            await stories_db.set_section(conn, story_id, kind, language, text, "team", None, now)
        await stories_db.add_timeline(conn, story_id, date(2026, 3, 12), "idea")
        await stories_db.add_timeline(conn, story_id, date(2026, 4, 2), "team")
        await stories_db.add_timeline(
            conn, story_id, date(2026, 5, 20), "checkin", texts={language: "Erste Bäume gepflanzt"}
        )
        await conn.execute("UPDATE stories SET status = ? WHERE id = ?", (status, story_id))
    return story_id, ids


async def story_reviewer(harness: BotHarness, story_id: int) -> SimClient:
    """An organiser of the demo partnership with the story's review card on screen."""
    olga = await quick_participant(harness, "Olga")
    await make_organiser(harness, olga)
    await olga.send("/organise")
    await olga.press(shown(olga, OrganiserStep, action="news"))
    await olga.press(StoriesReview(DEMO_PARTNERSHIP))
    await olga.press(StoryReviewCard(story_id))
    return olga


async def answer_consent(harness: BotHarness, person_id: int, consent: str) -> None:
    """A named person's answer (given, declined), straight into the database."""
    async with harness.services.db.transaction() as conn:
        await stories_db.set_consent(conn, person_id, consent, harness.clock.now())


async def team_story(
    harness: BotHarness, *, status: str = "review"
) -> tuple[int, list[int], tuple[SimClient, SimClient, SimClient]]:
    """`make_team`'s team (Klara, Karl, Roman) and its story naming all three (consent
    pending); returns the story's id, the people's row ids and the three members."""
    klara, karl, roman, _coach, team_id = await make_team(harness)
    story_id, people = await seed_story(
        harness,
        team_id,
        [
            (klara.id, "Klara", KARLSRUHE),
            (karl.id, "Karl", KARLSRUHE),
            (roman.id, "Роман", KRASNODAR),
        ],
        status=status,
    )
    return story_id, people, (klara, karl, roman)


async def add_story_photo(harness: BotHarness, story_id: int, person_id: int, file_id: str) -> None:
    """A photo the person added (its clean copy known to Telegram under `file_id`)."""
    harness.sim.files[file_id] = SimFile(
        file_id, f"U-{file_id}", None, "image/jpeg", png_header(800, 600), 800, 600
    )
    async with harness.services.db.transaction() as conn:
        await conn.execute(
            "INSERT INTO story_photos (story_id, person_id, file_id, width, height, created_at)"
            " VALUES (?, ?, ?, 800, 600, ?)",
            (story_id, person_id, file_id, time_to_sql(harness.clock.now())),
        )


async def publish_story(harness: BotHarness, story_id: int) -> None:
    """Published straight in the database (nobody is told): for reading tests."""
    async with harness.services.db.transaction() as conn:
        await conn.execute(
            "UPDATE stories SET status = 'published', published_at = ? WHERE id = ?",
            (time_to_sql(harness.clock.now()), story_id),
        )


# ---------------------------------------------------------------- toolbox keeping
async def toolbox_keeper(
    harness: BotHarness, name: str = "Olga", language: str = "en"
) -> SimClient:
    """An organiser of the demo partnership on the keepers' screen (/organise, News, Toolbox)."""
    keeper = await quick_participant(harness, name, language=language)
    await make_organiser(harness, keeper)
    await keeper.send("/organise")
    await keeper.press(OrganiserStep("news", 0))
    await keeper.press(ToolboxManage())
    return keeper


async def keep_new_entry(
    keeper: SimClient, kind: str, title: str, text: str, tags: tuple[str, ...] = ()
) -> None:
    """From the keepers' screen (or an entry's card, back there first): a new entry's kind,
    title, text and tags ("topic.youth"), up to its kind-specific step."""
    if ToolboxDraftStep("new").pack() not in keeper.button_data():
        await keeper.press(ToolboxManage())
    await keeper.press(ToolboxDraftStep("new"))
    await keeper.press(ToolboxDraftStep("kind", kind))
    await keeper.send(title)
    await keeper.send(text)
    for facet in ("topic", "country", "phase"):
        for tag in tags:
            if tag.startswith(f"{facet}."):
                await keeper.press(ToolboxDraftStep("tag", tag))
        await keeper.press(ToolboxDraftStep("next", facet))


async def keep_publish(keeper: SimClient) -> int:
    """Publish the previewed draft (after the confirmation); the new entry's id."""
    await keeper.press(ToolboxDraftStep("publish_ask"))
    await keeper.press(ToolboxDraftStep("publish"))
    return shown(keeper, ToolboxKeep, action="still").ref


# ---------------------------------------------------------------- stories — writing
@dataclass(frozen=True)
class EndedTeam:
    """A team that ended its project, with what the story is drafted from (`ended_team`)."""

    klara: SimClient  # de, Karlsruhe: the idea's author
    karl: SimClient  # de, Karlsruhe
    roman: SimClient  # ru, Krasnodar
    coach: SimClient
    team_id: int
    idea_id: int
    kickoff: Workshop
    check_in_days: tuple[date, date, date]
    closing_day: date


async def ended_team(h: BotHarness) -> EndedTeam:
    """Klara's idea "Grüne Innenstadt" from the kick-off in Karlsruhe; Klara, Karl (Karlsruhe)
    and Roman (Krasnodar) with a coach; three weekly check-ins: Roman names a blocker in the
    second and none in the third (resolved), Karl names one in the third and never answers
    again (still open); the closing round's outcome answers (de, ru); the round closes, the
    team ends and its story is drafted (through the real closing path)."""
    now = h.clock.now()
    klara = await quick_participant(h, "Klara", language="de")
    karl = await quick_participant(h, "Karl", language="de")
    roman = await quick_participant(h, "Roman", language="ru", city=1)
    coach = await quick_participant(h, "Coach", language="de")
    for person, name in ((klara, "Klara"), (karl, "Karl"), (roman, "Роман"), (coach, "Cora")):
        await h.services.onboarding.set_display_name(person.id, name)
    kickoff = await create_workshop(h, title="Kick-off Karlsruhe", starts_in=-timedelta(days=40))
    days = tuple(now.date() - timedelta(days=d) for d in (21, 14, 7))
    closing_day = now.date() - timedelta(days=1)
    async with h.services.db.transaction() as conn:
        idea_id = await ideas_db.create(
            conn,
            Idea(
                0,
                DEMO_PARTNERSHIP,
                klara.id,
                KARLSRUHE,
                "de",
                IdeaText("Grüne Innenstadt", "Mehr Bäume in der Innenstadt.", None),
                IdeaStatus.PUBLISHED,
                workshop_id=kickoff.id,
            ),
            now - timedelta(days=38),
        )
        team_id = await teams_db.create(
            conn, DEMO_PARTNERSHIP, idea_id, [klara.id, karl.id, roman.id], now - timedelta(days=30)
        )
        await roles_db.grant(conn, coach.id, DEMO_PARTNERSHIP, Role.COACH, None, now)
        await teams_db.set_coach(conn, team_id, coach.id)
        answers: list[list[tuple[SimClient, str, str, str]]] = [
            [(klara, "moved", "Plan geschrieben", "de"), (roman, "moved", "Место нашли", "ru")],
            [
                (klara, "moved", "Bäume bestellt", "de"),
                (roman, "blocking", "Виза задерживается", "ru"),
            ],
            [
                (roman, "moved", "Виза есть", "ru"),
                (karl, "blocking", "Kein Transporter", "de"),
            ],
        ]
        for day, given in zip(days, answers, strict=True):
            round_id = await checkins_db.create_round(
                conn, team_id, RoundKind.REGULAR, day, now - timedelta(days=1)
            )
            assert round_id is not None
            for person, question, text, language in given:
                await checkins_db.save_answer(
                    conn, round_id, person.id, question, text, None, language, now
                )
            await checkins_db.close_round(conn, round_id, now)
        closing = await checkins_db.create_round(conn, team_id, RoundKind.CLOSING, closing_day, now)
        assert closing is not None
        for person in (klara, karl, roman):
            await checkins_db.add_delivery(conn, closing, person.id, now)
        for person, text, language in (
            (klara, "Zwölf neue Bäume in der Innenstadt.", "de"),
            (roman, "Посадили деревья и в Краснодаре.", "ru"),
        ):
            await checkins_db.save_answer(
                conn, closing, person.id, "outcome", text, None, language, now
            )
        await h.services.checkin_digests.close(conn, closing)
    await h.drain()
    return EndedTeam(klara, karl, roman, coach, team_id, idea_id, kickoff, days, closing_day)


async def story_of(h: BotHarness, team_id: int) -> Story:
    """The team's story as stored (its people, sections, timeline, photos)."""
    async with h.services.db.reading() as conn:
        story_id = await stories_db.story_of_team(conn, team_id)
        assert story_id is not None
        story = await stories_db.get_story(conn, story_id)
    assert story is not None
    return story


async def drafted_story(h: BotHarness) -> tuple[EndedTeam, Story]:
    """An ended team (`ended_team`) and the story the bot drafted for it."""
    team = await ended_team(h)
    return team, await story_of(h, team.team_id)


async def consent(user: SimClient, story_id: int, given: bool) -> None:
    """The person answers the consent question (the buttons under the bot's question)."""
    await user.press(StoryWrite("consent_yes" if given else "consent_no", story_id, 0))


# ---------------------------------------------------------------- consult_hosting
async def network_staff(harness: BotHarness, name: str = "Nina", language: str = "en") -> SimClient:
    """An onboarded person (Karlsruhe) who is staff of the default network: may host."""
    user = await quick_participant(harness, name, language=language)
    async with harness.services.db.transaction() as conn:
        await network_db.add_staff(conn, user.id, 1, None, harness.clock.now())
    return user


async def hosting(harness: BotHarness, user_id: int, **settings: Any) -> Host:
    """A host with Tuesday 10:00–12:00 on Karlsruhe's clock (or `settings`), saved directly."""
    fields: dict[str, Any] = {
        "time_zone": "Europe/Berlin",
        "languages": ("en", "de"),
        "windows": (ConsultWindow(1, time(10), time(12)),),
    }
    host = Host(user_id=user_id, **{**fields, **settings})
    async with harness.services.db.transaction() as conn:
        await consult_db.save_host(conn, host, harness.clock.now())
        saved = await consult_db.get_host(conn, user_id)
    assert saved is not None
    return saved


async def booked(
    harness: BotHarness, host: Host, person_id: int, starts_at: datetime, **fields: Any
) -> int:
    """A booking made directly (the booking family's screens are not needed here)."""
    booking = Booking(
        id=0,
        host_id=host.user_id,
        person_id=person_id,
        starts_at=starts_at,
        ends_at=starts_at + host.duration,
        topic=fields.pop("topic", "youth"),
        language=fields.pop("language", "en"),
        **fields,
    )
    async with harness.services.db.transaction() as conn:
        return await consult_db.create_booking(conn, booking, harness.clock.now())


# ---------------------------------------------------------------- network: idea exchange
async def exchange_member(
    harness: BotHarness,
    name: str,
    *,
    language: str = "en",
    username: str | None = None,
    other_partnership: bool = False,
    organiser: bool = False,
) -> SimClient:
    """An onboarded person with a Telegram first name (and username): of the demo partnership
    (Karlsruhe), or of a second one (Minsk ↔ Berlin, made on first use, in Minsk)."""
    user = harness.user(name, language, username=username)
    harness.sim.users[user.id].started = True
    now = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        found = await partnerships_db.list_all(conn)
        if other_partnership and len(found) < 2:
            await partnerships_db.create(conn, demo_draft(), None, now)
            found = await partnerships_db.list_all(conn)
        partnership = found[1] if other_partnership else found[0]
        person = Participant(
            user.id, language, partnership.id, partnership.cities[0].id, None, now, first_name=name
        )
        await participants_db.save(conn, person, now)
        if organiser:
            await roles_db.grant(conn, user.id, partnership.id, Role.ORGANISER, None, now)
    return user


async def post_exchange(
    poster: SimClient,
    title: str,
    text: str,
    *,
    kind: str = "need",
    topics: tuple[str, ...] = (),
    countries: tuple[str, ...] = (),
) -> int:
    """An organiser's post, from /exchange through the steps to "publish"; its id."""
    await poster.send("/exchange")
    await poster.press(ExchangeMine())
    await poster.press(ExchangeDraftStep("new"))
    await poster.press(ExchangeDraftStep("kind", kind))
    await poster.send(title)
    await poster.send(text)
    for topic in topics:
        await poster.press(ExchangeDraftStep("topic", topic))
    await poster.press(ExchangeDraftStep("next", "topic"))
    for country in countries:
        await poster.press(ExchangeDraftStep("country", country))
    await poster.press(ExchangeDraftStep("next", "country"))
    await poster.press(ExchangeDraftStep("publish_ask"))
    await poster.press(ExchangeDraftStep("publish"))
    return shown(poster, ExchangePost, action="edit").post_id


# ---------------------------------------------------------------- consult (booking)
async def consult_host(
    harness: BotHarness,
    name: str = "Hanna",
    *,
    languages: tuple[str, ...] = ("de", "en"),
    windows: tuple[ConsultWindow, ...] = (),
    **settings: Any,
) -> SimClient:
    """A host in Karlsruhe (Europe/Berlin) with a display name, created directly (the host's
    own screens are another family's)."""
    user = await quick_participant(harness, name, language="de")
    now = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        person = await participants_db.get(conn, user.id)
        assert person is not None
        await participants_db.save(conn, replace(person, display_name=name), now)
        host = ConsultHostSettings(
            user.id, "Europe/Berlin", languages=languages, windows=windows, **settings
        )
        await consultations_db.save_host(conn, host, now)
        await network_db.add_staff(conn, user.id, 1, None, now)  # hosts are staff or coaches
    return user


async def consult_bookings(harness: BotHarness, host_id: int) -> list[ConsultBookingRow]:
    async with harness.services.db.reading() as conn:
        return await consultations_db.host_bookings(conn, host_id, harness.clock.now())


# ---------------------------------------------------------------- newsletter and calendar
async def network_focus(
    harness: BotHarness, partnership_id: int, countries: tuple[str, ...], topics: tuple[str, ...]
) -> None:
    """Give a partnership its country and topic focus (its directory profile)."""
    async with harness.services.db.transaction() as conn:
        profile = await network_db.get_profile(conn, partnership_id)
        changed = replace(profile, countries=countries, topics=topics)
        await network_db.save_profile(conn, changed, harness.clock.now())


async def newsletter_staff(harness: BotHarness, language: str = "en") -> SimClient:
    """The administrator (staff of every network), onboarded in Karlsruhe, on the newsletter
    home."""
    staff = harness.user("Nora", language, user_id=ADMIN_ID)
    await onboard(staff, language=language)
    await staff.press(NetworkHome())  # main menu → 🌉 Network
    await staff.press(NewsletterHome())
    return staff


async def write_newsletter(staff: SimClient, *sections: str) -> None:
    """Start a newsletter and type its sections (heading on the first line)."""
    await staff.press(NewsletterStep("write"))
    for section in sections:
        await staff.send(section)


async def public_workshop(harness: BotHarness, **changes: Any) -> Workshop:
    """A published workshop (create_workshop's arguments) its organiser put into the network
    calendar."""
    workshop = await create_workshop(harness, **changes)
    async with harness.services.db.transaction() as conn:
        await network_calendar_db.set_public(conn, workshop.id, True)
    return workshop


# ---------------------------------------------------------------- directory
async def listed_partnership(
    h: BotHarness,
    partnership_id: int = DEMO_PARTNERSHIP,
    *,
    countries: tuple[str, ...] = ("DE", "RU"),
    topics: tuple[str, ...] = ("youth", "culture"),
    since: int | None = 1992,
    contact: int | None = None,
    agreed: bool = True,
) -> PartnershipProfile:
    """A directory profile written directly (the network family builds its editing)."""
    now = h.clock.now()
    profile = PartnershipProfile(
        partnership_id,
        since_year=since,
        countries=countries,
        topics=topics,
        contact_user_id=contact,
        contact_agreed_at=now if contact is not None and agreed else None,
    )
    async with h.services.db.transaction() as conn:
        await network_db.save_profile(conn, profile, now)
    return profile


async def other_partnership(
    h: BotHarness, names: dict[str, str], cities: tuple[dict[str, str], ...]
) -> int:
    """One more partnership (names per language), its cities in Europe/Berlin time."""
    draft = PartnershipDraft(
        LocalizedName(names), [CityDraft(LocalizedName(c), "Europe/Berlin") for c in cities], []
    )
    async with h.services.db.transaction() as conn:
        return await partnerships_db.create(conn, draft, None, h.clock.now())


async def named_person(h: BotHarness, user: SimClient, display_name: str) -> None:
    """An onboarded person of the demo partnership (Karlsruhe) with a display name."""
    now = h.clock.now()
    person = Participant(user.id, user.user.language_code or "en", DEMO_PARTNERSHIP, KARLSRUHE)
    person = replace(person, display_name=display_name, privacy_accepted_at=now)
    h.sim.users[user.id].started = True
    async with h.services.db.transaction() as conn:
        await participants_db.save(conn, person, now)


def answer_text(user: SimClient) -> str:
    """The text that answered the person's last press (a pop-up or a short toast)."""
    return str((user.last_callback_answer or {}).get("text", ""))


async def directory_actor(
    h: BotHarness,
    partnership_id: int = DEMO_PARTNERSHIP,
    *,
    name: str = "Gymnasium Neureut",
    contact: int | None = None,
    description: str = "Eine Schule mit Schüleraustausch nach Krasnodar.",
) -> int:
    """An organisation in the directory, written directly (the contact agreed now)."""
    now = h.clock.now()
    actor = DirectoryActor(
        0,
        partnership_id,
        "school",
        name,
        "Karlsruhe",
        "DE",
        ("youth", "education"),
        description,
        "de",
        contact_user_id=contact,
        contact_agreed_at=now if contact is not None else None,
    )
    async with h.services.db.transaction() as conn:
        return await directory_db.create_actor(conn, actor, contact is None, now)


async def organiser_of(h: BotHarness, user: SimClient, partnership_id: int) -> None:
    """Give a person the organiser role of this partnership."""
    async with h.services.db.transaction() as conn:
        await roles_db.grant(conn, user.id, partnership_id, Role.ORGANISER, None, h.clock.now())


# ---------------------------------------------------------------- another partnership
LYON_ODESA = PartnershipDraft(
    LocalizedName({"en": "Lyon ↔ Odesa"}),
    [
        CityDraft(LocalizedName({"en": "Lyon"}), "Europe/Paris"),
        CityDraft(LocalizedName({"en": "Odesa"}), "Europe/Kyiv"),
    ],
    [LocalizedName({"en": "Rivers"})],
)


async def lyon_odesa(conn: aiosqlite.Connection, now: datetime) -> int:
    """A second partnership (Lyon ↔ Odesa, theme "Rivers") for tests of what stays apart."""
    return await partnerships_db.create(conn, LYON_ODESA, None, now)


def lyon_workshop(
    partnership: Partnership,
    title: str,
    status: WorkshopStatus,
    now: datetime,
    questions: tuple[Question, ...] = (),
) -> Workshop:
    """A kick-off in Lyon five days ahead (not yet saved), for the second partnership."""
    starts = now + timedelta(days=5)
    return Workshop(
        id=0,
        partnership_id=partnership.id,
        kind=WorkshopKind.KICKOFF,
        title=LocalizedName({"en": title}),
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        time_zone="Europe/Paris",
        status=status,
        city_id=partnership.cities[0].id,
        address="Place Bellecour",
        capacity=20,
        questions=questions,
    )


# ---------------------------------------------------------------- event day (lead)
async def live_event(
    harness: BotHarness,
    *,
    moderation: Moderation = Moderation.POST,
    status: EventStatus = EventStatus.LIVE,
    languages: tuple[str, str] = ("de", "ru"),
) -> LiveEvent:
    """Two simultaneous kick-offs (Karlsruhe, Krasnodar) joined by a live event of the demo
    partnership, with every theme of the partnership; room 0 shows `languages[0]`, room 1
    `languages[1]`. Straight in the database, as if an organiser had set it up."""
    partnership = (await harness.services.partnerships.list())[0]
    now = harness.clock.now()
    rooms = [
        await create_workshop(harness, title=f"Kick-off {c.name.for_reader('en')}", city=n)
        for n, c in enumerate(partnership.cities[:2])
    ]
    # The same Saturday afternoon in both cities (create_workshop starts them a week ahead).
    async with harness.services.db.transaction() as conn:
        event_id = await live_wall_db.create_event(
            conn, partnership.id, "Kick-off Karlsruhe ↔ Krasnodar", moderation, ADMIN_ID, now
        )
        for n, workshop in enumerate(rooms):
            await live_wall_db.add_room(
                conn,
                event_id,
                workshop.id,
                workshop.city_id,
                languages[n],
                new_wall_token(),
                f"ROOM{n}",
            )
        await live_wall_db.set_themes(conn, event_id, [t.id for t in partnership.themes])
        await live_wall_db.set_status(conn, event_id, status, now)
        event = await live_wall_db.get_event(conn, event_id)
    assert event is not None
    return event


async def room_check_in(harness: BotHarness, user: SimClient, room: LiveRoom) -> None:
    """The person checked in to a live room (as typing its code would do)."""
    async with harness.services.db.transaction() as conn:
        await live_wall_db.check_in(conn, room.id, user.id, harness.clock.now())


async def wall_idea(
    harness: BotHarness,
    room: LiveRoom,
    title: str,
    *,
    language: str,
    description: str = "",
    author_id: int | None = None,
) -> int:
    """An idea shown on the walls of the room's event, straight in the database (for tests of
    what the walls show, without the chat flow)."""
    now = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        event = await live_wall_db.get_event(conn, room.event_id)
        assert event is not None
        idea_id = await ideas_db.create(
            conn,
            Idea(
                0,
                event.partnership_id,
                author_id,
                room.city_id,
                language,
                IdeaText(title, description or title, None),
                IdeaStatus.PUBLISHED,
                workshop_id=room.workshop_id,
            ),
            now,
        )
        await ideas_db.set_themes(conn, idea_id, list(event.themes[:1]))
        version = await live_wall_db.bump_version(conn, room.event_id)
        await conn.execute(
            "INSERT INTO live_ideas (idea_id, room_id, event_id, wall_status, submitted_at,"
            " shown_at, changed_in) VALUES (?, ?, ?, 'shown', ?, ?, ?)",
            (idea_id, room.id, room.event_id, time_to_sql(now), time_to_sql(now), version),
        )
    harness.services.live_page.signal.changed(room.event_id)
    return idea_id


async def barcamp_camp(
    harness: BotHarness,
    *,
    rooms: tuple[tuple[str, int, str], ...] = (
        ("Saal", 60, "de ru"),
        ("Raum A", 20, "de"),
        ("Комната B", 20, "ru"),
    ),
    slots: int = 3,
    people: int = 6,
    phase: Phase = Phase.SETUP,
) -> tuple[Workshop, int, list[SimClient]]:
    """A Karlsruhe workshop with a BarCamp: rooms (name, capacity, languages), `slots` time
    slots of 45 minutes from the workshop's start, and `people` participants checked in
    (registration attended; alternating de/ru, Karlsruhe/Krasnodar). Returns the workshop,
    the BarCamp's id and the people."""
    workshop = await create_workshop(
        harness, title="BarCamp Karlsruhe", starts_in=timedelta(days=1)
    )
    crowd_of = await crowd(harness, people, ("de", "ru"))
    now = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        barcamp_id = await barcamp_db.create(conn, workshop.id, now)
        for name, capacity, spoken in rooms:
            await barcamp_db.add_room(conn, barcamp_id, name, capacity, spoken.split())
        for n in range(slots):
            start = workshop.starts_at + timedelta(minutes=60 * n)
            await barcamp_db.add_slot(conn, barcamp_id, start, start + timedelta(minutes=45))
        for n, person in enumerate(crowd_of):
            await registrations_db.create(
                conn,
                workshop.id,
                person.id,
                None,
                RegistrationStatus.ATTENDED,
                f"BC{n:04d}",
                (),
                now,
            )
        await barcamp_db.set_phase(conn, barcamp_id, phase, now)
    return workshop, barcamp_id, crowd_of


# ---------------------------------------------------------------- event day: live-ideas
async def post_to_wall(
    user: SimClient, room: LiveRoom, title: str, description: str = "", *, anyway: bool = True
) -> None:
    """Post an idea to the room's wall through the idea flow: title, description (the
    session's themes are preset), past any similar ideas (`anyway`), submit. The room's
    screen shows the LivePost button; pressed here by its data."""
    await user.press_data(LivePost(room.id).pack())
    await user.send(title)
    await user.send(description or f"{title}, for both cities.")
    review = IdeaDraftStep("review", 0)  # "Submit anyway", shown when similar ideas exist
    if anyway and review.pack() in user.button_data():
        await user.press(review)
    await user.press(IdeaDraftStep("submit", 0))


# ---------------------------------------------------------------- live-page
@asynccontextmanager
async def wall_server(harness: BotHarness, port: int | None = None) -> AsyncIterator[str]:
    """The harness's bot serving its live wall pages on 127.0.0.1 (as the health server
    does), on `port` or a free one; yields the base address, e.g. http://127.0.0.1:8123."""
    assert harness.app is not None
    server = HTTPServer(tornado.web.Application(wall_routes(harness.app)))
    port = port or free_port()
    server.listen(port, address="127.0.0.1")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()
        await server.close_all_connections()


# ---------------------------------------------------------------- keyboards on a phone (lead)
def labels_over_budget(
    cases: list[tuple[str, Callable[[str], InlineKeyboardMarkup]]], language: str
) -> str:
    """Every label of these keyboards (name, builder) that a phone would cut, one per line;
    empty when all fit."""
    problems: dict[str, str] = {}
    for name, build in cases:
        rows = [[b.text for b in row] for row in build(language).inline_keyboard]
        for text, width, budget in over_budget_labels(rows):
            problems.setdefault(f"{text!r} is {width}, budget {budget}", name)
    return "\n".join(f"{name}: {p}" for p, name in problems.items())


def public_builders(module: ModuleType) -> set[str]:
    """The keyboard builders a module defines itself (not imported, not private)."""
    return {
        name
        for name, obj in vars(module).items()
        if inspect.isfunction(obj)
        and obj.__module__ == module.__name__
        and not name.startswith("_")
    }


# ---------------------------------------------------------------- both backends (r11-pg-event)
async def demo_wall_tokens(database: Path) -> list[tuple[str, str]]:
    """tools.screens_wall.wall_tokens (a SQLite file read) through `connect`, so a test reads
    the sandbox's demo walls on either backend: (language, token) in room order."""
    db = connect(database)
    await db.open()
    try:
        async with db.reading() as conn:
            rows = await conn.execute_fetchall(
                "SELECT r.display_language, r.wall_token FROM live_rooms r"
                " WHERE r.event_id = (SELECT MAX(id) FROM live_events WHERE title = ?)"
                " ORDER BY r.position",
                (LIVE_DEMO_TITLE,),
            )
    finally:
        await db.close()
    return [(str(language), str(token)) for language, token in rows]
