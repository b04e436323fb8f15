"""What the consultation screens and messages show: the person's clock, times on both
clocks, and the views the booking service returns (bot/services/consultations.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import aiosqlite

from bot.db import participants, partnerships
from bot.domain.consultations import Booking, Host, Slot
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.network import NETWORK_TOPICS
from bot.domain.participants import Participant
from bot.domain.texts import LocalizedName
from bot.i18n import Translator
from bot.render.formatting import clock_time, moment, zone_label
from bot.services.errors import UserFacingError


@dataclass(frozen=True)
class PersonClock:
    """A reader's clock: their zone and the city that names it ("Krasnodar time")."""

    zone: str
    city: LocalizedName | None = None

    def label(self, language: str) -> str:
        return self.city.for_reader(language) if self.city else zone_label(self.zone, language)


def when_text(
    tr: Translator,
    language: str,
    starts_at: datetime,
    ends_at: datetime,
    clock: PersonClock,
    host_zone: str,
) -> str:
    """'Fri, 27 Mar 2026, 12:00–12:30 Krasnodar time (10:00–10:30 Berlin time)': the reader's
    clock with its city, the host's when it reads differently."""
    mine = f"{moment(starts_at, language, clock.zone)}–{clock_time(ends_at, language, clock.zone)}"
    text = tr.plain(language, "times-venue", when=mine, city=clock.label(language))
    if starts_at.astimezone(ZoneInfo(clock.zone)).utcoffset() == (
        starts_at.astimezone(ZoneInfo(host_zone)).utcoffset()
    ):
        return text
    theirs = (
        f"{clock_time(starts_at, language, host_zone)}–{clock_time(ends_at, language, host_zone)}"
    )
    host = tr.plain(language, "times-venue", when=theirs, city=zone_label(host_zone, language))
    return tr.plain(language, "consult-time-both", mine=text, host=host)


def moment_text(tr: Translator, language: str, at: datetime, clock: PersonClock) -> str:
    """A deadline on the reader's clock with its city."""
    when = moment(at, language, clock.zone)
    return tr.plain(language, "times-venue", when=when, city=clock.label(language))


@dataclass(frozen=True)
class LanguageChoice:
    topic: str
    offered: tuple[str, ...]  # the person's languages first
    available: tuple[str, ...]  # spoken by a host for this topic


@dataclass(frozen=True)
class SlotList:
    topic: str
    language: str
    slots: list[Slot]
    hosts: dict[int, Host]
    names: dict[int, Participant | None]
    clock: PersonClock
    host_id: int = 0  # rescheduling: this host only
    booking_id: int = 0


@dataclass(frozen=True)
class Pick:
    host: Host
    host_person: Participant | None
    slot: Slot
    topic: str
    language: str
    clock: PersonClock
    booking_id: int = 0


@dataclass(frozen=True)
class Booked:
    booking: Booking
    host: Host
    host_person: Participant | None
    clock: PersonClock
    calendar: bytes
    moved_from: Booking | None = None


@dataclass(frozen=True)
class BookingView:
    booking: Booking
    host: Host
    host_person: Participant | None
    clock: PersonClock
    late: bool  # cancelling now is after the host's cut-off


def when_for(
    tr: Translator, booking: Booking, clock: PersonClock, host_zone: str
) -> Callable[[str], str]:
    return lambda lang: when_text(tr, lang, booking.starts_at, booking.ends_at, clock, host_zone)


def known(topic: str, language: str = "en") -> None:
    """Topic and language from a button: anything else is forged or from an old version."""
    if topic not in NETWORK_TOPICS or language not in SUPPORTED_LANGUAGES:
        raise UserFacingError("errors-stale-button")


def languages_of(person: Participant | None) -> tuple[str, ...]:
    if person is None:
        return ()
    return (person.language, *sorted(person.languages_spoken - {person.language}))


async def clock_of(conn: aiosqlite.Connection, user_id: int, fallback: str) -> PersonClock:
    """The person's home city's clock (the host's when the city is unknown)."""
    person = await participants.get(conn, user_id)
    if person is None or person.partnership_id is None or person.city_id is None:
        return PersonClock(fallback)
    partnership = await partnerships.get(conn, person.partnership_id)
    city = partnership.city(person.city_id) if partnership else None
    return PersonClock(city.time_zone, city.name) if city else PersonClock(fallback)
