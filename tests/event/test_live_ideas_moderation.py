"""A live room's moderators (issue #21): approve what waits (pre-moderation), hide with a
reason (logged with who and why; gone from every wall), show again, merge a duplicate (its +1
join the other idea, nobody counted twice), correct a translation into the room's language
(every wall in that language shows it). Only the room's moderators and the partnership's
organisers: a participant's forged press changes nothing."""

from __future__ import annotations

from bot.callback_event import LiveModerate, LiveModStep, LiveVote
from bot.db import ideas as ideas_db
from bot.db import live_ideas as wall_db
from bot.db import live_wall as live_wall_db
from bot.domain.ideas import IdeaStatus, IdeaText, Translation
from bot.domain.live_wall import LiveEvent, Moderation, ModerationAction
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    KRASNODAR,
    live_event,
    make_organiser,
    onboard,
    popup,
    post_to_wall,
    room_check_in,
    shown,
    wall_idea,
)


async def moderator_of(h: BotHarness, event: LiveEvent, room: int = 0) -> SimClient:
    """Mia, German, moderating the room (Karlsruhe by default)."""
    mia = h.user("Mia", "de")
    await onboard(mia, language="de")
    async with h.services.db.transaction() as conn:
        await live_wall_db.add_moderator(conn, event.rooms[room].id, mia.id)
    return mia


async def on_walls(h: BotHarness, event: LiveEvent) -> list[list[int]]:
    """The idea ids each room's wall shows."""
    found = []
    for room in event.rooms:
        wall = await h.services.live_page.wall_data(room.wall_token)
        assert wall is not None
        found.append(sorted(i.idea_id for c in wall.columns for i in c.ideas))
    return found


async def log_of(h: BotHarness, event: LiveEvent) -> list[wall_db.LogStep]:
    async with h.services.db.reading() as conn:
        return await wall_db.log_of(conn, event.id)


async def test_pre_moderation_waits_until_a_moderator_approves(harness: BotHarness) -> None:
    event = await live_event(harness, moderation=Moderation.PRE)
    anna = harness.user("Anna", "en")
    await onboard(anna)
    await room_check_in(harness, anna, event.rooms[0])
    await post_to_wall(anna, event.rooms[0], "Shared choir")
    mia = await moderator_of(harness, event)
    assert await on_walls(harness, event) == [[], []]

    await mia.press_data(LiveModerate(event.rooms[0].id).pack())
    assert "Warten auf Freigabe (1)" in mia.last.body and "„Shared choir“" in mia.last.body
    await mia.press(shown(mia, LiveModStep, action="idea"))
    idea_id = shown(mia, LiveModStep, action="approve").idea_id
    await mia.press(LiveModStep("approve", event.rooms[0].id, idea_id, 0))

    assert await on_walls(harness, event) == [[idea_id], [idea_id]]
    assert "Freigegeben" in mia.last.body
    await harness.drain()
    assert anna.last.body == "📺 Your idea “Shared choir” is on the live walls now."
    [step] = await log_of(harness, event)
    assert (step.idea_id, step.moderator_id, step.action) == (idea_id, mia.id, "approve")
    async with harness.services.db.reading() as conn:
        idea = await ideas_db.get(conn, idea_id)
    assert idea is not None and idea.status is IdeaStatus.PUBLISHED


async def test_hiding_takes_it_off_both_walls_and_logs_who_and_why(harness: BotHarness) -> None:
    event = await live_event(harness)
    room = event.rooms[0].id
    idea = await wall_idea(harness, event.rooms[0], "Werbung für meinen Laden", language="de")
    mia = await moderator_of(harness, event)

    await mia.press_data(LiveModerate(room).pack())
    await mia.press(LiveModStep("idea", room, idea, 0))
    await mia.press(LiveModStep("hide", room, idea, 0))
    await mia.press(LiveModStep("reason", room, idea, 1))

    assert await on_walls(harness, event) == [[], []]
    [step] = await log_of(harness, event)
    assert (step.moderator_id, step.action, step.reason) == (
        mia.id,
        "hide",
        "Passt nicht zum Thema",
    )
    async with harness.services.db.reading() as conn:
        hidden = await ideas_db.get(conn, idea)
    assert hidden is not None and hidden.status is IdeaStatus.HIDDEN

    await mia.press(LiveModStep("idea", room, idea, 0))
    await mia.press(LiveModStep("restore", room, idea, 0))
    assert await on_walls(harness, event) == [[idea], [idea]]


