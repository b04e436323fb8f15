"""Typed dialog state of event day (live wall and BarCamp), one section per screen family.

Each kind subclasses `TypedInput` with a unique KIND; `EVENT_DIALOGS` joins the sections and
`bot/domain/dialogs.py` registers them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from bot.domain.dialog_base import Dialog, TypedInput, selection


# ------------------------------------------------------------------ live-setup
@dataclass(frozen=True)
class LiveSetupDraft(TypedInput):
    """An organiser setting up a workshop's live wall: what they chose so far (no text asked).

    `rooms` and `themes` are comma-separated ids; `languages` pairs "workshop_id=language" for
    the rooms whose display language the organiser changed."""

    KIND: ClassVar[str] = "live_setup_draft"
    workshop_id: int
    rooms: str = ""
    pre: bool = False
    themes: str = ""
    languages: str = ""

    def room_ids(self) -> tuple[int, ...]:
        return tuple(int(v) for v in selection(self.rooms))

    def theme_ids(self) -> tuple[int, ...]:
        return tuple(int(v) for v in selection(self.themes))

    def chosen_languages(self) -> dict[int, str]:
        pairs = (v.split("=", 1) for v in selection(self.languages))
        return {int(w): lang for w, lang in pairs}

    def with_language(self, workshop_id: int, language: str) -> LiveSetupDraft:
        chosen = {**self.chosen_languages(), workshop_id: language}
        text = ",".join(f"{w}={lang}" for w, lang in sorted(chosen.items()))
        return replace(self, languages=text)


@dataclass(frozen=True)
class LiveRoomCodeInput(TypedInput):
    """/room without a code: the next text is the room code from the projector."""

    KIND: ClassVar[str] = "live_setup_room_code"
    prompt_message_id: int = 0


@dataclass(frozen=True)
class LiveMomentTimeInput(TypedInput):
    """The next text is an exchange moment's start (HH:MM on the first room's clock)."""

    KIND: ClassVar[str] = "live_setup_moment_time"
    event_id: int
    prompt_message_id: int = 0


LIVE_SETUP_DIALOGS: tuple[type[Dialog], ...] = (
    LiveSetupDraft,
    LiveRoomCodeInput,
    LiveMomentTimeInput,
)


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
