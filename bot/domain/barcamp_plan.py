"""The BarCamp optimiser: sessions into room × slot, and the checks of an organiser's fix."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.domain.barcamp import (
    Barcamp,
    CampRoom,
    CampSession,
    CampSlot,
    MergeSuggestion,
    Placement,
    Plan,
    PlanWarning,
    SessionStatus,
    Warning,
)
from bot.domain.ideas import keywords, similarity
from bot.domain.workshops import Workshop

MERGE_SUGGESTIONS = 2  # per unplaced session


def build_plan(
    rooms: Sequence[CampRoom], slots: Sequence[CampSlot], sessions: Sequence[CampSession]
) -> Plan:
    """Place sessions: locked ones stay; no host in two rooms at once; interest within room
    capacity where possible (else the largest room, with a warning); only rooms that work in
    the session's language; deterministic for the same input.

    The rules, in order:
    1. Locked sessions keep their cell (if the cell still exists and no earlier locked session
       holds it).
    2. The other proposed sessions go by interest, most first (ties by id).
    3. Spread: each picks its slot first — the slot with the fewest sessions so far, then the
       least interest already in it, then the earliest. So the most popular sessions land in
       different slots (the top four of four slots are never rivals), and popular sessions
       are shared over the day instead of crowding one slot. Only slots where none of its
       hosts is busy count, and a slot where a free room holds the whole interest is
       preferred to one where none does.
    4. In that slot: the smallest free room in the session's language that holds the
       interest; else the largest free one, with an OVER_CAPACITY warning.
    5. What is left (no free cell, or no room in its language) is `unplaced`, by interest,
       with up to two merge suggestions each: placed sessions in the same language whose
       title and description share words with it, most similar first.
    Every list is sorted by id first, so the order the input comes in does not matter."""
    room_list = sorted(rooms, key=lambda r: r.id)
    slot_list = sorted(slots, key=lambda s: (s.starts_at, s.position, s.id))
    live = sorted((s for s in sessions if s.status is SessionStatus.PROPOSED), key=lambda s: s.id)
    grid = _Grid(room_list, slot_list)
    for session in live:
        if session.locked and session.room_id is not None and session.slot_id is not None:
            grid.keep(session)
    warnings: list[Warning] = []
    unplaced: list[CampSession] = []
    for session in sorted(live, key=lambda s: (-s.interest, s.id)):
        if grid.placed(session.id):
            continue
        if not any(r.speaks(session.language) for r in room_list):
            warnings.append(Warning(session.id, PlanWarning.NO_LANGUAGE))
            unplaced.append(session)
        elif not grid.place(session):
            warnings.append(Warning(session.id, PlanWarning.NO_ROOM))
            unplaced.append(session)
    by_id = {s.id: s for s in live}
    placements = grid.placements()
    for p in placements:
        if by_id[p.session_id].interest > grid.capacity(p.room_id):
            warnings.append(Warning(p.session_id, PlanWarning.OVER_CAPACITY))
    placed = [by_id[p.session_id] for p in placements]
    return Plan(
        placements=placements,
        unplaced=tuple(s.id for s in unplaced),
        warnings=tuple(sorted(warnings, key=lambda w: (w.session_id, w.kind.value))),
        merges=tuple(m for s in unplaced for m in merge_suggestions(s, placed)),
    )


def merge_suggestions(
    session: CampSession, candidates: Iterable[CampSession], limit: int = MERGE_SUGGESTIONS
) -> list[MergeSuggestion]:
    """Sessions in the same language that share words with this one, most similar first
    (ties: more interest, then the older)."""
    words = _words(session)
    scored = [
        (similarity(words, _words(c)), c)
        for c in candidates
        if c.id != session.id and c.language == session.language
    ]
    best = sorted((x for x in scored if x[0] > 0), key=lambda x: (-x[0], -x[1].interest, x[1].id))
    return [MergeSuggestion(session.id, c.id) for _, c in best[:limit]]


def _words(session: CampSession) -> frozenset[str]:
    return keywords(f"{session.title} {session.description}")


class _Grid:
    """The cells taken so far and who is busy in which slot."""

    def __init__(self, rooms: list[CampRoom], slots: list[CampSlot]) -> None:
        self.rooms = rooms
        self.slots = slots
        self.cells: dict[tuple[int, int], CampSession] = {}
        self.busy: dict[int, set[int]] = {s.id: set() for s in slots}
        self.load: dict[int, tuple[int, int]] = {s.id: (0, 0) for s in slots}

    def placed(self, session_id: int) -> bool:
        return any(s.id == session_id for s in self.cells.values())

    def capacity(self, room_id: int) -> int:
        return next(r.capacity for r in self.rooms if r.id == room_id)

    def keep(self, session: CampSession) -> None:
        assert session.room_id is not None and session.slot_id is not None
        cell = (session.room_id, session.slot_id)
        known = session.slot_id in self.busy and any(r.id == session.room_id for r in self.rooms)
        if known and cell not in self.cells:
            self._take(cell, session)

    def place(self, session: CampSession) -> bool:
        options = [
            (not any(r.capacity >= session.interest for r in free), self.load[slot.id], i, free)
            for i, slot in enumerate(self.slots)
            if not (session.hosts & self.busy[slot.id])
            and (free := self._free_rooms(slot.id, session.language))
        ]
        if not options:
            return False
        _, _, i, free = min(options, key=lambda o: o[:3])
        fitting = [r for r in free if r.capacity >= session.interest]
        room = (
            min(fitting, key=lambda r: (r.capacity, r.position, r.id))
            if fitting
            else max(free, key=lambda r: (r.capacity, -r.position, -r.id))
        )
        self._take((room.id, self.slots[i].id), session)
        return True

    def placements(self) -> tuple[Placement, ...]:
        cells = self.cells.items()
        return tuple(
            sorted((Placement(s.id, r, t) for (r, t), s in cells), key=lambda p: p.session_id)
        )

    def _free_rooms(self, slot_id: int, language: str) -> list[CampRoom]:
        return [r for r in self.rooms if r.speaks(language) and (r.id, slot_id) not in self.cells]

    def _take(self, cell: tuple[int, int], session: CampSession) -> None:
        self.cells[cell] = session
        slot_id = cell[1]
        self.busy[slot_id] |= session.hosts
        count, interest = self.load[slot_id]
        self.load[slot_id] = (count + 1, interest + session.interest)


class FixRefusal(enum.StrEnum):
    """Why an organiser's move or swap cannot be done."""

    HOST_BUSY = "host-busy"  # a host would be in two rooms in one slot
    LANGUAGE = "language"  # the room does not work in the session's language
    TAKEN = "taken"  # the cell holds another session (use swap)


