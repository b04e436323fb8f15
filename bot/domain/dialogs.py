"""Typed dialog state: what a person is in the middle of typing, one dataclass per kind.

The database keeps a kind and a JSON object per person; `encode` and `decode` here are the only
place that turns them into these dataclasses and back. Every kind is listed in `DIALOG_KINDS`,
so two features can't claim one kind and a stored state of an unknown or damaged kind reads as
"no dialog" instead of crashing a handler.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Self

from bot.domain.broadcasts import BroadcastDraft
from bot.domain.call_dialogs import CALL_DIALOGS
from bot.domain.dialog_base import Dialog, TypedInput
from bot.domain.event_dialogs import EVENT_DIALOGS
from bot.domain.idea_drafts import IdeaDraft
from bot.domain.network_dialogs import NETWORK_DIALOGS
from bot.domain.partnerships import PartnershipDialog
from bot.domain.toolbox_dialogs import TOOLBOX_DIALOGS
from bot.domain.workshop_drafts import WorkshopDraft


@dataclass(frozen=True)
class TeamMessageInput(TypedInput):
    """The next text goes to the person's whole team."""

    KIND: ClassVar[str] = "team_message"
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


@dataclass(frozen=True)
class TeamLinkInput(TypedInput):
    """The next text is the team's group chat link."""

    KIND: ClassVar[str] = "team_link"
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


# ------------------------------------------------------------------ profile and check-ins
@dataclass(frozen=True)
class ProfileNameInput(TypedInput):
    """The next text is the person's display name (during onboarding or from the profile)."""

    KIND: ClassVar[str] = "profile_name"
    onboarding: bool
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


@dataclass(frozen=True)
class CheckinAnswerInput(TypedInput):
    """The next text answers question number `index` of a check-in round."""

    KIND: ClassVar[str] = "checkin_answer"
    round_id: int
    index: int
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


@dataclass(frozen=True)
class CoachReplyInput(TypedInput):
    """The next text is a coach's (or organiser's) message to a whole team."""

    KIND: ClassVar[str] = "coach_reply"
    team_id: int
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


@dataclass(frozen=True)
class CoachTeamDraft(TypedInput):
    """A coach's message to a whole team, typed and waiting for "Send to N people?"; typing
    again replaces it."""

    KIND: ClassVar[str] = "coach_team_draft"
    team_id: int
    text: str
    prompt_message_id: int = 0  # the "Send to N people?" message


@dataclass(frozen=True)
class CoachMemberInput(TypedInput):
    """The next text is a coach's answer to one member of their team (nobody else gets it)."""

    KIND: ClassVar[str] = "coach_member"
    team_id: int
    member_id: int
    prompt_message_id: int = 0


@dataclass(frozen=True)
class ToCoachInput(TypedInput):
    """The next text goes to the person's coach (/coach)."""

    KIND: ClassVar[str] = "to_coach"
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


# ------------------------------------------------------------------ ideas
@dataclass(frozen=True)
class IdeaEditInput(TypedInput):
    """The next text replaces a field (title, description, needs) of the author's idea."""

    KIND: ClassVar[str] = "idea_edit"
    idea_id: int
    field: str


@dataclass(frozen=True)
class IdeaTranslationInput(TypedInput):
    """A participant's translation of an idea: the title first (`title` empty until then),
    then the description."""

    KIND: ClassVar[str] = "idea_translation"
    idea_id: int
    language: str
    title: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return super().from_dict({"title": "", **data})  # stored without a title at first


@dataclass(frozen=True)
class IdeaHideInput(TypedInput):
    """The next text is the organiser's reason for hiding an idea."""

    KIND: ClassVar[str] = "idea_hide"
    idea_id: int


# ------------------------------------------------------------------ workshops
@dataclass(frozen=True)
class SignupAnswersInput(TypedInput):
    """Answering a workshop's sign-up questions: the one at `index`, the answers so far."""

    KIND: ClassVar[str] = "signup"
    workshop_id: int
    index: int
    answers: tuple[tuple[int, str], ...] = ()  # (question position, answer)
    prompt_message_id: int = 0  # the current question's message (0: not known)

    def answered(self, position: int, answer: str | None) -> SignupAnswersInput:
        """On to the next question, with this one's answer (None: skipped)."""
        given = dict(self.answers)
        if answer is not None:
            given[position] = answer
        return SignupAnswersInput(self.workshop_id, self.index + 1, tuple(given.items()))

    def to_dict(self) -> dict[str, Any]:
        # Stored as {"<position>": answer}, as before the state was typed.
        answers = {str(position): answer for position, answer in self.answers}
        data = {"workshop_id": self.workshop_id, "index": self.index, "answers": answers}
        if self.prompt_message_id:
            data["prompt_message_id"] = self.prompt_message_id
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        workshop_id, index, answers = data["workshop_id"], data["index"], data["answers"]
        prompt = data.get("prompt_message_id", 0)  # absent in states stored before it
        if type(workshop_id) is not int or type(index) is not int or not isinstance(answers, dict):
            raise ValueError(f"{cls.KIND}: {data!r}")
        if type(prompt) is not int:
            raise ValueError(f"{cls.KIND}.prompt_message_id: {prompt!r}")
        if not all(key.isdigit() and isinstance(v, str) for key, v in answers.items()):
            raise ValueError(f"{cls.KIND}.answers: {answers!r}")
        given = tuple((int(key), v) for key, v in answers.items())
        return cls(workshop_id, index, given, prompt)


