"""Teams formed by matching, their members, and proposals people answer."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime


class ProposalStatus(enum.StrEnum):
    DRAFT = "draft"
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"


class RoundStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    CLOSED = "closed"


@dataclass(frozen=True)
class MatchingRound:
    id: int
    partnership_id: int
    number: int
    status: RoundStatus
    deadline: datetime | None


@dataclass(frozen=True)
class Proposal:
    round_id: int
    user_id: int
    idea_id: int
    status: ProposalStatus
    reasons: dict[str, object]
    needs_interpretation: bool


@dataclass(frozen=True)
class Team:
    id: int
    partnership_id: int
    idea_id: int
    coach_id: int | None
    group_link: str | None
    members: tuple[int, ...]
    active: bool = True


MAX_TEAM_MESSAGE = 3000
_GROUP_LINK = re.compile(r"^https://t\.me/(\+|joinchat/)?[A-Za-z0-9_-]{4,64}$")


def valid_group_link(raw: str) -> str | None:
    link = raw.strip()
    return link if _GROUP_LINK.match(link) else None