async def test_a_typed_reason_is_logged(harness: BotHarness) -> None:
    event = await live_event(harness)
    room = event.rooms[0].id
    idea = await wall_idea(harness, event.rooms[0], "Kauft bei mir", language="de")
    mia = await moderator_of(harness, event)
    await mia.press_data(LiveModerate(room).pack())
    await mia.press(LiveModStep("idea", room, idea, 0))
    await mia.press(LiveModStep("hide", room, idea, 0))
    await mia.press(LiveModStep("own_reason", room, idea, 0))
    question = mia.last

    await mia.send("Werbung")

    assert question.reply_markup is None  # the answered question lost its buttons
    [step] = await log_of(harness, event)
    assert (step.moderator_id, step.action, step.reason) == (mia.id, "hide", "Werbung")
    assert await on_walls(harness, event) == [[], []]


async def test_merging_joins_the_plus_ones_without_counting_anyone_twice(
    harness: BotHarness,
) -> None:
    event = await live_event(harness)
    karlsruhe, krasnodar = event.rooms
    duplicate = await wall_idea(harness, karlsruhe, "Chor für alle", language="de")
    target = await wall_idea(harness, krasnodar, "Общий хор", language="ru")
    anna, olga = harness.user("Anna", "en"), harness.user("Olga", "ru")
    await onboard(anna)
    await onboard(olga, language="ru", city=KRASNODAR)
    await room_check_in(harness, anna, karlsruhe)
    await room_check_in(harness, olga, krasnodar)
    for person, room, idea in (
        (anna, karlsruhe, duplicate),
        (anna, karlsruhe, target),
        (olga, krasnodar, duplicate),
    ):
        await person.press_data(LiveVote("plus", room.id, idea, 0).pack())
    mia = await moderator_of(harness, event)

    await mia.press_data(LiveModerate(karlsruhe.id).pack())
    await mia.press(LiveModStep("idea", karlsruhe.id, duplicate, 0))
    await mia.press(LiveModStep("merge", karlsruhe.id, duplicate, 0))
    await mia.press(LiveModStep("into", karlsruhe.id, duplicate, target))
    assert "nicht rückgängig" in mia.last.body  # asked first
    await mia.press(LiveModStep("merge_ok", karlsruhe.id, duplicate, target))

    assert await on_walls(harness, event) == [[target], [target]]
    wall = await harness.services.live_page.wall_data(karlsruhe.wall_token)
    assert wall is not None
    [joined] = [i for c in wall.columns for i in c.ideas]
    assert (joined.votes, joined.bridge) == (2, True)  # Anna once, Olga once
    [step] = await log_of(harness, event)
    assert (step.action, step.other_idea_id, step.moderator_id) == ("merge", target, mia.id)