@dataclass(frozen=True)
class FeedbackCommentInput(TypedInput):
    """The next text is a comment on a workshop the person attended."""

    KIND: ClassVar[str] = "feedback_comment"
    registration_id: int


@dataclass(frozen=True)
class WorkshopCheckinInput(TypedInput):
    """The organiser types check-in codes of people arriving at the workshop."""

    KIND: ClassVar[str] = "checkin"
    workshop_id: int


@dataclass(frozen=True)
class WorkshopMessageInput(TypedInput):
    """The next text goes to everyone confirmed for the workshop, once the organiser said yes
    to the count (`text` holds it meanwhile; typing again replaces it)."""

    KIND: ClassVar[str] = "message_workshop"
    workshop_id: int
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered
    text: str = ""  # typed, waiting for the organiser's yes

    def to_dict(self) -> dict[str, Any]:
        # Fields still at their defaults are left out: stored as before they existed.
        data = super().to_dict()
        for name in ("prompt_message_id", "text"):
            if not data[name]:
                del data[name]
        return data


# "clock": the new day is chosen (kept in `start`, '2026-04-10'), its start time is asked.
WorkshopEditField = Literal["start", "clock", "end", "capacity", "title", "description"]
_EDIT_FIELDS: tuple[str, ...] = ("start", "clock", "end", "capacity", "title", "description")


@dataclass(frozen=True)
class WorkshopEditInput(TypedInput):
    """The organiser types a new value for a workshop: its times (start, then end), its
    capacity, or a title and description in another language."""

    KIND: ClassVar[str] = "edit_workshop"
    workshop_id: int
    field: WorkshopEditField
    start: str = ""  # the typed start, while asking for the end (the day, asking the start)
    language: str = ""  # the language of a title or description
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered

    def to_dict(self) -> dict[str, Any]:
        # Only the keys a step uses, as before the state was typed.
        data: dict[str, Any] = {"workshop_id": self.workshop_id, "field": self.field}
        if self.start:
            data["start"] = self.start
        if self.language:
            data["language"] = self.language
        if self.prompt_message_id:
            data["prompt_message_id"] = self.prompt_message_id
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        workshop_id, field = data["workshop_id"], data["field"]
        start, language = data.get("start", ""), data.get("language", "")
        prompt = data.get("prompt_message_id", 0)
        if type(workshop_id) is not int or field not in _EDIT_FIELDS or type(prompt) is not int:
            raise ValueError(f"{cls.KIND}: {data!r}")
        if not isinstance(start, str) or not isinstance(language, str):
            raise ValueError(f"{cls.KIND}: {data!r}")
        return cls(workshop_id, field, start, language, prompt)


_ALL_KINDS: tuple[type[Dialog], ...] = (
    BroadcastDraft,
    PartnershipDialog,
    WorkshopDraft,
    SignupAnswersInput,
    FeedbackCommentInput,
    WorkshopCheckinInput,
    WorkshopMessageInput,
    WorkshopEditInput,
    TeamMessageInput,
    TeamLinkInput,
    ProfileNameInput,
    CheckinAnswerInput,
    CoachReplyInput,
    CoachTeamDraft,
    CoachMemberInput,
    ToCoachInput,
    IdeaDraft,
    IdeaEditInput,
    IdeaTranslationInput,
    IdeaHideInput,
    *CALL_DIALOGS,
    *TOOLBOX_DIALOGS,
    *NETWORK_DIALOGS,
    *EVENT_DIALOGS,
)
DIALOG_KINDS: Mapping[str, type[Dialog]] = {kind.KIND: kind for kind in _ALL_KINDS}


def encode(dialog: Dialog) -> tuple[str, dict[str, Any]]:
    if DIALOG_KINDS.get(dialog.KIND) is not type(dialog):
        raise ValueError(f"dialog kind {dialog.KIND!r} is not registered in DIALOG_KINDS")
    return dialog.KIND, dialog.to_dict()


def decode(kind: str, data: dict[str, Any]) -> Dialog | None:
    """The stored state as its dataclass; None for an unknown kind or damaged data."""
    cls = DIALOG_KINDS.get(kind)
    if cls is None:
        return None
    try:
        return cls.from_dict(data)
    except (KeyError, TypeError, ValueError):
        return None
