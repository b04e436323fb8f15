"""The optimiser: sessions into room × slot (bot/domain/barcamp_plan.build_plan)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from bot.domain.barcamp import CampRoom, CampSession, CampSlot, PlanWarning, SessionStatus
from bot.domain.barcamp_plan import Cell, FixRefusal, build_plan, check_move

START = datetime(2027, 5, 8, 8, 0, tzinfo=UTC)
TOPICS = ["bicycle lanes", "river cleanup", "youth exchange", "digital school", "urban garden"]


def room(id: int, capacity: int, languages: str = "de ru") -> CampRoom:
    return CampRoom(id, f"Room {id}", capacity, frozenset(languages.split()), None, id)


def slot(id: int) -> CampSlot:
    starts = START + timedelta(hours=id)
    return CampSlot(id, starts, starts + timedelta(minutes=45), id)


def session(
    id: int,
    interest: int,
    *,
    hosts: tuple[int, ...] = (),
    language: str = "de",
    title: str = "",
    **changes: object,
) -> CampSession:
    base = CampSession(
        id,
        1,
        title or f"Session {id}",
        "",
        language,
        None,
        frozenset(hosts or (1000 + id,)),
        interest,
    )
    return base.__class__(**{**base.__dict__, **changes})  # type: ignore[arg-type]


ROOMS = [room(1, 10), room(2, 20), room(3, 30), room(4, 40), room(5, 50)]
SLOTS = [slot(1), slot(2), slot(3), slot(4)]


def forty() -> list[CampSession]:
    return [session(i, (i * 7) % 45 + 1, title=f"{TOPICS[i % 5]} idea {i}") for i in range(1, 41)]


def test_forty_proposals_five_rooms_four_slots_place_twenty_and_list_twenty_with_merges() -> None:
    sessions = forty()
    plan = build_plan(ROOMS, SLOTS, sessions)
    assert len(plan.placements) == 20
    assert len({(p.room_id, p.slot_id) for p in plan.placements}) == 20
    assert len(plan.unplaced) == 20
    interest = {s.id: s.interest for s in sessions}
    ranked = [interest[i] for i in plan.unplaced]
    assert ranked == sorted(ranked, reverse=True)
    # the placed ones are the twenty most wanted
    assert min(interest[p.session_id] for p in plan.placements) >= max(ranked)
    placed = {p.session_id for p in plan.placements}
    suggested = {m.session_id for m in plan.merges}
    assert suggested == set(plan.unplaced)
    assert all(m.into_id in placed for m in plan.merges)
    words = {s.id: s.title.split(" idea")[0] for s in sessions}
    assert all(words[m.session_id] == words[m.into_id] for m in plan.merges)


def test_no_host_in_two_rooms_in_one_slot() -> None:
    busy = [session(i, 50 - i, hosts=(7,)) for i in range(1, 6)]
    plan = build_plan(ROOMS, SLOTS, busy)
    slots_of_7 = [p.slot_id for p in plan.placements]
    assert len(slots_of_7) == len(set(slots_of_7)) == 4
    assert plan.unplaced == (5,)
    assert [w.kind for w in plan.warnings if w.session_id == 5] == [PlanWarning.NO_ROOM]


def test_a_sixty_interest_session_goes_to_the_largest_room_with_a_warning() -> None:
    plan = build_plan(ROOMS, SLOTS, [session(1, 60), session(2, 15)])
    cell = plan.cell(1)
    assert cell is not None and cell.room_id == 5
    assert [(w.session_id, w.kind) for w in plan.warnings] == [(1, PlanWarning.OVER_CAPACITY)]
    small = plan.cell(2)
    assert small is not None and small.room_id == 2  # the smallest room that holds 15


def test_a_german_only_session_never_in_a_russian_only_room() -> None:
    rooms = [room(1, 100, "ru"), room(2, 10, "de"), room(3, 50, "ru")]
    german = [session(i, 30, language="de") for i in range(1, 9)]
    plan = build_plan(rooms, SLOTS, german)
    assert {p.room_id for p in plan.placements} == {2}
    assert len(plan.placements) == 4
    alone = build_plan([room(1, 100, "ru")], SLOTS, [session(1, 3, language="de")])
    assert alone.placements == ()
    assert [w.kind for w in alone.warnings] == [PlanWarning.NO_LANGUAGE]


def test_locked_sessions_stay_on_rebuild() -> None:
    sessions = forty()
    first = build_plan(ROOMS, SLOTS, sessions)
    # the organiser puts a little session into the biggest room at the first slot and locks it
    little = first.unplaced[-1]
    locked = [
        s.__class__(**{**s.__dict__, "room_id": 5, "slot_id": 1, "locked": True})
        if s.id == little
        else s
        for s in sessions
    ]
    again = build_plan(ROOMS, SLOTS, locked)
    cell = again.cell(little)
    assert cell is not None and (cell.room_id, cell.slot_id) == (5, 1)
    assert len(again.placements) == 20


def test_identical_input_gives_an_identical_plan_in_any_order() -> None:
    sessions = forty()
    plan = build_plan(ROOMS, SLOTS, sessions)
    assert build_plan(ROOMS, SLOTS, sessions) == plan
    rng = random.Random(4)
    for _ in range(5):
        shuffled = sessions[:]
        rng.shuffle(shuffled)
        rooms, slots = ROOMS[:], SLOTS[:]
        rng.shuffle(rooms)
        rng.shuffle(slots)
        assert build_plan(rooms, slots, shuffled) == plan


def test_the_most_popular_sessions_are_spread_over_the_slots() -> None:
    sessions = [session(i, 49 - i) for i in range(1, 9)]
    plan = build_plan(ROOMS, SLOTS, sessions)
    top_four = [plan.cell(i) for i in range(1, 5)]
    assert sorted(c.slot_id for c in top_four if c) == [1, 2, 3, 4]


def test_merged_and_withdrawn_sessions_are_not_placed() -> None:
    sessions = [
        session(1, 5),
        session(2, 9, status=SessionStatus.MERGED, merged_into=1),
        session(3, 9, status=SessionStatus.WITHDRAWN),
    ]
    plan = build_plan(ROOMS, SLOTS, sessions)
    assert [p.session_id for p in plan.placements] == [1]
    assert plan.unplaced == ()


def test_invariants_hold_over_random_camps() -> None:
    rng = random.Random(21)
    for _ in range(150):
        langs = ["de", "ru", "de ru"]
        rooms = [
            room(i, rng.randint(5, 60), rng.choice(langs)) for i in range(1, rng.randint(1, 6))
        ]
        slots = [slot(i) for i in range(1, rng.randint(1, 5))]
        sessions = [
            session(
                i,
                rng.randint(0, 70),
                hosts=tuple(rng.sample(range(8), rng.randint(1, 2))),
                language=rng.choice(["de", "ru"]),
            )
            for i in range(1, rng.randint(1, 30))
        ]
        plan = build_plan(rooms, slots, sessions)
        by_id = {s.id: s for s in sessions}
        rooms_by_id = {r.id: r for r in rooms}
        cells = [(p.room_id, p.slot_id) for p in plan.placements]
        assert len(cells) == len(set(cells))
        for p in plan.placements:
            assert rooms_by_id[p.room_id].speaks(by_id[p.session_id].language)
            for q in plan.placements:
                if q.session_id != p.session_id and q.slot_id == p.slot_id:
                    assert not by_id[p.session_id].hosts & by_id[q.session_id].hosts
        placed = {p.session_id for p in plan.placements}
        assert placed | set(plan.unplaced) == set(by_id)
        assert not placed & set(plan.unplaced)
        over = {w.session_id for w in plan.warnings if w.kind is PlanWarning.OVER_CAPACITY}
        assert over == {
            p.session_id
            for p in plan.placements
            if by_id[p.session_id].interest > rooms_by_id[p.room_id].capacity
        }


def test_a_move_is_checked_for_language_taken_cells_and_busy_hosts() -> None:
    a = session(1, 5, hosts=(7,), room_id=1, slot_id=1)
    b = session(2, 5, hosts=(7,), room_id=2, slot_id=2)
    c = session(3, 5, hosts=(8,), room_id=3, slot_id=2, language="ru")
    assert check_move(a, Cell(room(4, 10), 2), [a, b, c]) is FixRefusal.HOST_BUSY
    assert check_move(a, Cell(room(4, 10, "ru"), 3), [a, b, c]) is FixRefusal.LANGUAGE
    assert check_move(a, Cell(room(3, 30), 2), [a, b, c]) is FixRefusal.TAKEN
    assert check_move(a, Cell(room(3, 30), 2), [a, b, c], leaving=3) is FixRefusal.HOST_BUSY
    assert check_move(a, Cell(room(4, 10), 3), [a, b, c]) is None
