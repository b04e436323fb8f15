"""Programme calls and the applications to them: what a call asks, who applies, what is missing.

A call asks every party of a joint application (the cities applying together) the same
questions; each party answers in its own language. Reviews, decisions and exports build on
these dataclasses (`bot/domain/call_reviews.py`, `call_decisions.py`).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from bot.domain.texts import LocalizedName

# The programme's countries (ISO 3166-1 alpha-2); a call names which of them may apply.
CALL_COUNTRIES: tuple[str, ...] = ("BY", "DE", "RU", "UA")

QuestionKind = Literal["text", "choice", "contact"]
# The contact fields every party gives, in this order (their wording is in the locales).
ContactField = Literal["institution", "contact_person", "contact_details"]
CONTACT_FIELDS: tuple[ContactField, ...] = ("institution", "contact_person", "contact_details")
# The four questions of the Twin City Booster call; their wording is in the locales too.
DEFAULT_QUESTIONS: tuple[str, ...] = ("who", "hopes", "why", "else")
DEFAULT_CRITERIA: tuple[str, ...] = ("motivation", "potential", "support", "feasibility")

Decision = Literal["accepted", "declined", "waitlisted"]
DECISIONS: tuple[Decision, ...] = ("accepted", "declined", "waitlisted")


class ApplicationStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    NOT_SUBMITTED = "not_submitted"  # still a draft when the deadline passed
    WITHDRAWN = "withdrawn"


class CallPhase(enum.Enum):
    """Where a call stands at a given moment."""

    PREPARING = "preparing"  # not published yet
    NOT_OPEN = "not_open"  # published, opens later
    OPEN = "open"
    CLOSED = "closed"  # deadline passed: reviewing and deciding


@dataclass(frozen=True)
class Question:
    id: int
    call_id: int
    position: int
    kind: QuestionKind
    text: LocalizedName | None  # None for contact fields: the locales word them
    field: ContactField | None = None
    choices: tuple[LocalizedName, ...] = ()
    required: bool = True
    max_length: int = 2000


@dataclass(frozen=True)
class DocumentRequirement:
    id: int
    call_id: int
    position: int
    name: LocalizedName
    required: bool = True
    max_bytes: int = 10 * 1024 * 1024
    file_types: tuple[str, ...] = ("pdf", "jpg", "png")


@dataclass(frozen=True)
class Criterion:
    id: int
    call_id: int
    position: int
    name: LocalizedName
    weight: int = 1
    scale_max: int = 5


@dataclass(frozen=True)
class Call:
    id: int
    title: LocalizedName
    text: LocalizedName
    countries: tuple[str, ...]
    time_zone: str
    opens_at: datetime
    deadline_at: datetime
    decision_by: datetime
    created_by: int
    themes: tuple[LocalizedName, ...] = ()
    reviewers_per_application: int = 2
    blind: bool = False
    document_retention_days: int = 180
    published_at: datetime | None = None
    questions: tuple[Question, ...] = ()
    documents: tuple[DocumentRequirement, ...] = ()
    criteria: tuple[Criterion, ...] = ()

    def phase(self, now: datetime) -> CallPhase:
        if self.published_at is None:
            return CallPhase.PREPARING
        if now < self.opens_at:
            return CallPhase.NOT_OPEN
        if now < self.deadline_at:
            return CallPhase.OPEN
        return CallPhase.CLOSED

    def accepts_applications(self, now: datetime) -> bool:
        return self.phase(now) is CallPhase.OPEN

    def question(self, question_id: int) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


@dataclass(frozen=True)
class Party:
    """One city of a joint application, spoken for by one person."""

    id: int
    application_id: int
    position: int  # 0: the party who started the application
    user_id: int | None  # None once the person erased their data
    language: str
    city: str | None = None
    country: str | None = None
    time_zone: str | None = None
    signed_off_at: datetime | None = None

    @property
    def is_lead(self) -> bool:
        return self.position == 0


@dataclass(frozen=True)
class Answer:
    question_id: int
    party_id: int
    text: str
    language: str
    choice: int | None = None


@dataclass(frozen=True)
class Document:
    id: int
    requirement_id: int
    party_id: int | None
    file_id: str | None  # None after the retention period or erasure
    file_name: str
    mime_type: str
    size_bytes: int
    sha256: str
    uploaded_at: datetime


@dataclass(frozen=True)
class Application:
    id: int
    call_id: int
    status: ApplicationStatus
    version: int = 0
    submitted_at: datetime | None = None
    decision: Decision | None = None
    decided_at: datetime | None = None
    decision_sent_at: datetime | None = None
    partnership_id: int | None = None
    parties: tuple[Party, ...] = ()
    answers: tuple[Answer, ...] = ()
    documents: tuple[Document, ...] = field(default=())

    def party_of(self, user_id: int) -> Party | None:
        return next((p for p in self.parties if p.user_id == user_id), None)

    def answer(self, question_id: int, party_id: int) -> Answer | None:
        return next(
            (a for a in self.answers if a.question_id == question_id and a.party_id == party_id),
            None,
        )

    @property
    def cities(self) -> tuple[str, ...]:
        return tuple(p.city for p in self.parties if p.city)


# ------------------------------------------------------------------ what is still missing
@dataclass(frozen=True)
class Missing:
    """What keeps an application from being submitted; empty when it can go."""

    details: tuple[int, ...] = ()  # party ids without city or country
    answers: tuple[tuple[int, int], ...] = ()  # (party id, question id) of required answers
    documents: tuple[int, ...] = ()  # requirement ids
    sign_offs: tuple[int, ...] = ()  # party ids
    partner: bool = False  # a joint application needs a partner city

    def __bool__(self) -> bool:
        return bool(self.details or self.answers or self.documents or self.sign_offs) or (
            self.partner
        )


def missing_for_submission(call: Call, application: Application) -> Missing:
    """Everything required before the application may be submitted: city details and required
    answers of every party, the required documents, a partner city, and every sign-off."""
    parties = application.parties
    details = tuple(p.id for p in parties if not p.city or not p.country)
    answers = tuple(
        (p.id, q.id)
        for p in parties
        for q in call.questions
        if q.required and application.answer(q.id, p.id) is None
    )
    have = {d.requirement_id for d in application.documents}
    documents = tuple(r.id for r in call.documents if r.required and r.id not in have)
    sign_offs = tuple(p.id for p in parties if p.signed_off_at is None)
    return Missing(details, answers, documents, sign_offs, partner=len(parties) < 2)


def first_unanswered(call: Call, application: Application, party_id: int) -> Question | None:
    """Where a returning party continues: the first question it has not answered."""
    return next((q for q in call.questions if application.answer(q.id, party_id) is None), None)


# ------------------------------------------------------------------ one city, twice
def city_key(name: str) -> str:
    """A city name folded so that 'Karlsruhe', ' karlsruhe ' and 'KARLSRUHE' are one city."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\W_]+", " ", folded).strip()


class AnswerProblem(enum.Enum):
    EMPTY = "empty"
    TOO_LONG = "too-long"
    NOT_A_CHOICE = "not-a-choice"


def answer_problem(question: Question, text: str) -> AnswerProblem | None:
    cleaned = text.strip()
    if not cleaned:
        return AnswerProblem.EMPTY
    if len(cleaned) > question.max_length:
        return AnswerProblem.TOO_LONG
    return None
