"""Typed dialog state of the network level, one section per screen family.

Each kind subclasses `TypedInput` with a unique KIND; `NETWORK_DIALOGS` joins the sections and
`bot/domain/dialogs.py` registers them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from bot.domain.dialog_base import Dialog, TypedInput

# ------------------------------------------------------------------ network
NETWORK_FAMILY_DIALOGS: tuple[type[Dialog], ...] = ()


# ------------------------------------------------------------------ directory
@dataclass(frozen=True)
class DirectorySearchInput(TypedInput):
    """Typed text searches the directory (a city, a name, a country); `query` is the last
    search, read again when its results are paged."""

    KIND: ClassVar[str] = "directory_search"
    prompt_message_id: int = 0  # the screen that asked, whose buttons go once it is answered
    query: str = ""


@dataclass(frozen=True)
class DirectoryActorDraft(TypedInput):
    """An organisation being added (actor_id 0) or edited by an organiser of
    `partnership_id`; `step` is one of bot.domain.directory.DRAFT_STEPS; topics are joined
    with ","; contact is "", "me" (the organiser is the contact) or "org" (no person named,
    the organiser confirmed the organisation agreed)."""

    KIND: ClassVar[str] = "directory_actor_draft"
    partnership_id: int
    actor_id: int = 0
    step: str = "kind"
    kind: str = ""
    name: str = ""
    city: str = ""
    country: str = ""
    topics: str = ""
    description: str = ""
    description_language: str = ""
    contact: str = ""
    prompt_message_id: int = 0  # the step's message, whose buttons go once it is answered

    @property
    def topic_keys(self) -> tuple[str, ...]:
        return tuple(t for t in self.topics.split(",") if t)


@dataclass(frozen=True)
class DirectoryMessageInput(TypedInput):
    """A reader's one message to a listed contact: typed, then confirmed before it goes."""

    KIND: ClassVar[str] = "directory_message"
    entry_kind: str  # p or a
    entry_id: int
    text: str = ""
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


@dataclass(frozen=True)
class DirectoryReplyInput(TypedInput):
    """The contact's one answer to a relayed message."""

    KIND: ClassVar[str] = "directory_reply"
    message_id: int
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


DIRECTORY_DIALOGS: tuple[type[Dialog], ...] = (
    DirectorySearchInput,
    DirectoryActorDraft,
    DirectoryMessageInput,
    DirectoryReplyInput,
)

# ------------------------------------------------------------------ consult (booking)
CONSULT_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ consult_hosting
HOSTING_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ exchange
EXCHANGE_DIALOGS: tuple[type[Dialog], ...] = ()

# ------------------------------------------------------------------ newsletter and calendar
NEWSLETTER_DIALOGS: tuple[type[Dialog], ...] = ()

NETWORK_DIALOGS: tuple[type[Dialog], ...] = (
    *NETWORK_FAMILY_DIALOGS,
    *DIRECTORY_DIALOGS,
    *CONSULT_DIALOGS,
    *HOSTING_DIALOGS,
    *EXCHANGE_DIALOGS,
    *NEWSLETTER_DIALOGS,
)
