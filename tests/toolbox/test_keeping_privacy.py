"""A person's toolbox data: /mydata hands out their suggestions, "helpful" answers and
reminders; /deleteme erases them (no name, no credit, no answers, no reminders) and entries
they kept lose their owner, so the keepers are reminded instead."""

from __future__ import annotations

import json
from datetime import timedelta

from bot.callback_data import PrivacyStep
from bot.callback_toolbox import ToolboxKeep, ToolboxSuggest, ToolboxSuggestStep
from bot.db import toolbox as toolbox_db
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import keep_new_entry, keep_publish, quick_participant, shown, toolbox_keeper


async def suggested_and_approved(harness: BotHarness, olga: SimClient) -> tuple[SimClient, int]:
    anna = await quick_participant(harness, "Anna")
    await anna.send("/menu")
    await anna.press_data(ToolboxSuggest().pack())
    await anna.press(ToolboxSuggestStep("kind", "guide"))
    await anna.send("Night buses")
    await anna.send("How two cities ran night buses together.")
    await anna.press(ToolboxSuggestStep("skip_link"))
    await anna.press(ToolboxSuggestStep("credit", "1"))
    await olga.press_data(ToolboxKeep("queue", 0).pack())
    entry_id = shown(olga, ToolboxKeep, action="card").ref
    await olga.press(ToolboxKeep("card", entry_id))
    await olga.press(ToolboxKeep("approve", entry_id))
    now = harness.clock.now().isoformat()
    async with harness.services.db.transaction() as conn:  # the reading family's answers
        await conn.execute(
            "INSERT INTO toolbox_feedback (entry_id, user_id, helpful, answered_at)"
            " VALUES (?, ?, 1, ?)",
            (entry_id, anna.id, now),
        )
        await conn.execute("UPDATE toolbox_entries SET helpful_yes = 1 WHERE id = ?", (entry_id,))
        await conn.execute(
            "INSERT INTO toolbox_reminders (entry_id, user_id, remind_at) VALUES (?, ?, ?)",
            (entry_id, anna.id, now),
        )
    return anna, entry_id


async def test_mydata_lists_and_deleteme_erases_toolbox_data(harness: BotHarness) -> None:
    olga = await toolbox_keeper(harness)
    anna, entry_id = await suggested_and_approved(harness, olga)
    await anna.send("/mydata")
    assert anna.last.document is not None
    data = json.loads(anna.last.document.content)
    assert [(s["title"], s["credit_name"]) for s in data["toolbox_suggestions"]] == [
        ("Night buses", "Anna")
    ]
    assert data["toolbox_helpful"][0]["entry"] == entry_id
    assert data["toolbox_reminders"][0]["entry"] == entry_id

    await anna.send("/deleteme")
    await anna.press(PrivacyStep("erase"))
    async with harness.services.db.reading() as conn:
        entry = await toolbox_db.get_entry(conn, entry_id)
        cur = await conn.execute(
            "SELECT (SELECT COUNT(*) FROM toolbox_feedback WHERE user_id = ?)"
            " + (SELECT COUNT(*) FROM toolbox_reminders WHERE user_id = ?)",
            (anna.id, anna.id),
        )
        (left,) = await cur.fetchone()
    assert entry is not None and entry.status == "published"  # the knowledge stays
    assert entry.suggested_by is None and entry.credit_name is None
    assert entry.helpful_yes == 0 and left == 0


async def test_an_erased_owners_entries_remind_the_keepers(harness: BotHarness) -> None:
    olga = await toolbox_keeper(harness)
    await keep_new_entry(olga, "guide", "Visa basics", "What a visa application needs.")
    entry_id = await keep_publish(olga)
    ivan = await toolbox_keeper(harness, "Ivan")
    await olga.send("/deleteme")
    await olga.press(PrivacyStep("erase"))
    async with harness.services.db.reading() as conn:
        entry = await toolbox_db.get_entry(conn, entry_id)
    assert entry is not None and entry.owner_id is None
    await harness.advance(timedelta(days=366))
    assert ivan.last_text == "⏰ Time to review “Visa basics” in the toolbox: is it still correct?"
