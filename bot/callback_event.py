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
LiveVoteAction = Literal["plus", "undo"]


@dataclass(frozen=True)
class LiveVote(CallbackData):
    """+1 on an idea of the event from the list (or taking it back); `page` to come back to."""

    PREFIX: ClassVar[str] = "lvv"
    action: LiveVoteAction
    room_id: int
    idea_id: int
    page: int


@dataclass(frozen=True)
class LiveOriginal(CallbackData):
    """An idea of the event as its author wrote it (the list shows it in the reader's language)."""

    PREFIX: ClassVar[str] = "lvo"
    room_id: int
    idea_id: int
    page: int


LiveModAction = Literal[
    "idea",
    "approve",
    "hide",
    "reason",
    "own_reason",
    "restore",
    "merge",
    "into",
    "merge_ok",
    "correct",
]


@dataclass(frozen=True)
class LiveModStep(CallbackData):
    """A room moderator's step on one idea: `value` is the preset reason's number ("reason")
    or the idea it merges into ("into", "merge_ok"); 0 otherwise."""

    PREFIX: ClassVar[str] = "lvk"
    action: LiveModAction
    room_id: int
    idea_id: int
    value: int


# ------------------------------------------------------------------ barcamp-people


# ------------------------------------------------------------------ barcamp-plan


OPEN_BUTTONS: tuple[type[CallbackData], ...] = ()
