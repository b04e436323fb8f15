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
@dataclass(frozen=True)
class ToolboxEntryDraft(TypedInput):
    """A keeper's new entry, step by step (tags are comma-separated keys)."""

    KIND: ClassVar[str] = "toolbox_entry_draft"
    step: str = "kind"  # kind, title, text, topic, country, phase, link, zone, deadline, amount,
    # file, preview
    kind: str = ""
    language: str = ""  # the keeper's language: the original's
    title: str = ""
    body: str = ""
    topics: str = ""
    countries: str = ""
    phases: str = ""
    link: str = ""
    zone: str = ""
    deadline: str = ""  # ISO, UTC
    amount: str = ""
    file_id: str = ""
    file_name: str = ""
    file_size: int = 0
    mime_type: str = ""
    prompt_message_id: int = 0
    editing: bool = False  # changed from the preview: back to the preview after the step


@dataclass(frozen=True)
class ToolboxSuggestionDraft(TypedInput):
    """A member's suggestion: kind, title, text, an optional link, then the credit question."""

    KIND: ClassVar[str] = "toolbox_suggestion"
    step: str = "title"  # title, text, link, credit
    kind: str = ""
    title: str = ""
    body: str = ""
    link: str = ""
    prompt_message_id: int = 0


@dataclass(frozen=True)
class ToolboxTranslationInput(TypedInput):
    """A keeper types an entry's version in one language: the title, then the text."""

    KIND: ClassVar[str] = "toolbox_translation"
    entry_id: int = 0
    language: str = ""
    title: str = ""  # empty while the title is asked
    prompt_message_id: int = 0


@dataclass(frozen=True)
class ToolboxDeclineInput(TypedInput):
    """A keeper types why a suggestion is declined (its author is told)."""

    KIND: ClassVar[str] = "toolbox_decline"
    entry_id: int = 0
    prompt_message_id: int = 0


AUTHORING_DIALOGS: tuple[type[Dialog], ...] = (
    ToolboxEntryDraft,
    ToolboxSuggestionDraft,
    ToolboxTranslationInput,
    ToolboxDeclineInput,
)


# ------------------------------------------------------------------ stories (writing)
@dataclass(frozen=True)
class StorySectionInput(TypedInput):
    """A team member types the new text of one section of their story."""

    KIND: ClassVar[str] = "story_section"
    story_id: int
    section: str  # one of bot.domain.stories.SECTIONS
    prompt_message_id: int = 0


@dataclass(frozen=True)
class StoryPhotoInput(TypedInput):
    """The story's photo step is open: a photo sent now is added (EXIF stripped)."""

    KIND: ClassVar[str] = "story_photos"
    story_id: int
    prompt_message_id: int = 0


WRITING_DIALOGS: tuple[type[Dialog], ...] = (StorySectionInput, StoryPhotoInput)


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
