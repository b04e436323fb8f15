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
# Setting up a workshop's live wall (a draft kept as the organiser's dialog), then managing the
# event: its rooms' moderators, the moderation mode, exchange moments, start and close.
LiveSetupAction = Literal["rooms", "mode", "themes", "preview", "create"]


@dataclass(frozen=True)
class LiveSetupStep(CallbackData):
    PREFIX: ClassVar[str] = "lvs"
    workshop_id: int  # the workshop whose card the organiser came from
    action: LiveSetupAction


@dataclass(frozen=True)
class LiveSetupRoom(CallbackData):
    """Toggle another workshop (a partner room) in the draft."""

    PREFIX: ClassVar[str] = "lvsr"
    workshop_id: int
    room_workshop_id: int


@dataclass(frozen=True)
class LiveSetupMode(CallbackData):
    PREFIX: ClassVar[str] = "lvsm"
    workshop_id: int
    pre: bool  # pre-moderation (ideas wait for a moderator) or post-moderation


@dataclass(frozen=True)
class LiveSetupTheme(CallbackData):
    PREFIX: ClassVar[str] = "lvst"
    workshop_id: int
    theme_id: int


@dataclass(frozen=True)
class LiveSetupLanguages(CallbackData):
    """The five display languages for one room of the draft."""

    PREFIX: ClassVar[str] = "lvsl"
    workshop_id: int
    room_workshop_id: int


@dataclass(frozen=True)
class LiveSetupLanguage(CallbackData):
    PREFIX: ClassVar[str] = "lvsg"
    workshop_id: int
    room_workshop_id: int
    language: str


LiveEventAction = Literal["show", "start", "close", "close_ok", "mode", "moments", "moment_type"]


@dataclass(frozen=True)
class LiveEventStep(CallbackData):
    PREFIX: ClassVar[str] = "lvt"
    event_id: int
    action: LiveEventAction


@dataclass(frozen=True)
class LiveRoomMods(CallbackData):
    """A room's moderators, and the people who could become one (a page of them)."""

    PREFIX: ClassVar[str] = "lvu"
    room_id: int
    page: int


LiveModeratorAction = Literal["add", "remove", "remove_ok"]


@dataclass(frozen=True)
class LiveModerator(CallbackData):
    PREFIX: ClassVar[str] = "lvum"
    room_id: int
    user_id: int
    action: LiveModeratorAction


@dataclass(frozen=True)
class LiveRoomLanguages(CallbackData):
    """The five display languages for a room of an existing event."""

    PREFIX: ClassVar[str] = "lvzl"
    room_id: int


@dataclass(frozen=True)
class LiveRoomLanguage(CallbackData):
    PREFIX: ClassVar[str] = "lvzg"
    room_id: int
    language: str


@dataclass(frozen=True)
class LiveMomentWhen(CallbackData):
    """An exchange moment starting in this many minutes: next, its length."""

    PREFIX: ClassVar[str] = "lvxw"
    event_id: int
    minutes: int


@dataclass(frozen=True)
class LiveMomentAdd(CallbackData):
    PREFIX: ClassVar[str] = "lvxa"
    event_id: int
    due: int  # the start, in minutes since 1970 (UTC)
    length: int  # minutes


@dataclass(frozen=True)
class LiveMomentRemove(CallbackData):
    PREFIX: ClassVar[str] = "lvxr"
    moment_id: int


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
BarcampPlanAction = Literal["build", "announce", "announce_yes"]
BarcampFixAction = Literal["move", "swap", "lock", "unlock", "merge"]


@dataclass(frozen=True)
class BarcampPlanStep(CallbackData):
    """The organiser's plan screen: build (rebuild keeps locked), announce, its yes."""

    PREFIX: ClassVar[str] = "bkq"
    barcamp_id: int
    action: BarcampPlanAction


@dataclass(frozen=True)
class BarcampPlanPick(CallbackData):
    """One session on the plan screen (a numbered button): what to do with it."""

    PREFIX: ClassVar[str] = "bkr"
    session_id: int


@dataclass(frozen=True)
class BarcampPlanFix(CallbackData):
    """Move, swap, lock, unlock or merge the session: the first step of each."""

    PREFIX: ClassVar[str] = "bks"
    session_id: int
    action: BarcampFixAction


@dataclass(frozen=True)
class BarcampPlanSlot(CallbackData):
    """Moving a session: the slot picked; next the room."""

    PREFIX: ClassVar[str] = "bkt"
    session_id: int
    slot_id: int


@dataclass(frozen=True)
class BarcampPlanMoveTo(CallbackData):
    """Move the session into this room and slot (`confirmed`: the yes after announcing)."""

    PREFIX: ClassVar[str] = "bku"
    session_id: int
    slot_id: int
    room_id: int
    confirmed: bool = False


@dataclass(frozen=True)
class BarcampPlanSwapWith(CallbackData):
    """Swap the session's place with another's (`confirmed`: the yes after announcing)."""

    PREFIX: ClassVar[str] = "bkv"
    session_id: int
    other_id: int
    confirmed: bool = False


@dataclass(frozen=True)
class BarcampPlanMergeInto(CallbackData):
    """Merge the session into another (`confirmed`: the yes; a merge always asks)."""

    PREFIX: ClassVar[str] = "bkw"
    session_id: int
    into_id: int
    confirmed: bool = False


@dataclass(frozen=True)
class BarcampMineIcs(CallbackData):
    """A person's sessions as a calendar file (.ics)."""

    PREFIX: ClassVar[str] = "bkx"
    barcamp_id: int


OPEN_BUTTONS: tuple[type[CallbackData], ...] = ()
