"""Posting to a live wall (issue #21): a person checked in to a room writes an idea through the
ordinary idea flow (the room's workshop named, the session's themes preset, similar ideas
offered first); it is shown at once (post-moderation) or waits for the room's moderators
(pre-moderation), and the author is told which. Nobody else can post to the room's wall."""

from __future__ import annotations

from bot.callback_data import IdeaDraftStep
from bot.callback_event import LivePost
from bot.db import dialogs as dialogs_db
from bot.db import ideas as ideas_db
from bot.db import live_ideas as wall_db
from bot.db import live_wall as live_wall_db
from bot.db import partnerships as partnerships_db
from bot.domain.idea_drafts import IdeaDraft
from bot.domain.ideas import IdeaStatus
from bot.domain.live_wall import EventStatus, Moderation, WallStatus
from bot.offline.harness import BotHarness
from tests.stories import (
    KRASNODAR,
    live_event,
    lyon_odesa,
    onboard,
    popup,
    post_to_wall,
    published_ideas,
    quick_participant,
    room_check_in,
)


async def wall_titles(h: BotHarness, token: str) -> list[str]:
    """Every idea a room's wall shows, by its original title."""
    wall = await h.services.live_page.wall_data(token)
    assert wall is not None
    return sorted(i.original_title for c in wall.columns for i in c.ideas)


async def test_a_checked_in_person_posts_through_the_idea_flow(harness: BotHarness) -> None:
    event = await live_event(harness)
    karlsruhe, krasnodar = event.rooms
    olga = harness.user("Olga", "ru")
    await onboard(olga, language="ru", city=KRASNODAR)
    await room_check_in(harness, olga, krasnodar)

    await olga.press_data(LivePost(krasnodar.id).pack())
    await olga.send("Общий сад у реки")
    await olga.send("Жители обоих городов сажают деревья вместе.")
    # The session's themes are set already: past the description, straight to the review.
    assert IdeaDraftStep("submit", 0).pack() in olga.button_data()
    await olga.press(IdeaDraftStep("submit", 0))

    assert "уже на стенах идей всех залов" in olga.messages[-2].body
    async with harness.services.db.reading() as conn:
        [idea] = [i for i in (await ideas_db.list_ideas(conn, 1, limit=10))[0]]
        entry = await wall_db.entry(conn, idea.id)
        version = await live_wall_db.version_of(conn, event.id)
    assert idea.status is IdeaStatus.PUBLISHED and idea.language == "ru"
    assert idea.workshop_id == krasnodar.workshop_id
    assert idea.themes == frozenset(event.themes)
    assert entry is not None and entry.status is WallStatus.SHOWN
    assert entry.room_id == krasnodar.id and entry.changed_in == version > event.version
    # Both walls show it (Karlsruhe's without a provider: the original, translation pending).
    assert await wall_titles(harness, krasnodar.wall_token) == ["Общий сад у реки"]
    wall = await harness.services.live_page.wall_data(karlsruhe.wall_token)
    assert wall is not None
    [shown] = [i for c in wall.columns for i in c.ideas]
    assert shown.title is None and shown.original_title == "Общий сад у реки"


async def test_pre_moderation_keeps_it_off_the_walls_and_says_so(harness: BotHarness) -> None:
    event = await live_event(harness, moderation=Moderation.PRE)
    karlsruhe, krasnodar = event.rooms
    olga = harness.user("Olga", "ru")
    await onboard(olga, language="ru", city=KRASNODAR)
    await room_check_in(harness, olga, krasnodar)

    await post_to_wall(olga, krasnodar, "Общий сад у реки")

    assert "когда её одобрит модератор вашего зала" in olga.messages[-2].body
    async with harness.services.db.reading() as conn:
        [idea] = (await ideas_db.list_ideas(conn, 1, statuses=tuple(IdeaStatus), limit=5))[0]
        entry = await wall_db.entry(conn, idea.id)
    assert idea.status is IdeaStatus.SUBMITTED
    assert entry is not None and entry.status is WallStatus.WAITING
    assert await wall_titles(harness, krasnodar.wall_token) == []
    assert await wall_titles(harness, karlsruhe.wall_token) == []


async def test_similar_ideas_are_offered_first(harness: BotHarness) -> None:
    event = await live_event(harness)
    [existing] = await published_ideas(harness, 1)  # "Idea 0", "An idea for both cities."
    anna = harness.user("Anna", "en")
    await onboard(anna)
    await room_check_in(harness, anna, event.rooms[0])

    await anna.press_data(LivePost(event.rooms[0].id).pack())
    await anna.send("Idea 0 again")
    await anna.send("An idea for both cities, once more.")

    assert IdeaDraftStep("join", existing).pack() in anna.button_data()


async def test_nobody_else_posts_to_the_rooms_wall(harness: BotHarness) -> None:
    """Not checked in, checked in to the other room, the event not live, another
    partnership's person: each gets a pop-up, and no draft starts."""
    event = await live_event(harness)
    karlsruhe, krasnodar = event.rooms
    anna, olga = harness.user("Anna", "en"), harness.user("Olga", "ru")
    await onboard(anna)
    await onboard(olga, language="ru", city=KRASNODAR)
    await room_check_in(harness, anna, karlsruhe)

    await olga.press_data(LivePost(krasnodar.id).pack())  # not checked in anywhere
    assert "не вошли в этот зал" in popup(olga)
    await anna.press_data(LivePost(krasnodar.id).pack())  # checked in to the other room
    assert "not checked in to this room" in popup(anna)
    await anna.press_data(LivePost(999).pack())  # no such room
    assert popup(anna) or anna.last_callback_answer

    async with harness.services.db.transaction() as conn:
        await live_wall_db.set_status(conn, event.id, EventStatus.CLOSED, harness.clock.now())
    await anna.press_data(LivePost(karlsruhe.id).pack())
    assert "not open" in popup(anna)

    async with harness.services.db.reading() as conn:
        for person in (anna, olga):
            assert await dialogs_db.dialog_of(conn, person.id, IdeaDraft) is None


async def test_another_partnerships_person_cannot_post_even_when_checked_in(
    harness: BotHarness,
) -> None:
    event = await live_event(harness)
    stranger = await quick_participant(harness, "Léa")
    async with harness.services.db.transaction() as conn:
        lyon = await partnerships_db.get(conn, await lyon_odesa(conn, harness.clock.now()))
        assert lyon is not None
        await conn.execute(
            "UPDATE participants SET partnership_id = ?, city_id = ? WHERE user_id = ?",
            (lyon.id, lyon.cities[0].id, stranger.id),
        )
    await room_check_in(harness, stranger, event.rooms[0])  # a forged check-in, say
    await stranger.send("/help")

    await stranger.press_data(LivePost(event.rooms[0].id).pack())

    assert popup(stranger)
    async with harness.services.db.reading() as conn:
        assert await dialogs_db.dialog_of(conn, stranger.id, IdeaDraft) is None
