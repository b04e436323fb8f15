"""The live wall's organiser side: setting up an event across simultaneous workshops, its
screen (moderators, moderation mode, exchange moments, start, close), and who may do it."""

from __future__ import annotations

from datetime import timedelta

import aiosqlite

from bot.callback_data import WorkshopManage
from bot.callback_event import (
    LiveEventStep,
    LiveModerator,
    LiveMomentAdd,
    LiveMomentRemove,
    LiveMomentWhen,
    LiveRoomLanguage,
    LiveRoomLanguages,
    LiveRoomMods,
    LiveSetupLanguage,
    LiveSetupLanguages,
    LiveSetupMode,
    LiveSetupRoom,
    LiveSetupStep,
    LiveSetupTheme,
    LiveWallHome,
)
from bot.db import live_wall as live_db
from bot.domain.live_wall import EventStatus, Moderation
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    ECOLOGY,
    answer_text,
    create_workshop,
    lyon_odesa,
    make_organiser,
    organiser_of,
    organiser_workshops,
    popup,
    quick_participant,
    shown,
)


async def two_kickoffs(h: BotHarness) -> tuple[int, int]:
    """Karlsruhe and Krasnodar kick-offs at the same time (and a later one in Krasnodar)."""
    ka = await create_workshop(h, title="Kick-off Karlsruhe", city=0, starts_in=timedelta(hours=2))
    kr = await create_workshop(h, title="Kick-off Krasnodar", city=1, starts_in=timedelta(hours=3))
    await create_workshop(h, title="Later in Krasnodar", city=1, starts_in=timedelta(days=3))
    return ka.id, kr.id


async def organiser(h: BotHarness, name: str = "Olga", language: str = "en") -> SimClient:
    orga = await quick_participant(h, name, language=language)
    await make_organiser(h, orga)
    return orga


async def planned(conn: aiosqlite.Connection, moment_id: int) -> int:
    """The moment's pending due work (its start and its end)."""
    async with conn.execute(
        "SELECT COUNT(*) FROM due_tasks WHERE kind LIKE 'live_moment_%' AND ref_id = ?"
        " AND done_at IS NULL",
        (moment_id,),
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def open_wall(orga: SimClient, workshop_id: int) -> None:
    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop_id, "card", 0))
    await orga.press(LiveWallHome(workshop_id))


async def set_up(h: BotHarness, orga: SimClient, ka: int, kr: int, *, pre: bool = False) -> int:
    """Through the screens: Krasnodar as partner room, moderation, all themes; created."""
    await open_wall(orga, ka)
    await orga.press(LiveSetupStep(ka, "rooms"))
    await orga.press(LiveSetupRoom(ka, kr))
    await orga.press(LiveSetupStep(ka, "mode"))
    await orga.press(LiveSetupMode(ka, pre))
    await orga.press(LiveSetupStep(ka, "preview"))
    await orga.press(LiveSetupStep(ka, "create"))
    async with h.services.db.reading() as conn:
        room = await live_db.room_of_workshop(conn, ka)
    assert room is not None
    return room.event_id


async def test_an_organiser_sets_up_a_live_wall_for_two_simultaneous_kickoffs(
    harness: BotHarness,
) -> None:
    ka, kr = await two_kickoffs(harness)
    orga = await organiser(harness)
    await open_wall(orga, ka)
    assert "A live wall links workshops happening at the same time" in orga.last_text
    await orga.press(LiveSetupStep(ka, "rooms"))
    # Only the simultaneous workshop in the other city is offered, not the later one.
    assert "Kick-off Krasnodar" in orga.last_text and "Later in Krasnodar" not in orga.last_text
    await orga.press(LiveSetupStep(ka, "mode"))
    assert popup(orga) == "Choose at least one partner room first."
    await orga.press(LiveSetupRoom(ka, kr))
    assert orga.last.button_texts()[0].startswith("✅ Krasnodar · Kick-off")
    await orga.press(LiveSetupStep(ka, "mode"))
    assert "Before: ideas wait until a moderator" in orga.last_text
    await orga.press(LiveSetupMode(ka, True))
    assert "Which themes" in orga.last_text
    await orga.press(LiveSetupTheme(ka, ECOLOGY))  # every theme was chosen: one less
    await orga.press(LiveSetupStep(ka, "preview"))
    assert "Moderation: before" in orga.last_text
    assert "Ecology" not in orga.last_text.split("Themes:")[1]
    await orga.press(LiveSetupLanguages(ka, kr))
    await orga.press(LiveSetupLanguage(ka, kr, "ru"))
    assert orga.last_text.count("Wall language: Russian") == 1
    await orga.press(LiveSetupStep(ka, "create"))
    assert orga.last_text.startswith("✅ The live wall is set up.")
    async with harness.services.db.reading() as conn:
        room = await live_db.room_of_workshop(conn, ka)
        assert room is not None
        event = await live_db.get_event(conn, room.event_id)
    assert event is not None and event.status is EventStatus.SETUP
    assert event.moderation is Moderation.PRE and ECOLOGY not in event.themes and event.themes
    assert [r.workshop_id for r in event.rooms] == [ka, kr]
    assert [r.display_language for r in event.rooms] == ["en", "ru"]
    for r in event.rooms:
        assert f"Room code: {r.checkin_code}" in orga.last_text
    # Each room's time on its own clock, and the organiser's where it differs.
    assert "Krasnodar time (" in orga.last_text and "your time)" in orga.last_text
    # Without a public address the screen says where the wall pages are, honestly.
    assert "no web address set up" in orga.last_text
    # The same event from the Krasnodar workshop's card.
    await open_wall(orga, kr)
    assert f"Room code: {event.rooms[1].checkin_code}" in orga.last_text


