"""The programme's toolbox: entries of five kinds, a version per language, tags, an owner who
keeps each entry correct, and the rules that decide what a reader is shown.

Pure rules: the clock's "now" is always passed in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal

from bot.domain.languages import SUPPORTED_LANGUAGES

EntryKind = Literal["guide", "template", "practice", "tutorial", "funding"]
ENTRY_KINDS: tuple[EntryKind, ...] = ("guide", "template", "practice", "tutorial", "funding")
EntryStatus = Literal["suggested", "published", "declined", "archived"]
VersionOrigin = Literal["original", "human", "machine"]
Facet = Literal["topic", "country", "phase"]

# Topic tags (their names are in the locales: toolbox-topic-<key>).
TOPICS: tuple[str, ...] = (
    "youth",
    "education",
    "culture",
    "sport",
    "environment",
    "digitalisation",
    "social",
    "economy",
    "democracy",
    "mobility",
)
# Programme phases an entry helps with (toolbox-phase-<key>).
PHASES: tuple[str, ...] = ("apply", "kickoff", "sprint", "coaching")

MAX_TITLE_LENGTH = 120
MAX_BODY_LENGTH = 3000  # a guide's text; shown on one screen with its buttons
MAX_QUERY_LENGTH = 100
# Telegram lets a bot download files up to 20 MB; a template over it could not be checked.
TEMPLATE_MAX_BYTES = 20 * 1024 * 1024
TEMPLATE_FILE_TYPES: tuple[str, ...] = (
    "pdf",
    "docx",
    "doc",
    "odt",
    "xlsx",
    "xls",
    "ods",
    "pptx",
    "odp",
    "txt",
)
FUNDING_REMINDER_AHEAD = timedelta(days=7)
REVIEW_INTERVAL = timedelta(days=365)  # a new entry's first review date is a year away


@dataclass(frozen=True)
class Version:
    """An entry in one language."""

    language: str
    title: str
    body: str
    origin: VersionOrigin


@dataclass(frozen=True)
class TemplateFile:
    file_id: str
    file_name: str
    file_size: int
    mime_type: str


@dataclass(frozen=True)
class Funding:
    deadline: datetime | None  # UTC; None: open-ended
    zone: str  # whose clock the deadline is on
    amount: str


@dataclass(frozen=True)
class Entry:
    id: int
    kind: EntryKind
    status: EntryStatus
    original_language: str
    versions: Mapping[str, Version]
    tags: Mapping[Facet, tuple[str, ...]] = field(default_factory=dict)
    owner_id: int | None = None
    suggested_by: int | None = None
    credit_name: str | None = None
    link: str | None = None
    template: TemplateFile | None = None
    funding: Funding | None = None
    review_due: date | None = None
    reviewed_at: datetime | None = None
    helpful_yes: int = 0
    helpful_no: int = 0
    created_at: datetime | None = None

    def version_for(self, language: str) -> Version:
        """The reader's language if there is a version in it, else the original."""
        if language in self.versions:
            return self.versions[language]
        if self.original_language in self.versions:
            return self.versions[self.original_language]
        return next(iter(self.versions.values()))

    def missing_languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in SUPPORTED_LANGUAGES if lang not in self.versions)

    def expired(self, now: datetime) -> bool:
        """A funding opportunity whose deadline has passed."""
        return (
            self.funding is not None
            and self.funding.deadline is not None
            and self.funding.deadline <= now
        )

    def may_be_outdated(self, today: date) -> bool:
        """Its review date has passed: still shown, with "may be outdated, last reviewed …"."""
        return self.review_due is not None and self.review_due < today

    def reminder_time(self, now: datetime) -> datetime | None:
        """When "remind me" would remind: 7 days before the deadline; None if it cannot
        (no deadline, expired, or less than 7 days left — then now is too late to plan)."""
        if self.funding is None or self.funding.deadline is None or self.expired(now):
            return None
        at = self.funding.deadline - FUNDING_REMINDER_AHEAD
        return at if at > now else None

    def tagged(self, facet: Facet) -> tuple[str, ...]:
        return self.tags.get(facet, ())


def visible(entry: Entry, now: datetime, *, include_expired: bool = False) -> bool:
    """What a reader's search shows: published entries; expired funding only when asked."""
    if entry.status != "published":
        return False
    return include_expired or not entry.expired(now)


def clean_query(text: str) -> str:
    """A search as typed, trimmed to what the search looks at."""
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def file_type(file_name: str) -> str:
    """The lower-case extension of a file name ('' if none)."""
    stem, dot, ext = file_name.rpartition(".")
    return ext.lower() if dot and stem else ""


TemplateProblem = Literal["too_big", "file_type"]


def template_problem(file_name: str, file_size: int) -> TemplateProblem | None:
    """Why a template file is refused, checked before downloading (from Telegram's size)."""
    if file_size > TEMPLATE_MAX_BYTES:
        return "too_big"
    if file_type(file_name) not in TEMPLATE_FILE_TYPES:
        return "file_type"
    return None
