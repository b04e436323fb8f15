"""Consultation hours, the host's side: network staff and coaches publish weekly availability
on their own clock with its rules, see their bookings and mark attended / no-show.

Who may host is checked here on every call (a forged button of someone who is no longer
staff or coach is refused); a host's settings change only their future slots, never a
booking already made (bookings keep their UTC times).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

import aiosqlite

from bot.db import consultations as consult_db
from bot.db import participants, partnerships
from bot.db.codec import time_from_sql, time_to_sql
from bot.domain import consult_hosting as rules
from bot.domain.consultations import Booking, Host, Slot, open_slots
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.network import NETWORK_TOPICS
from bot.domain.participants import Participant
from bot.domain.partnerships import City, InvalidTimeZone, parse_time_zone
from bot.domain.roles import Actor, PermissionDenied
from bot.i18n import Translator
from bot.keyboards import consult_hosting as kb
from bot.render.consult_hosting import host_time, person_time
from bot.render.formatting import reader_time
from bot.render.names import person_name
from bot.services.due import TaskAction
from bot.services.errors import Unreachable, UserFacingError
from bot.services.network_part import NetworkPart
from bot.services.notify import PRIORITY_CRITICAL, PRIORITY_NORMAL
from bot.services.registration_followups import reader_zone

MARK_TASK = "hosting_mark"
HOST_GONE_TASK = "hosting_host_gone"
SHOWN_SLOTS = 3
LISTED = 8  # bookings per part of the list (awaiting a mark, upcoming)


def may_host(actor: Actor) -> bool:
    """Network staff and coaches host consultation hours."""
    return actor.in_network_office or actor.coaches


@dataclass(frozen=True)
class HostView:
    """What the host's home shows: the settings, whose clock, the next slots, the counts."""

    host: Host
    home: City | None
    next_slots: tuple[Slot, ...]
    attended: int
    no_show: int


@dataclass(frozen=True)
class BookingLine:
    booking: Booking
    person: Participant | None
    city: City | None
    markable: bool


@dataclass(frozen=True)
class BookingsView:
    host: Host
    home: City | None
    awaiting: tuple[BookingLine, ...]  # started, not marked yet: first
    upcoming: tuple[BookingLine, ...]


@dataclass(frozen=True)
class Ahead:
    """The bookings still to come, before pausing or stopping."""

    people: int
    bookings: int


