"""Typed dialog state of the toolbox and the stories, one section per screen family.

Each kind subclasses `TypedInput` with a unique KIND; `TOOLBOX_DIALOGS` joins the sections and
`bot/domain/dialogs.py` registers them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from bot.domain.dialog_base import Dialog, TypedInput


# ------------------------------------------------------------------ toolbox (reading)
@dataclass(frozen=True)
class ToolboxSearchInput(TypedInput):
    """The reader types what they look for (the toolbox's first screen asks)."""

    KIND: ClassVar[str] = "toolbox_search"
    kind: str = ""  # a filter by EntryKind chosen before typing ("" for all)
    topic: str = ""  # a filter by topic ("" for all)
    prompt_message_id: int = 0


READING_DIALOGS: tuple[type[Dialog], ...] = (ToolboxSearchInput,)

# ------------------------------------------------------------------ toolbox (authoring)
AUTHORING_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ stories (writing)
WRITING_DIALOGS: tuple[type[Dialog], ...] = ()


# ------------------------------------------------------------------ stories (reading, publishing)
@dataclass(frozen=True)
class StoryNoteInput(TypedInput):
    """The organiser types what the team should change before the story is published."""

    KIND: ClassVar[str] = "story_note"
    story_id: int = 0
    prompt_message_id: int = 0


@dataclass(frozen=True)
class StoryUpdateInput(TypedInput):
    """A team member types the one-line update asked for on the story's review date."""

    KIND: ClassVar[str] = "story_update"
    story_id: int = 0
    prompt_message_id: int = 0


PUBLISHING_DIALOGS: tuple[type[Dialog], ...] = (StoryNoteInput, StoryUpdateInput)

TOOLBOX_DIALOGS: tuple[type[Dialog], ...] = (
    *READING_DIALOGS,
    *AUTHORING_DIALOGS,
    *WRITING_DIALOGS,
    *PUBLISHING_DIALOGS,
)
