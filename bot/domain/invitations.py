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
        if self.used_by is not None:
            return InvitationProblem.USED
        if now >= self.expires_at:
            return InvitationProblem.EXPIRED
        return None
