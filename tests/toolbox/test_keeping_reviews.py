"""Review dates and missed searches: an entry whose review date has passed reminds its owner
once (the keepers when it has no owner), "still correct" moves the date a year on, and the
keepers' weekly notice lists the searches that found nothing."""

from __future__ import annotations

from datetime import timedelta

from bot.callback_toolbox import ToolboxKeep, ToolboxManage
from bot.db import toolbox as toolbox_db
from bot.offline.harness import BotHarness
from tests.stories import (
    keep_new_entry,
    keep_publish,
    make_organiser,
    quick_participant,
    toolbox_keeper,
)

REMINDER = "⏰ Time to review “Visa basics” in the toolbox: is it still correct?"


async def test_the_review_date_passing_reminds_the_owner_once(harness: BotHarness) -> None:
    olga = await toolbox_keeper(harness)
    await keep_new_entry(olga, "guide", "Visa basics", "What a visa application needs.")
    entry_id = await keep_publish(olga)

    def reminders() -> list[str]:
        return [m.body for m in olga.messages if m.body.startswith("⏰ Time to review")]

    await harness.advance(timedelta(days=364))
    assert reminders() == []
    await harness.advance(timedelta(days=2))
    assert reminders() == [REMINDER]
    assert olga.last.button_data() == [
        ToolboxKeep("still", entry_id).pack(),
        ToolboxKeep("card", entry_id).pack(),
        ToolboxKeep("archive", entry_id).pack(),
    ]
    await harness.advance(timedelta(days=1))
    await harness.advance(timedelta(days=1))
    assert reminders() == [REMINDER]  # not again on the next days
    await olga.press(ToolboxKeep("still", entry_id))
    assert reminders() == []  # the reminder's message shows the card now
    assert olga.last_text.startswith("✔️ Thank you: checked today")
    async with harness.services.db.reading() as conn:
        entry = await toolbox_db.get_entry(conn, entry_id)
    assert entry is not None and entry.review_due is not None
    assert entry.review_due == (harness.clock.now() + timedelta(days=365)).date()
    await harness.advance(timedelta(days=366))
    # The first reminder became the card when pressed; the next review date reminds anew.
    assert reminders() == [REMINDER] and olga.last_text == REMINDER


async def test_an_entry_without_owner_reminds_the_keepers(harness: BotHarness) -> None:
    olga = await toolbox_keeper(harness)
    await keep_new_entry(olga, "guide", "Visa basics", "What a visa application needs.")
    entry_id = await keep_publish(olga)
    ivan = await quick_participant(harness, "Ivan")
    await make_organiser(harness, ivan)
    async with harness.services.db.transaction() as conn:
        await conn.execute("UPDATE toolbox_entries SET owner_id = NULL WHERE id = ?", (entry_id,))
    await harness.advance(timedelta(days=366))
    for keeper in (olga, ivan):
        assert [m.body for m in keeper.messages if m.body.startswith("⏰ Time")] == [REMINDER]


async def test_the_weekly_notice_lists_searches_that_found_nothing(harness: BotHarness) -> None:
    olga = await toolbox_keeper(harness)  # opening the keepers' screen plans the notice
    now = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        for query, days_ago in (("Visa", 1), ("visa", 2), ("Jugendaustausch", 3), ("old", 9)):
            await conn.execute(
                "INSERT INTO toolbox_misses (query, language, searched_at) VALUES (?, 'en', ?)",
                (query, (now + timedelta(days=5 - days_ago)).isoformat()),
            )
    await harness.advance(timedelta(days=7))
    (notice,) = [m for m in olga.messages if m.body.startswith("🔎")]
    assert notice.body == (
        "🔎 This week these 2 searches in the toolbox found nothing:\n"
        "• visa — 2\n• jugendaustausch — 1\nEntries on these would help."
    )
    assert notice.button_data() == [ToolboxManage().pack()]
    await harness.advance(timedelta(days=7))  # nothing new: nothing sent
    assert len([m for m in olga.messages if m.body.startswith("🔎")]) == 1
