"""The one gate for ids that come from buttons, deep links and typed input: every read and
every action on a workshop, idea or team fetches it here, under the rule of bot/domain/scope.

An id that is unknown and an id the person may not reach fail the same way (`Unreachable`),
so sequential ids cannot be probed.
"""

from __future__ import annotations

import aiosqlite

from bot.db import ideas, participants, registrations, roles, teams, workshops
from bot.domain.ideas import Idea
from bot.domain.roles import Actor, PermissionDenied
from bot.domain.scope import (
    Viewer,
    Want,
    belongs_elsewhere,
    hides_refusal,
    may_idea,
    may_organise,
    may_see_team,
    may_workshop,
)
from bot.domain.teams import Team
from bot.domain.workshops import Workshop
from bot.services.errors import Unreachable


class Scope:
    def __init__(self, admin_ids: frozenset[int]) -> None:
        self.admin_ids = admin_ids

    async def viewer(self, conn: aiosqlite.Connection, user_id: int) -> Viewer:
        held = await roles.for_user(conn, user_id)
        person = await participants.get(conn, user_id)
        actor = Actor(user_id=user_id, is_admin=user_id in self.admin_ids, roles=held)
        return Viewer(actor, person.partnership_id if person else None)

    # ---------------------------------------------------------------- participants
    async def workshop(
        self, conn: aiosqlite.Connection, user_id: int, workshop_id: int, want: Want = Want.SEE
    ) -> Workshop:
        found = await workshops.get(conn, workshop_id)
        if found is not None:
            viewer = await self.viewer(conn, user_id)
            registered = await registrations.live_for(conn, found.id, user_id) is not None
            if may_workshop(viewer, found, want, registered=registered):
                return found
        raise Unreachable("workshops-gone")

    async def elsewhere(
        self, conn: aiosqlite.Connection, user_id: int, workshop_id: int
    ) -> Workshop | None:
        """The workshop when it is a published one of another partnership, else None."""
        found = await workshops.get(conn, workshop_id)
        if found is None:
            return None
        return found if belongs_elsewhere(await self.viewer(conn, user_id), found) else None

    async def idea(
        self, conn: aiosqlite.Connection, user_id: int, idea_id: int, want: Want = Want.SEE
    ) -> Idea:
        found = await ideas.get(conn, idea_id)
        if found is not None and may_idea(await self.viewer(conn, user_id), found, want):
            return found
        raise Unreachable("ideas-gone")

    # ---------------------------------------------------------------- organisers and coaches
    async def organised_workshop(
        self, conn: aiosqlite.Connection, actor: Actor, workshop_id: int
    ) -> Workshop:
        found = await workshops.get(conn, workshop_id)
        if found is not None and may_organise(actor, found.partnership_id):
            return found
        raise refusal(actor, "workshops-gone")

    async def organised_idea(self, conn: aiosqlite.Connection, actor: Actor, idea_id: int) -> Idea:
        found = await ideas.get(conn, idea_id)
        if found is not None and may_organise(actor, found.partnership_id):
            return found
        raise refusal(actor, "ideas-gone")

    async def team(
        self,
        conn: aiosqlite.Connection,
        actor: Actor,
        team_id: int,
        *,
        members_too: bool = False,
        message_id: str = "checkins-team-gone",
    ) -> Team:
        """An active team its coach or organisers (and, when asked, its members) may act on."""
        found = await teams.get(conn, team_id)
        if (
            found is not None
            and found.active
            and may_see_team(actor, found, members_too=members_too)
        ):
            return found
        raise refusal(actor, message_id)


def refusal(actor: Actor, message_id: str) -> Exception:
    """What a refused id raises: 'gone' (as for an unknown id) or, for people without any
    role, 'only for organisers' whatever the id."""
    return Unreachable(message_id) if hides_refusal(actor) else PermissionDenied("organiser")
