"""Stories: a team project told from its idea to its result, with a dated timeline, its
people (named only with their consent) and photos.

Texts never store a person's name: they hold the token `[[person:<id>]]` (a `story_people`
row), so a declined consent or an erasure changes every language at once. `render_people`
turns the tokens into first names or "a team member from Krasnodar" when the story is shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

StoryStatus = Literal["draft", "review", "published", "withdrawn"]
SectionKind = Literal["title", "idea", "team", "blockers", "outcome"]
SECTIONS: tuple[SectionKind, ...] = ("title", "idea", "team", "blockers", "outcome")
SectionOrigin = Literal["draft", "team", "machine", "human"]
Consent = Literal["pending", "given", "declined", "erased"]
TimelineKind = Literal["idea", "team", "checkin", "blocker", "resolved", "closing", "update"]

MAX_SECTION_LENGTH = 1500
MAX_TITLE_LENGTH = 120
MAX_PHOTOS = 6

_TOKEN = re.compile(r"\[\[person:(\d+)\]\]")


def person_token(person_id: int) -> str:
    return f"[[person:{person_id}]]"


@dataclass(frozen=True)
class StoryPerson:
    id: int
    user_id: int | None  # None once erased
    name: str | None  # the first name; None once erased
    city_id: int | None
    consent: Consent

    @property
    def may_be_named(self) -> bool:
        return self.consent == "given" and self.name is not None


@dataclass(frozen=True)
class Section:
    kind: SectionKind
    language: str
    text: str
    origin: SectionOrigin


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    happened_on: date
    kind: TimelineKind
    detail: str = ""
    texts: Mapping[str, str] = field(default_factory=dict)
    person_id: int | None = None


@dataclass(frozen=True)
class StoryPhoto:
    id: int
    person_id: int | None
    file_id: str
    width: int
    height: int


@dataclass(frozen=True)
class Story:
    id: int
    partnership_id: int
    team_id: int | None
    idea_id: int | None
    status: StoryStatus
    original_language: str
    sections: tuple[Section, ...] = ()
    people: tuple[StoryPerson, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    photos: tuple[StoryPhoto, ...] = ()
    created_at: datetime | None = None
    published_at: datetime | None = None
    update_due: date | None = None

    def section(self, kind: SectionKind, language: str) -> Section | None:
        """The section in the reader's language, else in the story's original language, else
        as a member last wrote it (a member may write in another language than the story's)."""
        found = {s.language: s for s in self.sections if s.kind == kind}
        written = next((s for s in found.values() if s.origin != "machine"), None)
        return found.get(language) or found.get(self.original_language) or written

    def missing_consent(self) -> tuple[StoryPerson, ...]:
        """People who have not answered yet: publishing waits for them."""
        return tuple(p for p in self.people if p.consent == "pending")

    def publishable_photos(self) -> tuple[StoryPhoto, ...]:
        """Photos whose person consents (declined, erased or pending ones stay out)."""
        named = {p.id for p in self.people if p.may_be_named}
        return tuple(ph for ph in self.photos if ph.person_id in named)


def render_people(
    text: str, people: Mapping[int, StoryPerson], anonymous: Callable[[StoryPerson | None], str]
) -> str:
    """Tokens replaced by first names of people who consented, and by `anonymous(person)`
    ("a team member from Krasnodar", worded by the caller in the reader's language) for
    everyone else. Unknown tokens (a person row gone) become `anonymous(None)`."""

    def one(match: re.Match[str]) -> str:
        person = people.get(int(match.group(1)))
        if person is not None and person.may_be_named:
            assert person.name is not None
            return person.name
        return anonymous(person)

    return _TOKEN.sub(one, text)


def tokenize_names(text: str, people: tuple[StoryPerson, ...]) -> str:
    """A member's typed text with the team's first names turned into tokens (whole words
    only, longest names first), so consent governs them too."""
    for person in sorted(people, key=lambda p: -len(p.name or "")):
        if not person.name:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(person.name)}(?!\w)")
        text = pattern.sub(person_token(person.id), text)
    return text
