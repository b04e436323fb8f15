"""The people's side of a BarCamp and its setup: what an organiser may type for rooms and
slots, which phase follows which, what a proposal and a host's notes may be, and how many
sessions a person may choose. Pure rules; no clock reads, no SQL."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.domain.barcamp import (
    MAX_DESCRIPTION,
    MAX_NOTE_LINE,
    MAX_NOTES_LINES,
    MAX_TITLE,
    CampSession,
    CampSlot,
    Phase,
)
from bot.domain.ideas import Candidate, keywords, most_similar

CAPACITY_CHOICES = (10, 20, 30, 50, 80)
LENGTH_CHOICES = (30, 45, 60)
LIMIT_CHOICES = (1, 2, 3, 4, 5)
START_STEP_MINUTES = 30
MAX_START_CHOICES = 12
MAX_ROOM_NAME = 40
MAX_CAPACITY = 2000
MAX_BRIDGE_URL = 300

# The phases an organiser opens from the BarCamp home; later ones belong to the plan screen.
OPENED_HERE = {
    Phase.SETUP: Phase.PROPOSE,
    Phase.PROPOSE: Phase.INTEREST,
    Phase.INTEREST: Phase.BUILD,
}
# Opening these tells everyone checked in (after a confirmation with the count).
MESSAGING_PHASES = frozenset({Phase.PROPOSE, Phase.INTEREST})


class BarcampInputError(ValueError):
    """Typed input that cannot be used: `reason` names the message, `args` its values."""

    def __init__(self, reason: str, **args: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.values = args


def next_phase(phase: Phase) -> Phase | None:
    """The phase the BarCamp home opens next (None: the plan screen takes over)."""
    return OPENED_HERE.get(phase)


# ------------------------------------------------------------------ rooms
def clean_room_name(raw: str) -> str:
    name = " ".join(raw.split())
    if not name:
        raise BarcampInputError("room-name-empty")
    if len(name) > MAX_ROOM_NAME:
        raise BarcampInputError("room-name-long", limit=MAX_ROOM_NAME, count=len(name))
    return name


def parse_capacity(raw: str) -> int:
    text = raw.strip()
    if not text.isdigit() or not 0 < int(text) <= MAX_CAPACITY:
        raise BarcampInputError("capacity-bad", limit=MAX_CAPACITY)
    return int(text)


def clean_bridge_url(raw: str) -> str:
    """A video link to the partner city: one https address, nothing else."""
    url = raw.strip()
    if (
        not url.lower().startswith("https://")
        or len(url) <= len("https://")
        or any(c.isspace() for c in url)
        or len(url) > MAX_BRIDGE_URL
    ):
        raise BarcampInputError("bridge-bad")
    return url


# ------------------------------------------------------------------ time slots
_CLOCK = re.compile(r"^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*$")


def parse_clock(raw: str) -> time:
    """'9:30', '09:30' or '09.30' on the workshop's clock."""
    found = _CLOCK.match(raw)
    if found is None:
        raise BarcampInputError("slot-time-bad")
    return time(int(found.group(1)), int(found.group(2)))


def local_clock(when: datetime, time_zone: str) -> time:
    local = when.astimezone(ZoneInfo(time_zone))
    return time(local.hour, local.minute)


def slot_start(workshop_start: datetime, clock: time, time_zone: str) -> datetime:
    """`clock` on the workshop's day and clock, in UTC."""
    day = workshop_start.astimezone(ZoneInfo(time_zone)).date()
    local = datetime.combine(day, clock, tzinfo=ZoneInfo(time_zone))
    return local.astimezone(UTC)


def start_choices(
    workshop_start: datetime, workshop_end: datetime, taken: Sequence[CampSlot]
) -> list[datetime]:
    """Starts offered as buttons: from the workshop's start in steps, free ones only."""
    choices: list[datetime] = []
    step = timedelta(minutes=START_STEP_MINUTES)
    when = workshop_start
    while when < workshop_end and len(choices) < MAX_START_CHOICES:
        if not any(s.starts_at <= when < s.ends_at for s in taken):
            choices.append(when)
        when += step
    return choices


def overlapping(slots: Iterable[CampSlot], start: datetime, end: datetime) -> CampSlot | None:
    return next((s for s in slots if s.starts_at < end and start < s.ends_at), None)


# ------------------------------------------------------------------ proposals
def clean_title(raw: str) -> str:
    title = " ".join(raw.split())
    if not title:
        raise BarcampInputError("title-empty")
    if len(title) > MAX_TITLE:
        raise BarcampInputError("title-long", limit=MAX_TITLE, count=len(title))
    return title


def clean_description(raw: str) -> str:
    text = raw.strip()
    if len(text) > MAX_DESCRIPTION:
        raise BarcampInputError("description-long", limit=MAX_DESCRIPTION, count=len(text))
    return text


def similar_session(
    title: str, description: str, sessions: Iterable[CampSession]
) -> CampSession | None:
    """The open proposal most like this one (the similar-idea rule of bot/domain/ideas), by
    title alone or by title and description, whichever is closer."""
    pool = {s.id: s for s in sessions}
    scores: dict[int, float] = {}
    for words, text_of in (
        (keywords(title), lambda s: s.title),
        (keywords(f"{title} {description}"), lambda s: f"{s.title} {s.description}"),
    ):
        candidates = [Candidate(s.id, keywords(text_of(s))) for s in pool.values()]
        for session_id, score in most_similar(words, candidates, limit=len(pool)):
            scores[session_id] = max(score, scores.get(session_id, 0.0))
    if not scores:
        return None
    best = min(scores, key=lambda i: (-scores[i], i))
    return pool[best]


# ------------------------------------------------------------------ interest
@dataclass(frozen=True)
class Choice:
    """A person's "I'd attend" taps in one BarCamp: how many, out of how many allowed."""

    chosen: int
    limit: int

    @property
    def full(self) -> bool:
        return self.chosen >= self.limit


# ------------------------------------------------------------------ notes
def clean_notes(raw: str) -> str:
    """Up to three short lines (blank lines dropped), each at most MAX_NOTE_LINE characters."""
    lines = [line.strip() for line in raw.strip().splitlines() if line.strip()]
    if not lines:
        raise BarcampInputError("notes-empty")
    if len(lines) > MAX_NOTES_LINES:
        raise BarcampInputError("notes-lines", limit=MAX_NOTES_LINES, count=len(lines))
    longest = max(len(line) for line in lines)
    if longest > MAX_NOTE_LINE:
        raise BarcampInputError("notes-line-long", limit=MAX_NOTE_LINE, count=longest)
    return "\n".join(lines)
