"""Who may do what: the acting user's roles, and one-time invitations to a role."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from bot.clock import Clock
from bot.db import invitations, network, partnerships, roles
from bot.db.connection import Database
from bot.domain.invitations import Invitation, InvitationProblem
from bot.domain.partnerships import Partnership
from bot.domain.roles import INVITABLE_ROLES, Actor, Role, require_organiser
from bot.services.errors import UserFacingError


@dataclass(frozen=True)
class Redemption:
    invitation: Invitation | None
    partnership: Partnership | None
    problem: InvitationProblem | None


class AccessService:
    def __init__(
        self, db: Database, clock: Clock, admin_ids: frozenset[int], invitation_ttl_hours: int
    ) -> None:
        self.db = db
        self.clock = clock
        self.admin_ids = admin_ids
        self.invitation_ttl = timedelta(hours=invitation_ttl_hours)

    async def actor(self, user_id: int) -> Actor:
        async with self.db.reading() as conn:
            held = await roles.for_user(conn, user_id)
            staff = await network.staff_networks(conn, user_id)
        return Actor(
            user_id=user_id, is_admin=user_id in self.admin_ids, roles=held, networks=staff
        )

    async def invitable_partnerships(self, actor: Actor) -> list[Partnership]:
        """Partnerships this person may invite organisers and coaches to."""
        async with self.db.reading() as conn:
            every = await partnerships.list_all(conn)
        return [p for p in every if actor.has_role(p.id, Role.ORGANISER)]

    async def create_invitation(self, actor: Actor, partnership_id: int, role: Role) -> Invitation:
        require_organiser(actor, partnership_id)
        if role not in INVITABLE_ROLES:
            raise UserFacingError("errors-stale-button")
        now = self.clock.now()
        invitation = Invitation(
            token=secrets.token_urlsafe(18).replace("-", "_"),
            partnership_id=partnership_id,
            role=role,
            created_by=actor.user_id,
            expires_at=now + self.invitation_ttl,
        )
        async with self.db.transaction() as conn:
            if await partnerships.get(conn, partnership_id) is None:
                raise UserFacingError("errors-stale-button")
            await invitations.create(conn, invitation, now)
        return invitation

    async def look_up_invitation(self, token: str) -> Redemption:
        async with self.db.reading() as conn:
            invitation = await invitations.get(conn, token)
            partnership = (
                await partnerships.get(conn, invitation.partnership_id) if invitation else None
            )
        if invitation is None or partnership is None:
            return Redemption(None, None, InvitationProblem.UNKNOWN)
        return Redemption(invitation, partnership, invitation.problem(self.clock.now()))

    async def redeem_invitation(self, user_id: int, token: str) -> Redemption:
        """Grant the invitation's role once; a used or expired link grants nothing."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            invitation = await invitations.get(conn, token)
            partnership = (
                await partnerships.get(conn, invitation.partnership_id) if invitation else None
            )
            if invitation is None or partnership is None:
                return Redemption(None, None, InvitationProblem.UNKNOWN)
            problem = invitation.problem(now)
            if problem is None and not await invitations.mark_used(conn, token, user_id, now):
                problem = InvitationProblem.USED
            if problem is None:
                await roles.grant(
                    conn,
                    user_id,
                    invitation.partnership_id,
                    invitation.role,
                    invitation.created_by,
                    now,
                )
        return Redemption(invitation, partnership, problem)
