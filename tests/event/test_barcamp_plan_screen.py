"""The organiser's plan screen: build, the plan per slot, move / swap / lock / merge on a
phone, refusals (pop-ups) and who may use it."""

from __future__ import annotations

from bot.callback_event import (
    BarcampPlanFix,
    BarcampPlanMergeInto,
    BarcampPlanMoveTo,
    BarcampPlanPick,
    BarcampPlanScreen,
    BarcampPlanSlot,
    BarcampPlanStep,
    BarcampPlanSwapWith,
)
from bot.db import barcamp as barcamp_db
from bot.db import roles as roles_db
from bot.domain.barcamp import CampRoom, CampSession, Phase
from bot.domain.roles import Role
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    barcamp_camp,
    lyon_odesa,
    make_organiser,
    popup,
    quick_participant,
)

ROOMS = (("Saal", 60, "de ru"), ("Raum A", 20, "de"), ("Комната B", 20, "ru"))


async def sessions_with_interest(
    h: BotHarness, camp_id: int, people: list[SimClient], wanted: list[tuple[str, str, int, int]]
) -> list[int]:
    """(title, language, host index, interest) -> session ids; interest from the first people."""
    ids = []
    async with h.services.db.transaction() as conn:
        for title, language, host, interest in wanted:
            sid = await barcamp_db.add_session(
                conn,
                camp_id,
                title,
                "",
                language,
                people[host].id,
                [people[host].id],
                h.clock.now(),
            )
            for person in people[:interest]:
                await barcamp_db.add_interest(conn, sid, person.id, h.clock.now())
            ids.append(sid)
    return ids


def refused(user: SimClient) -> str:
    """The text that answered the press: an alert, or "this button is out of date" for
    someone whose role elsewhere makes the id look unknown."""
    return str((user.last_callback_answer or {}).get("text", ""))


async def sessions(h: BotHarness, camp_id: int) -> dict[int, CampSession]:
    async with h.services.db.reading() as conn:
        return {s.id: s for s in await barcamp_db.sessions(conn, camp_id, every_status=True)}


async def organiser(h: BotHarness, language: str = "en") -> SimClient:
    boss = await quick_participant(h, "Olga", language=language)
    await make_organiser(h, boss)
    await boss.send("/start")
    return boss


async def built(h: BotHarness) -> tuple[SimClient, int, list[SimClient], list[int]]:
    _, camp_id, people = await barcamp_camp(h, rooms=ROOMS, slots=2, people=6, phase=Phase.BUILD)
    ids = await sessions_with_interest(
        h,
        camp_id,
        people,
        [
            ("Radwege in Karlsruhe", "de", 0, 5),
            ("Велодорожки в Краснодаре", "ru", 1, 4),
            ("Stadtgärten", "de", 0, 3),
            ("Городские сады", "ru", 3, 2),
        ],
    )
    boss = await organiser(h)
    await boss.press_data(BarcampPlanScreen(camp_id).pack())
    await boss.press(BarcampPlanStep(camp_id, "build"))
    return boss, camp_id, people, ids


async def test_build_shows_the_plan_per_slot_on_the_venue_clock(harness: BotHarness) -> None:
    boss, camp_id, _, ids = await built(harness)
    screen = boss.last.body
    assert "Plan built: 4 placed, 0 not placed." in screen
    assert "Karlsruhe time" in screen
    assert "Radwege in Karlsruhe — 5/" in screen
    placed = await sessions(harness, camp_id)
    assert all(placed[i].placed for i in ids)
    # the same host never twice in a slot
    assert placed[ids[0]].slot_id != placed[ids[2]].slot_id
    # Russian sessions never in the German-only room
    rooms = {r.name: r.id for r in await _rooms(harness, camp_id)}
    assert placed[ids[1]].room_id != rooms["Raum A"]
    assert placed[ids[3]].room_id != rooms["Raum A"]


async def _rooms(h: BotHarness, camp_id: int) -> list[CampRoom]:
    async with h.services.db.reading() as conn:
        return await barcamp_db.rooms(conn, camp_id)


async def test_a_move_that_puts_a_host_in_two_rooms_at_once_is_refused(
    harness: BotHarness,
) -> None:
    boss, camp_id, _, ids = await built(harness)
    before = await sessions(harness, camp_id)
    other_slot = before[ids[2]].slot_id  # the host's other session
    assert other_slot is not None
    free_room = next(
        r.id
        for r in await _rooms(harness, camp_id)
        if r.speaks("de")
        and all(not (s.room_id == r.id and s.slot_id == other_slot) for s in before.values())
    )
    await boss.press(BarcampPlanPick(ids[0]))
    await boss.press(BarcampPlanFix(ids[0], "move"))
    await boss.press(BarcampPlanSlot(ids[0], other_slot))
    await boss.press(BarcampPlanMoveTo(ids[0], other_slot, free_room))
    assert "two rooms at once" in popup(boss)
    # forged straight away: refused the same way, nothing moved
    await boss.press_data(BarcampPlanMoveTo(ids[0], other_slot, free_room, True).pack())
    assert "two rooms at once" in popup(boss)
    assert await sessions(harness, camp_id) == before


