"""Broadcasts: who an announcement goes to, and which language version each reader gets."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

MAX_TEXT = 4096
MAX_CAPTION = 1024


class AudienceKind(enum.StrEnum):
    PARTNERSHIP = "all"
    CITY = "city"
    WORKSHOP_CONFIRMED = "confirmed"
    WORKSHOP_WAITLISTED = "waitlisted"
    COACHES = "coaches"
    LANGUAGE = "language"
    INTEREST = "interest"


@dataclass(frozen=True)
class Audience:
    kind: AudienceKind
    value: int | str | None = None  # city id, workshop id, language code or theme id

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "value": self.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Audience:
        return cls(AudienceKind(data["kind"]), data.get("value"))


class BroadcastStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    SENDING = "sending"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Broadcast:
    id: int
    partnership_id: int | None  # None: the network's newsletter (migration 0029)
    created_by: int | None
    status: BroadcastStatus
    audience: Audience
    default_language: str
    texts: Mapping[str, str]  # Telegram HTML per language
    file_kind: str | None = None
    file_id: str | None = None
    scheduled_at: datetime | None = None
    recipients: int = 0
    progress_chat_id: int | None = None
    progress_message_id: int | None = None

    def text_for(self, language: str) -> str:
        return version_for(self.texts, self.default_language, language)


def version_for(texts: Mapping[str, str], default_language: str, reader_language: str) -> str:
    """The reader's language version if the organiser wrote one, else the default."""
    return texts.get(reader_language) or texts[default_language]


@dataclass
class BroadcastDraft:
    KIND: ClassVar[str] = "broadcast"

    partnership_id: int
    default_language: str
    step: str = "text"  # text, versions, version, audience, confirm, schedule
    texts: dict[str, str] = field(default_factory=dict)
    file_kind: str | None = None
    file_id: str | None = None
    audience: Audience | None = None
    pending_language: str | None = None
    # A typed send time the clocks skip or repeat there (ISO, naive), until one is chosen.
    time_typed: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "partnership_id": self.partnership_id,
            "default_language": self.default_language,
            "step": self.step,
            "texts": self.texts,
            "file_kind": self.file_kind,
            "file_id": self.file_id,
            "audience": self.audience.to_dict() if self.audience else None,
            "pending_language": self.pending_language,
            **({"time_typed": self.time_typed} if self.time_typed else {}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BroadcastDraft:
        return cls(
            partnership_id=data["partnership_id"],
            default_language=data["default_language"],
            step=data["step"],
            texts=dict(data.get("texts") or {}),
            file_kind=data.get("file_kind"),
            file_id=data.get("file_id"),
            audience=Audience.from_dict(data["audience"]) if data.get("audience") else None,
            pending_language=data.get("pending_language"),
            time_typed=data.get("time_typed"),
        )


@dataclass(frozen=True)
class Progress:
    total: int
    sent: int
    waiting: int
    blocked: int
    failed: int

    @property
    def finished(self) -> bool:
        return self.waiting == 0
