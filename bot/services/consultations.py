"""Consultation hours, the person's side: topic and language, slots on the person's clock,
booking (.ics, video link), reminders, reschedule, cancel with the cut-off policy."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

import aiosqlite

from bot.clock import Clock
from bot.db import checkins as checkins_db
from bot.db import consultations as db
from bot.db import due_tasks, participants, partnerships
from bot.db import toolbox as toolbox_db
from bot.db import toolbox_search as search_db
from bot.db.connection import Database
from bot.db.toolbox_search import Filters
from bot.domain.checkins import out_of_quiet_hours, parse_quiet
from bot.domain.consultations import (
    TOOLBOX_TOPIC,
    Booking,
    Host,
    Slot,
    booking_problem,
    free_slots,
    hosts_for,
    languages_first,
    languages_for,
    minute_slot,
    reminder_moments,
)
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.network import NETWORK_TOPICS
from bot.domain.participants import Participant
from bot.domain.texts import LocalizedName
from bot.domain.toolbox import Entry
from bot.i18n import Translator
from bot.render.calendar import consultation_ics
from bot.render.formatting import clock_time, moment, zone_label
from bot.render.names import person_name
from bot.services.due import TaskAction
from bot.services.errors import UserFacingError
from bot.services.notify import PRIORITY_CRITICAL, PRIORITY_REMINDER, Notifier
from bot.translation import MachineTranslator

NETWORK_ID = 1  # the default network (one per deployment for now)
REMINDER = "consult_reminder"
TIPS = 3  # toolbox entries suggested before the slots


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


class ConsultBooking:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        translator: Translator,
        machine: MachineTranslator,
        admin_ids: frozenset[int],
    ) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.translator = translator
        self.machine = machine
        self.admin_ids = admin_ids

    # ---------------------------------------------------------------- choosing
    async def languages(self, user_id: int, topic: str) -> LanguageChoice:
        _known(topic)
        async with self.db.reading() as conn:
            person = await participants.get(conn, user_id)
            hosts = await db.active_hosts(conn, NETWORK_ID)
        mine = _languages_of(person)
        return LanguageChoice(
            topic, languages_first(mine, SUPPORTED_LANGUAGES), languages_for(hosts, topic)
        )

    async def tips(self, topic: str) -> list[Entry]:
        """Toolbox entries on this topic (none when the toolbox is empty)."""
        _known(topic)
        async with self.db.reading() as conn:
            filters = Filters(topic=TOOLBOX_TOPIC[topic])
            ids = await search_db.listing(conn, filters, self.clock.now(), TIPS)
            return await toolbox_db.get_entries(conn, ids)

    async def slots(
        self, user_id: int, topic: str, language: str, host_id: int = 0, booking_id: int = 0
    ) -> SlotList:
        """Free slots of the hosts who speak `language` and take `topic` (one host when
        rescheduling), on the person's clock."""
        _known(topic, language)
        now = self.clock.now()
        async with self.db.reading() as conn:
            if booking_id:
                old = await self._own_open(conn, user_id, booking_id)
                topic, language, host_id = old.topic, old.language, old.host_id
            hosts = hosts_for(await db.active_hosts(conn, NETWORK_ID), topic, language)
            hosts = [h for h in hosts if not host_id or h.user_id == host_id]
            bookings = [b for h in hosts for b in await db.host_bookings(conn, h.user_id, now)]
            slots = free_slots(hosts, bookings, now)
            names = {h.user_id: await participants.get(conn, h.user_id) for h in hosts}
            clock = await _clock_of(conn, user_id, hosts[0].time_zone if hosts else "UTC")
        by_id = {h.user_id: h for h in hosts}
        return SlotList(topic, language, slots, by_id, names, clock, host_id, booking_id)

    async def pick(
        self, user_id: int, host_id: int, start: int, topic: str, language: str, booking_id: int
    ) -> Pick:
        """The confirmation screen: the same checks as booking, so a stale slot pops up now."""
        _known(topic, language)
        starts_at = minute_slot(start)
        async with self.db.reading() as conn:
            host = await self._check(conn, user_id, host_id, starts_at, topic, language, booking_id)
            person = await participants.get(conn, host_id)
            clock = await _clock_of(conn, user_id, host.time_zone)
        slot = Slot(host_id, starts_at, starts_at + host.duration, 1)
        return Pick(host, person, slot, topic, language, clock, booking_id)

    # ---------------------------------------------------------------- booking
    async def book(
        self,
        user_id: int,
        host_id: int,
        start: int,
        topic: str,
        language: str,
        *,
        note: str | None = None,
        booking_id: int = 0,
        reader_language: str = "en",
    ) -> Booked:
        """Every check again inside one write transaction: twenty people pressing the same
        slot at once get one booking; a rescheduled booking's old slot is freed in it too."""
        _known(topic, language)
        now, starts_at = self.clock.now(), minute_slot(start)
        async with self.db.transaction() as conn:
            host = await self._check(conn, user_id, host_id, starts_at, topic, language, booking_id)
            old = await db.get_booking(conn, booking_id) if booking_id else None
            if old is not None:
                await db.set_status(conn, old.id, "cancelled", now)
                await due_tasks.drop(conn, REMINDER, old.id)
            draft = Booking(
                0, host_id, user_id, starts_at, starts_at + host.duration, topic, language,
                note=note,
            )  # fmt: skip
            booking = replace(draft, id=await db.create_booking(conn, draft, now))
            await self._plan_reminders(conn, booking, now)
            await self._tell_host(conn, booking, host, old, now)
            person = await participants.get(conn, host_id)
            clock = await _clock_of(conn, user_id, host.time_zone)
        calendar = self._calendar(booking, host, person, clock, reader_language)
        return Booked(booking, host, person, clock, calendar, old)

    async def _check(
        self,
        conn: aiosqlite.Connection,
        user_id: int,
        host_id: int,
        starts_at: datetime,
        topic: str,
        language: str,
        booking_id: int,
    ) -> Host:
        """`booking_problem` for this person and slot; a refusal is a pop-up."""
        now = self.clock.now()
        host = await db.get_host(conn, host_id)
        if host is None or not host.active or host.network_id != NETWORK_ID:
            raise UserFacingError("errors-stale-button")
        mine = [b for b in await db.person_bookings(conn, user_id, now) if b.open]
        if booking_id:
            old = await self._own_open(conn, user_id, booking_id)
            if old.host_id != host_id:
                raise UserFacingError("errors-stale-button")  # reschedule keeps the host
            mine = [b for b in mine if b.id != booking_id]
        bookings = [b for b in await db.host_bookings(conn, host_id, now) if b.id != booking_id]
        if any(b.starts_at == starts_at and b.host_id == host_id for b in mine):
            raise UserFacingError("consult-refused-taken")
        problem = booking_problem(host, starts_at, bookings, len(mine), language, topic, now)
        if problem is not None:
            raise UserFacingError(f"consult-refused-{problem.reason}", limit=host.person_limit)
        return host

    # ---------------------------------------------------------------- own bookings
    async def mine(self, user_id: int) -> list[BookingView]:
        """The person's open bookings ahead, earliest first."""
        now = self.clock.now()
        async with self.db.reading() as conn:
            found = [b for b in await db.person_bookings(conn, user_id, now) if b.open]
            return [await self._view(conn, b, now) for b in found]

    async def booking(self, user_id: int, booking_id: int) -> BookingView:
        async with self.db.reading() as conn:
            found = await self._own_open(conn, user_id, booking_id)
            return await self._view(conn, found, self.clock.now())

    async def cancel(self, user_id: int, booking_id: int) -> tuple[BookingView, bytes]:
        """Cancel (late when after the cut-off: recorded); the host is told; the calendar
        entry is withdrawn."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            found = await self._own_open(conn, user_id, booking_id)
            view = await self._view(conn, found, now)
            await db.set_status(conn, found.id, "cancelled", now, late=view.late)
            await due_tasks.drop(conn, REMINDER, found.id)
            await self._tell_host_cancelled(conn, found, view.host, view.late, now)
        calendar = consultation_ics(
            found, host_zone=view.host.time_zone, summary="", description="", url=None,
            uid_domain="twincity-bot", now=now, cancelled=True,
        )  # fmt: skip
        return view, calendar

    async def _view(self, conn: aiosqlite.Connection, found: Booking, now: datetime) -> BookingView:
        host = await db.get_host(conn, found.host_id)
        assert host is not None  # a booking's host row is kept (cascade deletes both)
        person = await participants.get(conn, found.host_id)
        clock = await _clock_of(conn, found.person_id, host.time_zone)
        return BookingView(found, host, person, clock, host.late_cancellation(found.starts_at, now))

    async def _own_open(self, conn: aiosqlite.Connection, user_id: int, booking_id: int) -> Booking:
        found = await db.get_booking(conn, booking_id)
        if found is None or found.person_id != user_id:
            raise UserFacingError("errors-stale-button")
        if not found.open or found.starts_at <= self.clock.now():
            raise UserFacingError("consult-booking-gone")
        return found

    # ---------------------------------------------------------------- telling people
    def _calendar(
        self,
        booking: Booking,
        host: Host,
        person: Participant | None,
        clock: PersonClock,
        language: str,
    ) -> bytes:
        tr = self.translator
        summary = tr.plain(language, "consult-ics-summary", host=person_name(tr, language, person))
        topic = tr.plain(language, f"network-topic-{booking.topic}")
        when = when_text(tr, language, booking.starts_at, booking.ends_at, clock, host.time_zone)
        parts = [when, topic, booking.note or "", host.video_link or ""]
        return consultation_ics(
            booking, host_zone=host.time_zone, summary=summary,
            description="\n".join(p for p in parts if p), url=host.video_link,
            uid_domain="twincity-bot", now=self.clock.now(),
        )  # fmt: skip

    async def _tell_host(
        self,
        conn: aiosqlite.Connection,
        booking: Booking,
        host: Host,
        old: Booking | None,
        now: datetime,
    ) -> None:
        """In the host's language, on their clock."""
        tr, who = self.translator, await participants.get(conn, booking.person_id)
        host_clock = PersonClock(host.time_zone)
        await self.notifier.send(
            conn,
            host.user_id,
            "consult-host-moved" if old else "consult-host-booked",
            now,
            priority=PRIORITY_CRITICAL,
            person=lambda lang: person_name(tr, lang, who),
            when=_when_for(tr, booking, host_clock, host.time_zone),
            before=_when_for(tr, old, host_clock, host.time_zone) if old else "",
            topic=lambda lang: tr.plain(lang, f"network-topic-{booking.topic}"),
            language=lambda lang: tr.plain(lang, f"language-name-{booking.language}"),
            note=booking.note or "",
        )

    async def _tell_host_cancelled(
        self, conn: aiosqlite.Connection, booking: Booking, host: Host, late: bool, now: datetime
    ) -> None:
        tr, who = self.translator, await participants.get(conn, booking.person_id)
        await self.notifier.send(
            conn,
            host.user_id,
            "consult-host-cancelled",
            now,
            priority=PRIORITY_CRITICAL,
            person=lambda lang: person_name(tr, lang, who),
            when=_when_for(tr, booking, PersonClock(host.time_zone), host.time_zone),
            late="yes" if late else "no",
        )

    # ---------------------------------------------------------------- reminders
    async def _plan_reminders(
        self, conn: aiosqlite.Connection, booking: Booking, now: datetime
    ) -> None:
        clock = await _clock_of(conn, booking.person_id, "UTC")
        quiet = parse_quiet(await checkins_db.quiet_hours(conn, booking.person_id))
        moments = reminder_moments(
            booking.starts_at, now, lambda at: out_of_quiet_hours(at, clock.zone, quiet)
        )
        for hours, due in moments:
            await due_tasks.plan(conn, REMINDER, booking.id, due, detail=str(hours))

    async def send_reminder(self, conn: aiosqlite.Connection, booking_id: int, detail: str) -> None:
        """Due task: skipped when the booking was cancelled or moved meanwhile."""
        found = await db.get_booking(conn, booking_id)
        host = await db.get_host(conn, found.host_id) if found else None
        if found is None or host is None or not found.open:
            return
        tr, who = self.translator, await participants.get(conn, found.host_id)
        clock = await _clock_of(conn, found.person_id, host.time_zone)
        await self.notifier.send(
            conn,
            found.person_id,
            "consult-reminder",
            self.clock.now(),
            priority=PRIORITY_REMINDER,
            dedupe_key=f"consult-reminder:{found.id}:{detail}",
            host=lambda lang: person_name(tr, lang, who),
            when=_when_for(tr, found, clock, host.time_zone),
            link=host.video_link or "",
        )

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {REMINDER: self.send_reminder}


def _when_for(
    tr: Translator, booking: Booking, clock: PersonClock, host_zone: str
) -> Callable[[str], str]:
    return lambda lang: when_text(tr, lang, booking.starts_at, booking.ends_at, clock, host_zone)


def _known(topic: str, language: str = "en") -> None:
    """Topic and language from a button: anything else is forged or from an old version."""
    if topic not in NETWORK_TOPICS or language not in SUPPORTED_LANGUAGES:
        raise UserFacingError("errors-stale-button")


def _languages_of(person: Participant | None) -> tuple[str, ...]:
    if person is None:
        return ()
    return (person.language, *sorted(person.languages_spoken - {person.language}))


async def _clock_of(conn: aiosqlite.Connection, user_id: int, fallback: str) -> PersonClock:
    """The person's home city's clock (the host's when the city is unknown)."""
    person = await participants.get(conn, user_id)
    if person is None or person.partnership_id is None or person.city_id is None:
        return PersonClock(fallback)
    partnership = await partnerships.get(conn, person.partnership_id)
    city = partnership.city(person.city_id) if partnership else None
    return PersonClock(city.time_zone, city.name) if city else PersonClock(fallback)