async def test_a_move_into_a_room_of_another_language_is_refused(harness: BotHarness) -> None:
    boss, camp_id, _, ids = await built(harness)
    before = await sessions(harness, camp_id)
    german_room = next(r.id for r in await _rooms(harness, camp_id) if r.name == "Raum A")
    slot = before[ids[1]].slot_id
    assert slot is not None
    await boss.press(BarcampPlanPick(ids[1]))
    await boss.press(BarcampPlanFix(ids[1], "move"))
    await boss.press(BarcampPlanSlot(ids[1], slot))
    await boss.press(BarcampPlanMoveTo(ids[1], slot, german_room))
    assert "language" in popup(boss)
    assert await sessions(harness, camp_id) == before


async def test_move_swap_lock_and_merge_before_announcing(harness: BotHarness) -> None:
    boss, camp_id, people, ids = await built(harness)
    before = await sessions(harness, camp_id)
    # swap the two Russian sessions
    await boss.press(BarcampPlanPick(ids[1]))
    await boss.press(BarcampPlanFix(ids[1], "swap"))
    await boss.press(BarcampPlanSwapWith(ids[1], ids[3]))
    after = await sessions(harness, camp_id)
    assert (after[ids[1]].room_id, after[ids[1]].slot_id) == (
        before[ids[3]].room_id,
        before[ids[3]].slot_id,
    )
    assert "Done." in boss.last.body
    # lock one, rebuild: it stays
    await boss.press(BarcampPlanPick(ids[1]))
    await boss.press(BarcampPlanFix(ids[1], "lock"))
    assert "Locked" in boss.last.body
    await boss.press(BarcampPlanScreen(camp_id))
    await boss.press(BarcampPlanStep(camp_id, "build"))
    rebuilt = await sessions(harness, camp_id)
    assert (rebuilt[ids[1]].room_id, rebuilt[ids[1]].slot_id) == (
        after[ids[1]].room_id,
        after[ids[1]].slot_id,
    )
    assert "🔒" in boss.last.body
    # merge "Stadtgärten" into "Radwege": asks first, then hosts and interest move over once
    await boss.press(BarcampPlanPick(ids[2]))
    await boss.press(BarcampPlanFix(ids[2], "merge"))
    await boss.press(BarcampPlanMergeInto(ids[2], ids[0]))
    assert "cannot be undone" in boss.last.body
    assert (await sessions(harness, camp_id))[ids[2]].status.value == "proposed"
    await boss.press(BarcampPlanMergeInto(ids[2], ids[0], True))
    merged = await sessions(harness, camp_id)
    assert merged[ids[2]].status.value == "merged"
    assert merged[ids[0]].interest == 5  # the three of Stadtgärten were among the five
    assert merged[ids[0]].hosts == {people[0].id}


async def test_participants_are_refused_on_the_plan_screen(harness: BotHarness) -> None:
    _, camp_id, people, ids = await built(harness)
    person = people[0]
    await person.send("/start")
    before = await sessions(harness, camp_id)
    for data in (
        BarcampPlanScreen(camp_id),
        BarcampPlanStep(camp_id, "build"),
        BarcampPlanStep(camp_id, "announce_yes"),
        BarcampPlanPick(ids[0]),
        BarcampPlanSwapWith(ids[0], ids[1], True),
        BarcampPlanMergeInto(ids[2], ids[0], True),
        BarcampPlanFix(ids[0], "lock"),
    ):
        await person.press_data(data.pack())
        assert popup(person), data
        assert "Plan" not in person.last.body
    assert await sessions(harness, camp_id) == before


async def test_an_organiser_of_another_partnership_is_refused(harness: BotHarness) -> None:
    _, camp_id, _, ids = await built(harness)
    before = await sessions(harness, camp_id)
    stranger = await quick_participant(harness, "Lucie", language="en")
    async with harness.services.db.transaction() as conn:
        lyon = await lyon_odesa(conn, harness.clock.now())
        await roles_db.grant(conn, stranger.id, lyon, Role.ORGANISER, None, harness.clock.now())
    await stranger.send("/start")
    for data in (
        BarcampPlanScreen(camp_id),
        BarcampPlanStep(camp_id, "build"),
        BarcampPlanMoveTo(ids[0], 1, 1, True),
        BarcampPlanMergeInto(ids[2], ids[0], True),
    ):
        await stranger.press_data(data.pack())
        assert refused(stranger), data
        assert "Radwege" not in stranger.last.body
    assert await sessions(harness, camp_id) == before


async def test_forty_proposals_show_twenty_placed_and_twenty_with_merge_hints(
    harness: BotHarness,
) -> None:
    rooms = tuple((f"Raum {n}", 10 * n, "de ru") for n in range(1, 6))
    _, camp_id, _ = await barcamp_camp(harness, rooms=rooms, slots=4, people=6, phase=Phase.BUILD)
    topics = ("Radwege", "Stadtgärten", "Jugendaustausch", "Schule", "Reparatur")
    async with harness.services.db.transaction() as conn:
        for n in range(40):
            await barcamp_db.add_session(
                conn,
                camp_id,
                f"{topics[n % 5]} Idee {n}",
                "",
                "de",
                None,
                [10_000 + n],
                harness.clock.now(),
            )
    boss = await organiser(harness)
    await boss.press_data(BarcampPlanScreen(camp_id).pack())
    await boss.press(BarcampPlanStep(camp_id, "build"))
    screen = boss.last.body
    assert "Plan built: 20 placed, 20 not placed." in screen
    assert "Not placed (20), by interest:" in screen
    assert screen.count("could join") == 20
    placed = [s for s in (await sessions(harness, camp_id)).values() if s.placed]
    assert len(placed) == 20
