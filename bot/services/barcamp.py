"""A workshop's BarCamp, the people's side and its setup: rooms and slots, the phases,
proposals (with the similar-proposal check), interest, hosts' notes and the documentation.

Organiser actions (organisers of the workshop's partnership and admins) are checked through
bot/services/scope.py; a person's actions through their check-in (bot/services/barcamp_sessions)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import time, timedelta
from typing import TypeVar

import aiosqlite
from telegram import InlineKeyboardMarkup

from bot.db import barcamp as camp_db
from bot.db import barcamp_people as people_db
from bot.db import due_tasks, participants, workshops
from bot.domain.barcamp import PHASE_ORDER, Barcamp, CampRoom, CampSlot, Phase
from bot.domain.barcamp_people import (
    LENGTH_CHOICES,
    LIMIT_CHOICES,
    MESSAGING_PHASES,
    BarcampInputError,
    clean_bridge_url,
    clean_notes,
    clean_room_name,
    next_phase,
    overlapping,
    parse_capacity,
    slot_start,
)
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.roles import Actor
from bot.domain.scope import may_organise
from bot.domain.workshops import Workshop
from bot.keyboards import barcamp as kb
from bot.render.barcamp import Documented, documentation, slot_text
from bot.render.names import person_name
from bot.services.barcamp_sessions import BarcampSessions, input_error
from bot.services.due import TaskAction
from bot.services.errors import Unreachable, UserFacingError
from bot.services.notify import PRIORITY_BROADCAST
from bot.services.scope import Scope

T = TypeVar("T")
NOTES_TASK = "barcamp_notes"  # at a slot's end: ask the hosts of its sessions for notes


@dataclass(frozen=True)
class CampView:
    """What the BarCamp home shows: the camp (None before it is created), its rooms and
    slots, and the counts that say how far it is."""

    workshop: Workshop
    camp: Barcamp | None
    rooms: tuple[CampRoom, ...] = ()
    slots: tuple[CampSlot, ...] = ()
    proposals: int = 0
    interested: int = 0
    checked_in: int = 0
    organiser: bool = True
    hosting: int = 0  # a participant's own proposals


@dataclass(frozen=True)
class PhaseQuestion:
    phase: Phase
    count: int  # people checked in, who get a message


class BarcampPeople(BarcampSessions):
    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {NOTES_TASK: self._ask_for_notes}

    def _scope(self) -> Scope:
        return Scope(self.admin_ids)

    async def _organised(
        self, conn: aiosqlite.Connection, actor: Actor, workshop_id: int
    ) -> tuple[Workshop, Barcamp]:
        workshop = await self._scope().organised_workshop(conn, actor, workshop_id)
        camp = await camp_db.of_workshop(conn, workshop.id)
        if camp is None:
            raise UserFacingError("errors-stale-button")
        return workshop, camp

    # ---------------------------------------------------------------- the home
    async def home(self, actor: Actor, workshop_id: int) -> CampView:
        """The organiser's view of the camp, or a checked-in person's."""
        async with self.db.reading() as conn:
            workshop = await workshops.get(conn, workshop_id)
            if workshop is None or not may_organise(actor, workshop.partnership_id):
                return await self._person_view(conn, actor.user_id, workshop_id)
            camp = await camp_db.of_workshop(conn, workshop.id)
            if camp is None:
                return CampView(workshop, None)
            return await self._view(conn, workshop, camp)

    async def _view(
        self, conn: aiosqlite.Connection, workshop: Workshop, camp: Barcamp, organiser: bool = True
    ) -> CampView:
        sessions = await camp_db.sessions(conn, camp.id)
        return CampView(
            workshop,
            camp,
            tuple(await camp_db.rooms(conn, camp.id)),
            tuple(await camp_db.slots(conn, camp.id)),
            len(sessions),
            await people_db.people_interested(conn, camp.id),
            len(await camp_db.checked_in(conn, workshop.id)),
            organiser,
        )

    async def _person_view(
        self, conn: aiosqlite.Connection, user_id: int, workshop_id: int
    ) -> CampView:
        camp = await camp_db.of_workshop(conn, workshop_id)
        if camp is None:  # as for any unknown id: nothing to tell apart
            raise Unreachable("barcamp-gone")
        seat = await self._seat(conn, user_id, camp.id)
        view = await self._view(conn, seat.workshop, camp, organiser=False)
        sessions = await camp_db.sessions(conn, camp.id)
        return replace(view, hosting=sum(1 for s in sessions if user_id in s.hosts))

    async def mine(self, user_id: int) -> int | None:
        """/barcamp: the workshop of the latest BarCamp the person is checked in to."""
        async with self.db.reading() as conn:
            found = await people_db.camps_checked_in(conn, user_id)
        return found[0] if found else None

    async def create(self, actor: Actor, workshop_id: int) -> CampView:
        async with self.db.transaction() as conn:
            workshop = await self._scope().organised_workshop(conn, actor, workshop_id)
            if await camp_db.of_workshop(conn, workshop.id) is None:
                await camp_db.create(conn, workshop.id, self.clock.now())
        return await self.home(actor, workshop_id)

    # ---------------------------------------------------------------- rooms
    async def room(self, actor: Actor, workshop_id: int, room_id: int) -> CampRoom:
        async with self.db.reading() as conn:
            _, camp = await self._organised(conn, actor, workshop_id)
            found = next((r for r in await camp_db.rooms(conn, camp.id) if r.id == room_id), None)
        if found is None:
            raise UserFacingError("errors-stale-button")
        return found

    @staticmethod
    def check_room_name(raw: str) -> str:
        return _checked(clean_room_name, raw)

    @staticmethod
    def check_capacity(raw: str) -> int:
        return _checked(parse_capacity, raw)

    @staticmethod
    def check_bridge(raw: str) -> str:
        return _checked(clean_bridge_url, raw)

    async def save_room(
        self,
        actor: Actor,
        workshop_id: int,
        room_id: int,
        name: str,
        capacity: int,
        languages: tuple[str, ...],
        bridge_url: str | None,
    ) -> None:
        """Add a room (room_id 0) or change one; at least one of the five languages."""
        languages = tuple(lang for lang in languages if lang in SUPPORTED_LANGUAGES)
        if not languages or capacity <= 0 or not name:
            raise UserFacingError("barcamp-input-room-languages")
        async with self.db.transaction() as conn:
            _, camp = await self._organised(conn, actor, workshop_id)
            if not room_id:
                await camp_db.add_room(conn, camp.id, name, capacity, languages, bridge_url)
                return
            if room_id not in {r.id for r in await camp_db.rooms(conn, camp.id)}:
                raise UserFacingError("errors-stale-button")
            await people_db.update_room(conn, room_id, name, capacity, languages, bridge_url)

    async def remove_room(self, actor: Actor, workshop_id: int, room_id: int) -> None:
        async with self.db.transaction() as conn:
            _, camp = await self._organised(conn, actor, workshop_id)
            if not await people_db.remove_room(conn, camp.id, room_id):
                raise UserFacingError("errors-stale-button")

    # ---------------------------------------------------------------- slots
    async def slot_setup(self, actor: Actor, workshop_id: int) -> CampView:
        async with self.db.reading() as conn:
            workshop, camp = await self._organised(conn, actor, workshop_id)
            return await self._view(conn, workshop, camp)

    async def add_slot(self, actor: Actor, workshop_id: int, start: time, minutes: int) -> None:
        """A slot starting at `start` on the workshop's clock; overlapping ones are refused.
        Its end is when the hosts are asked for notes (if the session was placed there)."""
        if minutes not in LENGTH_CHOICES:
            raise UserFacingError("errors-stale-button")
        async with self.db.transaction() as conn:
            workshop, camp = await self._organised(conn, actor, workshop_id)
            starts = slot_start(workshop.starts_at, start, workshop.time_zone)
            ends = starts + timedelta(minutes=minutes)
            clash = overlapping(await camp_db.slots(conn, camp.id), starts, ends)
            if clash is not None:
                lang = await self.notifier.language_of(conn, actor.user_id)
                when = slot_text(self.translator, lang, workshop, clash)
                raise UserFacingError("barcamp-input-slot-overlap", slot=when)
            slot_id = await camp_db.add_slot(conn, camp.id, starts, ends)
            await due_tasks.plan(conn, NOTES_TASK, slot_id, ends)

    async def remove_slot(self, actor: Actor, workshop_id: int, slot_id: int) -> None:
        async with self.db.transaction() as conn:
            _, camp = await self._organised(conn, actor, workshop_id)
            if not await people_db.remove_slot(conn, camp.id, slot_id):
                raise UserFacingError("errors-stale-button")
            await due_tasks.drop(conn, NOTES_TASK, slot_id)

    async def set_limit(self, actor: Actor, workshop_id: int, limit: int) -> None:
        if limit not in LIMIT_CHOICES:
            raise UserFacingError("errors-stale-button")
        async with self.db.transaction() as conn:
            _, camp = await self._organised(conn, actor, workshop_id)
            await camp_db.set_interest_limit(conn, camp.id, limit)

    # ---------------------------------------------------------------- phases
    async def phase_question(self, actor: Actor, workshop_id: int, index: int) -> PhaseQuestion:
        """Opening the phase at `index` (the next one): how many people it reaches."""
        async with self.db.reading() as conn:
            workshop, camp = await self._organised(conn, actor, workshop_id)
            phase = _next(camp, index)
            count = len(await camp_db.checked_in(conn, workshop.id))
        return PhaseQuestion(phase, count if phase in MESSAGING_PHASES else 0)

    async def open_phase(self, actor: Actor, workshop_id: int, index: int) -> PhaseQuestion:
        """Open the next phase; proposals and interest tell everyone checked in."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            workshop, camp = await self._organised(conn, actor, workshop_id)
            phase = _next(camp, index)
            await camp_db.set_phase(conn, camp.id, phase, now)
            # Slots written by others (a seed, the plan screen) get their notes task too.
            for slot in await camp_db.slots(conn, camp.id):
                await due_tasks.plan(conn, NOTES_TASK, slot.id, slot.ends_at)
            told = 0
            if phase in MESSAGING_PHASES:
                for user_id in await camp_db.checked_in(conn, workshop.id):
                    told += await self.notifier.send(
                        conn,
                        user_id,
                        f"barcamp-opened-{phase.value}",
                        now,
                        priority=PRIORITY_BROADCAST,
                        markup=lambda lang: kb.open_notice(self.translator, lang, workshop.id),
                        dedupe_key=f"barcamp-{camp.id}-{phase.value}-{user_id}",
                        workshop=workshop.title.for_reader,
                        limit=camp.interest_limit,
                    )
        return PhaseQuestion(phase, told)

    # ---------------------------------------------------------------- notes
    async def _ask_for_notes(self, conn: aiosqlite.Connection, slot_id: int, _: str) -> None:
        """At a slot's end: each host of a session placed there is asked once for notes
        (only once the plan was announced; placements come from the plan screen)."""
        barcamp_id = await people_db.slot_camp(conn, slot_id)
        camp = await camp_db.get(conn, barcamp_id or 0)
        if camp is None or camp.phase not in (Phase.ANNOUNCED, Phase.CLOSED):
            return
        now = self.clock.now()
        for session in await camp_db.sessions(conn, camp.id):
            if session.slot_id != slot_id or session.room_id is None:
                continue
            for host in sorted(session.hosts):
                await self.notifier.send(
                    conn,
                    host,
                    "barcamp-notes-ask",
                    now,
                    markup=self._notes_buttons(session.id),
                    dedupe_key=f"barcamp-notes-{session.id}-{host}",
                    title=session.title,
                )

    def _notes_buttons(self, session_id: int) -> Callable[[str], InlineKeyboardMarkup]:
        return lambda lang: kb.notes_notice(self.translator, lang, session_id)

    async def notes_session(self, user_id: int, session_id: int) -> str:
        """The title of the host's session whose notes they are about to write."""
        async with self.db.reading() as conn:
            _, session = await self._session_seat(conn, user_id, session_id)
        if user_id not in session.hosts:
            raise UserFacingError("errors-stale-button")
        return session.title

    async def save_notes(self, user_id: int, session_id: int, raw: str) -> None:
        notes = _checked(clean_notes, raw)
        async with self.db.transaction() as conn:
            _, session = await self._session_seat(conn, user_id, session_id)
            if user_id not in session.hosts:
                raise UserFacingError("errors-stale-button")
            await people_db.save_notes(conn, session_id, user_id, notes, self.clock.now())

    async def documentation(self, actor: Actor, workshop_id: int, language: str) -> bytes:
        """Every session of the camp (placed ones in plan order) as Markdown: room, time on
        the workshop's clock, hosts, interest, notes; headings in the organiser's language."""
        async with self.db.reading() as conn:
            workshop, camp = await self._organised(conn, actor, workshop_id)
            sessions = await camp_db.sessions(conn, camp.id)
            rooms = {r.id: r for r in await camp_db.rooms(conn, camp.id)}
            slots = {s.id: s for s in await camp_db.slots(conn, camp.id)}
            notes = await people_db.notes(conn, camp.id)
            people = {h: await participants.get(conn, h) for s in sessions for h in sorted(s.hosts)}
        entries = [
            Documented(
                s,
                rooms.get(s.room_id or 0),
                slots.get(s.slot_id or 0),
                tuple(person_name(self.translator, language, people[h]) for h in sorted(s.hosts)),
                tuple(notes.get(s.id, ())),
            )
            for s in sessions
        ]
        return documentation(self.translator, language, workshop, entries).encode()


def _next(camp: Barcamp, index: int) -> Phase:
    """The phase an old or forged button asks for must be the one that comes next."""
    phase = next_phase(camp.phase)
    if phase is None or not 0 <= index < len(PHASE_ORDER) or PHASE_ORDER[index] is not phase:
        raise UserFacingError("errors-stale-button")
    return phase


def _checked(rule: Callable[[str], T], raw: str) -> T:
    try:
        return rule(raw)
    except BarcampInputError as error:
        raise input_error(error) from error