class ConsultHosting(NetworkPart):
    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {MARK_TASK: self.ask_mark, HOST_GONE_TASK: self.tell_host_gone}

    # ------------------------------------------------------------------ the host's home
    async def view(self, actor: Actor) -> HostView | None:
        """The host's settings and what a person will see; None when not set up yet."""
        _require(actor)
        now = self.clock.now()
        async with self.db.reading() as conn:
            host = await consult_db.get_host(conn, actor.user_id)
            if host is None:
                return None
            home = await _home_city(conn, actor.user_id)
            bookings = await consult_db.host_bookings(conn, host.user_id, now)
            counts = await consult_db.hosting_mark_counts(conn, host.user_id)
        slots = tuple(s for s in open_slots(host, bookings, now) if not s.full)[:SHOWN_SLOTS]
        return HostView(host, home, slots, counts["attended"], counts["no_show"])

    async def set_up(self, actor: Actor) -> None:
        """A new host: their city's clock, their language, no windows yet."""
        _require(actor)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            if await consult_db.get_host(conn, actor.user_id) is not None:
                return  # pressed twice: the settings stay as they are
            person = await participants.get(conn, actor.user_id)
            home = await _home_city(conn, actor.user_id)
            zone = home.time_zone if home else "Europe/Berlin"
            language = person.language if person else "en"
            await consult_db.save_host(conn, rules.default_host(actor.user_id, zone, language), now)

    async def host(self, actor: Actor) -> tuple[Host, City | None]:
        _require(actor)
        async with self.db.reading() as conn:
            host = await _host(conn, actor.user_id)
            return host, await _home_city(conn, actor.user_id)

    # ------------------------------------------------------------------ settings
    async def set_number(self, actor: Actor, setting: rules.HostNumber, value: int) -> None:
        if value not in rules.NUMBER_CHOICES[setting]:
            raise UserFacingError("errors-stale-button")
        await self._change(actor, lambda h: rules.with_number(h, setting, value))

    async def add_window(self, actor: Actor, weekday: int, text: str) -> None:
        """A typed window of one weekday; bad input hears what to type."""
        if not 0 <= weekday <= 6:
            raise UserFacingError("errors-stale-button")
        try:
            window = rules.parse_window(text, weekday)
            await self._change(actor, lambda h: rules.with_window(h, window))
        except rules.WindowProblem as problem:
            raise UserFacingError(f"hosting-window-refused-{problem.reason}") from problem

    async def remove_window(self, actor: Actor, weekday: int, starts: int) -> None:
        """Remove one window (removed already: a stale button)."""
        try:
            await self._change(actor, lambda h: rules.without_window(h, weekday, starts))
        except rules.WindowProblem as exc:
            raise UserFacingError("errors-stale-button") from exc

    async def use_own_zone(self, actor: Actor) -> None:
        async with self.db.reading() as conn:
            home = await _home_city(conn, actor.user_id)
        if home is None:
            raise UserFacingError("hosting-zone-no-city")
        await self._change(actor, lambda h: replace(h, time_zone=home.time_zone))

    async def set_zone(self, actor: Actor, text: str) -> None:
        try:
            zone = parse_time_zone(text)
        except InvalidTimeZone as exc:
            raise UserFacingError("hosting-zone-refused") from exc
        await self._change(actor, lambda h: replace(h, time_zone=zone))

    async def toggle_language(self, actor: Actor, language: str) -> None:
        if language not in SUPPORTED_LANGUAGES:
            raise UserFacingError("errors-stale-button")
        host, _ = await self.host(actor)
        languages = rules.toggled(host.languages, language)
        if not languages:
            raise UserFacingError("hosting-languages-keep-one")
        await self._change(actor, lambda h: replace(h, languages=languages))

    async def toggle_topic(self, actor: Actor, topic: str) -> None:
        if topic not in NETWORK_TOPICS:
            raise UserFacingError("errors-stale-button")
        await self._change(actor, lambda h: replace(h, topics=rules.toggled(h.topics, topic)))

    async def set_video_link(self, actor: Actor, text: str) -> None:
        try:
            link = rules.parse_video_link(text)
        except rules.InvalidVideoLink as exc:
            raise UserFacingError("hosting-video-refused") from exc
        await self._change(actor, lambda h: replace(h, video_link=link))

    async def remove_video_link(self, actor: Actor) -> None:
        await self._change(actor, lambda h: replace(h, video_link=None))

    async def resume(self, actor: Actor) -> None:
        await self._change(actor, lambda h: replace(h, active=True))

    async def _change(self, actor: Actor, change: HostChange) -> None:
        _require(actor)
        async with self.db.transaction() as conn:
            host = await _host(conn, actor.user_id)
            await consult_db.save_host(conn, change(host), self.clock.now())

    # ------------------------------------------------------------------ pausing and stopping
    async def ahead(self, actor: Actor) -> Ahead:
        """How many people hold bookings still to come (named before pausing or stopping)."""
        _require(actor)
        async with self.db.reading() as conn:
            upcoming = await consult_db.hosting_upcoming(conn, actor.user_id, self.clock.now())
        return Ahead(len({b.person_id for b in upcoming}), len(upcoming))

    async def pause(self, actor: Actor) -> int:
        """Pause: no new slots; the bookings ahead are cancelled and their people told."""
        return await self._close(actor, lambda h: replace(h, active=False))

    async def stop(self, actor: Actor) -> int:
        """Stop hosting: paused and without windows; the row stays for the history."""
        return await self._close(actor, lambda h: replace(h, active=False, windows=()))

    async def _close(self, actor: Actor, change: HostChange) -> int:
        _require(actor)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            host = await _host(conn, actor.user_id)
            await consult_db.save_host(conn, change(host), now)
            upcoming = await consult_db.hosting_upcoming(conn, host.user_id, now)
            for booking in upcoming:
                await consult_db.set_status(conn, booking.id, "cancelled", now)
                await self._tell_cancelled(conn, booking.person_id, booking, now)
        return len({b.person_id for b in upcoming})

    async def _tell_cancelled(
        self, conn: aiosqlite.Connection, person_id: int, booking: Booking, now: datetime
    ) -> None:
        person = await participants.get(conn, person_id)
        zone = await reader_zone(conn, person, "Europe/Berlin")
        start, end = booking.starts_at, booking.ends_at
        await self.notifier.send(
            conn,
            person_id,
            "hosting-cancelled-by-host",
            now,
            priority=PRIORITY_CRITICAL,
            when=lambda lang: person_time(self.translator, lang, start, end, zone),
        )

    # ------------------------------------------------------------------ bookings and marks
    async def bookings(self, actor: Actor) -> BookingsView:
        _require(actor)
        now = self.clock.now()
        async with self.db.reading() as conn:
            host = await _host(conn, actor.user_id)
            home = await _home_city(conn, actor.user_id)
            awaiting = await consult_db.hosting_awaiting_marks(conn, host.user_id, now, LISTED)
            upcoming = await consult_db.hosting_upcoming(conn, host.user_id, now, LISTED)
            lines = [await _line(conn, b, now) for b in (*awaiting, *upcoming)]
        return BookingsView(
            host, home, tuple(lines[: len(awaiting)]), tuple(lines[len(awaiting) :])
        )

    async def booking(self, actor: Actor, booking_id: int) -> tuple[BookingLine, Host, City | None]:
        """One of the host's own bookings (another host's looks like a stale button)."""
        _require(actor)
        async with self.db.reading() as conn:
            booking = await consult_db.get_booking(conn, booking_id)
            if booking is None or booking.host_id != actor.user_id:
                raise Unreachable("errors-stale-button")
            host = await _host(conn, actor.user_id)
            line = await _line(conn, booking, self.clock.now())
            return line, host, await _home_city(conn, actor.user_id)

    async def mark(self, actor: Actor, booking_id: int, mark: rules.Mark) -> None:
        """Attended / no-show, only after the start; the first mark can be changed once."""
        _require(actor)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            record = await consult_db.hosting_mark_record(conn, booking_id)
            if record is None or record.booking.host_id != actor.user_id:
                raise Unreachable("errors-stale-button")
            problem = rules.mark_problem(record, mark, now)
            if problem is not None:
                raise UserFacingError(f"hosting-mark-refused-{problem.reason}")
            if record.booking.status != mark:
                change = rules.is_change(record, mark)
                await consult_db.hosting_set_mark(conn, booking_id, mark, now, change=change)

    async def mark_changes(self, booking_id: int) -> int:
        async with self.db.reading() as conn:
            record = await consult_db.hosting_mark_record(conn, booking_id)
        return record.changes if record else 0

    # ------------------------------------------------------------------ due work
    async def ask_mark(self, conn: aiosqlite.Connection, booking_id: int, detail: str) -> None:
        """After a booking's end the host is asked: attended or no-show (one tap)."""
        booking = await consult_db.get_booking(conn, booking_id)
        if booking is None or booking.status != "booked" or time_to_sql(booking.ends_at) != detail:
            return  # cancelled, marked already, or moved (a new task is planned for the new end)
        host = await consult_db.get_host(conn, booking.host_id)
        if host is None:
            return
        line = await _line(conn, booking, self.clock.now())
        home = await _home_city(conn, host.user_id)
        tr = self.translator
        await self.notifier.send(
            conn,
            host.user_id,
            "hosting-mark-ask",
            self.clock.now(),
            priority=PRIORITY_NORMAL,
            markup=lambda lang: kb.mark_buttons(tr, lang, booking_id, on_list=False),
            dedupe_key=f"hosting-mark:{booking_id}:{detail}",
            when=lambda lang: host_time(tr, host, home, lang, booking.starts_at, booking.ends_at),
            person=lambda lang: person_label(tr, lang, line),
            topic=lambda lang: tr.plain(lang, f"network-topic-{booking.topic}"),
        )

    async def tell_host_gone(self, conn: aiosqlite.Connection, person_id: int, detail: str) -> None:
        """A host erased their data: the people booked with them hear their booking is off."""
        starts = time_from_sql(detail)
        now = self.clock.now()
        if starts is None or starts <= now:
            return
        person = await participants.get(conn, person_id)
        zone = await reader_zone(conn, person, "Europe/Berlin")
        await self.notifier.send(
            conn,
            person_id,
            "hosting-cancelled-host-gone",
            now,
            priority=PRIORITY_CRITICAL,
            when=lambda lang: reader_time(self.translator, lang, starts, zone),
        )


def person_label(tr: Translator, language: str, line: BookingLine) -> str:
    """The booked person as the host reads them: name and city."""
    city = line.city.name if line.city else None
    return person_name(tr, language, line.person, city)


def _require(actor: Actor) -> None:
    if not may_host(actor):
        raise PermissionDenied("host")


async def _host(conn: aiosqlite.Connection, user_id: int) -> Host:
    host = await consult_db.get_host(conn, user_id)
    if host is None:
        raise UserFacingError("hosting-not-set-up")
    return host


async def _home_city(conn: aiosqlite.Connection, user_id: int) -> City | None:
    person = await participants.get(conn, user_id)
    if person is None or person.partnership_id is None or person.city_id is None:
        return None
    partnership = await partnerships.get(conn, person.partnership_id)
    return partnership.city(person.city_id) if partnership else None


async def _line(conn: aiosqlite.Connection, booking: Booking, now: datetime) -> BookingLine:
    person = await participants.get(conn, booking.person_id)
    city = await _home_city(conn, booking.person_id)
    return BookingLine(booking, person, city, booking.markable(now))


HostChange = Callable[[Host], Host]
