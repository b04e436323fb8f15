"""Everyone has a name: a person who skipped the display name is shown by their Telegram first
name (kept current from their updates, erased by /deleteme) on every screen others act on."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from bot.callback_data import PrivacyStep, WorkshopManage, WorkshopSignup
from bot.db import participants as participants_db
from bot.db import roles as roles_db
from bot.db import teams as teams_db
from bot.domain.roles import Role
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    KRASNODAR,
    create_workshop,
    make_organiser,
    onboard,
    organiser_workshops,
    quick_participant,
    submit,
    table_names,
)

# What the screens said before for someone without a display name, in every language.
UNNAMED = ("a participant", "(no name)", "eine teilnehmende Person", "участник", "(без имени)")


async def sergei(harness: BotHarness, language: str) -> SimClient:
    """Onboarded through the emulator, skipping the display name."""
    user = harness.user("Sergei", language)
    await onboard(user, language=language, city=KRASNODAR)
    return user


@pytest.mark.parametrize(("reader", "city"), [("de", "Krasnodar"), ("ru", "Краснодар")])
async def test_attendee_list_and_csv_name_a_person_by_first_name(
    harness: BotHarness, reader: str, city: str
) -> None:
    orga = await quick_participant(harness, "Olga", language=reader)
    await make_organiser(harness, orga)
    workshop = await create_workshop(harness)
    person = await sergei(harness, "ru")
    await person.start(f"w{workshop.id}")
    await person.press(WorkshopSignup(workshop.id))

    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    await orga.press(WorkshopManage(workshop.id, "attendees", 0))
    names = [b for b in orga.buttons() if "·" in b]
    assert len(names) == 1 and names[0].split(" · ")[1] == "Sergei"
    assert not any(word in orga.last_text for word in UNNAMED)

    await orga.press(WorkshopManage(workshop.id, "card", 0))
    await orga.press(WorkshopManage(workshop.id, "csv", 0))
    export = orga.last.document
    assert export is not None
    text = export.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))  # de and ru: a decimal comma
    assert rows[1][1:3] == ["Sergei", city]


async def team_with(harness: BotHarness, member: SimClient) -> tuple[SimClient, SimClient]:
    """Klara (display name chosen) and `member` in a team coached by Cora."""
    klara = await quick_participant(harness, "Klara", language="de")
    coach = await quick_participant(harness, "Cora", language="de")
    for person, name in ((klara, "Klara K."), (coach, "Cora C.")):
        await harness.services.onboarding.set_display_name(person.id, name)
    await submit(klara, "Grüne Innenstadt", "Mehr Bäume in der Innenstadt.")
    now = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        team_id = await teams_db.create(conn, 1, 1, [klara.id, member.id], now)
        await roles_db.grant(conn, coach.id, 1, Role.COACH, None, now)
        await teams_db.set_coach(conn, team_id, coach.id)
    return klara, coach


@pytest.mark.parametrize("language", ["ru", "uk"])
async def test_team_card_and_coach_inbox_name_a_person_by_first_name(
    harness: BotHarness, language: str
) -> None:
    person = await sergei(harness, language)
    klara, coach = await team_with(harness, person)

    await klara.send("/team")
    assert "Sergei" in klara.last_text
    assert not any(word in klara.last_text for word in UNNAMED)

    await person.send("/coach")
    await person.send("Wir brauchen Hilfe mit dem Saal.")
    await harness.drain()
    assert coach.last_text.startswith("✉️ Sergei")
    assert "Wir brauchen Hilfe mit dem Saal." in coach.last_text


async def test_a_changed_first_name_shows_after_their_next_message(harness: BotHarness) -> None:
    person = await sergei(harness, "ru")
    klara, _ = await team_with(harness, person)
    harness.sim.users[person.id].first_name = "Serhii"
    await klara.send("/team")
    assert "Sergei" in klara.last_text  # the bot has not heard from him since

    await person.send("/team")
    await klara.send("/team")
    assert "Serhii" in klara.last_text and "Sergei" not in klara.last_text


async def test_the_first_name_is_written_once_not_on_every_update(
    harness: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = await sergei(harness, "en")
    stored = await harness.services.onboarding.participant(person.id)
    assert stored is not None and stored.first_name == "Sergei"
    writes: list[str | None] = []
    original = participants_db.set_first_name

    async def counted(conn: Any, user_id: int, name: str | None) -> None:
        writes.append(name)
        await original(conn, user_id, name)

    monkeypatch.setattr(participants_db, "set_first_name", counted)
    await person.send("/team")
    await person.send("/profile")
    assert writes == []
    harness.sim.users[person.id].first_name = "Serhii"
    await person.send("/team")
    await person.send("/profile")
    assert writes == ["Serhii"]


@pytest.mark.parametrize("language", ["en", "be"])
async def test_mydata_hands_out_the_first_name_and_deleteme_erases_it(
    harness: BotHarness, language: str
) -> None:
    person = harness.user("Quuxina", language)
    await onboard(person, language=language)
    await person.send("/mydata")
    assert person.last.document is not None
    assert b'"first_name": "Quuxina"' in person.last.document.content

    await person.send("/deleteme")
    await person.press(PrivacyStep("erase"))
    await harness.drain()
    assert await harness.services.onboarding.participant(person.id) is None
    async with harness.services.db.reading() as conn:
        for table in await table_names(conn):
            async with conn.execute(f"SELECT * FROM {table}") as cur:
                for row in await cur.fetchall():
                    assert not any("Quuxina" in str(value) for value in row), table
