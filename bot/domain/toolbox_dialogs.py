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
    query: str = ""  # the last search typed (its results pages and "back" show it again)


READING_DIALOGS: tuple[type[Dialog], ...] = (ToolboxSearchInput,)

# ------------------------------------------------------------------ toolbox (authoring)
AUTHORING_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ stories (writing)
WRITING_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ stories (reading, publishing)
PUBLISHING_DIALOGS: tuple[type[Dialog], ...] = ()

TOOLBOX_DIALOGS: tuple[type[Dialog], ...] = (
    *READING_DIALOGS,
    *AUTHORING_DIALOGS,
    *WRITING_DIALOGS,
    *PUBLISHING_DIALOGS,
)
