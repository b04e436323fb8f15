"""/mydata hands out a person's consultation bookings and waiting-list entries; /deleteme
removes them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time

from bot.callback_consult import ConsultBook, ConsultWait
from bot.callback_data import PrivacyStep
from bot.domain.consultations import slot_minute
from bot.offline.harness import BotHarness
from tests.stories import ConsultWindow, consult_bookings, consult_host, quick_participant


async def test_mydata_and_deleteme_cover_bookings_and_the_waiting_list(
    harness: BotHarness,
) -> None:
    host = await consult_host(harness, windows=(ConsultWindow(1, time(10), time(11)),))
    person = await quick_participant(harness, "Olga")
    await person.send("/consult")
    start = slot_minute(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    await person.press_data(ConsultBook(host.id, start, "youth", "en").pack())
    await person.press_data(ConsultWait("culture", "ru").pack())

    await person.send("/mydata")
    data = json.loads(next(m for m in reversed(person.messages) if m.document).document.content)
    assert [b["topic"] for b in data["consultations_booked"]] == ["youth"]
    assert [w["topic"] for w in data["consultation_waiting_list"]] == ["culture"]

    await person.send("/deleteme")
    await person.press(PrivacyStep("erase"))
    assert await consult_bookings(harness, host.id) == []
    async with (
        harness.services.db.reading() as conn,
        conn.execute(
            "SELECT COUNT(*) FROM consult_waiting WHERE person_id = ?", (person.id,)
        ) as cur,
    ):
        row = await cur.fetchone()
    assert row is not None and row[0] == 0
