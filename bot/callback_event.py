"""Button kinds of event day: the live wall of simultaneous kick-offs and BarCamp planning,
grouped per screen family. Same rules as `bot/callback_data.py`: one frozen dataclass per kind
with a unique PREFIX (all start with "lv" for the wall and "bk" for the BarCamp here), actions
typed as `Literal` aliases with one handler per value.

`OPEN_BUTTONS` lists the buttons the onboarding gate lets through (none yet: a person checks
in to a room after onboarding); every service checks who may do what.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from bot.telegram.callback_codec import CallbackData

# ------------------------------------------------------------------ entry points
# Buttons one screen family puts on another's screens; the owner registers the handler.


@dataclass(frozen=True)
class LiveWallHome(CallbackData):
    """The organiser's live wall of a workshop: create the event or manage it (live-setup)."""

    PREFIX: ClassVar[str] = "lvh"
    workshop_id: int


@dataclass(frozen=True)
class LiveRoomHome(CallbackData):
    """A checked-in person's room screen: post an idea, +1, the wall link (live-setup)."""

    PREFIX: ClassVar[str] = "lvr"
    room_id: int


@dataclass(frozen=True)
class LivePost(CallbackData):
    """Post an idea to the room's wall through the idea flow (live-ideas)."""

    PREFIX: ClassVar[str] = "lvp"
    room_id: int


@dataclass(frozen=True)
class LiveBrowse(CallbackData):
    """The event's ideas from every room in the reader's language, with +1 (live-ideas)."""

    PREFIX: ClassVar[str] = "lvb"
    room_id: int
    page: int


@dataclass(frozen=True)
class LiveModerate(CallbackData):
    """A room moderator's queue: approve, hide with a reason, merge, correct (live-ideas)."""

    PREFIX: ClassVar[str] = "lvm"
    room_id: int


@dataclass(frozen=True)
class BarcampHome(CallbackData):
    """A workshop's BarCamp: the organiser's setup and phases, or a person's view of the
    current phase (barcamp-people)."""

    PREFIX: ClassVar[str] = "bkh"
    workshop_id: int


@dataclass(frozen=True)
class BarcampPlanScreen(CallbackData):
    """The organiser's plan: build, move, swap, lock, merge, announce (barcamp-plan)."""

    PREFIX: ClassVar[str] = "bkp"
    barcamp_id: int


@dataclass(frozen=True)
class BarcampMine(CallbackData):
    """A person's sessions in the announced plan, with the .ics (barcamp-plan)."""

    PREFIX: ClassVar[str] = "bkm"
    barcamp_id: int


# ------------------------------------------------------------------ live-setup (wall organiser)


# ------------------------------------------------------------------ live-ideas


# ------------------------------------------------------------------ barcamp-people
BarcampSetupAction = Literal[
    "create",
    "rooms",
    "room",
    "room_new",
    "room_name",
    "room_cap",
    "room_cap_set",
    "room_langs",
    "room_lang",
    "room_next",
    "room_bridge",
    "room_skip",
    "room_remove",
    "room_remove_ok",
    "slots",
    "slot_new",
    "slot_start",
    "slot_len",
    "slot_remove",
    "slot_remove_ok",
    "limit",
    "limit_set",
    "docs",
]


@dataclass(frozen=True)
class BarcampSetup(CallbackData):
    """An organiser's setup step of a workshop's BarCamp: rooms, slots, the interest limit,
    the documentation. `value`: a room, a slot, a capacity, a language's index, minutes."""

    PREFIX: ClassVar[str] = "bka"
    workshop_id: int
    action: BarcampSetupAction
    value: int


BarcampPhaseAction = Literal["ask", "open"]


@dataclass(frozen=True)
class BarcampPhaseStep(CallbackData):
    """Opening the next phase: the question (with the count of people told), then opening.
    `phase` is the index (in PHASE_ORDER) of the phase opened, so an old button is stale."""

    PREFIX: ClassVar[str] = "bkb"
    workshop_id: int
    action: BarcampPhaseAction
    phase: int


BarcampProposeAction = Literal[
    "new",
    "lang",
    "skip",
    "anyway",
    "join",
    "send",
    "list",
    "card",
    "mine",
    "withdraw",
    "withdraw_ok",
    "edit",
]


@dataclass(frozen=True)
class BarcampPropose(CallbackData):
    """A checked-in person's proposals: the new-proposal steps, the list with "Join as a
    co-host", their own with withdrawing. `value`: a session, a page or a language's index."""

    PREFIX: ClassVar[str] = "bkc"
    barcamp_id: int
    action: BarcampProposeAction
    value: int


BarcampInterestAction = Literal["list", "toggle", "originals"]


@dataclass(frozen=True)
class BarcampInterest(CallbackData):
    """The sessions in the reader's language with "I'd attend" toggles, a page at a time."""

    PREFIX: ClassVar[str] = "bkd"
    barcamp_id: int
    action: BarcampInterestAction
    session_id: int
    page: int


@dataclass(frozen=True)
class BarcampNotesWrite(CallbackData):
    """A host writes the three lines of notes on their session after it ended."""

    PREFIX: ClassVar[str] = "bke"
    session_id: int


# ------------------------------------------------------------------ barcamp-plan


OPEN_BUTTONS: tuple[type[CallbackData], ...] = ()
