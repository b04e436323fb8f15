"""Who may do what on a live wall (the live-ideas family): people checked in to a room of a
live event post and +1; the room's moderators and the partnership's organisers moderate.
Another partnership's room, an unknown room and a room one is not in are refused alike."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from bot.db import live_wall, participants, partnerships, roles
from bot.domain.ideas import Idea, IdeaText
from bot.domain.live_wall import EventStatus, LiveEvent, LiveRoom
from bot.domain.participants import Participant
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor
from bot.domain.scope import may_organise
from bot.services.errors import Unreachable, UserFacingError


@dataclass(frozen=True)
class InRoom:
    """A person in a room of a live event (checked in there, or moderating it)."""

    event: LiveEvent
    room: LiveRoom
    person: Participant
    partnership: Partnership

    def city_name(self, city_id: int | None, language: str) -> str:
        city = self.partnership.city(city_id or 0)
        return city.name.for_reader(language) if city else ""


@dataclass(frozen=True)
class Shown:
    """An idea's text in one language: a translation (machine or a person's), else the
    original (`translated` False: name its language)."""

    text: IdeaText
    translated: bool
    machine: bool


async def _room_of_partnership(conn: aiosqlite.Connection, user_id: int, room_id: int) -> InRoom:
    room = await live_wall.get_room(conn, room_id)
    event = await live_wall.get_event(conn, room.event_id) if room else None
    person = await participants.get(conn, user_id)
    partnership = await partnerships.get(conn, event.partnership_id) if event else None
    if room is None or event is None or person is None or partnership is None:
        raise Unreachable("live-ideas-not-checked-in")
    return InRoom(event, room, person, partnership)


async def checked_in(conn: aiosqlite.Connection, user_id: int, room_id: int) -> InRoom:
    """The room of a live event the person checked in to (of their own partnership)."""
    found = await _room_of_partnership(conn, user_id, room_id)
    if found.person.partnership_id != found.event.partnership_id or not (
        await live_wall.is_checked_in(conn, room_id, user_id)
    ):
        raise UserFacingError("live-ideas-not-checked-in")
    if found.event.status is not EventStatus.LIVE:
        raise UserFacingError("live-ideas-not-live")
    return found


async def moderated(
    conn: aiosqlite.Connection, user_id: int, room_id: int, admin_ids: frozenset[int]
) -> InRoom:
    """A room its moderator (or an organiser of the partnership, or an admin) works on."""
    found = await _room_of_partnership(conn, user_id, room_id)
    actor = Actor(user_id, user_id in admin_ids, await roles.for_user(conn, user_id))
    if not (
        may_organise(actor, found.event.partnership_id)
        or await live_wall.is_moderator(conn, room_id, user_id)
    ):
        raise UserFacingError("live-ideas-not-moderator")
    if found.event.status is EventStatus.SETUP:
        raise UserFacingError("live-ideas-not-live")
    return found


def shown_in(idea: Idea, language: str) -> Shown:
    """The idea in `language`: a person's translation before a machine's, else the original."""
    if language == idea.language:
        return Shown(idea.original, translated=False, machine=False)
    found = sorted(
        (t for t in idea.translations if t.language == language and t.approved),
        key=lambda t: t.machine,  # a person's (a moderator's correction) first
    )
    if not found:
        return Shown(idea.original, translated=False, machine=False)
    return Shown(found[0].text, translated=True, machine=found[0].machine)
