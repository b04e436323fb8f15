"""The organiser's BarCamp setup from the workshop card: creating it, rooms (typed name, seats
from buttons, languages as toggles, a bridged video link; edit, remove after a question),
time slots on the workshop's clock (buttons or typed), the interest limit — organisers only."""

from __future__ import annotations

from bot.callback_data import WorkshopManage
from bot.callback_event import BarcampHome, BarcampPhaseStep, BarcampSetup
from bot.db import barcamp as barcamp_db
from bot.domain.barcamp import Phase
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    answer_text,
    barcamp_camp,
    create_workshop,
    lyon_odesa,
    make_organiser,
    onboard,
    organiser_of,
    organiser_workshops,
    popup,
    quick_participant,
)


async def organiser(h: BotHarness, name: str = "Olga", language: str = "en") -> SimClient:
    orga = h.user(name, language)
    await onboard(orga, language=language)
    await make_organiser(h, orga)
    return orga


async def open_home(orga: SimClient, workshop_id: int) -> None:
    """/organise → Workshops → the workshop's card → 🏕 BarCamp."""
    await organiser_workshops(orga)
    await orga.press(WorkshopManage(workshop_id, "card", 0))
    await orga.press(BarcampHome(workshop_id))


async def test_an_organiser_sets_up_rooms_slots_and_the_limit(harness: BotHarness) -> None:
    orga = await organiser(harness)
    ws = await create_workshop(harness, title="Kick-off")
    await open_home(orga, ws.id)
    assert "no BarCamp yet" in orga.last_text
    await orga.press(BarcampSetup(ws.id, "create", 0))
    assert "Next: add the rooms." in orga.last_text

    # A room: typed name, seats by button, two languages, a bridged video link.
    await orga.press(BarcampSetup(ws.id, "rooms", 0))
    await orga.press(BarcampSetup(ws.id, "room_new", 0))
    await orga.send("Saal")
    await orga.press(BarcampSetup(ws.id, "room_cap_set", 50))
    await orga.press(BarcampSetup(ws.id, "room_lang", 0))  # de
    await orga.press(BarcampSetup(ws.id, "room_lang", 2))  # ru
    await orga.press(BarcampSetup(ws.id, "room_next", 0))
    await orga.send("http://meet.example/saal")
    assert "https://" in orga.last_text  # a helpful message, the question stays
    await orga.send("https://meet.example/saal")
    assert "The room is added." in orga.last_text
    assert "Saal · 50 seats · German and Russian · bridged to the partner city" in orga.last_text
    # A second room with typed seats and no video link.
    await orga.press(BarcampSetup(ws.id, "room_new", 0))
    await orga.send("Raum A")
    await orga.send("12")
    await orga.press(BarcampSetup(ws.id, "room_next", 0))
    assert popup(orga) == "Choose at least one language."
    await orga.press(BarcampSetup(ws.id, "room_lang", 0))
    await orga.press(BarcampSetup(ws.id, "room_next", 0))
    await orga.press(BarcampSetup(ws.id, "room_skip", 0))
    async with harness.services.db.reading() as conn:
        camp = await barcamp_db.of_workshop(conn, ws.id)
        assert camp is not None
        rooms = await barcamp_db.rooms(conn, camp.id)
    assert [(r.name, r.capacity, sorted(r.languages), r.bridge_url) for r in rooms] == [
        ("Saal", 50, ["de", "ru"], "https://meet.example/saal"),
        ("Raum A", 12, ["de"], None),
    ]

    # Edit: the seats of Raum A; then remove Saal after a question (cancel first).
    await orga.press(BarcampSetup(ws.id, "room", rooms[1].id))
    await orga.press(BarcampSetup(ws.id, "room_cap", rooms[1].id))
    await orga.press(BarcampSetup(ws.id, "room_cap_set", 20))
    assert "Raum A · 20 seats · German" in orga.last_text
    await orga.press(BarcampSetup(ws.id, "rooms", 0))
    await orga.press(BarcampSetup(ws.id, "room", rooms[0].id))
    await orga.press(BarcampSetup(ws.id, "room_remove", rooms[0].id))
    assert 'Remove the room "Saal"?' in orga.last_text
    await orga.press(BarcampSetup(ws.id, "room", rooms[0].id))  # ✖️ Cancel
    await orga.press(BarcampSetup(ws.id, "room_remove", rooms[0].id))
    await orga.press(BarcampSetup(ws.id, "room_remove_ok", rooms[0].id))
    assert "The room is removed." in orga.last_text
    async with harness.services.db.reading() as conn:
        assert [r.name for r in await barcamp_db.rooms(conn, camp.id)] == ["Raum A"]

    # Slots: the first start button is the workshop's start; a typed one; an overlap refused.
    await orga.press(BarcampHome(ws.id))
    await orga.press(BarcampSetup(ws.id, "slots", 0))
    await orga.press(BarcampSetup(ws.id, "slot_new", 0))
    assert "Karlsruhe time" in orga.last_text
    first_start = orga.last.button_data()[0]
    await orga.press(BarcampSetup.unpack(first_start) or BarcampSetup(ws.id, "slots", 0))
    await orga.press(BarcampSetup(ws.id, "slot_len", 45))
    await orga.press(BarcampSetup(ws.id, "slot_new", 0))
    await orga.send("25:00")
    assert "e.g. 10:30" in orga.last_text
    start = ws.starts_at.astimezone(_zone(ws.time_zone))
    await orga.send(f"{start.hour:02d}:{start.minute + 30:02d}")
    await orga.press(BarcampSetup(ws.id, "slot_len", 60))
    assert "overlaps the time slot" in popup(orga)
    await orga.send(f"{start.hour + 1:02d}:{start.minute:02d}")
    await orga.press(BarcampSetup(ws.id, "slot_len", 60))
    assert "The time slot is added." in orga.last_text
    async with harness.services.db.reading() as conn:
        slots = await barcamp_db.slots(conn, camp.id)
    assert [(s.ends_at - s.starts_at).seconds // 60 for s in slots] == [45, 60]
    assert slots[0].starts_at == ws.starts_at.replace(second=0, microsecond=0)

    # The limit, then the home with what it has.
    await orga.press(BarcampHome(ws.id))
    await orga.press(BarcampSetup(ws.id, "limit", 0))
    await orga.press(BarcampSetup(ws.id, "limit_set", 2))
    home = orga.last_text
    assert "up to 2 sessions per person" in home
    assert "Rooms: 1" in home and "Time slots: 2" in home and "Karlsruhe time" in home
    assert "Proposals: 0 · people who chose sessions: 0 · checked in: 0" in home
    assert "Next: open proposals." in home


def _zone(name: str):  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


async def test_only_organisers_of_the_partnership_set_it_up(harness: BotHarness) -> None:
    workshop, barcamp_id, people = await barcamp_camp(harness)
    ws = workshop.id
    # A participant (even checked in) cannot reach the setup, also with forged buttons.
    person = people[0]
    await person.send("/barcamp")  # their own view of the camp, without the setup
    assert "Das BarCamp wird vorbereitet" in person.last_text  # Person0 reads German
    assert not any(d.startswith("bka:") for d in person.button_data())
    await person.press_data(BarcampSetup(ws, "rooms", 0).pack())
    assert popup(person)
    await person.press_data(BarcampSetup(ws, "limit_set", 5).pack())
    await person.press_data(BarcampSetup(ws, "room_new", 0).pack())
    async with harness.services.db.reading() as conn:
        room_id = (await barcamp_db.rooms(conn, barcamp_id))[0].id
        slot_id = (await barcamp_db.slots(conn, barcamp_id))[0].id
    for action in BarcampSetup.actions():
        value = slot_id if action.startswith("slot") else room_id
        await person.press_data(BarcampSetup(ws, action, value).pack())  # type: ignore[arg-type]
        assert answer_text(person), action
    for step in ("ask", "open"):
        await person.press_data(BarcampPhaseStep(ws, step, 1).pack())  # type: ignore[arg-type]
        assert answer_text(person), step
    assert not any(d.startswith(("bka:", "bkb:")) for m in person.messages for d in m.button_data())
    stranger = await quick_participant(harness, "Max")
    await stranger.send("/barcamp")
    assert "not checked in" in stranger.last_text
    await stranger.press_data(BarcampHome(ws).pack())
    assert popup(stranger)
    # An organiser of another partnership hears the same as for an unknown id.
    async with harness.services.db.transaction() as conn:
        lyon = await lyon_odesa(conn, harness.clock.now())
    other = await quick_participant(harness, "Lucie")
    await organiser_of(harness, other, lyon)
    await other.send("/barcamp")
    for data in (BarcampHome(ws), BarcampSetup(ws, "create", 0), BarcampSetup(ws, "limit_set", 5)):
        await other.press_data(data.pack())
        assert other.last_callback_answer, data
    async with harness.services.db.reading() as conn:
        camp = await barcamp_db.get(conn, barcamp_id)
        rooms = await barcamp_db.rooms(conn, barcamp_id)
        slots = await barcamp_db.slots(conn, barcamp_id)
    assert camp is not None and camp.interest_limit == 3 and camp.phase is Phase.SETUP
    assert len(rooms) == 3 and len(slots) == 3
