"""Typed dialog state of the programme calls, one section per screen family.

Each kind subclasses `TypedInput` (or keeps its own to_dict/from_dict) with a unique KIND;
`CALL_DIALOGS` joins the sections and `bot/domain/dialogs.py` registers them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from bot.domain.dialog_base import Dialog, TypedInput


# ------------------------------------------------------------------ calls (administrators)
@dataclass(frozen=True)
class ReviewerLinksInput(TypedInput):
    """A new reviewer (by link `token`) types the cities and organisations they are linked to."""

    KIND: ClassVar[str] = "call_reviewer_links"
    token: str
    call_id: int
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


@dataclass(frozen=True)
class CallEditInput(TypedInput):
    """An administrator types a new value for a call: a date (opens, deadline, decision), the
    document retention in days, or a title or text in `language`."""

    KIND: ClassVar[str] = "call_edit"
    call_id: int
    field: str  # a CallEditField of bot/services/calls.py
    language: str = ""  # the language of a title or text
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


@dataclass(frozen=True)
class CallItemInput(TypedInput):
    """An administrator types about one question or criterion: a new criterion's name, a new
    question (for a choice question, then its choices: `text` holds the question meanwhile),
    a question's text in `language`, or its maximum length (`item_id`: the question)."""

    KIND: ClassVar[str] = "call_item"
    call_id: int
    field: str  # criterion, question, choice_question, question_text, max_length
    language: str = ""
    item_id: int = 0
    text: str = ""
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


ADMIN_DIALOGS: tuple[type[Dialog], ...] = (ReviewerLinksInput, CallEditInput, CallItemInput)


# ------------------------------------------------------------------ applying
@dataclass(frozen=True)
class ApplyCityInput(TypedInput):
    """The next text is the applicant's city; `application_id` is 0 before the application
    exists (it is created once the country is chosen), the partner's application otherwise."""

    KIND: ClassVar[str] = "apply-city"
    call_id: int
    application_id: int
    prompt_message_id: int = 0
    city: str = ""  # typed, while the country is asked


@dataclass(frozen=True)
class ApplyAnswerInput(TypedInput):
    """The next text answers one question; `single` when opened from the review screen (the
    review comes back after it instead of the next question)."""

    KIND: ClassVar[str] = "apply-answer"
    application_id: int
    question_id: int
    prompt_message_id: int = 0
    single: bool = False


@dataclass(frozen=True)
class ApplyReviewInput(TypedInput):
    """The review screen is open: a file sent now is the application's document."""

    KIND: ClassVar[str] = "apply-review"
    application_id: int


APPLY_DIALOGS: tuple[type[Dialog], ...] = (ApplyCityInput, ApplyAnswerInput, ApplyReviewInput)


# ------------------------------------------------------------------ reviewing
@dataclass(frozen=True)
class ReviewNoteInput(TypedInput):
    """A reviewer types the private note of their review of an application."""

    KIND: ClassVar[str] = "review_note"
    application_id: int
    prompt_message_id: int = 0


REVIEW_DIALOGS: tuple[type[Dialog], ...] = (ReviewNoteInput,)


# ------------------------------------------------------------------ decisions
@dataclass(frozen=True)
class DecisionTemplateInput(TypedInput):
    """An administrator types the letter of one decision in one language."""

    KIND: ClassVar[str] = "decision_template"
    call_id: int
    decision: str
    language: str
    prompt_message_id: int = 0


DECISION_DIALOGS: tuple[type[Dialog], ...] = (DecisionTemplateInput,)


CALL_DIALOGS: tuple[type[Dialog], ...] = (
    *ADMIN_DIALOGS,
    *APPLY_DIALOGS,
    *REVIEW_DIALOGS,
    *DECISION_DIALOGS,
)

__all__ = ["CALL_DIALOGS", "ClassVar", "TypedInput", "dataclass"]
