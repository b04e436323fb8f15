"""The directory of the network: what a search matches, actors (associations, schools,
initiatives) that organisers list with consent, and their yearly "still correct?"."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, TypeVar, get_args

from bot.domain.network import REVIEW_EVERY, REVIEW_GRACE

# Results per page: six names fit a phone screen with the paging row and "Back".
PAGE_SIZE = 6
# Shorter typed searches match almost everything.
MIN_QUERY = 2
MAX_ACTOR_NAME = 80
MAX_ACTOR_CITY = 60
MAX_ACTOR_DESCRIPTION = 600

# The steps of adding an organisation, in order; "preview" asks before publishing.
DRAFT_STEPS = ("kind", "name", "city", "country", "topics", "description", "contact", "preview")
ContactChoice = Literal["me", "org"]


def next_step(step: str) -> str:
    at = DRAFT_STEPS.index(step) if step in DRAFT_STEPS else len(DRAFT_STEPS) - 1
    return DRAFT_STEPS[min(at + 1, len(DRAFT_STEPS) - 1)]


# A message to a listed contact stays "open" (no second one to the same person) until
# answered or this old.
MESSAGE_OPEN_FOR = timedelta(days=14)

ActorKind = Literal["association", "school", "initiative", "municipality", "other"]
ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)

T = TypeVar("T")


def as_kind(value: str) -> ActorKind:
    """A stored or pressed kind; anything unknown reads as "other"."""
    return next((k for k in ACTOR_KINDS if k == value), "other")


def folded(text: str) -> str:
    """Case- and ё-insensitive form for matching typed searches against stored names."""
    return " ".join(text.casefold().replace("ё", "е").split())


def matches(query: str, names: Iterable[str]) -> bool:
    """The typed text is part of one of the names (any language, any script)."""
    wanted = folded(query)
    return bool(wanted) and any(wanted in folded(n) for n in names)


def review_due(last: datetime | None, asked: datetime | None, now: datetime) -> bool:
    """Once a year after the contact agreed or last confirmed, not again while asked."""
    if last is None:
        return False
    return now - last >= REVIEW_EVERY and not (asked is not None and asked > last)


def is_stale(last: datetime | None, asked: datetime | None, now: datetime) -> bool:
    """Asked and not confirmed within the grace time: shown as "may be outdated"."""
    if asked is None or (last is not None and last >= asked):
        return False
    return now - asked >= REVIEW_GRACE


@dataclass(frozen=True)
class DirectoryActor:
    """An organisation in the directory, added by an organiser of `partnership_id`."""

    id: int
    partnership_id: int
    kind: ActorKind
    name: str
    city: str
    country: str
    topics: tuple[str, ...] = ()
    description: str = ""
    description_language: str = "en"
    contact_user_id: int | None = None
    contact_agreed_at: datetime | None = None
    created_by: int | None = None
    created_at: datetime | None = None
    reviewed_at: datetime | None = None
    review_asked_at: datetime | None = None

    @property
    def contact_listed(self) -> bool:
        return self.contact_user_id is not None and self.contact_agreed_at is not None

    @property
    def last_confirmed(self) -> datetime | None:
        return self.reviewed_at or self.contact_agreed_at or self.created_at

    def review_due(self, now: datetime) -> bool:
        """Asked only of a listed contact (an entry without one is the organisers' to keep)."""
        return self.contact_listed and review_due(self.last_confirmed, self.review_asked_at, now)

    def stale(self, now: datetime) -> bool:
        return is_stale(self.last_confirmed, self.review_asked_at, now)

    def searchable(self) -> tuple[str, ...]:
        return (self.name, self.city)


def page_of(items: list[T], page: int) -> tuple[list[T], int, int]:
    """The items on `page` (clamped), the page shown and the number of pages."""
    pages = max(1, -(-len(items) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    return items[page * PAGE_SIZE : (page + 1) * PAGE_SIZE], page, pages


@dataclass(frozen=True)
class Hit:
    """One line of a result list: a partnership ("p") or an actor ("a")."""

    kind: Literal["p", "a"]
    id: int
    name: str  # in the reader's language where the directory has it
    countries: tuple[str, ...]


@dataclass(frozen=True)
class DirectoryMessage:
    """A reader's message relayed to a listed contact (its text is not kept)."""

    id: int
    sender_id: int
    contact_id: int
    entry_kind: str  # p or a
    entry_id: int
    sent_at: datetime
    replied_at: datetime | None = None
