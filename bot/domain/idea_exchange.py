"""The idea exchange (Ideenbörse): a partnership's offers and needs for the whole network, and
introductions between two people that happen only after both agreed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, get_args

from bot.domain.dialog_base import selection as selection
from bot.domain.dialog_base import toggled as toggled
from bot.domain.texts import TypedTextProblem, typed_text

PostKind = Literal["offer", "need"]
POST_KINDS: tuple[PostKind, ...] = get_args(PostKind)
PostStatus = Literal["open", "closed"]
RequestStatus = Literal["asked", "agreed", "introduced", "declined", "withdrawn", "dropped"]

MAX_TITLE_LENGTH = 120
MAX_BODY_LENGTH = 2000
MAX_NOTE_LENGTH = 500
PAGE_SIZE = 6

# A post older than this asks its poster once whether it is still open; without an answer
# within the grace time it closes.
STILL_OPEN_AFTER = timedelta(days=90)
STILL_OPEN_GRACE = timedelta(days=14)


class ExchangeInputError(ValueError):
    """A typed answer that cannot be used; `args[0]` is the message id that explains why."""


def _typed(raw: str, limit: int, too_long: str, *, one_line: bool = False) -> str:
    try:
        return typed_text(raw, limit, one_line=one_line)
    except TypedTextProblem as problem:
        empty = problem.args[0] == "empty"
        raise ExchangeInputError("exchange-error-empty" if empty else too_long) from problem


def clean_title(raw: str) -> str:
    return _typed(raw, MAX_TITLE_LENGTH, "exchange-error-title-long", one_line=True)


def clean_body(raw: str) -> str:
    return _typed(raw, MAX_BODY_LENGTH, "exchange-error-text-long")


def clean_note(raw: str) -> str:
    return _typed(raw, MAX_NOTE_LENGTH, "exchange-error-note-long")


@dataclass(frozen=True)
class Post:
    """An offer or a need of one partnership, as its poster wrote it (the original)."""

    id: int
    partnership_id: int
    kind: PostKind
    language: str
    title: str
    body: str
    topics: tuple[str, ...]
    countries: tuple[str, ...]  # empty: any country
    contact_user_id: int | None
    status: PostStatus
    created_at: datetime
    still_open_asked_at: datetime | None = None
    still_open_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def unanswered_since(self, now: datetime) -> bool:
        """Asked "still open?" at least the grace time ago and never answered since."""
        asked = self.still_open_asked_at
        if asked is None or (self.still_open_at is not None and self.still_open_at >= asked):
            return False
        return now - asked >= STILL_OPEN_GRACE


@dataclass(frozen=True)
class IntroRequest:
    """One person's "I'm interested" in a post, and how far the double opt-in got."""

    id: int
    post_id: int
    requester_id: int
    contact_id: int
    note: str
    status: RequestStatus
    contact_username: str | None = None
    requester_username: str | None = None

    def other_side(self, user_id: int) -> int | None:
        """The other person of an introduction (None for someone not part of it)."""
        if user_id == self.requester_id:
            return self.contact_id
        if user_id == self.contact_id:
            return self.requester_id
        return None

    def username_of(self, user_id: int) -> str | None:
        return self.requester_username if user_id == self.requester_id else self.contact_username
