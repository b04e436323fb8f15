"""The live wall of simultaneous kick-offs: rooms, check-in codes, what a wall shows and which
ideas count as "bridge ideas". Pure rules; nothing here reads a clock or the database."""

from __future__ import annotations

import enum
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

# Room codes are typed from a projector by people of 50+: no 0/O, 1/I/L.
ROOM_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
ROOM_CODE_LENGTH = 5
WALL_TOKEN_BYTES = 18  # 24 url-safe characters: unguessable, short enough for a QR code
MAX_HIDE_REASON = 300
TOP_PER_THEME = 3  # an exchange moment shows the other room's three best ideas per theme


class Moderation(enum.StrEnum):
    PRE = "pre"  # an idea waits for a moderator of its room before any wall shows it
    POST = "post"  # shown at once; a moderator can hide it


class EventStatus(enum.StrEnum):
    SETUP = "setup"
    LIVE = "live"
    CLOSED = "closed"  # the ideas are ordinary ideas now: voting and matching take over


class WallStatus(enum.StrEnum):
    WAITING = "waiting"
    SHOWN = "shown"
    HIDDEN = "hidden"
    MERGED = "merged"


class ModerationAction(enum.StrEnum):
    APPROVE = "approve"
    HIDE = "hide"
    RESTORE = "restore"
    MERGE = "merge"
    CORRECT = "correct"


@dataclass(frozen=True)
class LiveRoom:
    """One city's room: its workshop, the language its wall shows, its page and its code."""

    id: int
    event_id: int
    workshop_id: int
    city_id: int | None
    display_language: str
    wall_token: str
    checkin_code: str
    position: int


@dataclass(frozen=True)
class LiveEvent:
    id: int
    partnership_id: int
    title: str
    moderation: Moderation
    status: EventStatus
    version: int
    created_by: int | None
    created_at: datetime
    closed_at: datetime | None = None
    themes: tuple[int, ...] = ()
    rooms: tuple[LiveRoom, ...] = ()

    def room(self, room_id: int) -> LiveRoom | None:
        return next((r for r in self.rooms if r.id == room_id), None)

    def other_rooms(self, room_id: int) -> tuple[LiveRoom, ...]:
        return tuple(r for r in self.rooms if r.id != room_id)


@dataclass(frozen=True)
class LiveMoment:
    """An exchange moment: from due_at to ends_at every wall shows the others' top ideas."""

    id: int
    event_id: int
    due_at: datetime
    ends_at: datetime
    shown_at: datetime | None = None

    def showing(self, now: datetime) -> bool:
        return self.due_at <= now < self.ends_at


@dataclass(frozen=True)
class WallIdea:
    """An idea as a wall page shows it, already in the room's display language.

    `text` is None while the translation is pending (the provider is slow or down); the
    page then shows the original with a "translation pending" mark and fills it in later.
    """

    idea_id: int
    room_id: int
    city_id: int | None
    language: str  # the original's language
    original_title: str
    original_description: str
    title: str | None
    description: str | None
    machine: bool  # the shown text is a machine translation (corrections are not)
    themes: tuple[int, ...]
    votes: int
    bridge: bool
    changed_in: int


@dataclass(frozen=True)
class WallColumn:
    """One city's column on a wall page."""

    room_id: int
    city_id: int | None
    city_name: str
    ideas: tuple[WallIdea, ...] = ()


@dataclass(frozen=True)
class WallData:
    """What the page of one room shows, as its data endpoint answers it (JSON-ready)."""

    event_title: str
    room_id: int
    language: str
    version: int
    columns: tuple[WallColumn, ...]
    # During an exchange moment: per theme name, the other rooms' top ideas.
    moment: Mapping[str, tuple[WallIdea, ...]] = field(default_factory=dict)
    theme_names: Mapping[int, str] = field(default_factory=dict)  # in the room's language
    checkin_code: str = ""
    # A machine translation provider is set up: a missing version is "pending", not promised
    # otherwise (the original is shown with its language named).
    translating: bool = True
    labels: Mapping[str, str] = field(default_factory=dict)  # the page's own words, localised


def new_room_code() -> str:
    return "".join(secrets.choice(ROOM_CODE_ALPHABET) for _ in range(ROOM_CODE_LENGTH))


def new_wall_token() -> str:
    return secrets.token_urlsafe(WALL_TOKEN_BYTES)


# Cyrillic letters that look like the Latin ones of a code: typed on a Russian, Ukrainian or
# Belarusian keyboard, "КАR24" must still open the room.
LOOK_ALIKES = str.maketrans("АВСЕНІКМОРТХУ", "ABCEHIKMOPTXY")


def normalise_room_code(raw: str) -> str:
    """What people type from the projector: spaces, dashes, small letters and Cyrillic
    look-alike letters are fine."""
    return "".join(ch for ch in raw.upper().translate(LOOK_ALIKES) if ch.isalnum())


def is_bridge(voter_cities: Iterable[int | None], room_cities: Iterable[int | None]) -> bool:
    """+1 from at least two of the event's cities (people of both rooms liked it)."""
    cities = {c for c in room_cities if c is not None}
    return len(cities & {c for c in voter_cities if c is not None}) >= 2


def top_per_theme(
    ideas: Sequence[WallIdea], themes: Sequence[int], limit: int = TOP_PER_THEME
) -> dict[int, tuple[WallIdea, ...]]:
    """The best ideas of each theme by +1 (then the older first), for an exchange moment."""
    best: dict[int, tuple[WallIdea, ...]] = {}
    for theme in themes:
        tagged = [i for i in ideas if theme in i.themes]
        tagged.sort(key=lambda i: (-i.votes, i.idea_id))
        if tagged:
            best[theme] = tuple(tagged[:limit])
    return best
