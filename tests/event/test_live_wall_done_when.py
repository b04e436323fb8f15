"""Issue #21's "Done when" for the wall, from the chat to the wall's data (what the page's data
endpoint answers, LiveWallPage.wall_data):

- a ru idea posted in the Krasnodar room is on the Karlsruhe wall in German through the fake
  provider, and pending while the provider fails (here; retries in test_live_ideas_translations);
- pre-moderation keeps it off both walls until approved (here; the moderator's screen in
  test_live_ideas_moderation);
- hiding removes it from both walls and logs who and why; a moderator's correction shows on
  both walls (test_live_ideas_moderation);
- a person not checked in to a room cannot post to its wall, also by a forged LivePost (here,
  and every way in test_live_ideas_posting);
- the counts on the wall equal the organiser's ideas export (here);
- /deleteme removes a person's +1 and takes their name out of the moderation log (here).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from bot.callback_data import IdeaDraftStep, PrivacyStep
from bot.callback_event import LiveBrowse, LiveModerate, LiveModStep, LivePost, LiveVote
from bot.clock import FakeClock
from bot.db import live_ideas as wall_db
from bot.db import live_wall as live_wall_db
from bot.domain.idea_drafts import IdeaDraft
from bot.domain.live_wall import LiveEvent, Moderation
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    KRASNODAR,
    live_event,
    onboard,
    popup,
    post_to_wall,
    room_check_in,
    shown,
    translated_harness,
)


async def wall(h: BotHarness, event: LiveEvent, room: int) -> dict[str, str | None]:
    """Original title -> the title the room's wall shows (None: translation pending)."""
    data = await h.services.live_page.wall_data(event.rooms[room].wall_token)
    assert data is not None
    return {i.original_title: i.title for c in data.columns for i in c.ideas}


async def person(h: BotHarness, event: LiveEvent, name: str, language: str, room: int) -> SimClient:
    user = h.user(name, language)
    await onboard(user, language=language, city=KRASNODAR if room else 1)
    await room_check_in(h, user, event.rooms[room])
    return user


async def posted(h: BotHarness) -> list[int]:
    """The ideas posted to the event's walls, oldest first."""
    async with h.services.db.reading() as conn:
        return [r[0] for r in await conn.execute_fetchall("SELECT idea_id FROM live_ideas")]


@pytest.mark.parametrize(("mode", "shown"), [("ok", "[de] Общий сад"), ("error", None)])
async def test_a_krasnodar_idea_is_on_the_karlsruhe_wall_in_german(
    tmp_path: Path, clock: FakeClock, mode: str, shown: str | None
) -> None:
    async with translated_harness(tmp_path, clock, mode=mode) as (h, _):
        event = await live_event(h)
        olga = await person(h, event, "Olga", "ru", 1)

        await post_to_wall(olga, event.rooms[1], "Общий сад")
        await h.services.live_ideas.settled()

        assert await wall(h, event, 0) == {"Общий сад": shown}
        assert await wall(h, event, 1) == {"Общий сад": "Общий сад"}


async def test_pre_moderation_keeps_it_off_both_walls_until_approved(
    harness: BotHarness,
) -> None:
    event = await live_event(harness, moderation=Moderation.PRE)
    olga = await person(harness, event, "Olga", "ru", 1)
    await post_to_wall(olga, event.rooms[1], "Общий сад")
    [idea] = await posted(harness)
    assert await wall(harness, event, 0) == {} and await wall(harness, event, 1) == {}

    organiser = harness.user("Admin", "en", user_id=ADMIN_ID)
    await onboard(organiser)
    await organiser.press_data(LiveModerate(event.rooms[1].id).pack())
    await organiser.press(LiveModStep("idea", event.rooms[1].id, idea, 0))
    await organiser.press(LiveModStep("approve", event.rooms[1].id, idea, 0))

    assert await wall(harness, event, 0) == {"Общий сад": None}
    assert await wall(harness, event, 1) == {"Общий сад": "Общий сад"}


async def test_a_forged_post_to_a_room_one_is_not_in_fails(harness: BotHarness) -> None:
    event = await live_event(harness)
    anna = await person(harness, event, "Anna", "en", 0)

    await anna.press_data(LivePost(event.rooms[1].id).pack())

    assert "not checked in to this room" in popup(anna)
    assert not isinstance(await harness.services.dialogs.current(anna.id), IdeaDraft)
    assert await posted(harness) == []


