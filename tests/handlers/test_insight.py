"""/stats and the CSV exports for organisers."""

from __future__ import annotations

import csv
import io

from bot.callback_data import InsightStep, WorkshopSignup
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    DEMO_PARTNERSHIP,
    create_workshop,
    crowd,
    open_voting,
    quick_participant,
    submit,
)


async def test_stats_with_chart_and_exports(harness: BotHarness) -> None:
    await crowd(harness, 10, languages=("de", "ru"))
    olga = await quick_participant(harness, "Olga", language="ru", city=1)
    await harness.services.onboarding.set_display_name(olga.id, "Ольга")
    workshop = await create_workshop(harness, title="Kick-off Karlsruhe")
    await olga.start(f"w{workshop.id}")
    await olga.press(WorkshopSignup(workshop.id))

    admin = harness.user("Admin", "de", user_id=ADMIN_ID)
    await admin.send("/stats")
    chart = admin.messages[-2]
    assert chart.photo is not None and chart.photo.width > 300
    text = admin.last_text
    assert text.startswith("📊 Karlsruhe ↔ Krasnodar: 11 Teilnehmende")
    assert "• Karlsruhe: 5" in text and "• Krasnodar: 6" in text
    assert "• Russisch: 6" in text
    assert "• Kick-off Karlsruhe: bestätigt 1 · Warteliste 0 · dabei gewesen 0" in text
    await admin.press(InsightStep("participants", DEMO_PARTNERSHIP))
    export = admin.last.document
    assert export is not None and export.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Name", "Stadt", "Sprache", "Spricht", "Interessen", "Dabei seit"]
    assert len(rows) == 12 and rows[-1][:3] == ["Ольга", "Krasnodar", "Russisch"]
    assert not any(str(olga.id) in cell for row in rows for cell in row)  # no Telegram ids
    await admin.press(InsightStep("registrations", DEMO_PARTNERSHIP))
    document = admin.last.document
    assert document is not None
    rows = list(csv.reader(io.StringIO(document.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][:4] == ["Kick-off Karlsruhe", "Ольга", "Krasnodar", "bestätigt"]

    await olga.send("/stats")
    assert olga.last_text.startswith("Извините, это доступно только организаторам партнёрства.")
    await olga.press_data("st:participants:1")
    assert olga.last.document is None


async def test_ideas_in_stats_and_export(harness: BotHarness) -> None:
    author = await quick_participant(harness, "Author")
    await harness.services.onboarding.set_display_name(author.id, "Secret Author")
    await submit(author, "Youth festival", "Music and upcycling for both cities.")
    await open_voting(harness)
    voter = await quick_participant(harness, "Voter")
    await voter.start()
    await voter.press_data("ia:1:vote:0")
    admin = harness.user("Admin", "en", user_id=ADMIN_ID)
    await admin.send("/stats")
    assert "💡 Ideas: 1 · votes cast: 1" in admin.last_text
    await admin.press(InsightStep("ideas", DEMO_PARTNERSHIP))
    rows = list(csv.reader(io.StringIO(admin.last.document.content.decode("utf-8-sig"))))  # type: ignore[union-attr]
    assert rows[0][:2] == ["No.", "Idea"]
    assert rows[1][1] == "Youth festival" and rows[1][5] == "1"
    assert not any("Secret Author" in cell for row in rows for cell in row)
