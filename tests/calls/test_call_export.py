"""The call's export: parse the spreadsheet back and find every answer (original and
translation), every document's checksum, every score and the weighted totals, in the
administrator's conventions."""

from __future__ import annotations

import csv
import io

from bot.callback_calls import CallExport, CallLetters
from bot.db import applications as applications_db
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    add_review,
    add_translation,
    applicants,
    call_admin,
    onboard,
    open_call,
    popup,
    seed_application,
)


def parsed(admin: SimClient) -> tuple[str, list[dict[str, str]]]:
    document = admin.last.document
    assert document is not None
    text = document.content.decode("utf-8")
    assert text.startswith("\ufeff")  # Excel reads the BOM as UTF-8
    delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    return delimiter, list(csv.DictReader(io.StringIO(text[1:]), delimiter=delimiter))


async def test_the_export_holds_every_answer_and_score(harness: BotHarness) -> None:
    call = await open_call(harness)
    lead, partner = await applicants(harness)
    first = await seed_application(harness, call, lead.id, partner.id)
    second = await seed_application(
        harness,
        call,
        harness.user("Ira", "uk").id,
        harness.user("Max", "be").id,
        cities=("Lviv", "Hrodna"),
        countries=("UA", "BY"),
        languages=("uk", "be"),
    )
    reviewer = harness.user("Rita", "en")
    await onboard(reviewer)
    criteria = [c.id for c in call.criteria]
    await add_review(harness, first, reviewer.id, dict(zip(criteria, [5, 4, 3, 2], strict=True)))
    await add_review(
        harness, first, reviewer.id + 1000, dict(zip(criteria, [1, 2, 3, 4], strict=True))
    )
    await add_review(harness, second, reviewer.id, dict(zip(criteria, [2, 2, 2, 2], strict=True)))
    question = call.questions[-1]
    async with harness.services.db.reading() as conn:
        application = await applications_db.get(conn, first)
    assert application is not None
    await add_translation(
        harness, first, question.id, application.parties[1].id, "de", "Übersetzt aus Krasnodar"
    )
    admin = await call_admin(harness, "de")
    await admin.press_data(CallLetters(call.id).pack())  # from the call's card (calls_admin)
    await admin.press(CallExport(call.id))

    delimiter, rows = parsed(admin)
    assert delimiter == ";"  # German spreadsheets split on semicolons
    assert admin.last.document is not None and admin.last.document.file_name.endswith(".csv")
    assert [(r["Bewerbung Nr."], r["Stadt"]) for r in rows] == [
        (str(first), "Karlsruhe"),
        (str(first), "Krasnodar"),
        (str(second), "Lviv"),
        (str(second), "Hrodna"),
    ]
    async with harness.services.db.reading() as conn:
        every = await applications_db.for_call(conn, call.id)
    cells = [value for row in rows for value in row.values()]
    for app in every:
        for answer in app.answers:
            assert answer.text in cells
        for document in app.documents:
            assert document.sha256 in cells
    translation = next(k for k in rows[1] if k.endswith("(Übersetzung)") and rows[1][k])
    assert rows[1][translation] == "Deutsch, von einem Menschen: Übersetzt aus Krasnodar"
    karlsruhe = rows[0]
    assert karlsruhe["Bewertung 1: Person"] == "Rita"
    assert karlsruhe["Bewertung 1: Motivation"] == "5"
    weights = [c.weight for c in call.criteria]
    first_total = sum(s * w for s, w in zip([5, 4, 3, 2], weights, strict=True))
    second_total = sum(s * w for s, w in zip([1, 2, 3, 4], weights, strict=True))
    assert karlsruhe["Bewertung 1: gewichtete Summe"] == str(first_total)
    assert karlsruhe["Bewertung 2: gewichtete Summe"] == str(second_total)
    mean = (first_total + second_total) / 2
    assert karlsruhe["Mittlere gewichtete Summe"] == f"{mean:g}".replace(".", ",")
    assert rows[2]["Bewertung 2: Person"] == ""  # the second application had one reviewer
    assert karlsruhe["Stand"] == "eingereicht"
    # Countries and languages by name in the administrator's language, not "DE" / "ru".
    assert [(r["Land"], r["Sprache"]) for r in rows[:2]] == [
        ("Deutschland", "Deutsch"),
        ("Russland", "Russisch"),
    ]
    for row in rows:
        for criterion in call.criteria:
            name = criterion.name.for_reader("de")
            assert f"Bewertung 1: {name}" in row


async def test_only_administrators_export(harness: BotHarness) -> None:
    call = await open_call(harness)
    stranger = harness.user("Mallory", "en")
    await onboard(stranger)
    await stranger.press_data(CallExport(call.id).pack())
    assert popup(stranger)
    assert all(m.document is None for m in stranger.messages)
