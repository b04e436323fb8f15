"""The live wall, the organiser's side: an event joining simultaneous workshops (one room
each), themes, moderation mode, room moderators, display languages, check-in codes and wall
links, exchange moments, and closing the event (its ideas become ordinary ideas).

Checking in to a room and the room screen are in `live_rooms.py` (the base class)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import aiosqlite

from bot.db import dialogs, due_tasks, live_wall, participants, partnerships, roles, workshops
from bot.domain.dialog_base import toggled
from bot.domain.event_dialogs import LiveSetupDraft
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.live_wall import (
    EventStatus,
    LiveEvent,
    LiveMoment,
    Moderation,
    new_room_code,
    new_wall_token,
)
from bot.domain.participants import Participant
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor, Role
from bot.domain.scope import may_organise
from bot.domain.workshops import Workshop, WorkshopStatus
from bot.services.due import TaskAction
from bot.services.errors import Unreachable, UserFacingError
from bot.services.live_rooms import LiveRooms, RoomView
from bot.services.registration_followups import reader_zone
from bot.services.scope import Scope, refusal

MOMENT_START = "live_moment_start"
MOMENT_END = "live_moment_end"
MOMENT_LENGTHS = (5, 10)  # minutes
MOMENT_SOON = (15, 30, 60)  # "in N minutes"
MODERATOR_PAGE = 8
Change = Callable[["SetupView"], LiveSetupDraft]
_HHMM = re.compile(r"^\s*(\d{1,2})[:.h ](\d{2})\s*$")


@dataclass(frozen=True)
class SetupView:
    """A workshop without a live wall yet, and the organiser's draft of one."""

    workshop: Workshop
    partnership: Partnership
    draft: LiveSetupDraft
    candidates: tuple[Workshop, ...]  # the partnership's simultaneous workshops elsewhere
    languages: dict[int, str]  # each room's display language (the defaults filled in)
    reader_zone: str  # the organiser's clock (times also say theirs where it differs)

    @property
    def rooms(self) -> tuple[Workshop, ...]:
        chosen = set(self.draft.room_ids())
        return (self.workshop, *(w for w in self.candidates if w.id in chosen))


@dataclass(frozen=True)
class EventView:
    event: LiveEvent
    partnership: Partnership
    rooms: tuple[RoomView, ...]
    moments: tuple[LiveMoment, ...]
    walls: dict[str, int]  # wall ideas by wall status
    reader_zone: str


@dataclass(frozen=True)
class ModeratorsView:
    event: LiveEvent
    room: RoomView
    moderators: tuple[Participant, ...]
    candidates: tuple[Participant, ...]  # this page of them
    page: int
    pages: int
    partnership: Partnership  # names carry their city: two Annas in two cities


