"""The organiser's 'new workshop' conversation as a pure state machine.

Each step validates its input and names the next step; the service stores the draft between
messages, so a restart in the middle loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, ClassVar

from bot.domain.local_time import Exists, Fold, Gap, resolve_local
from bot.domain.texts import LocalizedName
from bot.domain.workshops import (
    Question,
    QuestionKind,
    Workshop,
    WorkshopInputError,
    WorkshopKind,
    WorkshopStatus,
    parse_wall_clock,
    validate_address,
    validate_capacity,
    validate_description,
    validate_link,
    validate_quotas,
    validate_title,
)

MAX_QUESTIONS = 10
MAX_CHOICES = 8


@dataclass
class WorkshopDraft:
    KIND: ClassVar[str] = "new_workshop"

    partnership_id: int
    language: str  # the organiser's language: the title and description are written in it
    time_zone: str  # times are typed in this zone (the venue city's, or the organiser's)
    step: str = "kind"
    kind: WorkshopKind | None = None
    title: str | None = None
    description: str | None = None
    city_id: int | None = None
    online: bool = False
    address: str | None = None
    online_link: str | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    capacity: int | None = None
    city_quotas: dict[int, int] = field(default_factory=dict)
    quota_cities: list[int] = field(default_factory=list)  # cities still to ask a quota for
    deadline: datetime | None = None
    # A new workshop asks nothing (the programme questions belong to programme applications).
    questions: list[Question] = field(default_factory=list)
    pending_question: str | None = None  # text of a choice question awaiting its options
    # A typed time that is skipped or happens twice on a clock-change night: the step it was
    # typed for and the wall-clock time as typed, until the organiser says which moment it is.
    time_step: str | None = None
    time_typed: datetime | None = None  # naive

    # ------------------------------------------------------------ steps
    def choose_kind(self, kind: WorkshopKind) -> None:
        self.kind = kind
        self.step = "title"

    def choose_place(self, city_id: int | None, time_zone: str) -> None:
        self.online = city_id is None
        self.city_id = city_id
        self.time_zone = time_zone
        self.step = "link" if self.online else "address"

    def enter_text(self, text: str, now: datetime) -> None:
        """Apply typed text to the current step; raise WorkshopInputError on bad input."""
        step = self.step
        if step == "title":
            self.title = validate_title(text)
            self.step = "description"
        elif step == "description":
            self.description = validate_description(text)
            self.step = "place"
        elif step == "address":
            self.address = validate_address(text)
            self.step = "start"
        elif step == "link":
            self.online_link = validate_link(text)
            self.step = "start"
        elif step in ("start", "end", "deadline"):
            day = self.starts_at if step == "end" else None
            found = resolve_local(parse_wall_clock(text, self.time_zone, day=day), self.time_zone)
            if isinstance(found, Exists):
                self._set_time(step, found.at, now)
            else:
                self.time_step, self.time_typed, self.step = step, found.typed, "time_check"
        elif step == "capacity":
            self.capacity = validate_capacity(text)
            self.step = "quotas"
        elif step == "quota":
            seats = validate_capacity(text)
            city = self.quota_cities.pop(0)
            self.city_quotas[city] = seats
            if not self.quota_cities:
                validate_quotas(self.city_quotas, self.capacity)
                self.step = "deadline"
        elif step == "question_text":
            question_text = validate_title(text)
            self.questions.append(
                Question(
                    self._next_position(),
                    QuestionKind.TEXT,
                    text=LocalizedName({self.language: question_text}),
                )
            )
            self.step = "questions"
        elif step == "question_choice_text":
            self.pending_question = validate_title(text)
            self.step = "question_choices"
        elif step == "question_choices":
            options = [validate_title(line) for line in text.splitlines() if line.strip()]
            if not 2 <= len(options) <= MAX_CHOICES:
                raise WorkshopInputError("workshops-error-choices")
            assert self.pending_question is not None
            self.questions.append(
                Question(
                    self._next_position(),
                    QuestionKind.CHOICE,
                    text=LocalizedName({self.language: self.pending_question}),
                    choices=tuple(LocalizedName({self.language: o}) for o in options),
                )
            )
            self.pending_question = None
            self.step = "questions"
        else:
            raise WorkshopInputError("workshops-error-use-buttons")

    def _set_time(self, step: str, at: datetime, now: datetime) -> None:
        if step == "start":
            if at <= now:
                raise WorkshopInputError("workshops-error-in-past")
            self.starts_at = at
            self.step = "end"
        elif step == "end":
            assert self.starts_at is not None
            if at <= self.starts_at:
                raise WorkshopInputError("workshops-error-end-before-start")
            if (at - self.starts_at).days >= 14:
                raise WorkshopInputError("workshops-error-too-long")
            self.ends_at = at
            self.step = "capacity"
        else:
            assert self.starts_at is not None
            if at <= now or at > self.starts_at:
                raise WorkshopInputError("workshops-error-deadline")
            self.deadline = at
            self.step = "questions"

    def time_question(self) -> Gap | Fold:
        """What is unclear about the typed time (only in the 'time_check' step)."""
        if self.step != "time_check" or self.time_step is None or self.time_typed is None:
            raise WorkshopInputError("workshops-error-use-buttons")
        found = resolve_local(self.time_typed, self.time_zone)
        assert not isinstance(found, Exists)
        return found

    def time_options(self) -> list[datetime]:
        """The moments offered: the suggestion after a gap; both occurrences in a fold."""
        found = self.time_question()
        return [found.suggestion] if isinstance(found, Gap) else [found.earlier, found.later]

    def choose_time(self, index: int, now: datetime) -> None:
        """One of the moments offered for a time that is skipped or happens twice."""
        options = self.time_options()
        if not 0 <= index < len(options):
            raise WorkshopInputError("workshops-error-use-buttons")
        assert self.time_step is not None
        step = self.time_step
        self._set_time(step, options[index], now)  # refused (in the past, say): nothing changes
        self.time_step = self.time_typed = None

    def retype_time(self) -> None:
        self.time_question()  # only from the question
        assert self.time_step is not None
        self.step, self.time_step, self.time_typed = self.time_step, None, None

    def skip(self) -> None:
        """The optional steps: no description, no address, unlimited, no quotas, until start."""
        skips = {
            "description": "place",
            "address": "start",
            "capacity": "quotas",
            "quotas": "deadline",
            "deadline": "questions",
        }
        if self.step not in skips:
            raise WorkshopInputError("workshops-error-use-buttons")
        if self.step == "capacity":
            self.capacity = None
        if self.step == "quotas":
            self.city_quotas = {}
        self.step = skips[self.step]

    def ask_quotas(self, city_ids: list[int]) -> None:
        if self.step != "quotas":
            raise WorkshopInputError("workshops-error-use-buttons")
        self.quota_cities = list(city_ids)
        self.city_quotas = {}
        self.step = "quota"

    def toggle_required(self, position: int) -> None:
        self.questions = [
            replace(q, required=not q.required) if q.position == position else q
            for q in self.questions
        ]

    def remove_question(self, position: int) -> None:
        self.questions = [q for q in self.questions if q.position != position]

    def clear_questions(self) -> None:
        self.questions = []

    def add_question(self, kind: QuestionKind) -> None:
        if len(self.questions) >= MAX_QUESTIONS:
            raise WorkshopInputError("workshops-error-too-many-questions")
        self.step = "question_text" if kind is QuestionKind.TEXT else "question_choice_text"

    def finish_questions(self) -> None:
        self.step = "review"

    def _next_position(self) -> int:
        return max((q.position for q in self.questions), default=-1) + 1

    # ------------------------------------------------------------ result
    def build(self, created_by: int, now: datetime) -> Workshop:
        if (
            self.kind is None
            or self.title is None
            or self.starts_at is None
            or self.ends_at is None
        ):
            raise WorkshopInputError("workshops-error-incomplete")
        if self.starts_at <= now:
            raise WorkshopInputError("workshops-error-in-past")
        return Workshop(
            id=0,
            partnership_id=self.partnership_id,
            kind=self.kind,
            title=LocalizedName({self.language: self.title}),
            description=LocalizedName({self.language: self.description})
            if self.description
            else None,
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            time_zone=self.time_zone,
            status=WorkshopStatus.DRAFT,
            city_id=self.city_id,
            address=self.address,
            online_link=self.online_link,
            capacity=self.capacity,
            city_quotas=dict(self.city_quotas),
            registration_deadline=self.deadline,
            questions=tuple(self.questions),
            created_by=created_by,
        )

    # ------------------------------------------------------------ storage
    def to_dict(self) -> dict[str, Any]:
        return {
            "partnership_id": self.partnership_id,
            "language": self.language,
            "time_zone": self.time_zone,
            "step": self.step,
            "kind": self.kind.value if self.kind else None,
            "title": self.title,
            "description": self.description,
            "city_id": self.city_id,
            "online": self.online,
            "address": self.address,
            "online_link": self.online_link,
            "starts_at": self.starts_at.isoformat() if self.starts_at else None,
            "ends_at": self.ends_at.isoformat() if self.ends_at else None,
            "capacity": self.capacity,
            "city_quotas": {str(k): v for k, v in self.city_quotas.items()},
            "quota_cities": self.quota_cities,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "questions": [_question_to_dict(q) for q in self.questions],
            "pending_question": self.pending_question,
            "time_step": self.time_step,
            "time_typed": self.time_typed.isoformat() if self.time_typed else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WorkshopDraft:
        def when(key: str) -> datetime | None:
            return datetime.fromisoformat(data[key]) if data.get(key) else None

        return cls(
            partnership_id=data["partnership_id"],
            language=data["language"],
            time_zone=data["time_zone"],
            step=data["step"],
            kind=WorkshopKind(data["kind"]) if data.get("kind") else None,
            title=data.get("title"),
            description=data.get("description"),
            city_id=data.get("city_id"),
            online=bool(data.get("online")),
            address=data.get("address"),
            online_link=data.get("online_link"),
            starts_at=when("starts_at"),
            ends_at=when("ends_at"),
            capacity=data.get("capacity"),
            city_quotas={int(k): v for k, v in (data.get("city_quotas") or {}).items()},
            quota_cities=list(data.get("quota_cities") or []),
            deadline=when("deadline"),
            questions=[_question_from_dict(q) for q in data.get("questions") or []],
            pending_question=data.get("pending_question"),
            time_step=data.get("time_step"),
            time_typed=when("time_typed"),
        )


def _question_to_dict(q: Question) -> dict[str, Any]:
    return {
        "position": q.position,
        "kind": q.kind.value,
        "required": q.required,
        "builtin": q.builtin,
        "text": q.text.to_dict() if q.text else None,
        "choices": [c.to_dict() for c in q.choices],
    }


def _question_from_dict(data: dict[str, Any]) -> Question:
    return Question(
        position=data["position"],
        kind=QuestionKind(data["kind"]),
        required=bool(data["required"]),
        builtin=data.get("builtin"),
        text=LocalizedName(data["text"]) if data.get("text") else None,
        choices=tuple(LocalizedName(c) for c in data.get("choices") or []),
    )
