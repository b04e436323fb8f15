"""Checking in to a live room (/room CODE, ?start=room-CODE) and the room screen: the base of
the live-setup service (`LiveSetup` in live_setup.py adds the organiser's side)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

import aiosqlite

from bot.db import live_wall, participants, workshops
from bot.domain.live_wall import EventStatus, LiveEvent, LiveRoom, normalise_room_code
from bot.domain.participants import Participant
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor
from bot.domain.scope import may_organise
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop
from bot.services.errors import Unreachable
from bot.services.event_part import EventPart


class CheckInOutcome(enum.Enum):
    UNKNOWN = "unknown"  # no such code (or another partnership's)
    NOT_LIVE = "not-live"  # the event has not started yet
    CLOSED = "closed"
    IN = "in"
    MOVED = "moved"  # was in another room of the same event


@dataclass(frozen=True)
class CheckIn:
    outcome: CheckInOutcome
    room_id: int = 0
    event_title: str = ""


@dataclass(frozen=True)
class RoomView:
    """One room as the organiser's event screen shows it."""

    room: LiveRoom
    workshop: Workshop
    city: LocalizedName | None
    checked_in: int
    moderators: tuple[Participant, ...]


@dataclass(frozen=True)
class RoomScreen:
    """A checked-in person's room: where they are and what they may do there."""

    event: LiveEvent
    room: LiveRoom
    city: LocalizedName | None
    may_moderate: bool


class LiveRooms(EventPart):
    async def check_in(self, user_id: int, raw_code: str) -> CheckIn:
        """Into the room of this code; out of the event's other rooms (one room per event)."""
        code = normalise_room_code(raw_code)
        async with self.db.transaction() as conn:
            room = await live_wall.room_by_code(conn, code) if code else None
            event = await live_wall.get_event(conn, room.event_id) if room else None
            person = await participants.get(conn, user_id)
            if room is None or event is None or person is None:
                return CheckIn(CheckInOutcome.UNKNOWN)
            if person.partnership_id != event.partnership_id:
                return CheckIn(CheckInOutcome.UNKNOWN)  # another partnership's code
            if event.status is not EventStatus.LIVE:
                outcome = (
                    CheckInOutcome.CLOSED
                    if event.status is EventStatus.CLOSED
                    else CheckInOutcome.NOT_LIVE
                )
                return CheckIn(outcome, room.id, event.title)
            left = await live_wall.leave_other_rooms(conn, event.id, room.id, user_id)
            await live_wall.check_in(conn, room.id, user_id, self.clock.now())
        outcome = CheckInOutcome.MOVED if left else CheckInOutcome.IN
        return CheckIn(outcome, room.id, event.title)

    async def room_screen(self, actor: Actor, room_id: int) -> RoomScreen:
        """Only for people checked in to the room (a forged press is refused)."""
        async with self.db.reading() as conn:
            room = await live_wall.get_room(conn, room_id)
            if room is None or not await live_wall.is_checked_in(conn, room_id, actor.user_id):
                raise Unreachable("live-setup-gone")
            event = await live_wall.get_event(conn, room.event_id)
            assert event is not None
            moderates = await live_wall.is_moderator(conn, room_id, actor.user_id)
            workshop = await workshops.get(conn, room.workshop_id)
        may = moderates or may_organise(actor, event.partnership_id)
        city = workshop.venue_city if workshop else None
        return RoomScreen(event, room, city, may)

    async def _room_view(
        self, conn: aiosqlite.Connection, partnership: Partnership, room: LiveRoom
    ) -> RoomView:
        workshop = await workshops.get(conn, room.workshop_id)
        assert workshop is not None
        city = partnership.city(room.city_id or 0)
        counts = await live_wall.checkin_counts(conn, room.event_id)
        found = [await participants.get(conn, u) for u in await live_wall.moderators(conn, room.id)]
        moderators = tuple(p for p in found if p is not None)
        return RoomView(
            room, workshop, city.name if city else None, counts.get(room.id, 0), moderators
        )
