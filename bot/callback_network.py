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


@dataclass(frozen=True)
class NetworkStatsExport(CallbackData):
    """The roll-up statistics as a spreadsheet file (network staff)."""

    PREFIX: ClassVar[str] = "nwx"


NetworkStaffAction = Literal["list", "invite", "remove", "remove_ok"]


@dataclass(frozen=True)
class NetworkStaffStep(CallbackData):
    """The network's staff: the list, a new invitation link, removing someone (network)."""

    PREFIX: ClassVar[str] = "nwt"
    action: NetworkStaffAction
    user_id: int  # the person to remove; 0 otherwise


ProfileAction = Literal["countries", "topics", "code", "since", "contact", "unlist"]


@dataclass(frozen=True)
class ProfileStep(CallbackData):
    """A step on a partnership's profile card: pickers, typed answers, the contact (network)."""

    PREFIX: ClassVar[str] = "npe"
    partnership_id: int
    action: ProfileAction


@dataclass(frozen=True)
class ProfileCountry(CallbackData):
    """Toggle one country focus (ISO 3166-1 alpha-2)."""

    PREFIX: ClassVar[str] = "npk"
    partnership_id: int
    country: str


@dataclass(frozen=True)
class ProfileTopic(CallbackData):
    """Toggle one topic focus (a key of NETWORK_TOPICS)."""

    PREFIX: ClassVar[str] = "npt"
    partnership_id: int
    topic: str


@dataclass(frozen=True)
class ProfileContact(CallbackData):
    """Propose this organiser or coach as the listed contact (they are asked first)."""

    PREFIX: ClassVar[str] = "npc"
    partnership_id: int
    user_id: int


ConsentAction = Literal["yes", "no", "withdraw"]


@dataclass(frozen=True)
class ProfileConsent(CallbackData):
    """The proposed contact's answer, and withdrawing later."""

    PREFIX: ClassVar[str] = "npa"
    action: ConsentAction
    partnership_id: int


# ------------------------------------------------------------------ directory
# ------------------------------------------------------------------ consult (booking)
# ------------------------------------------------------------------ consult_hosting
# ------------------------------------------------------------------ exchange
# ------------------------------------------------------------------ newsletter and calendar

# What the onboarding gate lets through (reading only; the services check the rest).
OPEN_BUTTONS: tuple[type[CallbackData], ...] = (NetworkHome, DirectoryHome, CalendarHome)
