"""Consultation hours, the person's side: topic and language, slots on the person's clock,
booking (.ics, video link), reminders, reschedule, cancel with the cut-off policy."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import aiosqlite

from bot.db import checkins as checkins_db
from bot.db import consult_booking as waiting_db
from bot.db import consultations as db
from bot.db import due_tasks, participants
from bot.db import toolbox as toolbox_db
from bot.db import toolbox_search as search_db
from bot.db.toolbox_search import Filters
from bot.domain.checkins import out_of_quiet_hours, parse_quiet
from bot.domain.consultations import (
    TOOLBOX_TOPIC,
    Booking,
    Host,
    Slot,
    Waiting,
    booking_problem,
    free_slots,
    hosts_for,
    languages_first,
    languages_for,
    minute_slot,
    offer_deadline,
    reminder_moments,
)
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.participants import Participant
from bot.domain.toolbox import Entry
from bot.keyboards import consult as buttons
from bot.render.calendar import consultation_ics
from bot.render.names import person_name
from bot.services.consult_views import (
    Booked,
    BookingView,
    LanguageChoice,
    PersonClock,
    Pick,
    SlotList,
    clock_of,
    known,
    languages_of,
    moment_text,
    when_for,
    when_text,
)
from bot.services.due import TaskAction
from bot.services.errors import UserFacingError
from bot.services.network_part import NetworkPart
from bot.services.notify import PRIORITY_CRITICAL, PRIORITY_REMINDER

NETWORK_ID = 1  # the default network (one per deployment for now)
REMINDER = "consult_reminder"
OFFER = "consult_offer"  # a waiting-list offer's deadline
TIPS = 3  # toolbox entries suggested before the slots


class ConsultBooking(NetworkPart):
    # ---------------------------------------------------------------- choosing
    async def languages(self, user_id: int, topic: str) -> LanguageChoice:
        known(topic)
        async with self.db.reading() as conn:
            person = await participants.get(conn, user_id)
            hosts = await db.active_hosts(conn, NETWORK_ID, self.admin_ids)
        mine = languages_of(person)
        return LanguageChoice(
            topic, languages_first(mine, SUPPORTED_LANGUAGES), languages_for(hosts, topic)
        )

    async def tips(self, topic: str) -> list[Entry]:
        """Toolbox entries on this topic (none when the toolbox is empty)."""
        known(topic)
        async with self.db.reading() as conn:
            filters = Filters(topic=TOOLBOX_TOPIC[topic])
            ids = await search_db.listing(conn, filters, self.clock.now(), TIPS)
            return await toolbox_db.get_entries(conn, ids)

    async def slots(
        self, user_id: int, topic: str, language: str, host_id: int = 0, booking_id: int = 0
    ) -> SlotList:
        """Free slots of the hosts who speak `language` and take `topic` (one host when
        rescheduling), on the person's clock."""
        known(topic, language)
        now = self.clock.now()
        async with self.db.reading() as conn:
            if booking_id:
                old = await self._own_open(conn, user_id, booking_id)
                topic, language, host_id = old.topic, old.language, old.host_id
            hosts = hosts_for(
                await db.active_hosts(conn, NETWORK_ID, self.admin_ids), topic, language
            )
            hosts = [h for h in hosts if not host_id or h.user_id == host_id]
            bookings = [b for h in hosts for b in await self._taken(conn, h, now)]
            slots = free_slots(hosts, bookings, now)
            names = {h.user_id: await participants.get(conn, h.user_id) for h in hosts}
            clock = await clock_of(conn, user_id, hosts[0].time_zone if hosts else "UTC")
        by_id = {h.user_id: h for h in hosts}
        return SlotList(topic, language, slots, by_id, names, clock, host_id, booking_id)

    async def pick(
        self, user_id: int, host_id: int, start: int, topic: str, language: str, booking_id: int
    ) -> Pick:
        """The confirmation screen: the same checks as booking, so a stale slot pops up now."""
        known(topic, language)
        starts_at = minute_slot(start)
        async with self.db.reading() as conn:
            host = await self._check(conn, user_id, host_id, starts_at, topic, language, booking_id)
            person = await participants.get(conn, host_id)
            clock = await clock_of(conn, user_id, host.time_zone)
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
        known(topic, language)
        starts_at = minute_slot(start)
        async with self.db.transaction() as conn:
            host = await self._check(conn, user_id, host_id, starts_at, topic, language, booking_id)
            old = await db.get_booking(conn, booking_id) if booking_id else None
            draft = Booking(
                0, host_id, user_id, starts_at, starts_at + host.duration, topic, language,
                note=note,
            )  # fmt: skip
            return await self._book(conn, draft, host, old, reader_language)

    async def _book(
        self,
        conn: aiosqlite.Connection,
        draft: Booking,
        host: Host,
        old: Booking | None,
        reader_language: str,
    ) -> Booked:
        """Write the checked booking (freeing `old`, whose slot goes to the waiting list),
        plan its reminders, tell the host."""
        now = self.clock.now()
        if old is not None:
            await db.set_status(conn, old.id, "cancelled", now)
            await due_tasks.drop(conn, REMINDER, old.id)
        booking = replace(draft, id=await db.create_booking(conn, draft, now))
        await self._plan_reminders(conn, booking, now)
        await self._tell_host(conn, booking, host, old, now)
        if old is not None:
            await self._offer_freed(conn, host, old.starts_at, now)
        person = await participants.get(conn, host.user_id)
        clock = await clock_of(conn, draft.person_id, host.time_zone)
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
        waiting_id: int = 0,
    ) -> Host:
        """`booking_problem` for this person and slot (an offer held for someone else counts
        as taken; `waiting_id`: the person's own offer); a refusal is a pop-up."""
        now = self.clock.now()
        host = await db.get_host(conn, host_id)
        if host is None or not host.active or host.network_id != NETWORK_ID:
            raise UserFacingError("errors-stale-button")
        if host_id not in self.admin_ids and not await db.may_host(conn, [host_id], NETWORK_ID):
            raise UserFacingError("errors-stale-button")  # no longer staff or coach
        mine = [b for b in await db.person_bookings(conn, user_id, now) if b.open]
        if booking_id:
            old = await self._own_open(conn, user_id, booking_id)
            if old.host_id != host_id:
                raise UserFacingError("errors-stale-button")  # reschedule keeps the host
            mine = [b for b in mine if b.id != booking_id]
        taken = await self._taken(conn, host, now)
        bookings = [b for b in taken if b.id not in (booking_id, -waiting_id)]
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
            await self._offer_freed(conn, view.host, found.starts_at, now)
        calendar = consultation_ics(
            found, host_zone=view.host.time_zone, summary="", description="", url=None,
            uid_domain="twincity-bot", now=now, cancelled=True,
        )  # fmt: skip
        return view, calendar

    async def _view(self, conn: aiosqlite.Connection, found: Booking, now: datetime) -> BookingView:
        host = await db.get_host(conn, found.host_id)
        assert host is not None  # a booking's host row is kept (cascade deletes both)
        person = await participants.get(conn, found.host_id)
        clock = await clock_of(conn, found.person_id, host.time_zone)
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
            when=when_for(tr, booking, host_clock, host.time_zone),
            before=when_for(tr, old, host_clock, host.time_zone) if old else "",
            topic=lambda lang: tr.plain(lang, f"network-topic-{booking.topic}"),
            language=lambda lang: tr.plain(lang, f"language-name-{booking.language}"),
            note=booking.note or "",
            has_note="yes" if booking.note else "no",
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
            when=when_for(tr, booking, PersonClock(host.time_zone), host.time_zone),
            late="yes" if late else "no",
        )

    # ---------------------------------------------------------------- waiting list
    async def join_waiting(self, user_id: int, topic: str, language: str) -> None:
        known(topic, language)
        async with self.db.transaction() as conn:
            await waiting_db.join(conn, user_id, topic, language, self.clock.now())

    async def _taken(self, conn: aiosqlite.Connection, host: Host, now: datetime) -> list[Booking]:
        """The host's bookings plus the slots held by open waiting-list offers."""
        held = [w.held(host) for w in await waiting_db.open_entries(conn, host.network_id)]
        return [*await db.host_bookings(conn, host.user_id, now), *(b for b in held if b)]

    async def _offer_freed(
        self, conn: aiosqlite.Connection, host: Host, starts_at: datetime, now: datetime
    ) -> None:
        """Offer a freed slot to the first person waiting who may book it with this host."""
        deadline = offer_deadline(now, host, starts_at)
        if deadline is None:
            return
        taken = await self._taken(conn, host, now)
        for entry in await waiting_db.open_entries(conn, host.network_id):
            if not entry.wants(host):
                continue
            mine = [b for b in await db.person_bookings(conn, entry.person_id, now) if b.open]
            args = (host, starts_at, taken, len(mine), entry.language, entry.topic, now)
            if booking_problem(*args) is None:
                await waiting_db.offer(conn, entry.id, host.user_id, starts_at, deadline)
                await due_tasks.plan(conn, OFFER, entry.id, deadline)
                await self._send_offer(conn, entry, host, starts_at, deadline, now)
                return

    async def _send_offer(
        self,
        conn: aiosqlite.Connection,
        entry: Waiting,
        host: Host,
        starts_at: datetime,
        deadline: datetime,
        now: datetime,
    ) -> None:
        tr, who = self.translator, await participants.get(conn, host.user_id)
        clock = await clock_of(conn, entry.person_id, host.time_zone)
        ends_at = starts_at + host.duration
        await self.notifier.send(
            conn,
            entry.person_id,
            "consult-offer",
            now,
            priority=PRIORITY_CRITICAL,
            markup=lambda lang: buttons.offer(tr, lang, entry.id),
            host=lambda lang: person_name(tr, lang, who),
            when=lambda lang: when_text(tr, lang, starts_at, ends_at, clock, host.time_zone),
            topic=lambda lang: tr.plain(lang, f"network-topic-{entry.topic}"),
            deadline=lambda lang: moment_text(tr, lang, deadline, clock),
        )

    async def take_offer(self, user_id: int, waiting_id: int, reader_language: str) -> Booked:
        """Book the offered slot: the same checks as any booking, the offer's hold excepted."""
        async with self.db.transaction() as conn:
            entry = await self._own_offer(conn, user_id, waiting_id)
            assert entry.offer_host_id is not None and entry.offer_starts_at is not None
            start = entry.offer_starts_at
            host = await self._check(
                conn, user_id, entry.offer_host_id, start, entry.topic, entry.language, 0,
                waiting_id,
            )  # fmt: skip
            await waiting_db.set_status(conn, entry.id, "booked")
            await due_tasks.drop(conn, OFFER, entry.id)
            draft = Booking(
                0, host.user_id, user_id, start, start + host.duration, entry.topic,
                entry.language,
            )  # fmt: skip
            return await self._book(conn, draft, host, None, reader_language)

    async def pass_offer(self, user_id: int, waiting_id: int) -> None:
        """Not this time: the person leaves the list; the slot goes to the next one."""
        async with self.db.transaction() as conn:
            entry = await self._own_offer(conn, user_id, waiting_id)
            await self._pass_on(conn, entry, "declined")

    async def expire_offer(self, conn: aiosqlite.Connection, waiting_id: int, detail: str) -> None:
        """Due task: nobody answered in time; the person is told and the slot passes on."""
        entry = await waiting_db.get(conn, waiting_id)
        if entry is None or entry.status != "offered":
            return
        await self._pass_on(conn, entry, "expired")
        await self.notifier.send(
            conn, entry.person_id, "consult-offer-expired", self.clock.now(),
            priority=PRIORITY_CRITICAL,
            topic=lambda lang: self.translator.plain(lang, f"network-topic-{entry.topic}"),
        )  # fmt: skip

    async def _pass_on(self, conn: aiosqlite.Connection, entry: Waiting, status: str) -> None:
        now = self.clock.now()
        await waiting_db.set_status(conn, entry.id, status)
        await due_tasks.drop(conn, OFFER, entry.id)
        host = await db.get_host(conn, entry.offer_host_id or 0)
        if host is not None and host.active and entry.offer_starts_at is not None:
            await self._offer_freed(conn, host, entry.offer_starts_at, now)

    async def _own_offer(
        self, conn: aiosqlite.Connection, user_id: int, waiting_id: int
    ) -> Waiting:
        entry = await waiting_db.get(conn, waiting_id)
        if entry is None or entry.person_id != user_id:
            raise UserFacingError("errors-stale-button")
        expired = entry.offer_expires_at is not None and self.clock.now() >= entry.offer_expires_at
        if entry.status != "offered" or expired:
            raise UserFacingError("consult-offer-gone")
        return entry

    # ---------------------------------------------------------------- reminders
    async def _plan_reminders(
        self, conn: aiosqlite.Connection, booking: Booking, now: datetime
    ) -> None:
        clock = await clock_of(conn, booking.person_id, "UTC")
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
        clock = await clock_of(conn, found.person_id, host.time_zone)
        await self.notifier.send(
            conn,
            found.person_id,
            "consult-reminder",
            self.clock.now(),
            priority=PRIORITY_REMINDER,
            dedupe_key=f"consult-reminder:{found.id}:{detail}",
            host=lambda lang: person_name(tr, lang, who),
            when=when_for(tr, found, clock, host.time_zone),
            link=host.video_link or "",
        )

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {REMINDER: self.send_reminder, OFFER: self.expire_offer}