async def test_the_wall_counts_equal_the_ideas_export(harness: BotHarness) -> None:
    event = await live_event(harness)
    karlsruhe, krasnodar = event.rooms
    anna = await person(harness, event, "Anna", "de", 0)
    olga = await person(harness, event, "Olga", "ru", 1)
    for title in ("Chor für alle", "Brücke aus Holz", "Kauft bei mir"):
        await post_to_wall(anna, karlsruhe, title)
    for title in ("Общий сад", "Общий хор для всех"):
        await post_to_wall(olga, krasnodar, title)
    choir, _, advert, _, choir_ru = await posted(harness)
    admin = harness.user("Admin", "en", user_id=ADMIN_ID)
    await onboard(admin)
    await admin.press_data(LiveModerate(karlsruhe.id).pack())
    for step in (
        LiveModStep("hide", karlsruhe.id, advert, 0),
        LiveModStep("reason", karlsruhe.id, advert, 1),
        LiveModStep("merge_ok", karlsruhe.id, choir, choir_ru),
    ):
        await admin.press_data(step.pack())

    on_wall = sorted(await wall(harness, event, 0))
    actor = await harness.services.access.actor(ADMIN_ID)
    exported = await harness.services.insight.ideas_csv(actor, event.partnership_id, "en")
    rows = list(csv.reader(io.StringIO(exported.decode("utf-8-sig"))))[1:]

    assert on_wall == ["Brücke aus Holz", "Общий сад", "Общий хор для всех"]
    assert sorted(r[1] for r in rows) == on_wall
    await anna.press_data(LiveBrowse(karlsruhe.id, 0).pack())
    assert "3 ideas" in anna.last.body or "3 Ideen" in anna.last.body


async def test_deleteme_removes_plus_ones_and_names_in_the_log(harness: BotHarness) -> None:
    event = await live_event(harness)
    karlsruhe, krasnodar = event.rooms
    olga = await person(harness, event, "Olga", "ru", 1)
    anna = await person(harness, event, "Anna", "en", 0)
    await post_to_wall(olga, krasnodar, "Общий сад")
    await post_to_wall(olga, krasnodar, "Реклама")
    garden, advert = await posted(harness)
    await anna.press_data(LiveVote("plus", karlsruhe.id, garden, 0).pack())
    async with harness.services.db.transaction() as conn:
        await live_wall_db.add_moderator(conn, krasnodar.id, anna.id)
    await anna.press_data(LiveModStep("reason", krasnodar.id, advert, 2).pack())
    await harness.drain()
    assert "скрыл вашу идею «Реклама»" in olga.last.body  # the author hears why
    assert "Причина: Есть личные данные" in olga.last.body

    await anna.send("/deleteme")
    await anna.press(PrivacyStep("erase"))

    async with harness.services.db.reading() as conn:
        assert await conn.execute_fetchall("SELECT * FROM live_votes") == []
        [step] = await wall_db.log_of(conn, event.id)
    assert (step.moderator_id, step.action, step.reason) == (None, "hide", "Есть личные данные")


async def test_from_the_room_code_to_the_other_wall(tmp_path: Path, clock: FakeClock) -> None:
    """The whole way a person goes: the room code from the projector, the room's screen,
    posting, the list with +1; the other room's wall shows it in its language."""
    async with translated_harness(tmp_path, clock) as (h, _):
        event = await live_event(h)
        karlsruhe, krasnodar = event.rooms
        olga, anna = h.user("Olga", "ru"), h.user("Anna", "de")
        await onboard(olga, language="ru", city=KRASNODAR)
        await onboard(anna, language="de")
        await olga.send(f"/room {krasnodar.checkin_code}")
        await anna.send(f"/room {karlsruhe.checkin_code}")

        await olga.press(LivePost(krasnodar.id))
        await olga.send("Общий сад")
        await olga.send("Сажаем деревья вместе.")
        await olga.press(shown(olga, IdeaDraftStep, action="submit"))
        await h.services.live_ideas.settled()
        await anna.press(LiveBrowse(karlsruhe.id, 0))
        [garden] = await posted(h)
        await anna.press(LiveVote("plus", karlsruhe.id, garden, 0))

        assert "1. [de] Общий сад – Krasnodar · +1: 1" in anna.last.body
        assert "🤖 maschinelle Übersetzung" in anna.last.body
        assert await wall(h, event, 0) == {"Общий сад": "[de] Общий сад"}
