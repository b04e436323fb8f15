"""Typed dialog state of event day (live wall and BarCamp), one section per screen family.

Each kind subclasses `TypedInput` with a unique KIND; `EVENT_DIALOGS` joins the sections and
`bot/domain/dialogs.py` registers them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from bot.domain.dialog_base import Dialog, TypedInput

# ------------------------------------------------------------------ live-setup
LIVE_SETUP_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ live-ideas
LIVE_IDEAS_DIALOGS: tuple[type[Dialog], ...] = ()


# ------------------------------------------------------------------ barcamp-people
@dataclass(frozen=True)
class BarcampRoomDraft(TypedInput):
    """An organiser adds a room step by step (name, seats, languages, video link) or changes
    one thing of room `room_id` (then `step` is that one thing)."""

    KIND: ClassVar[str] = "barcamp_room"
    workshop_id: int
    room_id: int = 0  # 0: a new room
    step: str = "name"  # name, capacity, languages, bridge
    name: str = ""
    capacity: int = 0
    languages: str = ""  # comma-separated codes
    bridge_url: str = ""
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


@dataclass(frozen=True)
class BarcampSlotDraft(TypedInput):
    """An organiser adds a time slot: its start (a button or typed HH:MM), then its length."""

    KIND: ClassVar[str] = "barcamp_slot"
    workshop_id: int
    start: str = ""  # "HH:MM" on the workshop's clock, once chosen
    prompt_message_id: int = 0


@dataclass(frozen=True)
class BarcampProposalDraft(TypedInput):
    """A checked-in person proposes a session: title, description, language, preview."""

    KIND: ClassVar[str] = "barcamp_proposal"
    barcamp_id: int
    workshop_id: int
    step: str = "title"  # title, description, language, similar, preview
    title: str = ""
    description: str = ""
    language: str = ""
    similar_id: int = 0  # the open proposal it resembles, offered to join instead
    prompt_message_id: int = 0


@dataclass(frozen=True)
class BarcampNotesInput(TypedInput):
    """A host's three lines of notes on their session, typed as one message."""

    KIND: ClassVar[str] = "barcamp_notes"
    session_id: int
    prompt_message_id: int = 0


BARCAMP_PEOPLE_DIALOGS: tuple[type[Dialog], ...] = (
    BarcampRoomDraft,
    BarcampSlotDraft,
    BarcampProposalDraft,
    BarcampNotesInput,
)

# ------------------------------------------------------------------ barcamp-plan
BARCAMP_PLAN_DIALOGS: tuple[type[Dialog], ...] = ()

EVENT_DIALOGS: tuple[type[Dialog], ...] = (
    *LIVE_SETUP_DIALOGS,
    *LIVE_IDEAS_DIALOGS,
    *BARCAMP_PEOPLE_DIALOGS,
    *BARCAMP_PLAN_DIALOGS,
)
