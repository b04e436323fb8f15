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

# ------------------------------------------------------------------ entry points
# Buttons one screen family puts on another's screens; the owner registers the handler.


@dataclass(frozen=True)
class CallsHome(CallbackData):
    """The administrators' list of calls (calls_admin)."""

    PREFIX: ClassVar[str] = "cls"


@dataclass(frozen=True)
class CallCard(CallbackData):
    """One call as its administrators see it (calls_admin)."""

    PREFIX: ClassVar[str] = "clc"
    call_id: int


@dataclass(frozen=True)
class CallApply(CallbackData):
    """The call's page for an applicant: what it asks, until when, and "Apply" (applying)."""

    PREFIX: ClassVar[str] = "cla"
    call_id: int


@dataclass(frozen=True)
class ReviewList(CallbackData):
    """A reviewer's applications of one call (reviewing)."""

    PREFIX: ClassVar[str] = "rvl"
    call_id: int


@dataclass(frozen=True)
class CallAssign(CallbackData):
    """Assign reviewers to the call's submitted applications, after a confirmation (reviewing)."""

    PREFIX: ClassVar[str] = "cas"
    call_id: int


@dataclass(frozen=True)
class CallRanking(CallbackData):
    """The ranked list of a call's applications for its administrators (reviewing)."""

    PREFIX: ClassVar[str] = "crk"
    call_id: int


@dataclass(frozen=True)
class CallDecide(CallbackData):
    """Mark an application accepted, declined or waitlisted (call_decisions); the service
    refuses any other `decision`."""

    PREFIX: ClassVar[str] = "cdc"
    application_id: int
    decision: str


@dataclass(frozen=True)
class CallLetters(CallbackData):
    """The decision letters of a call: templates per language, preview, send (call_decisions)."""

    PREFIX: ClassVar[str] = "clt"
    call_id: int


@dataclass(frozen=True)
class CallExport(CallbackData):
    """The call's applications, answers, documents, scores and decisions as a spreadsheet
    (call_decisions)."""

    PREFIX: ClassVar[str] = "cex"
    call_id: int


# ------------------------------------------------------------------ calls (administrators)


# ------------------------------------------------------------------ applying


# ------------------------------------------------------------------ reviewing
ReviewAction = Literal["sheet", "note", "submit"]


@dataclass(frozen=True)
class ReviewCalls(CallbackData):
    """The calls a person reviews (what /review shows)."""

    PREFIX: ClassVar[str] = "rvh"


@dataclass(frozen=True)
class ReviewStep(CallbackData):
    """A reviewer's score sheet of one application, typing its private note, submitting it."""

    PREFIX: ClassVar[str] = "rvs"
    action: ReviewAction
    application_id: int


@dataclass(frozen=True)
class ReviewQuestion(CallbackData):
    """One question of an application with every party's answer, translated for the reader
    or as written (`original`); `part` is the party shown when both answers do not fit one
    message."""

    PREFIX: ClassVar[str] = "rvq"
    application_id: int
    index: int
    part: int
    original: bool


@dataclass(frozen=True)
class ReviewScore(CallbackData):
    """Give one criterion a score (0: show the criterion's buttons without scoring)."""

    PREFIX: ClassVar[str] = "rvc"
    application_id: int
    criterion_id: int
    score: int


AssignAction = Literal["ok", "cancel"]


@dataclass(frozen=True)
class AssignStep(CallbackData):
    """The answer to the assignment's confirmation."""

    PREFIX: ClassVar[str] = "asg"
    action: AssignAction
    call_id: int


@dataclass(frozen=True)
class RankingPage(CallbackData):
    """A further page of the ranked list (the first is CallRanking)."""

    PREFIX: ClassVar[str] = "rkp"
    call_id: int
    page: int


@dataclass(frozen=True)
class RankedApplication(CallbackData):
    """One application as the administrators see it from the ranked list: scores and notes
    of every reviewer, the decision buttons."""

    PREFIX: ClassVar[str] = "rka"
    application_id: int


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
