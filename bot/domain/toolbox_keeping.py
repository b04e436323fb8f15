"""Keeping the toolbox: what a keeper types checked (titles, texts, links, amounts), the
countries an entry may be tagged with, review dates, and who keeps the toolbox.

Pure rules: the clock's "now" is always passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from bot.domain.dialog_base import selection as selection
from bot.domain.dialog_base import toggled as toggled
from bot.domain.roles import Actor, PermissionDenied
from bot.domain.texts import TypedTextProblem, typed_text
from bot.domain.toolbox import MAX_BODY_LENGTH, MAX_TITLE_LENGTH, REVIEW_INTERVAL

# Country tags (ISO codes; their names come from babel in the reader's language).
COUNTRIES: tuple[str, ...] = ("DE", "RU", "UA", "BY")
MAX_LINK_LENGTH = 500
MAX_AMOUNT_LENGTH = 100
MAX_REASON_LENGTH = 500
PAGE_SIZE = 8
# The daily review check and the weekly notice of missed searches run at this hour (UTC).
CHECK_HOUR = 8
MISSES_SHOWN = 10


class ToolboxInputError(Exception):
    """Typed input a keeper or a member must correct; the message id explains how."""

    def __init__(self, message_id: str) -> None:
        super().__init__(message_id)
        self.message_id = message_id


def is_keeper(actor: Actor) -> bool:
    """Administrators and organisers of any partnership keep the toolbox. Coaches suggest
    entries like everyone (their suggestions are moderated quickly and credited)."""
    return actor.is_staff


def require_keeper(actor: Actor) -> None:
    if not is_keeper(actor):
        raise PermissionDenied("organiser")


def _typed(raw: str, limit: int, too_long: str, *, one_line: bool = False) -> str:
    try:
        return typed_text(raw, limit, one_line=one_line)
    except TypedTextProblem as problem:
        empty = problem.args[0] == "empty"
        raise ToolboxInputError("tbadmin-error-empty" if empty else too_long) from problem


def clean_title(raw: str) -> str:
    return _typed(raw, MAX_TITLE_LENGTH, "tbadmin-error-title-long", one_line=True)


def clean_body(raw: str) -> str:
    return _typed(raw, MAX_BODY_LENGTH, "tbadmin-error-text-long")


def parse_link(raw: str) -> str:
    """A web address people can open safely: https, a host, no spaces."""
    text = raw.strip()
    parts = urlsplit(text)
    if (
        parts.scheme != "https"
        or not parts.hostname
        or "." not in parts.hostname
        or any(c.isspace() for c in text)
        or len(text) > MAX_LINK_LENGTH
    ):
        raise ToolboxInputError("tbadmin-error-link")
    return text


def clean_amount(raw: str) -> str:
    text = " ".join(raw.split())
    if not text:
        raise ToolboxInputError("tbadmin-error-empty")
    if len(text) > MAX_AMOUNT_LENGTH:
        raise ToolboxInputError("tbadmin-error-amount-long")
    return text


def clean_reason(raw: str) -> str:
    text = raw.strip()
    if not text:
        raise ToolboxInputError("tbadmin-error-empty")
    if len(text) > MAX_REASON_LENGTH:
        raise ToolboxInputError("tbadmin-error-reason-long")
    return text


def next_review(now: datetime) -> date:
    """A review date a year after now (new entries and "still correct")."""
    return (now + REVIEW_INTERVAL).date()


def review_reminder_due(review_due: date | None, reminded_at: datetime | None, today: date) -> bool:
    """The owner is reminded once per review date: when it has passed and no reminder went
    since that date."""
    if review_due is None or review_due > today:
        return False
    return reminded_at is None or reminded_at.date() < review_due


def next_check(now: datetime) -> datetime:
    """The next daily check: CHECK_HOUR UTC today if still ahead, else tomorrow."""
    at = now.replace(hour=CHECK_HOUR, minute=0, second=0, microsecond=0)
    return at if at > now else at + timedelta(days=1)


def next_weekly(now: datetime) -> datetime:
    """The next Monday at CHECK_HOUR UTC (the weekly notice of missed searches)."""
    at = now.replace(hour=CHECK_HOUR, minute=0, second=0, microsecond=0)
    at += timedelta(days=(7 - at.weekday()) % 7)
    return at if at > now else at + timedelta(days=7)


@dataclass(frozen=True)
class KeeperOverview:
    """What the keepers' screen counts."""

    suggested: int
    due: int
    total: int


def step_after_tags(kind: str) -> str:
    """What a new entry asks after its tags: a template's file, a link, or nothing more."""
    return {"template": "file", "tutorial": "link", "funding": "link"}.get(kind, "preview")


def step_after_link(kind: str) -> str:
    """A funding opportunity goes on with its deadline's clock; the rest is done."""
    return "zone" if kind == "funding" else "preview"


NEXT_FACET: dict[str, str] = {"topic": "country", "country": "phase"}


# What the preview of a new entry lets a keeper change, by kind (each a step of the draft).
EDITABLE_STEPS: dict[str, tuple[str, ...]] = {
    "guide": ("title", "text", "topic"),
    "practice": ("title", "text", "topic"),
    "template": ("title", "text", "topic", "file"),
    "tutorial": ("title", "text", "topic", "link"),
    "funding": ("title", "text", "topic", "link", "zone", "amount"),
}
