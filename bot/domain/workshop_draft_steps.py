"""The steps of the organiser's 'new workshop' conversation: their order, the buttons each
offers (common start times, durations, seats), and how a draft's questions are stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.partnerships import Partnership
from bot.domain.texts import LocalizedName
from bot.domain.workshops import (
    Question,
    QuestionKind,
    WorkshopInputError,
    validate_description,
    validate_title,
)

# The main steps in order ("venue" is the address, or the link of an online workshop).
ORDER = ("kind", "title", "description", "place", "venue", "date", "time", "duration")
# Common start times and durations offered as buttons (anything else is typed).
START_TIMES = (time(10), time(14), time(17), time(18), time(19))
FULL_DAY_MINUTES = 8 * 60
DURATIONS = (120, 180, FULL_DAY_MINUTES)  # minutes
# What the preview can change, each opening its step; finishing it returns to the preview.
EDITABLE = (
    "kind",
    "title",
    "description",
    "place",
    "venue",
    "date",
    "time",
    "duration",
    "capacity",
    "deadline",
    "questions",
    "languages",
)
# Steps opened from the preview or from another step, and where "back" leads from them.
BACK_FROM = {
    "capacity": "review",
    "quotas": "review",
    "quota": "quotas",
    "deadline": "review",
    "questions": "review",
    "question_text": "questions",
    "question_choice_text": "questions",
    "question_choices": "questions",
    "languages": "review",
    "copy": "kind",
    "tr_title": "languages",
    "tr_description": "languages",
}
CAPACITY_PRESETS = (20, 30, 50)  # seats offered as buttons
MAX_CHOICES = 8  # options of a choice question


def text_question(position: int, language: str, text: str) -> Question:
    """A question answered in words, as the organiser typed it."""
    return Question(
        position, QuestionKind.TEXT, text=LocalizedName({language: validate_title(text)})
    )


def choice_question(position: int, language: str, question: str, options: str) -> Question:
    """A question answered by choosing: its typed options, one a line (2 to MAX_CHOICES)."""
    choices = [validate_title(line) for line in options.splitlines() if line.strip()]
    if not 2 <= len(choices) <= MAX_CHOICES:
        raise WorkshopInputError("workshops-error-choices")
    return Question(
        position,
        QuestionKind.CHOICE,
        text=LocalizedName({language: question}),
        choices=tuple(LocalizedName({language: c}) for c in choices),
    )


def month_start(month: str | None) -> date | None:
    """'2027-01' -> 1 January 2027; None for anything else."""
    try:
        return date.fromisoformat(f"{month}-01")
    except (TypeError, ValueError):
        return None


def question_to_dict(q: Question) -> dict[str, Any]:
    return {
        "position": q.position,
        "kind": q.kind.value,
        "required": q.required,
        "builtin": q.builtin,
        "text": q.text.to_dict() if q.text else None,
        "choices": [c.to_dict() for c in q.choices],
    }


def question_from_dict(data: dict[str, Any]) -> Question:
    return Question(
        position=data["position"],
        kind=QuestionKind(data["kind"]),
        required=bool(data["required"]),
        builtin=data.get("builtin"),
        text=LocalizedName(data["text"]) if data.get("text") else None,
        choices=tuple(LocalizedName(c) for c in data.get("choices") or []),
    )


def held_steps(data: dict[str, Any]) -> list[str]:
    steps = {
        "kind": "kind",
        "title": "title",
        "description": "description",
        "city_id": "place",
        "address": "address",
        "online_link": "link",
        "starts_at": "time",
        "ends_at": "duration",
    }
    held = [step for key, step in steps.items() if data.get(key)]
    return [*held, "date"] if "time" in held else held


@dataclass
class DraftTranslations:
    """The title and description in the programme's other languages: typed by the organiser,
    or filled in by machine translation (marked until the organiser corrects them)."""

    titles: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    machine: list[str] = field(default_factory=list)  # filled in by machine, not corrected
    language: str | None = None  # the language being typed

    def missing(self, languages: list[str]) -> list[str]:
        return [lang for lang in languages if lang not in self.titles]

    def machine_filled(self, language: str, title: str, description: str | None) -> None:
        self.titles[language] = validate_title(title[:100])
        if description:
            self.descriptions[language] = validate_description(description[:1000])
        self.machine.append(language)

    def typed(self, step: str, text: str, *, has_description: bool) -> None:
        """A typed title (then its description is asked, if there is one) or description."""
        language = self.language
        if language is None:
            raise WorkshopInputError("workshops-error-use-buttons")
        if step == "tr_title":
            self.titles[language] = validate_title(text)
            self.machine = [m for m in self.machine if m != language]
            self.language = language if has_description else None
        else:
            self.descriptions[language] = validate_description(text)
            self.language = None

    def skipped(self, step: str) -> None:
        """No title in that language (nothing of it is kept), or no description in it."""
        language = self.language
        if language is not None:
            self.descriptions.pop(language, None)
            if step == "tr_title":
                self.titles.pop(language, None)
                self.machine = [m for m in self.machine if m != language]
        self.language = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "titles": dict(self.titles),
            "descriptions": dict(self.descriptions),
            "machine": list(self.machine),
            "language": self.language,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DraftTranslations:
        return cls(
            dict(data.get("titles") or {}),
            dict(data.get("descriptions") or {}),
            list(data.get("machine") or []),
            data.get("language"),
        )


def programme_languages(partnership: Partnership) -> list[str]:
    """The languages a partnership works in: those its name is given in."""
    return [lang for lang in SUPPORTED_LANGUAGES if lang in partnership.name.values]
