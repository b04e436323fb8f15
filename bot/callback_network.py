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


# ------------------------------------------------------------------ exchange
ExchangeDraftAction = Literal[
    "new", "kind", "topic", "country", "any", "next", "edit", "publish_ask", "publish", "cancel"
]


@dataclass(frozen=True)
class ExchangeDraftStep(CallbackData):
    """An organiser's offer or need, step by step (value: a partnership id for "new", a kind,
    a topic key, a country code or a step name)."""

    PREFIX: ClassVar[str] = "nxd"
    action: ExchangeDraftAction
    value: str = "-"


ExchangeBrowseAction = Literal["topics", "countries", "all", "topic", "country"]


@dataclass(frozen=True)
class ExchangeBrowse(CallbackData):
    """Open posts by topic or country (value: the topic key or country code), a page of them."""

    PREFIX: ClassVar[str] = "nxb"
    action: ExchangeBrowseAction
    value: str = "-"
    page: int = 0


ExchangePostAction = Literal[
    "show",
    "original",
    "interested",
    "skip_note",
    "send_request",
    "close",
    "reopen",
    "edit",
    "still_open",
]


@dataclass(frozen=True)
class ExchangePost(CallbackData):
    """One post: reading it (`origin` is the list it was opened from: "a", "t.<topic>",
    "c.<country>" or "m" for the organisers' own), "I'm interested", and its poster's tools."""

    PREFIX: ClassVar[str] = "nxp"
    action: ExchangePostAction
    post_id: int
    origin: str = "a"


@dataclass(frozen=True)
class ExchangeMine(CallbackData):
    """The posts of the partnerships a person organises (close, reopen, edit, new)."""

    PREFIX: ClassVar[str] = "nxm"


ExchangeIntroAction = Literal["agree", "decline", "confirm", "withdraw", "write"]


@dataclass(frozen=True)
class ExchangeIntro(CallbackData):
    """An introduction request: the contact agrees or declines, the requester confirms once
    more, and after the introduction either side writes through the bot."""

    PREFIX: ClassVar[str] = "nxi"
    action: ExchangeIntroAction
    request_id: int


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
    *DIRECTORY_OPEN_BUTTONS,
)
