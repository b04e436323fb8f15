"""A BarCamp's plan: the one-tap build, the organiser's move / swap / lock / merge, the
announcement (image, text per slot, each person's .ics, reminders) and changes that notify
only the people interested."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import timedelta

import aiosqlite

from bot.db import barcamp, due_tasks, participants, workshops
from bot.db import barcamp_plan as plan_db
from bot.db.codec import time_to_sql
from bot.domain.barcamp import REMINDER_BEFORE_MINUTES, Barcamp, CampSession, Phase
from bot.domain.barcamp_plan import (
    Cell,
    FixRefusal,
    PlanView,
    build_plan,
    check_move,
    current_plan,
)
from bot.domain.roles import Actor
from bot.domain.scope import may_organise
from bot.domain.workshops import Workshop
from bot.i18n import Translator
from bot.keyboards import barcamp_plan as kb
from bot.render import barcamp_plan as render
from bot.services.due import TaskAction
from bot.services.errors import Unreachable, UserFacingError
from bot.services.event_part import EventPart
from bot.services.notify import PRIORITY_BROADCAST, PRIORITY_NORMAL, PRIORITY_REMINDER
from bot.services.registration_followups import reader_zone
from bot.services.scope import Scope, refusal

REMINDER = "barcamp_reminder"
GONE = "barcamp-plan-gone"


@dataclass(frozen=True)
class Outcome:
    """A fix or an announcement: done, or waiting for the organiser's yes (`reach`: how many
    people it will message)."""

    view: PlanView
    done: bool
    reach: int


@dataclass(frozen=True)
class Mine:
    view: PlanView
    session_ids: tuple[int, ...]  # slot by slot


class BarcampPlanning(EventPart):
    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {REMINDER: self._remind}

    # ---------------------------------------------------------------- organisers
    async def plan_screen(self, actor: Actor, barcamp_id: int) -> PlanView:
        async with self.db.reading() as conn:
            camp, workshop = await self._organised(conn, actor, barcamp_id)
            return await self._view(conn, camp, workshop, actor.user_id)

    async def build(self, actor: Actor, barcamp_id: int) -> PlanView:
        """Place the sessions (locked ones stay); only while the plan is being built."""
        async with self.db.transaction() as conn:
            camp, workshop = await self._organised(conn, actor, barcamp_id)
            if camp.phase is not Phase.BUILD:
                raise UserFacingError("barcamp-plan-not-building")
            rooms, slots = await barcamp.rooms(conn, camp.id), await barcamp.slots(conn, camp.id)
            built = build_plan(rooms, slots, await barcamp.sessions(conn, camp.id))
            await barcamp.save_placements(conn, camp.id, built.placements)
            return await self._view(conn, camp, workshop, actor.user_id)

    async def session_screen(self, actor: Actor, session_id: int) -> tuple[PlanView, int]:
        async with self.db.reading() as conn:
            view = await self._view_of_session(conn, actor, session_id)
        return view, session_id

    async def lock(self, actor: Actor, session_id: int, locked: bool) -> PlanView:
        async with self.db.transaction() as conn:
            view = await self._view_of_session(conn, actor, session_id, fixing=True)
            if not view.session(session_id).placed:
                raise UserFacingError("barcamp-plan-lock-unplaced")
            await plan_db.set_locked(conn, session_id, locked)
            return await self._view(conn, view.camp, view.workshop, actor.user_id)

    async def move(
        self, actor: Actor, session_id: int, slot_id: int, room_id: int, confirmed: bool
    ) -> Outcome:
        async with self.db.transaction() as conn:
            view = await self._view_of_session(conn, actor, session_id, fixing=True)
            room = next((r for r in view.rooms if r.id == room_id), None)
            if room is None or all(s.id != slot_id for s in view.slots):
                raise Unreachable(GONE)
            session = view.session(session_id)
            _refuse(check_move(session, Cell(room, slot_id), _placed(view)))
            return await self._fix(
                conn,
                view,
                confirmed,
                [session_id],
                lambda: self._moved(conn, session_id, room_id, slot_id),
            )

    async def swap(self, actor: Actor, session_id: int, other_id: int, confirmed: bool) -> Outcome:
        async with self.db.transaction() as conn:
            view = await self._view_of_session(conn, actor, session_id, fixing=True)
            if other_id == session_id or all(s.id != other_id for s in view.sessions):
                raise Unreachable(GONE)
            one, other = view.session(session_id), view.session(other_id)
            placed = _placed(view)
            for a, b in ((one, other), (other, one)):
                if b.room_id is not None and b.slot_id is not None:
                    target = Cell(view.room(b.room_id), b.slot_id)
                    _refuse(check_move(a, target, placed, leaving=b.id))

            async def swapped() -> None:
                await plan_db.place(conn, one.id, other.room_id, other.slot_id)
                await plan_db.place(conn, other.id, one.room_id, one.slot_id)

            return await self._fix(conn, view, confirmed, [one.id, other.id], swapped)

    async def merge(self, actor: Actor, session_id: int, into_id: int, confirmed: bool) -> Outcome:
        """Always asks first (a merge cannot be undone)."""
        async with self.db.transaction() as conn:
            view = await self._view_of_session(conn, actor, session_id, fixing=True)
            if into_id == session_id or all(s.id != into_id for s in view.sessions):
                raise Unreachable(GONE)
            reach = len(await self._concerned(conn, view, [session_id, into_id]))
            if not confirmed:
                return Outcome(view, False, reach)

            async def merged() -> None:
                await plan_db.merge(conn, session_id, into_id)
                await due_tasks.drop(conn, REMINDER, session_id)

            return await self._fix(conn, view, True, [session_id, into_id], merged)

    async def announce(self, actor: Actor, barcamp_id: int, confirmed: bool) -> Outcome:
        """The plan to everyone checked in: the image, the text per slot and their own
        sessions as .ics; reminders before each session. Asks first with the count."""
        async with self.db.transaction() as conn:
            camp, workshop = await self._organised(conn, actor, barcamp_id)
            if camp.phase is not Phase.BUILD:
                raise UserFacingError("barcamp-plan-not-building")
            view = await self._view(conn, camp, workshop, actor.user_id)
            if not view.plan.placements:
                raise UserFacingError("barcamp-plan-nothing-placed")
            people = await barcamp.checked_in(conn, workshop.id)
            if not confirmed:
                return Outcome(view, False, len(people))
            now = self.clock.now()
            await barcamp.set_phase(conn, camp.id, Phase.ANNOUNCED, now)
            images: dict[str, bytes] = {}

            def image(lang: str) -> bytes:
                return images.setdefault(lang, render.plan_png(self.translator, lang, view))

            for user_id in people:
                await self._announce_to(conn, view, user_id, image)
            for p in view.plan.placements:
                await self._plan_reminder(conn, view, p.session_id, p.slot_id)
            camp = await barcamp.get(conn, camp.id) or camp
            return Outcome(await self._view(conn, camp, workshop, actor.user_id), True, len(people))

    # ---------------------------------------------------------------- a person's sessions
    async def mine(self, user_id: int, barcamp_id: int) -> Mine:
        async with self.db.reading() as conn:
            camp = await barcamp.get(conn, barcamp_id)
            if camp is None:
                raise Unreachable(GONE)
            workshop = await Scope(self.admin_ids).workshop(conn, user_id, camp.workshop_id)
            if camp.phase not in (Phase.ANNOUNCED, Phase.CLOSED):
                raise UserFacingError("barcamp-plan-not-announced")
            view = await self._view(conn, camp, workshop, user_id)
            ids = await plan_db.sessions_of(conn, camp.id, user_id)
        return Mine(view, tuple(i for i in view.order() if i in ids and view.plan.cell(i)))

    async def mine_ics(self, user_id: int, barcamp_id: int, language: str) -> bytes:
        found = await self.mine(user_id, barcamp_id)
        return render.sessions_ics(found.view, found.session_ids, language, self.clock.now())

    # ---------------------------------------------------------------- inside
    async def _organised(
        self, conn: aiosqlite.Connection, actor: Actor, barcamp_id: int
    ) -> tuple[Barcamp, Workshop]:
        camp = await barcamp.get(conn, barcamp_id)
        workshop = await workshops.get(conn, camp.workshop_id) if camp else None
        if camp is None or workshop is None or not may_organise(actor, workshop.partnership_id):
            raise refusal(actor, GONE)
        return camp, workshop

    async def _view(
        self,
        conn: aiosqlite.Connection,
        camp: Barcamp,
        workshop: Workshop,
        reader: int | None = None,
    ) -> PlanView:
        """The plan as it stands; `reader`: whose clock to name beside the venue's."""
        rooms, slots = await barcamp.rooms(conn, camp.id), await barcamp.slots(conn, camp.id)
        sessions = await barcamp.sessions(conn, camp.id)
        plan = current_plan(rooms, slots, sessions)
        titles = await plan_db.titles(conn, camp.id)
        zone = await self._zone(conn, reader, workshop) if reader is not None else None
        return PlanView(
            camp, workshop, tuple(rooms), tuple(slots), tuple(sessions), plan, titles, zone
        )

    async def _zone(self, conn: aiosqlite.Connection, user_id: int, workshop: Workshop) -> str:
        return await reader_zone(conn, await participants.get(conn, user_id), workshop.time_zone)

    async def _for(self, conn: aiosqlite.Connection, view: PlanView, user_id: int) -> PlanView:
        """The view as this person reads it (their clock beside the venue's)."""
        return replace(view, reader_zone=await self._zone(conn, user_id, view.workshop))

    async def _view_of_session(
        self, conn: aiosqlite.Connection, actor: Actor, session_id: int, *, fixing: bool = False
    ) -> PlanView:
        camp_id = await plan_db.camp_of_session(conn, session_id)
        camp, workshop = await self._organised(conn, actor, camp_id or 0)
        view = await self._view(conn, camp, workshop, actor.user_id)
        if all(s.id != session_id for s in view.sessions):
            raise Unreachable(GONE)
        if fixing and camp.phase not in (Phase.BUILD, Phase.ANNOUNCED):
            raise UserFacingError("barcamp-plan-not-building")
        return view

    async def _concerned(
        self, conn: aiosqlite.Connection, view: PlanView, session_ids: list[int]
    ) -> list[int]:
        if view.camp.phase is not Phase.ANNOUNCED:
            return []
        return await plan_db.concerned(conn, session_ids)

    async def _fix(
        self,
        conn: aiosqlite.Connection,
        view: PlanView,
        confirmed: bool,
        session_ids: list[int],
        change: Callable[[], Awaitable[None]],
    ) -> Outcome:
        """Before the announcement a fix is done at once; after it, only with the organiser's
        yes, and the people interested in or hosting the sessions are told (once each)."""
        people = await self._concerned(conn, view, session_ids)
        if view.camp.phase is Phase.ANNOUNCED and not confirmed:
            return Outcome(view, False, len(people))
        await change()
        after = replace(
            await self._view(conn, view.camp, view.workshop), reader_zone=view.reader_zone
        )
        if view.camp.phase is Phase.ANNOUNCED:
            await self._tell_change(conn, after, view, session_ids, people)
        return Outcome(after, True, len(people))

    async def _moved(
        self, conn: aiosqlite.Connection, session_id: int, room_id: int, slot_id: int
    ) -> None:
        await plan_db.place(conn, session_id, room_id, slot_id)

    async def _tell_change(
        self,
        conn: aiosqlite.Connection,
        after: PlanView,
        before: PlanView,
        session_ids: list[int],
        people: list[int],
    ) -> None:
        now = self.clock.now()
        live = [i for i in session_ids if any(s.id == i for s in after.sessions)]
        for session_id in live:
            cell = after.plan.cell(session_id)
            if cell is not None:
                await self._plan_reminder(conn, after, session_id, cell.slot_id)
        gone = [i for i in session_ids if i not in live]  # merged into another
        message_id = "barcamp-plan-merged" if gone else "barcamp-plan-changed"
        for user_id in people:
            mine = await plan_db.sessions_of(conn, after.camp.id, user_id)
            shown = [i for i in live if i in mine] or live
            theirs = await self._for(conn, after, user_id)
            await self.notifier.send(
                conn,
                user_id,
                message_id,
                now,
                priority=PRIORITY_NORMAL,
                markup=lambda lang: kb.mine_button(self.translator, lang, after.camp.id),
                camp=after.workshop.title.for_reader,
                sessions=_lines(self.translator, theirs, shown),
                gone=lambda lang: before.title(gone[0], lang) if gone else "",
            )

    async def _announce_to(
        self,
        conn: aiosqlite.Connection,
        view: PlanView,
        user_id: int,
        image: Callable[[str], bytes],
    ) -> None:
        now, camp_id, tr = self.clock.now(), view.camp.id, self.translator
        title = view.workshop.title.for_reader
        key = f"barcamp-announce:{camp_id}:{user_id}"
        await self.notifier.send(
            conn,
            user_id,
            "barcamp-plan-announced",
            now,
            priority=PRIORITY_BROADCAST,
            photo=image,
            dedupe_key=f"{key}:image",
            camp=title,
        )
        ids = await plan_db.sessions_of(conn, camp_id, user_id)
        mine = [i for i in view.order() if i in ids and view.plan.cell(i)]
        view = await self._for(conn, view, user_id)
        await self.notifier.send(
            conn,
            user_id,
            "barcamp-plan-announced-text",
            now,
            priority=PRIORITY_BROADCAST,
            dedupe_key=f"{key}:text",
            markup=lambda lang: kb.mine_button(tr, lang, camp_id),
            plan=lambda lang: render.plan_text(tr, lang, view),
            sessions=lambda lang: render.session_lines(tr, lang, view, mine, clashes=True),
            count=len(mine),
        )
        if mine:
            document = (
                "barcamp.ics",
                lambda lang: render.sessions_ics(view, mine, lang, now),
            )
            await self.notifier.send(
                conn,
                user_id,
                "barcamp-plan-ics-caption",
                now,
                priority=PRIORITY_BROADCAST,
                dedupe_key=f"{key}:ics",
                document=document,
                count=len(mine),
            )

    async def _plan_reminder(
        self, conn: aiosqlite.Connection, view: PlanView, session_id: int, slot_id: int
    ) -> None:
        starts = view.slot(slot_id).starts_at
        await due_tasks.drop(conn, REMINDER, session_id)
        due = starts - timedelta(minutes=REMINDER_BEFORE_MINUTES)
        await due_tasks.plan(conn, REMINDER, session_id, due, time_to_sql(starts) or "")

    async def _remind(self, conn: aiosqlite.Connection, session_id: int, starts: str) -> None:
        """Five minutes before: the session's people, if it is still there at that time."""
        session = await plan_db.session(conn, session_id)
        camp = await barcamp.get(conn, session.barcamp_id) if session else None
        workshop = await workshops.get(conn, camp.workshop_id) if camp else None
        if session is None or camp is None or workshop is None or camp.phase is not Phase.ANNOUNCED:
            return
        view = await self._view(conn, camp, workshop)
        cell = view.plan.cell(session_id)
        if cell is None or time_to_sql(view.slot(cell.slot_id).starts_at) != starts:
            return
        for user_id in await plan_db.concerned(conn, [session_id]):
            theirs = await self._for(conn, view, user_id)
            await self.notifier.send(
                conn,
                user_id,
                "barcamp-plan-reminder",
                self.clock.now(),
                priority=PRIORITY_REMINDER,
                dedupe_key=f"barcamp-reminder:{session_id}:{starts}:{user_id}",
                markup=lambda lang: kb.mine_button(self.translator, lang, camp.id),
                sessions=_lines(self.translator, theirs, [session_id]),
            )


def _lines(tr: Translator, view: PlanView, session_ids: list[int]) -> Callable[[str], str]:
    return lambda lang: render.session_lines(tr, lang, view, session_ids)


def _placed(view: PlanView) -> list[CampSession]:
    return [s for s in view.sessions if s.placed]


def _refuse(problem: FixRefusal | None) -> None:
    if problem is not None:
        raise UserFacingError(f"barcamp-plan-refused-{problem.value}")
