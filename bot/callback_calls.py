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
CallAdminAction = Literal[
    "new",  # a new call with the programme's defaults (call_id 0)
    "publish",  # asks first: what opens when
    "publish_ok",
    "poster",  # the printable A4 poster with the call's QR code
    "invite",  # a one-time reviewer link
    "reviewers",  # the reviewers, each with a remove button
    "drop",  # value: the reviewer's id; asks first
    "drop_ok",
    "edit",  # what can be changed
    "opens",  # typed dates on the call's clock
    "deadline",
    "decision",
    "zone",  # the call's clock: a short list of the programme's zones
    "zone_set",  # value: index into CALL_TIME_ZONES
    "per_app",  # reviewers per application: 1-5
    "per_set",  # value: the number
    "blind",  # blind review on/off
    "retention",  # typed days
    "title",  # choose the language, then type (value: index into SUPPORTED_LANGUAGES)
    "title_lang",
    "text",
    "text_lang",
    "countries",  # who may apply: toggles
    "country",  # value: index into CALL_COUNTRIES
    "criteria",  # the criteria with their weights
    "crit_add",  # a new criterion: its name typed
    "questions",  # the questions
    "q_add_text",  # a new free-text question: typed
    "q_add_choice",  # a new choice question: typed, then its choices one per line
]


@dataclass(frozen=True)
class CallAdmin(CallbackData):
    """An administrator's action on one call; `value` is what the action needs, else 0."""

    PREFIX: ClassVar[str] = "cad"
    action: CallAdminAction
    call_id: int
    value: int


CallItemAction = Literal[
    "crit",  # one criterion: its weight, remove
    "weight",  # value: the new weight (1-3)
    "crit_drop",  # asks first
    "crit_drop_ok",
    "q",  # one question: required, maximum length, its text per language, remove
    "required",  # toggle
    "q_len",  # typed maximum length
    "q_text",  # choose the language of its text
    "q_lang",  # value: index into SUPPORTED_LANGUAGES; then typed
    "q_drop",  # asks first (contact fields stay)
    "q_drop_ok",
]


@dataclass(frozen=True)
class CallItem(CallbackData):
    """An administrator's action on one question or criterion (`item_id`) of a call."""

    PREFIX: ClassVar[str] = "cit"
    action: CallItemAction
    call_id: int
    item_id: int
    value: int


@dataclass(frozen=True)
class CallReviewerJoin(CallbackData):
    """ "None": a new reviewer is linked to no city or organisation beyond their own city."""

    PREFIX: ClassVar[str] = "crj"
    call_id: int


# ------------------------------------------------------------------ applying
@dataclass(frozen=True)
class ApplyHome(CallbackData):
    """The open calls (what /apply shows)."""

    PREFIX: ClassVar[str] = "aph"


@dataclass(frozen=True)
class ApplyLanguage(CallbackData):
    """The call page's language choice for a person who has none yet (stored for them)."""

    PREFIX: ClassVar[str] = "apn"
    call_id: int
    language: str


@dataclass(frozen=True)
class ApplyStart(CallbackData):
    """ "Apply": a new application to the call, starting with the applicant's city."""

    PREFIX: ClassVar[str] = "aps"
    call_id: int


@dataclass(frozen=True)
class ApplyCountry(CallbackData):
    """The applicant's country (one of the call's); the city is in the dialog."""

    PREFIX: ClassVar[str] = "apc"
    country: str


@dataclass(frozen=True)
class ApplyZone(CallbackData):
    """The city's time zone when the country spans several (index into its list)."""

    PREFIX: ClassVar[str] = "apz"
    application_id: int
    index: int


ApplyAction = Literal[
    "resume", "review", "later", "skip", "invite", "sign", "sign_ok", "submit", "submit_ok"
]


@dataclass(frozen=True)
class ApplyStep(CallbackData):
    """One application's buttons: continue answering, the review screen, pause, skip an
    optional question, invite the partner city, sign off, submit (asked first, then done)."""

    PREFIX: ClassVar[str] = "apt"
    action: ApplyAction
    application_id: int


@dataclass(frozen=True)
class ApplyJoin(CallbackData):
    """The partner city's link, after reading the call: join the joint application."""

    PREFIX: ClassVar[str] = "apj"
    token: str


@dataclass(frozen=True)
class ApplyEdit(CallbackData):
    """Open one question again (from the review screen)."""

    PREFIX: ClassVar[str] = "ape"
    application_id: int
    question_id: int


@dataclass(frozen=True)
class ApplyChoice(CallbackData):
    """A choice question's answer (the index of the choice)."""

    PREFIX: ClassVar[str] = "apo"
    application_id: int
    question_id: int
    index: int


# ------------------------------------------------------------------ reviewing
ReviewAction = Literal["sheet", "note", "ask", "submit"]


@dataclass(frozen=True)
class ReviewCalls(CallbackData):
    """The calls a person reviews (what /review shows)."""

    PREFIX: ClassVar[str] = "rvh"


@dataclass(frozen=True)
class ReviewStep(CallbackData):
    """A reviewer's score sheet of one application, typing its private note, the question
    before submitting ("ask") and submitting it."""

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
class ReviewAll(CallbackData):
    """Every answer of the application, one city after the other (several messages), then
    the documents the applicants sent (not in a blind call)."""

    PREFIX: ClassVar[str] = "rva"
    application_id: int


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
LetterAction = Literal["preview", "edit", "ask", "send"]


@dataclass(frozen=True)
class CallLetterStep(CallbackData):
    """The letters of one decision: preview it, edit its text in a language, ask before
    sending every letter of the call, send them (call_decisions). `decision` and `language`
    are "-" where the action needs none."""

    PREFIX: ClassVar[str] = "dlt"
    call_id: int
    action: LetterAction
    decision: str
    language: str


def _kinds() -> tuple[type[CallbackData], ...]:
    return tuple(
        kind
        for kind in globals().values()
        if isinstance(kind, type) and issubclass(kind, CallbackData) and kind is not CallbackData
    )


# Every kind of this module (the onboarding gate lets them all through).
CALL_BUTTONS: tuple[type[CallbackData], ...] = _kinds()

__all__ = ["CALL_BUTTONS", "ClassVar", "Literal", "dataclass"]
