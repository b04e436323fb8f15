"""The programme call's screens for `python -m tools.screens`: applying (German lead, Russian
partner city), reviewing (an English reviewer) and the administrators' ranked list.

`seed_calls` writes what the walk needs before the sandbox starts: the open default call (id 1)
and a closed one (id 2) with two submitted joint applications, reviewers and one finished
review each, so the ranked list has numbers. `walk_calls` then drives the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Protocol

import aiosqlite

from bot.clock import SystemClock
from bot.db import applications as applications_db
from bot.db import call_decisions as decisions_db
from bot.db import calls as calls_db
from bot.db import participants as participants_db
from bot.db import reviews as reviews_db
from bot.db.connection import Database
from bot.domain.calls import Answer, Call, Document
from bot.domain.participants import Participant
from bot.i18n import Translator
from bot.services.calls import CallService

# Who walks the call screens, in the order they are added to the page (after everyone else).
CALL_PEOPLE = (("Klaus", "de"), ("Ольга", "ru"), ("Sam", "en"), ("Jana", "de"))
OTHER_REVIEWER = 900_010  # scored both applications already
LEAD_ANSWERS = (
    "Stadt Karlsruhe, Büro für Städtepartnerschaften",
    "Klaus Becker",
    "partnerschaft@karlsruhe.example, +49 721 000000",
    "Wir sind das Partnerschaftsbüro der Stadt Karlsruhe und der Verein Karlsruhe–Krasnodar.",
    "Gemeinsame Projekte von Jugendlichen, Vereinen und Hochschulen beider Städte.",
)
PARTNER_ANSWERS = (
    "Администрация города Краснодара, отдел международных связей",
    "Ольга Петрова",
    "intl@krasnodar.example",
    "Мы — отдел международных связей и молодёжный совет Краснодара.",
)
# The closed call's applications: (city, country, zone, language, answers) for both parties.
CLOSED = (
    (
        ("Karlsruhe", "DE", "Europe/Berlin", "de", "Wir wollen die Hochschulen verbinden."),
        ("Краснодар", "RU", "Europe/Moscow", "ru", "Мы хотим обмен студентами и стартапами."),
    ),
    (
        ("Ludwigsburg", "DE", "Europe/Berlin", "de", "Ein Jugendfestival in beiden Städten."),
        ("Брест", "BY", "Europe/Minsk", "be", "Моладзевы фестываль у абодвух гарадах."),
    ),
)
SCORES = ((4, 5, 3, 4), (3, 3, 4, 2))  # the other reviewer's scores per application


class CallPhone(Protocol):
    """What the walk needs of tools.screens.Phone."""

    def add_person(self, name: str, language: str) -> int: ...
    def show(self, user_id: int) -> None: ...
    def say(self, user_id: int, text: str) -> None: ...
    def press(self, user_id: int, data: str) -> None: ...
    def press_first(self, user_id: int, prefix: str) -> bool: ...
    def find(self, user_id: int, wanted: Callable[[str], bool]) -> str | None: ...
    def last_text(self, user_id: int) -> str: ...
    def shot(self, language: str, name: str) -> None: ...


async def seed_calls(db: Database, first_id: int) -> None:
    """The open call and a closed call with applications, reviewers and reviews."""
    clock = SystemClock()
    now = clock.now()
    reviewer = first_id + 2  # Sam, the third of CALL_PEOPLE
    service = CallService(db, clock, Translator())
    async with db.transaction() as conn:
        await calls_db.create(conn, replace(service.default_call(0, now), published_at=now), now)
        closed = replace(
            service.default_call(0, now),
            opens_at=now - timedelta(days=60),
            deadline_at=now - timedelta(days=1),
            decision_by=now + timedelta(days=30),
            published_at=now - timedelta(days=60),
        )
        call_id = await calls_db.create(conn, closed, now)
        call = await calls_db.get(conn, call_id)
        assert call is not None
        for user_id, language, name in ((reviewer, "en", "Sam"), (OTHER_REVIEWER, "de", "Anna")):
            await participants_db.save(conn, Participant(user_id, language, display_name=name), now)
            await calls_db.add_reviewer(conn, call_id, user_id, [], now)
        for n, parties in enumerate(CLOSED):
            application_id = await _application(conn, call, parties, 910_000 + 10 * n, now)
            await reviews_db.assign(
                conn, [(application_id, OTHER_REVIEWER), (application_id, reviewer)], now
            )
            scores = dict(zip((c.id for c in call.criteria), SCORES[n], strict=True))
            await decisions_db.save_review(conn, application_id, OTHER_REVIEWER, scores, None, now)


Party = tuple[str, str, str, str, str]  # city, country, zone, language, the answers' gist


async def _application(
    conn: aiosqlite.Connection,
    call: Call,
    parties: tuple[Party, Party],
    first_user: int,
    now: datetime,
) -> int:
    """A submitted joint application of two cities (both signed, the statement attached)."""
    lead = parties[0]
    application_id = await applications_db.create(conn, call.id, first_user, lead[3], now)
    await applications_db.add_party(conn, application_id, first_user + 1, parties[1][3], now)
    application = await applications_db.get(conn, application_id)
    assert application is not None
    for party, (city, country, zone, language, text) in zip(
        application.parties, parties, strict=True
    ):
        await participants_db.save(conn, Participant(party.user_id or 0, language), now)
        await applications_db.set_party_details(
            conn, party.id, city=city, country=country, time_zone=zone
        )
        for question in call.questions:
            answer = f"{city}: {text}" if question.kind == "text" else f"{city} ({question.field})"
            await applications_db.save_answer(
                conn, application_id, Answer(question.id, party.id, answer, language), now
            )
    for requirement in call.documents:
        document = Document(
            0, requirement.id, application.parties[0].id, None, "statement.pdf",
            "application/pdf", 52_000, "0" * 64, now,
        )  # fmt: skip
        await applications_db.add_document(conn, application_id, document, now)
    for party in application.parties:
        await applications_db.sign_off(conn, party.id, now)
    await applications_db.submit(conn, application_id, {}, now)
    return application_id


def walk_calls(phone: CallPhone) -> None:
    """Klaus applies from the call's link and invites Ольга; Sam reviews; Jana (an
    administrator) reads the ranked list."""
    (klaus, lead_language), (olga, partner_language), (sam, _), (jana, _) = (
        (phone.add_person(name, language), language) for name, language in CALL_PEOPLE
    )
    phone.show(klaus)
    phone.say(klaus, "/start c1")
    phone.shot(lead_language, "call-page")
    phone.press(klaus, "aps:1")
    phone.say(klaus, "Karlsruhe")
    phone.press(klaus, "apc:DE")
    for text in LEAD_ANSWERS:
        phone.say(klaus, text)
    phone.shot(lead_language, "apply-question")
    phone.say(klaus, "Weil wir Bürgerinnen und Bürger beider Städte zusammenbringen wollen.")
    phone.press_first(klaus, "apt:skip:")
    phone.shot(lead_language, "apply-review")
    phone.press_first(klaus, "apt:invite:")
    payload = phone.last_text(klaus).rsplit("?start=", 1)[1].split()[0]

    phone.show(olga)
    phone.say(olga, f"/start {payload}")
    phone.press_first(olga, "apj:")  # "Join as partner city", when the link asks first
    phone.say(olga, "Краснодар")
    phone.press(olga, "apc:RU")
    phone.press_first(olga, "apz:")
    for text in PARTNER_ANSWERS:
        phone.say(olga, text)
    phone.shot(partner_language, "apply-partner")

    phone.show(sam)
    phone.say(sam, "/review")
    phone.press_first(sam, "rvl:2")
    first = phone.find(sam, lambda d: d.startswith("rvq:"))
    assert first is not None, "the reviewer's list offers no application"
    application = first.split(":")[1]
    phone.press(sam, first)
    for index in (1, 2, 3):  # past the contact fields to "Who are you?"
        phone.press(sam, f"rvq:{application}:{index}:0:0")
    phone.shot("en", "review-question")
    phone.press_first(sam, "rvs:sheet:")
    phone.press_first(sam, "rvc:")  # the first criterion; each score leads to the next one
    for _ in range(8):
        four = phone.find(sam, lambda d: d.startswith("rvc:") and d.endswith(":4"))
        if four is None:
            break
        phone.press(sam, four)
    phone.shot("en", "review-scores")

    phone.show(jana)
    phone.say(jana, "/calls")
    phone.press(jana, "clc:2")
    phone.press(jana, "crk:2")
    phone.shot("de", "call-ranking")
