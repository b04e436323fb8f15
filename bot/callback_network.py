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

from bot.domain.newsletter import NewsletterRole
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
# ------------------------------------------------------------------ consult (booking)
# ------------------------------------------------------------------ consult_hosting
# ------------------------------------------------------------------ exchange
# ------------------------------------------------------------------ newsletter and calendar
NewsletterAction = Literal[
    "write", "machine", "audience", "countries", "topics", "preview", "send", "schedule", "cancel"
]


@dataclass(frozen=True)
class NewsletterStep(CallbackData):
    """A step of writing a newsletter (staff; the service checks)."""

    PREFIX: ClassVar[str] = "nls"
    action: NewsletterAction


@dataclass(frozen=True)
class NewsletterVersion(CallbackData):
    """Type the version for this language, section by section."""

    PREFIX: ClassVar[str] = "nlv"
    language: str


@dataclass(frozen=True)
class NewsletterRoleChoice(CallbackData):
    """The audience's role: everyone, participants, organisers or coaches."""

    PREFIX: ClassVar[str] = "nlr"
    role: NewsletterRole


@dataclass(frozen=True)
class NewsletterCountry(CallbackData):
    """The audience's country focus (ISO code; "-": any country)."""

    PREFIX: ClassVar[str] = "nlc"
    country: str


@dataclass(frozen=True)
class NewsletterTopic(CallbackData):
    """The audience's topic focus (a NETWORK_TOPICS key; "-": any topic)."""

    PREFIX: ClassVar[str] = "nlt"
    topic: str


@dataclass(frozen=True)
class NewsletterOriginal(CallbackData):
    """Under a machine version: show the newsletter as it was written."""

    PREFIX: ClassVar[str] = "nlo"
    newsletter_id: int


@dataclass(frozen=True)
class NewsletterUnschedule(CallbackData):
    """Cancel a scheduled newsletter before it goes out (staff)."""

    PREFIX: ClassVar[str] = "nlu"
    newsletter_id: int


CalendarPickAction = Literal["countries", "topics"]


@dataclass(frozen=True)
class CalendarView(CallbackData):
    """The calendar for a filter ("-": any country, any topic)."""

    PREFIX: ClassVar[str] = "ncv"
    country: str
    topic: str


@dataclass(frozen=True)
class CalendarPick(CallbackData):
    """Choose the calendar's country or topic (the filter so far travels along)."""

    PREFIX: ClassVar[str] = "ncf"
    action: CalendarPickAction
    country: str
    topic: str


@dataclass(frozen=True)
class CalendarPublic(CallbackData):
    """On an organiser's workshop card: show it in the network calendar, or not."""

    PREFIX: ClassVar[str] = "ncp"
    workshop_id: int
    public: bool


CalendarEventAction = Literal["new", "cancel"]


@dataclass(frozen=True)
class CalendarEventStep(CallbackData):
    """Staff: start a network event, or stop writing it."""

    PREFIX: ClassVar[str] = "nce"
    action: CalendarEventAction


@dataclass(frozen=True)
class CalendarEventCity(CallbackData):
    """Staff: the city whose clock the event's times are typed on."""

    PREFIX: ClassVar[str] = "ncc"
    city_id: int


# What the onboarding gate lets through (reading only; the services check the rest).
OPEN_BUTTONS: tuple[type[CallbackData], ...] = (
    NetworkHome,
    DirectoryHome,
    CalendarHome,
    CalendarView,  # the calendar's filters, for everyone like its first screen
    CalendarPick,
)
