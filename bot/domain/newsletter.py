"""The network newsletter: sections written in the staff member's language, versions for
other languages (typed, or machine-made and marked), and who it reaches."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Literal, cast, get_args

from bot.domain.broadcasts import BroadcastStatus

# Who among the chosen partnerships' people receives it.
NewsletterRole = Literal["everyone", "participants", "organisers", "coaches"]
NEWSLETTER_ROLES: tuple[NewsletterRole, ...] = get_args(NewsletterRole)

MAX_SECTIONS = 8
# Telegram's 4,096 characters minus room for the heading and the language line.
MAX_LENGTH = 3800


class SectionShapeError(ValueError):
    """A typed section needs a heading line and a text below it."""


@dataclass(frozen=True)
class Section:
    heading: str
    text: str


def parse_section(raw: str) -> Section:
    """First line: the heading; the lines below: the section's text."""
    heading, _, text = raw.strip().partition("\n")
    if not heading.strip() or not text.strip():
        raise SectionShapeError(raw)
    return Section(heading.strip(), text.strip())


def sections_to_json(sections: Sequence[Section]) -> list[list[str]]:
    return [[s.heading, s.text] for s in sections]


def sections_from_json(data: Sequence[Sequence[str]]) -> list[Section]:
    return [Section(str(h), str(t)) for h, t in data]


@dataclass(frozen=True)
class NewsletterAudience:
    """Country focus, topic focus (None: any) and role, over the network's partnerships."""

    country: str | None = None
    topic: str | None = None
    role: NewsletterRole = "everyone"

    def to_dict(self) -> dict[str, Any]:
        return {"country": self.country, "topic": self.topic, "role": self.role}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NewsletterAudience:
        role = data.get("role", "everyone")
        if role not in NEWSLETTER_ROLES:
            raise ValueError(role)
        return cls(data.get("country"), data.get("topic"), cast(NewsletterRole, role))


@dataclass(frozen=True)
class Edition:
    """What a reader gets: the sections, and whether they are the original (in `written`),
    a version typed by staff, or a machine version."""

    sections: tuple[Section, ...]
    kind: Literal["original", "typed", "machine", "foreign"]
    written: str  # the language the staff member wrote in


@dataclass
class NewsletterDraft:
    """The newsletter being written (a dialog of the staff member)."""

    KIND: ClassVar[str] = "newsletter_draft"

    network_id: int
    language: str
    # section (the first), sections (more or next), version, audience, confirm, schedule
    step: str = "section"
    versions: dict[str, list[Section]] = field(default_factory=dict)  # the original included
    machine: list[str] = field(default_factory=list)
    pending_language: str | None = None
    audience: NewsletterAudience = field(default_factory=NewsletterAudience)
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered

    @property
    def sections(self) -> list[Section]:
        return self.versions.get(self.language, [])

    def complete_versions(self) -> list[str]:
        """Languages with every section (the original first)."""
        size = len(self.sections)
        return [code for code, got in self.versions.items() if len(got) == size and size]

    def to_dict(self) -> dict[str, Any]:
        return {
            "network_id": self.network_id,
            "language": self.language,
            "step": self.step,
            "versions": {k: sections_to_json(v) for k, v in self.versions.items()},
            "machine": list(self.machine),
            "pending_language": self.pending_language,
            "audience": self.audience.to_dict(),
            "prompt_message_id": self.prompt_message_id,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NewsletterDraft:
        return cls(
            network_id=int(data["network_id"]),
            language=str(data["language"]),
            step=str(data["step"]),
            versions={k: sections_from_json(v) for k, v in data["versions"].items()},
            machine=list(data.get("machine") or []),
            pending_language=data.get("pending_language"),
            audience=NewsletterAudience.from_dict(data.get("audience") or {}),
            prompt_message_id=int(data.get("prompt_message_id") or 0),
        )


@dataclass(frozen=True)
class Newsletter:
    id: int
    network_id: int
    created_by: int | None
    language: str
    versions: Mapping[str, Sequence[Section]]
    machine: frozenset[str]
    audience: NewsletterAudience
    status: BroadcastStatus
    scheduled_at: datetime | None = None
    broadcast_id: int | None = None

    def edition(self, reader: str) -> Edition:
        return edition_for(self.versions, self.machine, self.language, reader)


def edition_for(
    versions: Mapping[str, Sequence[Section]],
    machine: frozenset[str] | Sequence[str],
    written: str,
    reader: str,
) -> Edition:
    """The reader's version when there is one (typed before machine-made), else the original,
    which then names its language (nothing is promised without a provider)."""
    if reader == written:
        return Edition(tuple(versions[written]), "original", written)
    if reader in versions and len(versions[reader]) == len(versions[written]):
        kind: Literal["typed", "machine"] = "machine" if reader in machine else "typed"
        return Edition(tuple(versions[reader]), kind, written)
    return Edition(tuple(versions[written]), "foreign", written)
