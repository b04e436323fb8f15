"""Rules for preparing a call: the order of its dates, what a reviewer types about their links,
and the small lists administrators choose from."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from bot.domain.calls import Call

# The programme's clocks a call's dates can be on (shown by their city, never by zone name).
CALL_TIME_ZONES: tuple[str, ...] = ("Europe/Berlin", "Europe/Kyiv", "Europe/Minsk", "Europe/Moscow")
MAX_REVIEWERS_PER_APPLICATION = 5
MAX_RETENTION_DAYS = 3650
REVIEWER_LINK_DAYS = 14
MAX_LINKS, MAX_LINK_LENGTH = 20, 120
MAX_CALL_TITLE, MAX_CALL_TEXT = 200, 3000
MAX_QUESTION_TEXT, MAX_CHOICE_TEXT, MAX_CHOICES = 500, 100, 10
MIN_ANSWER_LENGTH, MAX_ANSWER_LENGTH = 20, 4000  # an answer must fit one Telegram message
MIN_WEIGHT, MAX_WEIGHT = 1, 3

CallMoment = Literal["opens", "deadline", "decision"]
CALL_MOMENTS: tuple[CallMoment, ...] = ("opens", "deadline", "decision")


class CallInputError(ValueError):
    """Bad administrator input; `reason` names the Fluent message that explains it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def with_moment(call: Call, which: CallMoment, when: datetime) -> Call:
    """The call with one of its dates changed; refused unless opening < deadline < selection."""
    changed = {
        "opens": replace(call, opens_at=when),
        "deadline": replace(call, deadline_at=when),
        "decision": replace(call, decision_by=when),
    }[which]
    if changed.deadline_at <= changed.opens_at:
        raise CallInputError(
            "calls-error-opens-after-deadline" if which == "opens" else "calls-error-deadline-early"
        )
    if changed.decision_by <= changed.deadline_at:
        raise CallInputError(
            "calls-error-decision-early" if which == "decision" else "calls-error-deadline-late"
        )
    return changed


def on_other_clock(when: datetime, old_zone: str, new_zone: str) -> datetime:
    """The same wall-clock time on another zone's clock (31 Dec 23:59 stays 23:59)."""
    wall = when.astimezone(ZoneInfo(old_zone)).replace(tzinfo=None)
    return wall.replace(tzinfo=ZoneInfo(new_zone))


def parse_links(raw: str) -> list[str]:
    """Cities and organisations typed one per line (commas and semicolons split too)."""
    parts = [p for line in raw.splitlines() for p in line.replace(";", ",").split(",")]
    links = []
    for part in parts:
        link = " ".join(part.split())
        if not link:
            continue
        if len(link) > MAX_LINK_LENGTH:
            raise CallInputError("calls-error-link-long")
        if link not in links:
            links.append(link)
    if len(links) > MAX_LINKS:
        raise CallInputError("calls-error-links-many")
    return links


def parse_days(raw: str) -> int:
    text = raw.strip()
    if not text.isdigit() or not 1 <= int(text) <= MAX_RETENTION_DAYS:
        raise CallInputError("calls-error-retention")
    return int(text)


def clean_call_text(raw: str, limit: int) -> str:
    text = raw.strip()
    if not text:
        raise CallInputError("calls-error-text-empty")
    if len(text) > limit:
        raise CallInputError("calls-error-text-long")
    return text


def parse_choices(raw: str) -> list[str]:
    """The options of a choice question, one per line: at least two, none repeated."""
    choices: list[str] = []
    for line in raw.splitlines():
        choice = " ".join(line.split())
        if len(choice) > MAX_CHOICE_TEXT:
            raise CallInputError("calls-error-choice-long")
        if choice and choice not in choices:
            choices.append(choice)
    if not 2 <= len(choices) <= MAX_CHOICES:
        raise CallInputError("calls-error-choices")
    return choices


def parse_max_length(raw: str) -> int:
    text = raw.strip()
    if not text.isdigit() or not MIN_ANSWER_LENGTH <= int(text) <= MAX_ANSWER_LENGTH:
        raise CallInputError("calls-error-max-length")
    return int(text)
