"""Button kinds of consultation hours: booking (the person's side: topic, language, slots,
confirmation, own bookings, waiting list) and hosting (the host's settings, windows, bookings,
attended / no-show). Split from `bot/callback_network.py` (whose entry points ConsultHome,
ConsultMine and HostHome open these screens); same rules as `bot/callback_data.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from bot.domain.consult_hosting import HostNumber
from bot.telegram.callback_codec import CallbackData

# ------------------------------------------------------------------ consult (booking)
# Topics and languages travel as text; the service refuses values it does not know (a forged
# button), like a stale one. `start` is the slot's start in whole minutes since the epoch (UTC).


@dataclass(frozen=True)
class ConsultTopic(CallbackData):
    """A topic was picked: the languages next (consult)."""

    PREFIX: ClassVar[str] = "cbt"
    topic: str


@dataclass(frozen=True)
class ConsultLanguage(CallbackData):
    """A language was picked: toolbox suggestions (if any), then the slots (consult)."""

    PREFIX: ClassVar[str] = "cbl"
    topic: str
    language: str


@dataclass(frozen=True)
class ConsultSlots(CallbackData):
    """A page of free slots; `host_id` fixed (not 0) when rescheduling `booking_id` (consult)."""

    PREFIX: ClassVar[str] = "cbs"
    topic: str
    language: str
    page: int = 0
    host_id: int = 0
    booking_id: int = 0


@dataclass(frozen=True)
class ConsultPick(CallbackData):
    """A slot was picked: the confirmation screen (consult)."""

    PREFIX: ClassVar[str] = "cbp"
    host_id: int
    start: int
    topic: str
    language: str
    booking_id: int = 0


@dataclass(frozen=True)
class ConsultBook(CallbackData):
    """Book the slot (or move `booking_id` to it), checked again in one transaction (consult)."""

    PREFIX: ClassVar[str] = "cbb"
    host_id: int
    start: int
    topic: str
    language: str
    booking_id: int = 0


@dataclass(frozen=True)
class ConsultCard(CallbackData):
    """One of the person's bookings: reschedule, cancel (consult)."""

    PREFIX: ClassVar[str] = "cbc"
    booking_id: int


@dataclass(frozen=True)
class ConsultReschedule(CallbackData):
    """Another slot of the same host for this booking (consult)."""

    PREFIX: ClassVar[str] = "cbr"
    booking_id: int


@dataclass(frozen=True)
class ConsultCancel(CallbackData):
    """Cancel a booking: asks first and shows the late-cancellation policy (consult)."""

    PREFIX: ClassVar[str] = "cbx"
    booking_id: int


@dataclass(frozen=True)
class ConsultCancelConfirmed(CallbackData):
    """The booking is cancelled; the host is told (consult)."""

    PREFIX: ClassVar[str] = "cby"
    booking_id: int


@dataclass(frozen=True)
class ConsultWait(CallbackData):
    """Join the waiting list for a topic in a language (consult)."""

    PREFIX: ClassVar[str] = "cbw"
    topic: str
    language: str


@dataclass(frozen=True)
class ConsultOfferTake(CallbackData):
    """Book the freed slot offered from the waiting list (consult)."""

    PREFIX: ClassVar[str] = "cbo"
    waiting_id: int


@dataclass(frozen=True)
class ConsultOfferPass(CallbackData):
    """Not this time: the offer passes on to the next person waiting (consult)."""

    PREFIX: ClassVar[str] = "cbd"
    waiting_id: int


# ------------------------------------------------------------------ consult_hosting
HostStepAction = Literal[
    "setup", "windows", "zone", "languages", "topics", "video", "video-remove", "pause",
    "resume", "stop", "bookings",
]  # fmt: skip


@dataclass(frozen=True)
class HostStep(CallbackData):
    """A host's settings screen and its parts: one handler per action (consult_hosting)."""

    PREFIX: ClassVar[str] = "chs"
    action: HostStepAction


@dataclass(frozen=True)
class HostNumberAsk(CallbackData):
    """The choices of one numeric setting (duration, buffer, notice...)."""

    PREFIX: ClassVar[str] = "chn"
    setting: HostNumber


@dataclass(frozen=True)
class HostNumberSet(CallbackData):
    """One numeric setting chosen: one tap."""

    PREFIX: ClassVar[str] = "chv"
    setting: HostNumber
    value: int


@dataclass(frozen=True)
class HostDay(CallbackData):
    """The windows of one weekday (0 = Monday): remove one, type a new one."""

    PREFIX: ClassVar[str] = "chd"
    weekday: int


@dataclass(frozen=True)
class HostWindowRemove(CallbackData):
    """Remove the window of `weekday` starting at `starts` (minutes after midnight): windows
    are saved anew with each change, so their ids do not last."""

    PREFIX: ClassVar[str] = "chr"
    weekday: int
    starts: int


@dataclass(frozen=True)
class HostZoneOwn(CallbackData):
    """The host's windows on their own city's clock."""

    PREFIX: ClassVar[str] = "chz"


@dataclass(frozen=True)
class HostLanguage(CallbackData):
    """Toggle a language the host speaks."""

    PREFIX: ClassVar[str] = "chl"
    language: str


@dataclass(frozen=True)
class HostTopic(CallbackData):
    """Toggle a topic the host offers (none: every topic)."""

    PREFIX: ClassVar[str] = "cht"
    topic: str


HostConfirmAction = Literal["pause", "stop"]


@dataclass(frozen=True)
class HostConfirm(CallbackData):
    """Pausing or stopping with bookings ahead, confirmed: the booked people are told."""

    PREFIX: ClassVar[str] = "chc"
    action: HostConfirmAction


HostMarkAction = Literal["attended", "no_show"]


@dataclass(frozen=True)
class HostMark(CallbackData):
    """Attended / no-show in one tap, from the message after the slot or the bookings list."""

    PREFIX: ClassVar[str] = "chm"
    booking_id: int
    action: HostMarkAction
    on_list: bool = False
