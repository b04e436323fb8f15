"""One-time invitation links that grant an organiser or coach role."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from bot.domain.roles import Role


class InvitationProblem(enum.Enum):
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED = "used"


@dataclass(frozen=True)
class Invitation:
    token: str
    partnership_id: int
    role: Role
    created_by: int
    expires_at: datetime
    used_by: int | None = None

    def problem(self, now: datetime) -> InvitationProblem | None:
        """Why this invitation cannot be redeemed now, or None when it can."""
        return link_problem(self.used_by, self.expires_at, now)


def link_problem(
    used_by: int | None, expires_at: datetime, now: datetime
) -> InvitationProblem | None:
    """A one-time link works once and until it expires (partnership roles, network staff)."""
    if used_by is not None:
        return InvitationProblem.USED
    if now >= expires_at:
        return InvitationProblem.EXPIRED
    return None
