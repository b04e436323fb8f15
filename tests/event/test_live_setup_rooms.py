"""Checking in to a live room: /room CODE, /room then the code, ?start=room-CODE; wrong codes,
events not started or closed, moving between rooms, the room screen and who may open it."""

from __future__ import annotations

from bot.callback_data import IdeasHome
from bot.callback_event import LiveBrowse, LiveModerate, LivePost, LiveRoomHome
from bot.db import live_wall as live_db
from bot.domain.deeplinks import RoomLink, parse_payload, room_payload
from bot.domain.live_wall import EventStatus
from bot.offline.harness import BotHarness
from tests.stories import (
    KRASNODAR,
    answer_text,
    live_event,
    lyon_odesa,
    make_organiser,
    onboard,
    quick_participant,
    room_check_in,
)


async def rooms_of(h: BotHarness, user_id: int) -> list[int]:
    async with (
        h.services.db.reading() as conn,
        conn.execute(
            "SELECT room_id FROM live_checkins WHERE user_id = ? ORDER BY room_id", (user_id,)
        ) as cur,
    ):
        return [r[0] for r in await cur.fetchall()]


async def test_room_code_checks_in_and_opens_the_room_screen(harness: BotHarness) -> None:
    event = await live_event(harness)
    ka, kr = event.rooms
    anna = await quick_participant(harness, "Anna")
    await anna.send("/room room 0")  # small letters and spaces are fine
    assert anna.last_text.startswith("✅ You are checked in.")
    assert "Kick-off Karlsruhe ↔ Krasnodar" in anna.last_text
    assert "📍 Room: Karlsruhe" in anna.last_text
    data = anna.button_data()
    assert LivePost(ka.id).pack() in data and LiveBrowse(ka.id, 0).pack() in data
    assert LiveModerate(ka.id).pack() not in data  # moderation only for moderators
    assert await rooms_of(harness, anna.id) == [ka.id]
    # Another room of the same event: she moves (one room per event).
    await anna.send("/room ROOM1")
    assert anna.last_text.startswith("✅ You moved to this room.")
    assert "📍 Room: Krasnodar" in anna.last_text
    assert await rooms_of(harness, anna.id) == [kr.id]


async def test_room_alone_asks_for_the_code_and_the_question_loses_its_keyboard(
    harness: BotHarness,
) -> None:
    event = await live_event(harness)
    boris = await quick_participant(harness, "Boris", language="ru", city=1)
    await boris.send("/room")
    question = boris.last
    assert question.button_data()  # a way back while the code is asked
    await boris.send("room1")
    assert boris.messages[-2].message_id == question.message_id
    assert boris.messages[-2].button_data() == []
    assert await rooms_of(harness, boris.id) == [event.rooms[1].id]


async def test_the_deep_link_checks_in_also_right_after_onboarding(harness: BotHarness) -> None:
    event = await live_event(harness)
    vera = harness.user("Vera", "ru")
    await onboard(vera, language="ru", city=KRASNODAR)
    await vera.start("room-ROOM1")
    assert await rooms_of(harness, vera.id) == [event.rooms[1].id]
    assert LivePost(event.rooms[1].id).pack() in vera.button_data()


async def test_a_wrong_code_gets_a_helpful_answer(harness: BotHarness) -> None:
    await live_event(harness)
    anna = await quick_participant(harness, "Anna")
    await anna.send("/room XYZ12")
    assert 'No live room has the code "XYZ12"' in anna.last_text.replace("“", '"').replace("”", '"')
    assert "/room" in anna.last_text
    assert await rooms_of(harness, anna.id) == []


async def test_an_event_not_started_or_closed_says_so(harness: BotHarness) -> None:
    await live_event(harness, status=EventStatus.SETUP)
    anna = await quick_participant(harness, "Anna")
    await anna.send("/room ROOM0")
    assert "has not started yet" in anna.last_text
    assert await rooms_of(harness, anna.id) == []
    async with harness.services.db.transaction() as conn:
        await conn.execute("UPDATE live_events SET status = 'closed'")
    await anna.send("/room ROOM0")
    assert "is closed. Its ideas are now in Ideas" in anna.last_text
    assert IdeasHome(0).pack() in anna.button_data()
    assert await rooms_of(harness, anna.id) == []


async def test_the_room_screen_is_only_for_people_checked_in(harness: BotHarness) -> None:
    event = await live_event(harness)
    ka, kr = event.rooms
    anna = await quick_participant(harness, "Anna")
    await room_check_in(harness, anna, ka)
    await anna.send("/menu")
    menu_text = anna.last_text
    await anna.press_data(LiveRoomHome(kr.id).pack())  # forged: not her room
    assert answer_text(anna) and anna.last_text == menu_text
    await anna.press_data(LiveRoomHome(ka.id).pack())
    assert "📍 Room: Karlsruhe" in anna.last_text


async def test_moderators_and_organisers_see_moderation_on_the_room_screen(
    harness: BotHarness,
) -> None:
    event = await live_event(harness)
    ka = event.rooms[0]
    mod = await quick_participant(harness, "Mila")
    orga = await quick_participant(harness, "Olga")
    await make_organiser(harness, orga)
    async with harness.services.db.transaction() as conn:
        await live_db.add_moderator(conn, ka.id, mod.id)
    for person in (mod, orga):
        await person.send("/room ROOM0")
        assert LiveModerate(ka.id).pack() in person.button_data()


async def test_another_partnerships_people_hear_the_code_is_unknown(harness: BotHarness) -> None:
    await live_event(harness)
    lena = await quick_participant(harness, "Lena")
    async with harness.services.db.transaction() as conn:
        other = await lyon_odesa(conn, harness.clock.now())
        await conn.execute(
            "UPDATE participants SET partnership_id = ? WHERE user_id = ?", (other, lena.id)
        )
    await lena.send("/room ROOM0")
    assert "No live room has the code" in lena.last_text
    assert await rooms_of(harness, lena.id) == []


async def test_deleteme_removes_check_ins_and_moderator_rows(harness: BotHarness) -> None:
    event = await live_event(harness)
    ka = event.rooms[0]
    anna = await quick_participant(harness, "Anna")
    await room_check_in(harness, anna, ka)
    async with harness.services.db.transaction() as conn:
        await live_db.add_moderator(conn, ka.id, anna.id)
    await harness.services.privacy.erase(anna.id)
    assert await rooms_of(harness, anna.id) == []
    async with harness.services.db.reading() as conn:
        assert await live_db.moderators(conn, ka.id) == []


def test_the_room_link_payload_reads_back() -> None:
    assert parse_payload(room_payload("KAR24")) == RoomLink("KAR24")
    assert parse_payload("room-") is None and parse_payload("room-KAR 24") is None
