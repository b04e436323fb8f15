"""Every CSV the bot sends opens in the organiser's spreadsheet: their separator, their
language, names, and local times that say whose clock they are on."""

from __future__ import annotations

import csv
import io

import pytest

from bot.callback_data import InsightStep, WorkshopManage, WorkshopSignup
from bot.offline.emulator.model import SimFile
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    DEMO_PARTNERSHIP,
    create_workshop,
    make_organiser,
    onboard,
    organiser_workshops,
    quick_participant,
)


def sheet(document: SimFile | None, delimiter: str) -> list[list[str]]:
    assert document is not None and document.content.startswith("\ufeff".encode())
    text = document.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


@pytest.mark.parametrize(
    ("language", "delimiter", "header", "statuses", "signed_up"),
    [
        (
            "de",
            ";",
            [
                "Nr.",
                "Name",
                "Stadt",
                "Status",
                "Check-in-Code",
                "Angemeldet am (Ortszeit Karlsruhe)",
            ],
            ["bestätigt", "wartend"],
            "02.03.2026 10:00",  # 09:00 UTC on the clock in Karlsruhe
        ),
        (
            "en",
            ",",
            ["No.", "Name", "City", "Status", "Check-in code", "Signed up (Karlsruhe time)"],
            ["confirmed", "waiting"],
            "02/03/2026 10:00",
        ),
    ],
)
async def test_attendee_csv_follows_the_organisers_spreadsheet(
    harness: BotHarness,
    language: str,
    delimiter: str,
    header: list[str],
    statuses: list[str],
    signed_up: str,
) -> None:
    orga = await quick_participant(harness, "Greta", language=language)
    await make_organiser(harness, orga)
    workshop = await create_workshop(harness, capacity=1)
    first = await quick_participant(harness, "Ольга", language="ru", city=1)
    second = await quick_participant(harness, "Jan", language="de")
    await harness.services.onboarding.set_display_name(second.id, 'Jan; "der Bäcker"')
    for person in (first, second):
        await person.start(f"w{workshop.id}")
        await person.press(WorkshopSignup(workshop.id))

    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop.id, "card", 0))
    await orga.press(WorkshopManage(workshop.id, "csv", 0))
    rows = sheet(orga.last.document, delimiter)

    assert rows[0] == header
    assert [row[1] for row in rows[1:]] == ["Ольга", 'Jan; "der Bäcker"']
    assert [row[3] for row in rows[1:]] == statuses
    assert {row[5] for row in rows[1:]} == {signed_up}
    assert all(len(row) == len(header) for row in rows)
    assert not any("UTC" in cell or "T09:00" in cell for row in rows for cell in row)


async def test_partnership_exports_in_german(harness: BotHarness) -> None:
    admin = harness.user("Admin", "de", user_id=ADMIN_ID)
    await onboard(admin, language="de")
    olga = await quick_participant(harness, "Olga", language="ru", city=1)
    workshop = await create_workshop(harness, title="Auftakt")
    await olga.start(f"w{workshop.id}")
    await olga.press(WorkshopSignup(workshop.id))

    await admin.send("/stats")
    await admin.press(InsightStep("participants", DEMO_PARTNERSHIP))
    people = sheet(admin.last.document, ";")
    assert people[0] == ["Name", "Stadt", "Sprache", "Spricht", "Interessen", "Dabei seit"]
    assert people[-1][:3] == ["Olga", "Krasnodar", "Russisch"]
    assert people[-1][5] == "02.03.2026"

    await admin.press(InsightStep("registrations", DEMO_PARTNERSHIP))
    signups = sheet(admin.last.document, ";")
    assert signups[0][-1] == "Angemeldet am (Ortszeit Karlsruhe)"
    assert signups[1] == ["Auftakt", "Olga", "Krasnodar", "bestätigt", "02.03.2026 10:00"]
