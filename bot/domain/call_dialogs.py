"""Typed dialog state of the programme calls, one section per screen family.

Each kind subclasses `TypedInput` (or keeps its own to_dict/from_dict) with a unique KIND;
`CALL_DIALOGS` joins the sections and `bot/domain/dialogs.py` registers them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from bot.domain.dialog_base import Dialog, TypedInput

# ------------------------------------------------------------------ calls (administrators)
ADMIN_DIALOGS: tuple[type[Dialog], ...] = ()


# ------------------------------------------------------------------ applying
APPLY_DIALOGS: tuple[type[Dialog], ...] = ()


# ------------------------------------------------------------------ reviewing
@dataclass(frozen=True)
class ReviewNoteInput(TypedInput):
    """A reviewer types the private note of their review of an application."""

    KIND: ClassVar[str] = "review_note"
    application_id: int
    prompt_message_id: int = 0


REVIEW_DIALOGS: tuple[type[Dialog], ...] = (ReviewNoteInput,)


# ------------------------------------------------------------------ decisions
DECISION_DIALOGS: tuple[type[Dialog], ...] = ()


CALL_DIALOGS: tuple[type[Dialog], ...] = (
    *ADMIN_DIALOGS,
    *APPLY_DIALOGS,
    *REVIEW_DIALOGS,
    *DECISION_DIALOGS,
)

__all__ = ["CALL_DIALOGS", "ClassVar", "TypedInput", "dataclass"]
