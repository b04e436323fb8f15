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
APPLY_DIALOGS: tuple[type[Dialog], ...] = ()


# ------------------------------------------------------------------ reviewing
REVIEW_DIALOGS: tuple[type[Dialog], ...] = ()


# ------------------------------------------------------------------ decisions
DECISION_DIALOGS: tuple[type[Dialog], ...] = ()


CALL_DIALOGS: tuple[type[Dialog], ...] = (
    *ADMIN_DIALOGS,
    *APPLY_DIALOGS,
    *REVIEW_DIALOGS,
    *DECISION_DIALOGS,
)

__all__ = ["CALL_DIALOGS", "ClassVar", "TypedInput", "dataclass"]