class LiveSetup(LiveRooms):
    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {MOMENT_START: self._moment_starts, MOMENT_END: self._moment_ends}

    # ------------------------------------------------------------ the wall of a workshop
    async def wall_home(self, actor: Actor, workshop_id: int) -> EventView | SetupView:
        """The workshop's event when it has one, else its draft (the choices so far)."""
        async with self.db.reading() as conn:
            workshop = await Scope(self.admin_ids).organised_workshop(conn, actor, workshop_id)
            room = await live_wall.room_of_workshop(conn, workshop.id)
            if room is not None:
                return await self._event_view(conn, room.event_id, actor.user_id)
            return await self._setup_view(conn, actor, workshop)

    async def draft_rooms(self, actor: Actor, workshop_id: int) -> SetupView:
        return await self._change_draft(actor, workshop_id, lambda view: view.draft)

    async def toggle_room(self, actor: Actor, workshop_id: int, other_id: int) -> SetupView:
        def change(view: SetupView) -> LiveSetupDraft:
            if other_id not in {w.id for w in view.candidates}:
                raise Unreachable("live-setup-gone")
            return replace(view.draft, rooms=toggled(view.draft.rooms, str(other_id)))

        return await self._change_draft(actor, workshop_id, change)

    async def set_mode(self, actor: Actor, workshop_id: int, pre: bool) -> SetupView:
        return await self._change_draft(actor, workshop_id, lambda v: replace(v.draft, pre=pre))

    async def toggle_theme(self, actor: Actor, workshop_id: int, theme_id: int) -> SetupView:
        def change(view: SetupView) -> LiveSetupDraft:
            if view.partnership.theme(theme_id) is None:
                raise Unreachable("live-setup-gone")
            return replace(view.draft, themes=toggled(view.draft.themes, str(theme_id)))

        return await self._change_draft(actor, workshop_id, change)

    async def set_language(
        self, actor: Actor, workshop_id: int, room_workshop_id: int, language: str
    ) -> SetupView:
        def change(view: SetupView) -> LiveSetupDraft:
            rooms = {w.id for w in view.rooms}
            if language not in SUPPORTED_LANGUAGES or room_workshop_id not in rooms:
                raise Unreachable("live-setup-gone")
            return view.draft.with_language(room_workshop_id, language)

        return await self._change_draft(actor, workshop_id, change)

    async def ready(self, actor: Actor, workshop_id: int, *, themes: bool) -> SetupView:
        """The draft, refused (a pop-up) while it lacks a partner room (or, with `themes`,
        a theme): the step after cannot be reached without them."""
        view = await self.draft_rooms(actor, workshop_id)
        if not view.draft.room_ids():
            raise UserFacingError("live-setup-need-room")
        if themes and not view.draft.theme_ids():
            raise UserFacingError("live-setup-need-theme")
        return view

    async def create(self, actor: Actor, workshop_id: int) -> EventView:
        view = await self.ready(actor, workshop_id, themes=True)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            if await live_wall.rooms_taken(conn, [w.id for w in view.rooms]):
                raise UserFacingError("live-setup-room-taken")
            person = await participants.get(conn, actor.user_id)
            title = view.workshop.title.for_reader(person.language if person else "en")
            mode = Moderation.PRE if view.draft.pre else Moderation.POST
            event_id = await live_wall.create_event(
                conn, view.partnership.id, title, mode, actor.user_id, now
            )
            for room in view.rooms:
                await live_wall.add_room(
                    conn,
                    event_id,
                    room.id,
                    room.city_id,
                    view.languages[room.id],
                    new_wall_token(),
                    await _free_code(conn),
                )
            await live_wall.set_themes(conn, event_id, list(view.draft.theme_ids()))
            await dialogs.clear_state(conn, actor.user_id)
            return await self._event_view(conn, event_id, actor.user_id)

    async def _change_draft(self, actor: Actor, workshop_id: int, change: Change) -> SetupView:
        async with self.db.transaction() as conn:
            workshop = await Scope(self.admin_ids).organised_workshop(conn, actor, workshop_id)
            if await live_wall.room_of_workshop(conn, workshop.id) is not None:
                raise UserFacingError("errors-stale-button")  # made meanwhile: see the event
            view = await self._setup_view(conn, actor, workshop)
            draft = change(view)
            await dialogs.set_dialog(conn, actor.user_id, draft, self.clock.now())
            return await self._setup_view(conn, actor, workshop)

    async def _setup_view(
        self, conn: aiosqlite.Connection, actor: Actor, workshop: Workshop
    ) -> SetupView:
        partnership = await partnerships.get(conn, workshop.partnership_id)
        assert partnership is not None
        stored = await dialogs.dialog_of(conn, actor.user_id, LiveSetupDraft)
        if stored is None or stored.workshop_id != workshop.id:
            every = ",".join(str(t.id) for t in partnership.themes)
            stored = LiveSetupDraft(workshop.id, themes=every)
        candidates = await _simultaneous(conn, workshop)
        person = await participants.get(conn, actor.user_id)
        own = person.language if person else "en"
        chosen = stored.chosen_languages()
        languages = {}
        for room in (workshop, *candidates):
            most = await live_wall.majority_language(conn, room.id)
            languages[room.id] = chosen.get(room.id) or most or own
        zone = await reader_zone(conn, person, workshop.time_zone)
        return SetupView(workshop, partnership, stored, candidates, languages, zone)

    # ------------------------------------------------------------ the event
    async def event(self, actor: Actor, event_id: int) -> EventView:
        async with self.db.reading() as conn:
            await _organised_event(conn, actor, event_id)
            return await self._event_view(conn, event_id, actor.user_id)

    async def start(self, actor: Actor, event_id: int) -> EventView:
        return await self._set_status(actor, event_id, EventStatus.LIVE)

    async def close(self, actor: Actor, event_id: int) -> tuple[EventView, int]:
        """Closed: the walls' ideas are ordinary ideas now. Returns how many became one."""
        async with self.db.transaction() as conn:
            event = await _organised_event(conn, actor, event_id)
            if event.status is EventStatus.CLOSED:
                raise UserFacingError("errors-stale-button")
            released = await live_wall.release_wall_ideas(conn, event_id, self.clock.now())
        view = await self._set_status(actor, event_id, EventStatus.CLOSED)
        return view, released

    async def switch_mode(self, actor: Actor, event_id: int) -> EventView:
        async with self.db.transaction() as conn:
            event = await _organised_event(conn, actor, event_id)
            other = Moderation.POST if event.moderation is Moderation.PRE else Moderation.PRE
            await live_wall.set_moderation(conn, event_id, other)
            self.signal.changed(event_id)
            return await self._event_view(conn, event_id, actor.user_id)

    async def _set_status(self, actor: Actor, event_id: int, status: EventStatus) -> EventView:
        async with self.db.transaction() as conn:
            event = await _organised_event(conn, actor, event_id)
            if event.status is EventStatus.CLOSED:
                raise UserFacingError("errors-stale-button")
            await live_wall.set_status(conn, event_id, status, self.clock.now())
            self.signal.changed(event_id)  # pages read after this commits (one lock)
            return await self._event_view(conn, event_id, actor.user_id)

    async def _event_view(
        self, conn: aiosqlite.Connection, event_id: int, viewer: int
    ) -> EventView:
        event = await live_wall.get_event(conn, event_id)
        assert event is not None
        partnership = await partnerships.get(conn, event.partnership_id)
        assert partnership is not None
        rooms = tuple([await self._room_view(conn, partnership, r) for r in event.rooms])
        found = await live_wall.moments(conn, event_id)
        walls = await live_wall.wall_counts(conn, event_id)
        person = await participants.get(conn, viewer)
        zone = await reader_zone(conn, person, rooms[0].workshop.time_zone)
        return EventView(event, partnership, rooms, tuple(found), walls, zone)

    # ------------------------------------------------------------ moderators
    async def moderators(self, actor: Actor, room_id: int, page: int) -> ModeratorsView:
        async with self.db.reading() as conn:
            event, room = await _organised_room(conn, actor, room_id)
            partnership = await partnerships.get(conn, event.partnership_id)
            assert partnership is not None
            view = await self._room_view(conn, partnership, room)
            staff = [
                *await roles.holders(conn, partnership.id, Role.ORGANISER),
                *await roles.holders(conn, partnership.id, Role.COACH),
            ]
            people = dict.fromkeys([*staff, *await live_wall.checked_in(conn, room_id)])
            chosen = set(await live_wall.moderators(conn, room_id))
            others = [p for p in people if p not in chosen]
            pages = max(1, -(-len(others) // MODERATOR_PAGE))
            page = min(max(page, 0), pages - 1)
            shown = others[page * MODERATOR_PAGE : (page + 1) * MODERATOR_PAGE]
            candidates = await _people(conn, shown, partnership.id)
        return ModeratorsView(event, view, view.moderators, candidates, page, pages, partnership)

    async def room_language(self, actor: Actor, room_id: int) -> RoomView:
        """A room of the organiser's event (for the display language picker)."""
        async with self.db.reading() as conn:
            event, room = await _organised_room(conn, actor, room_id)
            partnership = await partnerships.get(conn, event.partnership_id)
            assert partnership is not None
            return await self._room_view(conn, partnership, room)

    async def set_room_language(self, actor: Actor, room_id: int, language: str) -> EventView:
        if language not in SUPPORTED_LANGUAGES:
            raise Unreachable("live-setup-gone")
        async with self.db.transaction() as conn:
            event, _ = await _organised_room(conn, actor, room_id)
            await live_wall.set_display_language(conn, room_id, language)
            await live_wall.bump_version(conn, event.id)
            self.signal.changed(event.id)
            return await self._event_view(conn, event.id, actor.user_id)

    async def add_moderator(self, actor: Actor, room_id: int, user_id: int) -> ModeratorsView:
        async with self.db.transaction() as conn:
            event, _ = await _organised_room(conn, actor, room_id)
            person = await participants.get(conn, user_id)
            if person is None or person.partnership_id != event.partnership_id:
                raise Unreachable("live-setup-gone")
            await live_wall.add_moderator(conn, room_id, user_id)
        return await self.moderators(actor, room_id, 0)

    async def remove_moderator(self, actor: Actor, room_id: int, user_id: int) -> ModeratorsView:
        async with self.db.transaction() as conn:
            await _organised_room(conn, actor, room_id)
            await live_wall.remove_moderator(conn, room_id, user_id)
        return await self.moderators(actor, room_id, 0)

    async def moderator(self, actor: Actor, room_id: int, user_id: int) -> Participant:
        """A moderator of the room (for the question before removing them)."""
        async with self.db.reading() as conn:
            event, _ = await _organised_room(conn, actor, room_id)
            if not await live_wall.is_moderator(conn, room_id, user_id):
                raise Unreachable("live-setup-gone")
            found = await _people(conn, [user_id], event.partnership_id)
        if not found:
            raise Unreachable("live-setup-gone")
        return found[0]

    # ------------------------------------------------------------ exchange moments
    async def moment_soon(
        self, actor: Actor, event_id: int, minutes: int
    ) -> tuple[EventView, datetime]:
        """An exchange moment "in N minutes" (15, 30 or 60): the event and the start."""
        if minutes not in MOMENT_SOON:
            raise Unreachable("live-setup-gone")
        view = await self.event(actor, event_id)
        return view, self.clock.now().replace(second=0, microsecond=0) + timedelta(minutes=minutes)

    async def moment_start(self, actor: Actor, event_id: int, text: str) -> datetime:
        """A typed HH:MM on the first room's clock: the next such moment (today or, once it
        has passed, refused: moments are for the session going on)."""
        found = _HHMM.match(text)
        hour, minute = (int(found.group(1)), int(found.group(2))) if found else (99, 99)
        if hour > 23 or minute > 59:
            raise UserFacingError("live-setup-moment-bad-time")
        view = await self.event(actor, event_id)
        zone = ZoneInfo(view.rooms[0].workshop.time_zone)
        now = self.clock.now()
        local = datetime.combine(now.astimezone(zone).date(), time(hour, minute), zone)
        if local <= now:
            raise UserFacingError("live-setup-moment-past")
        return local

    async def add_moment(
        self, actor: Actor, event_id: int, due_at: datetime, length: int
    ) -> EventView:
        if length not in MOMENT_LENGTHS:
            raise Unreachable("live-setup-gone")
        if due_at <= self.clock.now() - timedelta(minutes=1):
            raise UserFacingError("live-setup-moment-past")
        async with self.db.transaction() as conn:
            event = await _organised_event(conn, actor, event_id)
            if event.status is EventStatus.CLOSED:
                raise UserFacingError("errors-stale-button")
            ends_at = due_at + timedelta(minutes=length)
            moment_id = await live_wall.add_moment(conn, event_id, due_at, ends_at)
            await due_tasks.plan(conn, MOMENT_START, moment_id, due_at)
            await due_tasks.plan(conn, MOMENT_END, moment_id, ends_at)
            return await self._event_view(conn, event_id, actor.user_id)

    async def remove_moment(self, actor: Actor, moment_id: int) -> EventView:
        async with self.db.transaction() as conn:
            moment = await live_wall.get_moment(conn, moment_id)
            if moment is None:
                raise Unreachable("live-setup-gone")
            await _organised_event(conn, actor, moment.event_id)
            await live_wall.remove_moment(conn, moment_id)
            await due_tasks.drop(conn, MOMENT_START, moment_id)
            await due_tasks.drop(conn, MOMENT_END, moment_id)
            if moment.showing(self.clock.now()):  # the pages drop its banner
                await live_wall.bump_version(conn, moment.event_id)
                self.signal.changed(moment.event_id)
            return await self._event_view(conn, moment.event_id, actor.user_id)

    async def _moment_starts(self, conn: aiosqlite.Connection, moment_id: int, _: str) -> None:
        moment = await live_wall.get_moment(conn, moment_id)
        if moment is None:
            return
        await live_wall.mark_moment_shown(conn, moment_id, self.clock.now())
        await live_wall.bump_version(conn, moment.event_id)
        self.signal.changed(moment.event_id)

    async def _moment_ends(self, conn: aiosqlite.Connection, moment_id: int, _: str) -> None:
        moment = await live_wall.get_moment(conn, moment_id)
        if moment is None:
            return
        await live_wall.bump_version(conn, moment.event_id)
        self.signal.changed(moment.event_id)


# ------------------------------------------------------------ helpers
async def _organised_event(conn: aiosqlite.Connection, actor: Actor, event_id: int) -> LiveEvent:
    event = await live_wall.get_event(conn, event_id)
    if event is None or not may_organise(actor, event.partnership_id):
        raise refusal(actor, "live-setup-gone")
    return event


async def _organised_room(
    conn: aiosqlite.Connection, actor: Actor, room_id: int
) -> tuple[LiveEvent, live_wall.LiveRoom]:
    room = await live_wall.get_room(conn, room_id)
    event = await live_wall.get_event(conn, room.event_id) if room else None
    if room is None or event is None or not may_organise(actor, event.partnership_id):
        raise refusal(actor, "live-setup-gone")
    return event, room


async def _simultaneous(conn: aiosqlite.Connection, workshop: Workshop) -> tuple[Workshop, ...]:
    """The partnership's other workshops that overlap this one in time in another city and
    are no room of a live event yet."""
    statuses = (WorkshopStatus.PUBLISHED, WorkshopStatus.DRAFT)
    every = await workshops.list_for_partnership(
        conn,
        workshop.partnership_id,
        statuses=statuses,
        ending_after=workshop.starts_at - timedelta(days=1),
    )
    overlapping = [
        w
        for w in every
        if w.id != workshop.id
        and w.city_id is not None
        and w.city_id != workshop.city_id
        and w.starts_at < workshop.ends_at
        and workshop.starts_at < w.ends_at
    ]
    taken = await live_wall.rooms_taken(conn, [w.id for w in overlapping])
    return tuple(w for w in overlapping if w.id not in taken)


async def _people(
    conn: aiosqlite.Connection, user_ids: list[int], partnership_id: int
) -> tuple[Participant, ...]:
    found = [await participants.get(conn, uid) for uid in user_ids]
    return tuple(p for p in found if p is not None and p.partnership_id == partnership_id)


async def _free_code(conn: aiosqlite.Connection) -> str:
    """A room code no other room has (31^5 codes: a clash is rare, never kept)."""
    while True:
        code = new_room_code()
        if await live_wall.room_by_code(conn, code) is None:
            return code
