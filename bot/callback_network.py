"""Button kinds of the network level (network home and staff tools, directory, consultation
hours for the person and for the host, idea exchange, newsletter and calendar), grouped per
screen family. Same rules as `bot/callback_data.py`: one frozen dataclass per kind with a
unique PREFIX (all start with "n" or "c" here), actions typed as `Literal` aliases with one
handler per value.

`OPEN_BUTTONS` lists the buttons the onboarding gate lets through (reading the directory and
the calendar); every service checks who may do what.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from bot.telegram.callback_codec import CallbackData

# ------------------------------------------------------------------ entry points
# Buttons one screen family puts on another's screens; the owner registers the handler.


@dataclass(frozen=True)
class NetworkHome(CallbackData):
    """The network's first screen: consultation, directory, idea exchange, calendar; for
    staff also newsletter, statistics, hosting and staff invitations (network)."""

    PREFIX: ClassVar[str] = "nwh"


@dataclass(frozen=True)
class NetworkStats(CallbackData):
    """Roll-up statistics for network staff (network)."""

    PREFIX: ClassVar[str] = "nws"


@dataclass(frozen=True)
class PartnershipProfileCard(CallbackData):
    """An organiser's view of their partnership's directory profile (network)."""

    PREFIX: ClassVar[str] = "npp"
    partnership_id: int


@dataclass(frozen=True)
class DirectoryHome(CallbackData):
    """The directory: partnerships and actors by country, topic and city (directory)."""

    PREFIX: ClassVar[str] = "ndh"


@dataclass(frozen=True)
class ConsultHome(CallbackData):
    """Book a consultation: topic → language → slot (consult)."""

    PREFIX: ClassVar[str] = "cbh"


@dataclass(frozen=True)
class ConsultMine(CallbackData):
    """The person's own bookings: reschedule, cancel (consult)."""

    PREFIX: ClassVar[str] = "cbm"


@dataclass(frozen=True)
class HostHome(CallbackData):
    """A host's consultation hours: settings, windows, bookings to mark (consult_hosting)."""

    PREFIX: ClassVar[str] = "chh"


@dataclass(frozen=True)
class ExchangeHome(CallbackData):
    """The idea exchange: offers and needs of all partnerships (exchange)."""

    PREFIX: ClassVar[str] = "nxh"


@dataclass(frozen=True)
class NewsletterHome(CallbackData):
    """Network staff compose newsletters (newsletter)."""

    PREFIX: ClassVar[str] = "nlh"


@dataclass(frozen=True)
class CalendarHome(CallbackData):
    """The network calendar: public workshops and events, feed links (newsletter)."""

    PREFIX: ClassVar[str] = "nch"


# ------------------------------------------------------------------ network (home, staff, roll-up)
# ------------------------------------------------------------------ directory
# The results a card was opened from travel with it, so "Back" returns to the same page:
# `by` is c (country code in `value`), t (topic key) or q (typed text, kept in the dialog);
# anything else is refused by the service like a stale button.
DirectoryBrowseAction = Literal["countries", "topics"]


@dataclass(frozen=True)
class DirectoryBrowse(CallbackData):
    """The directory's pickers: countries or topics."""

    PREFIX: ClassVar[str] = "ndb"
    action: DirectoryBrowseAction


@dataclass(frozen=True)
class DirectoryResults(CallbackData):
    """A page of partnerships and actors matching a country, a topic or the typed text."""

    PREFIX: ClassVar[str] = "ndr"
    by: str
    value: str
    page: int


@dataclass(frozen=True)
class DirectoryPartnership(CallbackData):
    """A partnership's card in the directory (back to the results it came from)."""

    PREFIX: ClassVar[str] = "ndp"
    partnership_id: int
    by: str
    value: str
    page: int


@dataclass(frozen=True)
class DirectoryActorCard(CallbackData):
    """An actor's card (back to the results it came from); `original` shows the description
    as written instead of its machine translation."""

    PREFIX: ClassVar[str] = "nda"
    actor_id: int
    by: str
    value: str
    page: int
    original: bool = False


# Organisers list the organisations their partnership works with (step by step, consent
# first); each action has its own handler.
DirectoryDraftAction = Literal[
    "kind",
    "keep",
    "country",
    "topic",
    "topics_done",
    "no_description",
    "contact_me",
    "contact_org",
    "edit",
    "publish",
    "cancel",
]
DirectoryManageAction = Literal["show", "edit", "remove", "remove_ok"]


@dataclass(frozen=True)
class DirectoryOwn(CallbackData):
    """An organiser's list of the organisations their partnership listed, and "Add"."""

    PREFIX: ClassVar[str] = "ndo"
    partnership_id: int


@dataclass(frozen=True)
class DirectoryAdd(CallbackData):
    """Start adding an organisation to the directory for this partnership."""

    PREFIX: ClassVar[str] = "ndn"
    partnership_id: int


@dataclass(frozen=True)
class DirectoryDraft(CallbackData):
    """A step of adding (or editing) an organisation; `value` is the kind, country or topic."""

    PREFIX: ClassVar[str] = "ndd"
    action: DirectoryDraftAction
    value: str = ""


@dataclass(frozen=True)
class DirectoryManage(CallbackData):
    """One of the partnership's own organisations: show, edit, remove (asked first)."""

    PREFIX: ClassVar[str] = "ndm"
    action: DirectoryManageAction
    actor_id: int


DirectoryContactAction = Literal["write", "send", "cancel", "reply"]


@dataclass(frozen=True)
class DirectoryContact(CallbackData):
    """Writing to a listed contact through the bot: `kind` p/a with the entry's id (write,
    send, cancel), or m with the relayed message's id (the contact's one reply)."""

    PREFIX: ClassVar[str] = "ndw"
    action: DirectoryContactAction
    kind: str
    entry_id: int


DirectoryReviewAction = Literal["yes", "edit", "remove", "remove_ok"]


@dataclass(frozen=True)
class DirectoryReview(CallbackData):
    """The contact's answer to the yearly "still correct?" about entry `kind` p/a."""

    PREFIX: ClassVar[str] = "ndy"
    action: DirectoryReviewAction
    kind: str
    entry_id: int


# Reading the directory is open before onboarding, like its home.
DIRECTORY_OPEN_BUTTONS: tuple[type[CallbackData], ...] = (
    DirectoryBrowse,
    DirectoryResults,
    DirectoryPartnership,
    DirectoryActorCard,
)


# ------------------------------------------------------------------ consult (booking)
# ------------------------------------------------------------------ consult_hosting
# ------------------------------------------------------------------ exchange
# ------------------------------------------------------------------ newsletter and calendar

# What the onboarding gate lets through (reading only; the services check the rest).
OPEN_BUTTONS: tuple[type[CallbackData], ...] = (
    NetworkHome,
    DirectoryHome,
    CalendarHome,
    *DIRECTORY_OPEN_BUTTONS,
)
