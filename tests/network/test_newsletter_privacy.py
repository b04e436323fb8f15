"""/mydata lists the newsletters and network events a staff member made; /deleteme forgets who
made them (they stay the network's)."""

from __future__ import annotations

import json
from datetime import timedelta

from bot.callback_network import NewsletterStep
from bot.domain.network_calendar import NetworkEvent
from bot.domain.roles import Actor
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

    start = harness.clock.now() + timedelta(days=9)
    day = NetworkEvent(
        0, 1, "Day of City Partnerships", "", "UTC", start, start + timedelta(hours=5)
    )
    await harness.services.newsletter.calendar.create_event(Actor(ADMIN_ID, True), day, None)

    mine = await harness.services.privacy.my_data(ADMIN_ID, "en")
    assert mine is not None
    document = json.loads(mine.document)
    written = document["network_newsletters_written"]
    assert [e["title"] for e in document["network_events_created"]] == [day.title]
    assert len(written) == 1 and written[0]["language"] == "en"

    await harness.services.privacy.erase(ADMIN_ID)
    async with (
        harness.services.db.reading() as conn,
        conn.execute(
            "SELECT created_by FROM newsletters UNION ALL SELECT created_by FROM network_events"
        ) as cur,
    ):
        assert [tuple(r) for r in await cur.fetchall()] == [(None,), (None,)]
