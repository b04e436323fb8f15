"""The organiser's 'new workshop' conversation as a pure state machine.

Each step validates its input and names the next step; the service stores the draft between
messages, so a restart in the middle loses nothing. The main steps run in ORDER (the date, the
start and the duration by buttons, typing still accepted); "back" returns to the step before,
keeping every answer; an answer goes on to the first step not answered yet, so after the last
one (or an edit from the preview) the organiser is back at the preview. Seats, seats per city,
the sign-up deadline and questions have defaults and are changed from the preview.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from bot.domain.local_time import Exists, Fold, Gap, resolve_local
from bot.domain.texts import LocalizedName
from bot.domain.workshop_draft_steps import (
    BACK_FROM,
    CAPACITY_PRESETS,
    DURATIONS,
    EDITABLE,
    ORDER,
    DraftTranslations,
    choice_question,
    held_steps,
    month_start,
    question_from_dict,
    question_to_dict,
    text_question,
)
from bot.domain.workshops import (
    Question,
    QuestionKind,
    Workshop,
    WorkshopInputError,
    WorkshopKind,
    WorkshopStatus,
    parse_clock,
    parse_day,
    parse_wall_clock,
    validate_address,
    validate_capacity,
    validate_description,
    validate_link,
    validate_quotas,
    validate_title,
)

MAX_QUESTIONS = 10


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
    day: date | None = None  # the day picked on the calendar, before the start time is known
    month: str | None = None  # the calendar's month on screen ("2027-01"); None: this month
    answered: list[str] = field(default_factory=list)  # main steps answered (or skipped)
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered
    translations: DraftTranslations = field(default_factory=DraftTranslations)
    last_address: str | None = None  # the organiser's last address in the chosen city
    # The city was set to the organiser's own: the place step is skipped (the address step
    # offers another city or online instead).
    home_city: bool = False

    # ------------------------------------------------------------ moving around
    def _order(self) -> list[str]:
        venue = "link" if self.online else "address"
        steps = [s for s in ORDER if not (s == "place" and self.home_city)]
        return [venue if s == "venue" else s for s in steps]

    def start_at_home(self, city_id: int, last_address: str | None) -> None:
        """The organiser's own city is the workshop's: the place step is not asked."""
        self.city_id, self.online, self.home_city = city_id, False, True
        self.last_address = last_address
        if "place" not in self.answered:
            self.answered.append("place")

    def other_place(self) -> None:
        """From the address step: another city, or online, instead of the organiser's own."""
        if self.step != "address" or not self.home_city:
            raise WorkshopInputError("workshops-error-use-buttons")
        self.home_city, self.step = False, "place"

    def _answer(self, step: str) -> None:
        """`step` is answered: go on to the first main step still open, else the preview."""
        if step not in self.answered:
            self.answered.append(step)
        self.step = next((s for s in self._order() if s not in self.answered), "review")

    def back(self) -> None:
        """One step back, keeping every answer (from the first step there is nothing before)."""
        order = self._order()
        if self.step == "time_check":
            self.retype_time()
        elif self.step in BACK_FROM:
            self.step = BACK_FROM[self.step]
        elif self.step == "review":
            self.step = order[-1]
        elif self.step in order and order.index(self.step) > 0:
            self.step = order[order.index(self.step) - 1]
        else:
            raise WorkshopInputError("workshops-error-use-buttons")

    def edit(self, what: str) -> None:
        """From the preview: open the step of one field; answering it returns to the preview."""
        if self.step != "review" or what not in EDITABLE:
            raise WorkshopInputError("workshops-error-use-buttons")
        self.step = ("link" if self.online else "address") if what == "venue" else what

    # ------------------------------------------------------------ steps
    def open_copies(self) -> None:
        if self.step != "kind":
            raise WorkshopInputError("workshops-error-use-buttons")
        self.step = "copy"

    def choose_kind(self, kind: WorkshopKind) -> None:
        if self.step != "kind":
            raise WorkshopInputError("workshops-error-use-buttons")
        self.kind = kind
        self._answer("kind")

    def choose_place(self, city_id: int | None, time_zone: str, now: datetime) -> None:
        """A city (or online). The day and start keep their wall-clock reading in the new place;
        when that reading does not exist there once, the start time is asked again."""
        if self.step != "place":
            raise WorkshopInputError("workshops-error-use-buttons")
        if self.city_id != city_id or self.online != (city_id is None):
            # Another city, or online: its address (or the link) is asked next.
            self.answered = [s for s in self.answered if s not in ("address", "link")]
        self.online, self.city_id = city_id is None, city_id
        if self.starts_at is not None and time_zone != self.time_zone:
            wall = self.starts_at.astimezone(ZoneInfo(self.time_zone)).replace(tzinfo=None)
            found = resolve_local(wall, time_zone)
            if isinstance(found, Exists) and found.at > now:
                self._move_start(found.at)
            else:
                self.starts_at = self.ends_at = None
                self.answered = [s for s in self.answered if s != "time"]
        self.time_zone = time_zone
        self._answer("place")

    def same_address(self) -> None:
        if self.step != "address" or not self.last_address:
            raise WorkshopInputError("workshops-error-use-buttons")
        self.address = self.last_address
        self._answer("address")

    def show_month(self, month: str) -> None:
        if self.step != "date" or month_start(month) is None:
            raise WorkshopInputError("workshops-error-use-buttons")
        self.month = month

    def choose_day(self, day: date, now: datetime) -> None:
        """A day from the calendar (or typed). With a start time already chosen, it moves."""
        if self.step != "date":
            raise WorkshopInputError("workshops-error-use-buttons")
        if day < now.astimezone(ZoneInfo(self.time_zone)).date():
            raise WorkshopInputError("workshops-error-day-past")
        self.day = day
        if self.starts_at is not None:
            clock = self.starts_at.astimezone(ZoneInfo(self.time_zone)).time()
            self._typed_time("start", datetime.combine(day, clock), now)
        else:
            self._answer("date")

    def choose_start(self, clock: time, now: datetime) -> None:
        """A common start time (a button) or a typed one, on the chosen day."""
        if self.step != "time" or self.day is None:
            raise WorkshopInputError("workshops-error-use-buttons")
        self._typed_time("start", datetime.combine(self.day, clock), now)

    def choose_duration(self, minutes: int) -> None:
        if self.step != "duration" or self.starts_at is None or minutes not in DURATIONS:
            raise WorkshopInputError("workshops-error-use-buttons")
        self.ends_at = self.starts_at + timedelta(minutes=minutes)
        self._answer("duration")

    def _typed_time(self, step: str, wall: datetime, now: datetime) -> None:
        """A wall-clock time for `step`: taken when it happens once; a time the clocks skip or
        repeat is asked about first (the time_check step)."""
        found = resolve_local(wall, self.time_zone)
        if isinstance(found, Exists):
            self._set_time(step, found.at, now)
            return
        self.time_step, self.time_typed, self.step = step, found.typed, "time_check"

    def enter_text(self, text: str, now: datetime) -> None:
        """Apply typed text to the current step; raise WorkshopInputError on bad input."""
        step = self.step
        if step == "title":
            self.title = validate_title(text)
            self._answer("title")
        elif step == "description":
            self.description = validate_description(text)
            self._answer("description")
        elif step == "address":
            self.address = validate_address(text)
            self._answer("address")
        elif step == "link":
            self.online_link = validate_link(text)
            self._answer("link")
        elif step == "date":
            self._typed_date(text, now)
        elif step == "time":
            assert self.day is not None
            clock = parse_clock(text)
            self._typed_time("start", datetime.combine(self.day, clock), now)
        elif step in ("duration", "deadline"):
            day = self.starts_at if step == "duration" else None
            wall = parse_wall_clock(text, self.time_zone, day=day)
            self._typed_time("end" if step == "duration" else step, wall, now)
        elif step in ("tr_title", "tr_description"):
            self.translations.typed(step, text, has_description=bool(self.description))
            self.step = "tr_description" if self.translations.language else "languages"
        elif step == "capacity":
            self.capacity = validate_capacity(text)
            self.step = "quotas"
        elif step == "quota":
            seats = validate_capacity(text)
            city = self.quota_cities.pop(0)
            self.city_quotas[city] = seats
            if not self.quota_cities:
                validate_quotas(self.city_quotas, self.capacity)
                self.step = "review"
        elif step == "question_text":
            self.questions.append(text_question(self._next_position(), self.language, text))
            self.step = "questions"
        elif step == "question_choice_text":
            self.pending_question = validate_title(text)
            self.step = "question_choices"
        elif step == "question_choices":
            assert self.pending_question is not None
            asked = (self.pending_question, text)
            self.questions.append(choice_question(self._next_position(), self.language, *asked))
            self.pending_question = None
            self.step = "questions"
        else:
            raise WorkshopInputError("workshops-error-use-buttons")

    def _typed_date(self, text: str, now: datetime) -> None:
        """A typed day ('14.01.2027'), or a day and a start time ('14.01.2027 18:00')."""
        try:
            wall = parse_wall_clock(text, self.time_zone)
        except WorkshopInputError:
            self.choose_day(parse_day(text), now)
            return
        if wall.date() < now.astimezone(ZoneInfo(self.time_zone)).date():
            raise WorkshopInputError("workshops-error-day-past")
        self.day = wall.date()
        self._typed_time("start", wall, now)

    def _set_time(self, step: str, at: datetime, now: datetime) -> None:
        if step == "start":
            if at <= now:
                raise WorkshopInputError("workshops-error-in-past")
            self._move_start(at)
            self.day = at.astimezone(ZoneInfo(self.time_zone)).date()
            if "date" not in self.answered:
                self.answered.append("date")
            self._answer("time")
        elif step == "end":
            assert self.starts_at is not None
            if at <= self.starts_at:
                raise WorkshopInputError("workshops-error-end-before-start")
            if (at - self.starts_at).days >= 14:
                raise WorkshopInputError("workshops-error-too-long")
            self.ends_at = at
            self._answer("duration")
        else:
            assert self.starts_at is not None
            if at <= now or at > self.starts_at:
                raise WorkshopInputError("workshops-error-deadline")
            self.deadline = at
            self.step = "review"

    def _move_start(self, at: datetime) -> None:
        """A new start keeps the duration chosen; a deadline after the new start is dropped."""
        if self.starts_at is not None and self.ends_at is not None:
            self.ends_at = at + (self.ends_at - self.starts_at)
        self.starts_at = at
        if self.deadline is not None and self.deadline > at:
            self.deadline = None

    def calendar_month(self, today: date) -> date:
        """The first day of the month the calendar shows (`today` at the venue)."""
        shown = month_start(self.month) if self.month else None
        if shown is not None:
            return shown
        return (self.day or today).replace(day=1)

    def today(self, now: datetime) -> date:
        return now.astimezone(ZoneInfo(self.time_zone)).date()

    def duration_minutes(self) -> int | None:
        if self.starts_at is None or self.ends_at is None:
            return None
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

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
        back = {"start": "time", "end": "duration"}.get(self.time_step, self.time_step)
        self.step, self.time_step, self.time_typed = back, None, None

    def skip(self) -> None:
        """The optional steps: no description, no address, unlimited, no quotas, until start."""
        step = self.step
        if step == "description":
            self.description = None
            self._answer(step)
        elif step == "address":
            self.address = None
            self._answer(step)
        elif step == "capacity":
            self.capacity, self.city_quotas, self.step = None, {}, "review"
        elif step == "quotas":
            self.city_quotas, self.step = {}, "review"
        elif step == "deadline":
            self.deadline, self.step = None, "review"
        elif step in ("tr_title", "tr_description"):
            self.translations.skipped(step)
            self.step = "languages"
        else:
            raise WorkshopInputError("workshops-error-use-buttons")

    def choose_language(self, language: str, offered: list[str]) -> None:
        """Write (or correct) the title and description in another language of the programme."""
        if self.step != "languages" or language not in offered or language == self.language:
            raise WorkshopInputError("workshops-error-use-buttons")
        self.translations.language, self.step = language, "tr_title"

    def choose_capacity(self, seats: int) -> None:
        if self.step != "capacity" or seats not in CAPACITY_PRESETS:
            raise WorkshopInputError("workshops-error-use-buttons")
        self.capacity, self.step = seats, "quotas"

    def split_quotas(self, city_ids: list[int]) -> None:
        """The seats shared evenly between the cities (the first cities get what is left)."""
        if self.step != "quotas" or self.capacity is None or not city_ids:
            raise WorkshopInputError("workshops-error-use-buttons")
        share, extra = divmod(self.capacity, len(city_ids))
        self.city_quotas = {c: share + (1 if i < extra else 0) for i, c in enumerate(city_ids)}
        self.step = "review"

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
        workshop = self.preview(created_by)
        if workshop.starts_at <= now:
            raise WorkshopInputError("workshops-error-in-past")
        return workshop

    def preview(self, created_by: int) -> Workshop:
        """The workshop as participants will see it (not checked against the clock)."""
        if (
            self.kind is None
            or self.title is None
            or self.starts_at is None
            or self.ends_at is None
        ):
            raise WorkshopInputError("workshops-error-incomplete")
        return Workshop(
            id=0,
            partnership_id=self.partnership_id,
            kind=self.kind,
            title=LocalizedName({**self.translations.titles, self.language: self.title}),
            description=LocalizedName(
                {**self.translations.descriptions, self.language: self.description}
            )
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
            "questions": [question_to_dict(q) for q in self.questions],
            "pending_question": self.pending_question,
            "time_step": self.time_step,
            "time_typed": self.time_typed.isoformat() if self.time_typed else None,
            "day": self.day.isoformat() if self.day else None,
            "month": self.month,
            "answered": list(self.answered),
            "prompt_message_id": self.prompt_message_id,
            "translations": self.translations.to_dict(),
            "last_address": self.last_address,
            "home_city": self.home_city,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WorkshopDraft:
        def when(key: str) -> datetime | None:
            return datetime.fromisoformat(data[key]) if data.get(key) else None

        # Drafts stored while the start and end were typed steps of their own.
        step = {"start": "date", "end": "duration"}.get(data["step"], data["step"])
        return cls(
            partnership_id=data["partnership_id"],
            language=data["language"],
            time_zone=data["time_zone"],
            step=step,
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
            questions=[question_from_dict(q) for q in data.get("questions") or []],
            pending_question=data.get("pending_question"),
            time_step=data.get("time_step"),
            time_typed=when("time_typed"),
            day=date.fromisoformat(data["day"]) if data.get("day") else None,
            month=data.get("month"),
            # A draft stored before the steps were tracked: what it holds counts as answered.
            answered=list(data["answered"]) if "answered" in data else held_steps(data),
            prompt_message_id=int(data.get("prompt_message_id") or 0),
            translations=DraftTranslations.from_dict(data.get("translations") or {}),
            last_address=data.get("last_address"),
            home_city=bool(data.get("home_city")),
        )
