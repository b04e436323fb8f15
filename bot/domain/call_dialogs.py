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
REVIEW_DIALOGS: tuple[type[Dialog], ...] = ()


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
