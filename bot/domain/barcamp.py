"""BarCamp planning on the day: rooms, time slots, proposed sessions, interest, and the plan
that places sessions into room × slot. Pure rules; nothing here reads a clock or the database.

The optimiser (`build_plan`, bot/domain/barcamp_plan.py) is deterministic: the same input
gives the same plan, so a rebuild after one change moves nothing else needlessly."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

MAX_TITLE = 80
MAX_DESCRIPTION = 500
MAX_NOTES_LINES = 3
MAX_NOTE_LINE = 200
DEFAULT_INTEREST_LIMIT = 3
REMINDER_BEFORE_MINUTES = 5


class Phase(enum.StrEnum):
    SETUP = "setup"  # the organiser adds rooms and slots
    PROPOSE = "propose"  # checked-in people propose sessions
    INTEREST = "interest"  # everyone taps "I'd attend" on up to N sessions
    BUILD = "build"  # the organiser builds the plan and fixes it
    ANNOUNCED = "announced"  # the plan is out; changes notify the people interested
    CLOSED = "closed"  # hosts are asked for notes; the documentation can be exported


PHASE_ORDER = (
    Phase.SETUP,
    Phase.PROPOSE,
    Phase.INTEREST,
    Phase.BUILD,
    Phase.ANNOUNCED,
    Phase.CLOSED,
)


class SessionStatus(enum.StrEnum):
    PROPOSED = "proposed"
    MERGED = "merged"  # joined another proposal (its hosts and interest moved there)
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class Barcamp:
    id: int
    workshop_id: int
    phase: Phase
    interest_limit: int
    created_at: datetime
    announced_at: datetime | None = None


@dataclass(frozen=True)
class CampRoom:
    id: int
    name: str
    capacity: int
    languages: frozenset[str]
    bridge_url: str | None
    position: int

    def speaks(self, language: str) -> bool:
        return language in self.languages


@dataclass(frozen=True)
class CampSlot:
    id: int
    starts_at: datetime
    ends_at: datetime
    position: int


@dataclass(frozen=True)
class CampSession:
    id: int
    barcamp_id: int
    title: str
    description: str
    language: str
    proposer_id: int | None
    hosts: frozenset[int]
    interest: int  # people who tapped "I'd attend"
    status: SessionStatus = SessionStatus.PROPOSED
    room_id: int | None = None
    slot_id: int | None = None
    locked: bool = False
    merged_into: int | None = None

    @property
    def placed(self) -> bool:
        return self.room_id is not None and self.slot_id is not None


@dataclass(frozen=True)
class Placement:
    session_id: int
    room_id: int
    slot_id: int


class PlanWarning(enum.StrEnum):
    OVER_CAPACITY = "over-capacity"  # more interest than the largest fitting room holds
    NO_ROOM = "no-room"  # no free cell: listed by interest with merge suggestions
    NO_LANGUAGE = "no-language"  # no room works in the session's language


@dataclass(frozen=True)
class Warning:
    session_id: int
    kind: PlanWarning


@dataclass(frozen=True)
class MergeSuggestion:
    """An unplaced session and a placed (or bigger) one it resembles."""

    session_id: int
    into_id: int


@dataclass(frozen=True)
class Plan:
    placements: tuple[Placement, ...]
    unplaced: tuple[int, ...]  # by interest, most first
    warnings: tuple[Warning, ...] = ()
    merges: tuple[MergeSuggestion, ...] = ()

    def cell(self, session_id: int) -> Placement | None:
        return next((p for p in self.placements if p.session_id == session_id), None)
