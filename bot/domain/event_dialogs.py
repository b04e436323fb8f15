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
@dataclass(frozen=True)
class LiveHideReasonInput(TypedInput):
    """The next text is a room moderator's own reason for hiding an idea from the walls."""

    KIND: ClassVar[str] = "live_ideas_hide_reason"
    room_id: int
    idea_id: int
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


@dataclass(frozen=True)
class LiveCorrectionInput(TypedInput):
    """A room moderator types a better translation of an idea into the room's language: the
    title first (`title` empty), then the description."""

    KIND: ClassVar[str] = "live_ideas_correction"
    room_id: int
    idea_id: int
    title: str = ""
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


LIVE_IDEAS_DIALOGS: tuple[type[Dialog], ...] = (LiveHideReasonInput, LiveCorrectionInput)

# ------------------------------------------------------------------ barcamp-people
BARCAMP_PEOPLE_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ barcamp-plan
BARCAMP_PLAN_DIALOGS: tuple[type[Dialog], ...] = ()

EVENT_DIALOGS: tuple[type[Dialog], ...] = (
    *LIVE_SETUP_DIALOGS,
    *LIVE_IDEAS_DIALOGS,
    *BARCAMP_PEOPLE_DIALOGS,
    *BARCAMP_PLAN_DIALOGS,
)
