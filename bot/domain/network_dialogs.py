"""Typed dialog state of the network level, one section per screen family.

Each kind subclasses `TypedInput` with a unique KIND; `NETWORK_DIALOGS` joins the sections and
`bot/domain/dialogs.py` registers them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from bot.domain.dialog_base import Dialog, TypedInput
from bot.domain.network_calendar import NetworkEventInput
from bot.domain.newsletter import NewsletterDraft


# ------------------------------------------------------------------ network
@dataclass(frozen=True)
class ProfileSinceInput(TypedInput):
    """The next text is the year the partnership began."""

    KIND: ClassVar[str] = "network_profile_since"
    partnership_id: int
    prompt_message_id: int = 0


@dataclass(frozen=True)
class ProfileCountryInput(TypedInput):
    """The next text is a country code (ISO 3166-1 alpha-2) to add to the country focus."""

    KIND: ClassVar[str] = "network_profile_country"
    partnership_id: int
    prompt_message_id: int = 0


NETWORK_FAMILY_DIALOGS: tuple[type[Dialog], ...] = (ProfileSinceInput, ProfileCountryInput)


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
@dataclass(frozen=True)
class ConsultNoteInput(TypedInput):
    """On the confirmation screen: the next text is a note for the host (optional)."""

    KIND: ClassVar[str] = "consult_note"
    host_id: int
    start: int  # minutes since the epoch, as on the button
    topic: str
    language: str
    booking_id: int = 0
    note: str = ""
    prompt_message_id: int = 0


CONSULT_DIALOGS: tuple[type[Dialog], ...] = (ConsultNoteInput,)


# ------------------------------------------------------------------ consult_hosting
@dataclass(frozen=True)
class HostingWindowInput(TypedInput):
    """The next text is a weekly window ("10:00–12:00") of `weekday` (0 = Monday)."""

    KIND: ClassVar[str] = "hosting_window"
    weekday: int
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered


@dataclass(frozen=True)
class HostingZoneInput(TypedInput):
    """The next text is the host's time zone (an IANA name such as Europe/Berlin)."""

    KIND: ClassVar[str] = "hosting_zone"
    prompt_message_id: int = 0


@dataclass(frozen=True)
class HostingVideoInput(TypedInput):
    """The next text is the host's video link (https only)."""

    KIND: ClassVar[str] = "hosting_video"
    prompt_message_id: int = 0


HOSTING_DIALOGS: tuple[type[Dialog], ...] = (
    HostingWindowInput,
    HostingZoneInput,
    HostingVideoInput,
)


# ------------------------------------------------------------------ exchange
@dataclass(frozen=True)
class ExchangePostDraft(TypedInput):
    """An organiser's offer or need, step by step: kind, title, text, topics, countries,
    preview (topics and countries comma-separated; no countries means any)."""

    KIND: ClassVar[str] = "exchange_post_draft"
    partnership_id: int = 0
    post_id: int = 0  # editing a published post (0: a new one)
    step: str = "kind"  # kind, title, text, topic, country, preview
    kind: str = ""
    language: str = ""  # the organiser's language: the original's
    title: str = ""
    body: str = ""
    topics: str = ""
    countries: str = ""
    prompt_message_id: int = 0
    editing: bool = False  # changed from the preview: back to the preview after the step


@dataclass(frozen=True)
class ExchangeNoteInput(TypedInput):
    """ "I'm interested": an optional short note for the post's contact, then a confirmation."""

    KIND: ClassVar[str] = "exchange_note"
    post_id: int = 0
    origin: str = "a"  # the list the post was opened from (its "back")
    note: str = ""
    prompt_message_id: int = 0


@dataclass(frozen=True)
class ExchangeRelayInput(TypedInput):
    """After an introduction: one typed message relayed to the other person through the bot."""

    KIND: ClassVar[str] = "exchange_relay"
    request_id: int = 0
    prompt_message_id: int = 0


EXCHANGE_DIALOGS: tuple[type[Dialog], ...] = (
    ExchangePostDraft,
    ExchangeNoteInput,
    ExchangeRelayInput,
)

# ------------------------------------------------------------------ newsletter and calendar
NEWSLETTER_DIALOGS: tuple[type[Dialog], ...] = (NewsletterDraft, NetworkEventInput)

NETWORK_DIALOGS: tuple[type[Dialog], ...] = (
    *NETWORK_FAMILY_DIALOGS,
    *DIRECTORY_DIALOGS,
    *CONSULT_DIALOGS,
    *HOSTING_DIALOGS,
    *EXCHANGE_DIALOGS,
    *NEWSLETTER_DIALOGS,
)
