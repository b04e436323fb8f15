"""/mydata lists the newsletters a staff member wrote; /deleteme forgets who wrote them (the
sent newsletter stays the network's)."""

from __future__ import annotations

import json

from bot.callback_network import NewsletterStep
from bot.offline.harness import BotHarness
from tests.stories import ADMIN_ID, crowd, newsletter_staff, write_newsletter


async def test_mydata_and_deleteme_cover_newsletters(harness: BotHarness) -> None:
    await crowd(harness, 1)
    staff = await newsletter_staff(harness)
    await write_newsletter(staff, "Spring news\nWe meet in May.")
    await staff.press(NewsletterStep("audience"))
    await staff.press(NewsletterStep("preview"))
    await staff.press(NewsletterStep("send"))
    await harness.drain()

    mine = await harness.services.privacy.my_data(ADMIN_ID, "en")
    assert mine is not None
    written = json.loads(mine.document)["network_newsletters_written"]
    assert len(written) == 1 and written[0]["language"] == "en"

    await harness.services.privacy.erase(ADMIN_ID)
    async with (
        harness.services.db.reading() as conn,
        conn.execute("SELECT created_by FROM newsletters") as cur,
    ):
        assert [tuple(r) for r in await cur.fetchall()] == [(None,)]