async def test_without_a_simultaneous_workshop_the_screen_explains_how_to_make_one(
    harness: BotHarness,
) -> None:
    alone = await create_workshop(harness, city=0)
    orga = await organiser(harness)
    await open_wall(orga, alone.id)
    await orga.press(LiveSetupStep(alone.id, "rooms"))
    assert "No other workshop of your partnership overlaps" in orga.last_text
    assert WorkshopManage(alone.id, "card", 0).pack() in orga.button_data()


async def test_participants_cannot_set_up_or_manage_a_live_wall_even_by_forged_presses(
    harness: BotHarness,
) -> None:
    ka, kr = await two_kickoffs(harness)
    orga = await organiser(harness)
    event_id = await set_up(harness, orga, ka, kr)
    anna = await quick_participant(harness, "Anna")
    await anna.send("/menu")
    for data in (
        LiveWallHome(ka),
        LiveSetupStep(ka, "rooms"),
        LiveSetupRoom(ka, kr),
        LiveEventStep(event_id, "start"),
        LiveEventStep(event_id, "close_ok"),
        LiveEventStep(event_id, "mode"),
        LiveMomentAdd(event_id, int(harness.clock.now().timestamp() // 60) + 30, 5),
    ):
        await anna.press_data(data.pack())
        assert popup(anna), data
    async with harness.services.db.reading() as conn:
        event = await live_db.get_event(conn, event_id)
        assert await live_db.moments(conn, event_id) == []
    assert event is not None and event.status is EventStatus.SETUP
    assert event.moderation is Moderation.POST


async def test_moderators_are_added_from_the_staff_and_removed_after_a_question(
    harness: BotHarness,
) -> None:
    ka, kr = await two_kickoffs(harness)
    orga = await organiser(harness)
    event_id = await set_up(harness, orga, ka, kr)
    async with harness.services.db.reading() as conn:
        event = await live_db.get_event(conn, event_id)
    assert event is not None
    room = event.rooms[0]
    await orga.press(LiveRoomMods(room.id, 0))
    await orga.press(LiveModerator(room.id, orga.id, "add"))
    assert "Moderators of the room in Karlsruhe: Olga" in orga.last_text
    await orga.press(LiveEventStep(event_id, "show"))
    assert "Moderators: Olga" in orga.last_text
    await orga.press(LiveRoomMods(room.id, 0))
    await orga.press(LiveModerator(room.id, orga.id, "remove"))
    assert orga.last_text == "Remove Olga as moderator of the room in Karlsruhe?"
    await orga.press(LiveRoomMods(room.id, 0))  # Cancel changes nothing
    async with harness.services.db.reading() as conn:
        assert await live_db.moderators(conn, room.id) == [orga.id]
    await orga.press(LiveModerator(room.id, orga.id, "remove"))
    await orga.press(LiveModerator(room.id, orga.id, "remove_ok"))
    async with harness.services.db.reading() as conn:
        assert await live_db.moderators(conn, room.id) == []
    assert "has no moderators yet" in orga.last_text


async def test_start_switch_moderation_and_exchange_moments(harness: BotHarness) -> None:
    ka, kr = await two_kickoffs(harness)
    orga = await organiser(harness)
    event_id = await set_up(harness, orga, ka, kr)
    await orga.press(LiveEventStep(event_id, "mode"))
    assert "Moderation: before" in orga.last_text
    await orga.press(LiveEventStep(event_id, "start"))
    assert orga.last_text.startswith("▶️ The live wall is live")
    await orga.press(LiveEventStep(event_id, "moments"))
    assert "No exchange moments planned yet" in orga.last_text
    await orga.press(LiveMomentWhen(event_id, 30))
    due = shown(orga, LiveMomentAdd, length=10)
    await orga.press(due)
    assert "Exchange moment planned" in orga.last_text
    assert "Karlsruhe time" in orga.last_text
    async with harness.services.db.reading() as conn:
        (moment,) = await live_db.moments(conn, event_id)
        assert await planned(conn, moment.id) == 2  # its start and its end
    assert moment.ends_at - moment.due_at == timedelta(minutes=10)
    # A typed time on the first room's clock; a wrong one gets a helpful answer.
    await orga.press(LiveEventStep(event_id, "moment_type"))
    await orga.send("half past six")
    assert orga.last_text == "Please type the time as HH:MM, for example 18:30."
    await orga.send("23:59")
    assert orga.messages[-2].button_data() == []  # the question lost its keyboard
    await orga.press(shown(orga, LiveMomentAdd, length=5))
    await orga.press(LiveMomentRemove(moment.id))
    async with harness.services.db.reading() as conn:
        found = await live_db.moments(conn, event_id)
        assert await planned(conn, moment.id) == 0
    assert [m.ends_at - m.due_at for m in found] == [timedelta(minutes=5)]


async def test_another_partnerships_organiser_cannot_reach_the_event(harness: BotHarness) -> None:
    ka, kr = await two_kickoffs(harness)
    orga = await organiser(harness)
    event_id = await set_up(harness, orga, ka, kr)
    async with harness.services.db.reading() as conn:
        event = await live_db.get_event(conn, event_id)
    assert event is not None
    async with harness.services.db.transaction() as conn:
        lyon = await lyon_odesa(conn, harness.clock.now())
    pierre = await quick_participant(harness, "Pierre")
    await organiser_of(harness, pierre, lyon)
    async with harness.services.db.transaction() as conn:
        await conn.execute(
            "UPDATE participants SET partnership_id = ? WHERE user_id = ?", (lyon, pierre.id)
        )
    await pierre.send("/menu")
    screen = pierre.last_text
    room = event.rooms[0]
    for data in (
        LiveWallHome(ka),
        LiveSetupStep(ka, "rooms"),
        LiveEventStep(event_id, "show"),
        LiveEventStep(event_id, "start"),
        LiveRoomMods(room.id, 0),
        LiveModerator(room.id, pierre.id, "add"),
        LiveMomentWhen(event_id, 15),
    ):
        await pierre.press_data(data.pack())
        assert answer_text(pierre), data
        assert pierre.last_text == screen, data  # nothing of A's event is shown
    async with harness.services.db.reading() as conn:
        after = await live_db.get_event(conn, event_id)
        assert await live_db.moderators(conn, room.id) == []
    assert after == event


async def test_a_rooms_wall_language_changes_on_the_event_screen(harness: BotHarness) -> None:
    ka, kr = await two_kickoffs(harness)
    orga = await organiser(harness)
    event_id = await set_up(harness, orga, ka, kr)
    async with harness.services.db.reading() as conn:
        event = await live_db.get_event(conn, event_id)
    assert event is not None
    room = event.rooms[1]
    await orga.press(LiveRoomLanguages(room.id))
    assert "In which language should the wall in Krasnodar show every idea?" in orga.last_text
    await orga.press(LiveRoomLanguage(room.id, "ru"))
    assert f"Room code: {room.checkin_code} · wall in Russian" in orga.last_text
    async with harness.services.db.reading() as conn:
        after = await live_db.get_event(conn, event_id)
    assert after is not None and after.rooms[1].display_language == "ru"
    assert after.version == event.version + 1  # the walls redraw in the new language
    anna = await quick_participant(harness, "Anna")
    await anna.send("/menu")
    await anna.press_data(LiveRoomLanguage(room.id, "de").pack())  # forged
    assert popup(anna)
    async with harness.services.db.reading() as conn:
        still = await live_db.get_event(conn, event_id)
    assert still is not None and still.rooms[1].display_language == "ru"
