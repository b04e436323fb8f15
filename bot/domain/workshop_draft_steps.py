"""The steps of the organiser's 'new workshop' conversation: their order, the buttons each
offers (common start times, durations, seats), and how a draft's questions are stored."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from bot.domain.texts import LocalizedName
from bot.domain.workshops import Question, QuestionKind

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
}
CAPACITY_PRESETS = (20, 30, 50)  # seats offered as buttons


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
