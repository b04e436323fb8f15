"""Button kinds of the programme calls, grouped per screen family (administrators, applicants,
reviewers, decisions). Same rules as `bot/callback_data.py`: one frozen dataclass per kind with
a unique PREFIX, actions typed as `Literal` aliases with one handler per value.

Every kind here may be pressed before onboarding: applicants and reviewers need not belong to a
partnership (the onboarding gate lets them through; the services check who may do what).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from bot.telegram.callback_codec import CallbackData

# ------------------------------------------------------------------ calls (administrators)


# ------------------------------------------------------------------ applying


# ------------------------------------------------------------------ reviewing


# ------------------------------------------------------------------ decisions


def _kinds() -> tuple[type[CallbackData], ...]:
    return tuple(
        kind
        for kind in globals().values()
        if isinstance(kind, type) and issubclass(kind, CallbackData) and kind is not CallbackData
    )


# Every kind of this module (the onboarding gate lets them all through).
CALL_BUTTONS: tuple[type[CallbackData], ...] = _kinds()

__all__ = ["CALL_BUTTONS", "ClassVar", "Literal", "dataclass"]
