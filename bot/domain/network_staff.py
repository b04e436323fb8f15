"""One-time links that make someone network staff (like the partnership roles' invitations)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.domain.invitations import InvitationProblem, link_problem

# As long as a partnership role's invitation by default (Settings.invitation_ttl_hours).
STAFF_INVITATION_TTL = timedelta(hours=72)


@dataclass(frozen=True)
class StaffInvitation:
    token: str
    network_id: int
    created_by: int
    expires_at: datetime
    used_by: int | None = None

    def problem(self, now: datetime) -> InvitationProblem | None:
        """Why this link cannot make anyone staff now, or None when it can."""
        return link_problem(self.used_by, self.expires_at, now)