async def test_a_correction_reaches_every_wall_in_that_language(harness: BotHarness) -> None:
    """Both rooms show German here: the Karlsruhe moderator's correction is on both walls."""
    event = await live_event(harness, languages=("de", "de"))
    room = event.rooms[0].id
    idea = await wall_idea(harness, event.rooms[1], "Общий сад", language="ru")
    async with harness.services.db.transaction() as conn:
        machine = Translation("de", IdeaText("Allgemeiner Garten", "Bäume.", None), machine=True)
        await ideas_db.save_translation(conn, idea, machine, None, harness.clock.now())
    mia = await moderator_of(harness, event)

    await mia.press_data(LiveModerate(room).pack())
    assert "#1  „Allgemeiner Garten“" in mia.last.body  # listed in her language
    await mia.press(LiveModStep("idea", room, idea, 0))
    assert "maschinelle Übersetzung" in mia.last.body
    await mia.press(LiveModStep("correct", room, idea, 0))
    await mia.send("Gemeinschaftsgarten")
    await mia.send("Wir pflanzen gemeinsam Bäume.")

    for token in (r.wall_token for r in event.rooms):
        wall = await harness.services.live_page.wall_data(token)
        assert wall is not None
        [shown_idea] = [i for c in wall.columns for i in c.ideas]
        assert (shown_idea.title, shown_idea.description, shown_idea.machine) == (
            "Gemeinschaftsgarten",
            "Wir pflanzen gemeinsam Bäume.",
            False,
        )
    [step] = await log_of(harness, event)
    assert (step.action, step.moderator_id) == (ModerationAction.CORRECT, mia.id)


async def test_only_moderators_and_organisers_moderate(harness: BotHarness) -> None:
    event = await live_event(harness, moderation=Moderation.PRE)
    karlsruhe, krasnodar = event.rooms
    anna = harness.user("Anna", "en")
    await onboard(anna)
    await room_check_in(harness, anna, karlsruhe)
    await post_to_wall(anna, karlsruhe, "Shared choir")
    async with harness.services.db.reading() as conn:
        [waiting] = await wall_db.of_room(conn, karlsruhe.id, (wall_db.WallStatus.WAITING,))
    mia = await moderator_of(harness, event, room=1)  # Krasnodar's moderator

    await anna.press_data(LiveModerate(karlsruhe.id).pack())
    assert "Only this room's moderators" in popup(anna)
    await anna.press_data(LiveModStep("approve", karlsruhe.id, waiting.idea_id, 0).pack())
    assert "Only this room's moderators" in popup(anna)
    await mia.press_data(LiveModStep("approve", karlsruhe.id, waiting.idea_id, 0).pack())
    assert "Moderation dieses Raums" in popup(mia)
    # Her own room's screen cannot approve another room's queue either.
    await mia.press_data(LiveModStep("approve", krasnodar.id, waiting.idea_id, 0).pack())
    assert popup(mia) or mia.last_callback_answer
    assert await on_walls(harness, event) == [[], []]
    assert await log_of(harness, event) == []

    # The partnership's organisers moderate every room.
    await make_organiser(harness, anna)
    await anna.press_data(LiveModStep("approve", karlsruhe.id, waiting.idea_id, 0).pack())
    assert await on_walls(harness, event) == [[waiting.idea_id], [waiting.idea_id]]


async def test_a_reason_too_long_is_answered_and_the_question_stays(harness: BotHarness) -> None:
    event = await live_event(harness)
    room = event.rooms[0].id
    idea = await wall_idea(harness, event.rooms[0], "Kauft bei mir", language="de")
    mia = await moderator_of(harness, event)
    await mia.press_data(LiveModStep("own_reason", room, idea, 0).pack())
    question = mia.last

    await mia.send("x" * 400)

    assert question.reply_markup is not None  # still answerable, with its way back
    assert await on_walls(harness, event) == [[idea], [idea]]
    await mia.send("Werbung")
    assert await on_walls(harness, event) == [[], []]


async def test_going_back_from_a_typed_question_changes_nothing(harness: BotHarness) -> None:
    event = await live_event(harness)
    room = event.rooms[0].id
    idea = await wall_idea(harness, event.rooms[0], "Kauft bei mir", language="de")
    mia = await moderator_of(harness, event)
    await mia.press_data(LiveModStep("own_reason", room, idea, 0).pack())

    await mia.press(LiveModStep("idea", room, idea, 0))  # back
    await mia.send("Werbung")  # no longer a reason: stray text

    assert await on_walls(harness, event) == [[idea], [idea]]
    assert await log_of(harness, event) == []