@dataclass(frozen=True)
class Cell:
    room: CampRoom
    slot_id: int


def check_move(
    session: CampSession, target: Cell, others: Sequence[CampSession], leaving: int | None = None
) -> FixRefusal | None:
    """Whether `session` may go to `target`, given the other placed sessions (`leaving`: a
    session that moves out of the way in the same fix, as in a swap)."""
    if not target.room.speaks(session.language):
        return FixRefusal.LANGUAGE
    staying = [o for o in others if o.id not in (session.id, leaving)]
    if any(o.room_id == target.room.id and o.slot_id == target.slot_id for o in staying):
        return FixRefusal.TAKEN
    if any(o.slot_id == target.slot_id and o.hosts & session.hosts for o in staying):
        return FixRefusal.HOST_BUSY
    return None


def current_plan(
    rooms: Sequence[CampRoom], slots: Sequence[CampSlot], sessions: Sequence[CampSession]
) -> Plan:
    """The plan as it stands (after a build and the organiser's fixes): its placements,
    the rest by interest with merge suggestions, and the warnings."""
    live = sorted((s for s in sessions if s.status is SessionStatus.PROPOSED), key=lambda s: s.id)
    room_ids, slot_ids = {r.id: r for r in rooms}, {s.id for s in slots}
    placed = [s for s in live if s.room_id in room_ids and s.slot_id in slot_ids]
    rest = sorted((s for s in live if s not in placed), key=lambda s: (-s.interest, s.id))
    warnings = [
        Warning(s.id, PlanWarning.OVER_CAPACITY)
        for s in placed
        if s.room_id is not None and s.interest > room_ids[s.room_id].capacity
    ]
    return Plan(
        placements=tuple(Placement(s.id, s.room_id or 0, s.slot_id or 0) for s in placed),
        unplaced=tuple(s.id for s in rest),
        warnings=tuple(warnings),
        merges=tuple(m for s in rest for m in merge_suggestions(s, placed)),
    )


def grid_order(rooms: Sequence[CampRoom], slots: Sequence[CampSlot], plan: Plan) -> list[int]:
    """Session ids as the plan screen numbers them: slot by slot, room by room, then the
    unplaced ones by interest."""
    slot_rank = {s.id: (s.starts_at, s.position, s.id) for s in slots}
    room_rank = {r.id: (r.position, r.id) for r in rooms}
    placed = sorted(plan.placements, key=lambda p: (slot_rank[p.slot_id], room_rank[p.room_id]))
    return [p.session_id for p in placed] + list(plan.unplaced)


@dataclass(frozen=True)
class PlanView:
    """Everything a plan screen, message, image or calendar file shows."""

    camp: Barcamp
    workshop: Workshop
    rooms: tuple[CampRoom, ...]
    slots: tuple[CampSlot, ...]
    sessions: tuple[CampSession, ...]  # the proposed ones
    plan: Plan
    titles: dict[tuple[int, str], str]  # (session id, language) -> title in that language
    reader_zone: str | None = None  # the reader's home zone, for "(… your time)" beside slots

    def session(self, session_id: int) -> CampSession:
        return next(s for s in self.sessions if s.id == session_id)

    def room(self, room_id: int) -> CampRoom:
        return next(r for r in self.rooms if r.id == room_id)

    def slot(self, slot_id: int) -> CampSlot:
        return next(s for s in self.slots if s.id == slot_id)

    def order(self) -> list[int]:
        return grid_order(self.rooms, self.slots, self.plan)

    def number(self, session_id: int) -> int:
        return self.order().index(session_id) + 1

    def title(self, session_id: int, language: str) -> str:
        return self.titles.get((session_id, language)) or self.session(session_id).title

    def in_slot(self, slot_id: int) -> list[Placement]:
        rank = {r.id: (r.position, r.id) for r in self.rooms}
        found = [p for p in self.plan.placements if p.slot_id == slot_id]
        return sorted(found, key=lambda p: rank[p.room_id])

    def warnings_of(self, session_id: int) -> list[PlanWarning]:
        return [w.kind for w in self.plan.warnings if w.session_id == session_id]

    def merges_of(self, session_id: int) -> list[int]:
        return [m.into_id for m in self.plan.merges if m.session_id == session_id]
