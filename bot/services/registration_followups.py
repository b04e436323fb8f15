"""After signing up: cancelling, waiting-list offers, reminders and feedback.

`RegistrationFollowUps` holds what the sign-up (`registrations.RegistrationService`, which
builds on it) shares with them: the seat alerts, the planned reminders, whose registration
it is, and where and when a workshop is for its reader.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import aiosqlite
from telegram import InlineKeyboardMarkup

from bot.clock import Clock
from bot.db import due_tasks, participants, partnerships, registrations, roles, workshops
from bot.db.connection import Database
from bot.domain.participants import Participant
from bot.domain.roles import Role
from bot.domain.workshops import (
    ACTIVE,
    FEEDBACK_STARS,
    HOLDS_SEAT,
    Registration,
    RegistrationStatus,
    Waiting,
    Workshop,
    WorkshopInputError,
    WorkshopStatus,
    crossed_alerts,
    next_offer,
    offer_deadline,
    reminder_times,
    validate_answer,
)
from bot.i18n import Translator
from bot.render.formatting import event_time, reader_time
from bot.services.errors import UserFacingError
from bot.services.notify import PRIORITY_CRITICAL, PRIORITY_NORMAL, PRIORITY_REMINDER, Notifier
from bot.services.scope import Scope

REMINDER = "reminder"
OFFER = "offer"
FEEDBACK = "feedback"


class NotificationButtons(Protocol):
    """Buttons of queued messages, built by the presentation layer."""

    def offer(self, language: str, registration_id: int) -> InlineKeyboardMarkup: ...

    def feedback(self, language: str, registration_id: int) -> InlineKeyboardMarkup: ...

    def open_workshop(self, language: str, workshop_id: int) -> InlineKeyboardMarkup: ...

    def open_workshop_below(self, language: str, workshop_id: int) -> InlineKeyboardMarkup: ...


@dataclass(frozen=True)
class RegistrationResult:
    registration: Registration
    workshop: Workshop
    waitlist_position: int | None


class RegistrationFollowUps:
    """Cancelling, waiting-list offers and due tasks of registrations."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        buttons: NotificationButtons,
        scope: Scope,
    ) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.buttons = buttons
        self.scope = scope

    # ---------------------------------------------------------------- cancelling and offers
    async def cancel(self, user_id: int, registration_id: int) -> Registration:
        async with self.db.transaction() as conn:
            return await self._cancel(conn, user_id, registration_id)

    async def _cancel(
        self, conn: aiosqlite.Connection, user_id: int, registration_id: int
    ) -> Registration:
        now = self.clock.now()
        reg = await self._own(conn, user_id, registration_id)
        if reg.status not in ACTIVE or reg.status is RegistrationStatus.ATTENDED:
            raise UserFacingError("workshops-cancel-not-possible")
        await registrations.set_status(conn, reg.id, RegistrationStatus.CANCELLED, now)
        await self._drop_tasks(conn, reg.id)
        if reg.status in HOLDS_SEAT:
            workshop = await workshops.get(conn, reg.workshop_id)
            assert workshop is not None
            await self.offer_free_seats(conn, workshop, now)
        return reg

    async def answer_offer(
        self, user_id: int, registration_id: int, accept: bool
    ) -> RegistrationResult:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            reg = await self._own(conn, user_id, registration_id)
            workshop = await workshops.get(conn, reg.workshop_id)
            assert workshop is not None
            expired = reg.offer_expires_at is not None and now >= reg.offer_expires_at
            if reg.status is not RegistrationStatus.OFFERED or expired:
                raise UserFacingError("workshops-offer-gone")
            await due_tasks.drop(conn, OFFER, reg.id)
            if accept:
                await registrations.set_status(conn, reg.id, RegistrationStatus.CONFIRMED, now)
                await self.plan_for_confirmed(conn, workshop, reg.id, now)
            else:
                await registrations.set_status(conn, reg.id, RegistrationStatus.CANCELLED, now)
                await self.offer_free_seats(conn, workshop, now)
            updated = await registrations.get(conn, reg.id)
        assert updated is not None
        return RegistrationResult(updated, workshop, None)

    async def expire_offer(
        self, conn: aiosqlite.Connection, registration_id: int, detail: str = ""
    ) -> None:
        """Due task: nobody answered the offer in time; pass the seat to the next person."""
        now = self.clock.now()
        reg = await registrations.get(conn, registration_id)
        if reg is None or reg.status is not RegistrationStatus.OFFERED:
            return
        await registrations.set_status(conn, reg.id, RegistrationStatus.CANCELLED, now)
        workshop = await workshops.get(conn, reg.workshop_id)
        assert workshop is not None
        await self.notifier.send(
            conn,
            reg.user_id,
            "workshops-offer-expired",
            now,
            priority=PRIORITY_CRITICAL,
            title=workshop.title.for_reader,
        )
        await self.offer_free_seats(conn, workshop, now)

    async def offer_free_seats(
        self, conn: aiosqlite.Connection, workshop: Workshop, now: datetime
    ) -> None:
        """Offer every free seat to the first person waiting whose city may take it."""
        if workshop.status is not WorkshopStatus.PUBLISHED or now >= workshop.starts_at:
            return
        while True:
            held = await registrations.seat_counts(conn, workshop.id)
            waiting = await registrations.waiting(conn, workshop.id)
            chosen = next_offer(workshop, held, waiting)
            if chosen is None:
                return
            deadline = offer_deadline(now, workshop.starts_at)
            await registrations.set_status(
                conn,
                chosen.registration_id,
                RegistrationStatus.OFFERED,
                now,
                offer_expires_at=deadline,
            )
            await due_tasks.plan(conn, OFFER, chosen.registration_id, deadline)
            await self._send_offer(conn, workshop, chosen, deadline, now)
            await self._seat_alerts(conn, workshop, held.total, held.total + 1, now)

    async def _send_offer(
        self,
        conn: aiosqlite.Connection,
        workshop: Workshop,
        chosen: Waiting,
        deadline: datetime,
        now: datetime,
    ) -> None:
        zone = await self._reader_zone(conn, chosen.user_id, workshop)
        registration_id = chosen.registration_id

        def keyboard(lang: str) -> InlineKeyboardMarkup:
            return self.buttons.offer(lang, registration_id)

        await self.notifier.send(
            conn,
            chosen.user_id,
            "workshops-offer",
            now,
            priority=PRIORITY_CRITICAL,
            markup=keyboard,
            title=workshop.title.for_reader,
            when=lambda lang: event_time(self.notifier.translator, lang, workshop, zone),
            deadline=lambda lang: reader_time(self.notifier.translator, lang, deadline, zone),
        )

    # ---------------------------------------------------------------- due tasks
    async def send_reminder(
        self, conn: aiosqlite.Connection, registration_id: int, detail: str = ""
    ) -> None:
        now = self.clock.now()
        reg = await registrations.get(conn, registration_id)
        if reg is None or reg.status is not RegistrationStatus.CONFIRMED:
            return
        workshop = await workshops.get(conn, reg.workshop_id)
        if workshop is None or workshop.status is not WorkshopStatus.PUBLISHED:
            return
        zone = await self._reader_zone(conn, reg.user_id, workshop)
        place = await place_text(conn, self.notifier.translator, workshop, online_link=True)
        await self.notifier.send(
            conn,
            reg.user_id,
            "workshops-reminder",
            now,
            priority=PRIORITY_REMINDER,
            title=workshop.title.for_reader,
            when=lambda lang: event_time(self.notifier.translator, lang, workshop, zone),
            place=place,
            code=reg.check_in_code,
        )

    async def ask_feedback(
        self, conn: aiosqlite.Connection, registration_id: int, detail: str = ""
    ) -> None:
        now = self.clock.now()
        reg = await registrations.get(conn, registration_id)
        if reg is None or reg.status not in (
            RegistrationStatus.ATTENDED,
            RegistrationStatus.CONFIRMED,
        ):
            return
        if reg.status is RegistrationStatus.CONFIRMED:
            # Only when the organisers did not track attendance at all.
            attended = await registrations.for_workshop(
                conn, reg.workshop_id, [RegistrationStatus.ATTENDED]
            )
            if attended:
                return
        workshop = await workshops.get(conn, reg.workshop_id)
        if workshop is None or workshop.status is WorkshopStatus.CANCELLED:
            return
        await self.notifier.send(
            conn,
            reg.user_id,
            "workshops-feedback-ask",
            now,
            priority=PRIORITY_NORMAL,
            markup=lambda lang: self.buttons.feedback(lang, reg.id),
            title=workshop.title.for_reader,
        )

    async def give_feedback(
        self,
        user_id: int,
        registration_id: int,
        *,
        rating: int | None = None,
        comment: str | None = None,
    ) -> None:
        if rating is not None and rating not in FEEDBACK_STARS:
            raise UserFacingError("errors-stale-button")
        if comment is not None:
            try:
                comment = validate_answer(comment)
            except WorkshopInputError as exc:
                raise UserFacingError(exc.reason) from None
        async with self.db.transaction() as conn:
            reg = await self._own(conn, user_id, registration_id)
            await registrations.save_feedback(conn, reg.id, rating, comment, self.clock.now())

    # ---------------------------------------------------------------- helpers
    async def plan_for_confirmed(
        self, conn: aiosqlite.Connection, workshop: Workshop, registration_id: int, now: datetime
    ) -> None:
        await due_tasks.drop(conn, REMINDER, registration_id)
        for hours, due in reminder_times(workshop, now):
            await due_tasks.plan(conn, REMINDER, registration_id, due, detail=str(hours))
        await due_tasks.plan(conn, FEEDBACK, registration_id, workshop.ends_at)

    async def _own(
        self, conn: aiosqlite.Connection, user_id: int, registration_id: int
    ) -> Registration:
        reg = await registrations.get(conn, registration_id)
        if reg is None or reg.user_id != user_id:
            raise UserFacingError("errors-stale-button")
        return reg

    @staticmethod
    async def _drop_tasks(conn: aiosqlite.Connection, registration_id: int) -> None:
        for kind in (REMINDER, OFFER, FEEDBACK):
            await due_tasks.drop(conn, kind, registration_id)

    async def _seat_alerts(
        self,
        conn: aiosqlite.Connection,
        workshop: Workshop,
        before: int,
        after: int,
        now: datetime,
    ) -> None:
        for percent in crossed_alerts(workshop.capacity, before, after):
            if not await workshops.record_alert(conn, workshop.id, percent, now):
                continue
            recipients = set(await roles.holders(conn, workshop.partnership_id, Role.ORGANISER))
            if workshop.created_by is not None:
                recipients.add(workshop.created_by)
            for organiser in sorted(recipients):
                await self.notifier.send(
                    conn,
                    organiser,
                    "workshops-alert-seats",
                    now,
                    priority=PRIORITY_NORMAL,
                    dedupe_key=f"alert:{workshop.id}:{percent}:{organiser}",
                    title=workshop.title.for_reader,
                    percent=percent,
                    taken=after,
                    capacity=workshop.capacity or 0,
                )

    async def _reader_zone(
        self, conn: aiosqlite.Connection, user_id: int, workshop: Workshop
    ) -> str:
        person = await participants.get(conn, user_id)
        return await reader_zone(conn, person, workshop.time_zone)


async def reader_zone(conn: aiosqlite.Connection, person: Participant | None, fallback: str) -> str:
    """The time zone of the reader's home city (the workshop's own zone if unknown)."""
    if person is None or person.partnership_id is None or person.city_id is None:
        return fallback
    partnership = await partnerships.get(conn, person.partnership_id)
    city = partnership.city(person.city_id) if partnership else None
    return city.time_zone if city else fallback


async def place_text(
    conn: aiosqlite.Connection, tr: Translator, workshop: Workshop, *, online_link: bool
) -> Callable[[str], str]:
    """A function of the reader's language giving the place: city and address, or online.

    The online link is shown only to confirmed people (reminders, their own confirmation).
    """
    if workshop.is_online:
        link = workshop.online_link if online_link and workshop.online_link else None
        return lambda lang: (
            tr.plain(lang, "workshops-place-online-link", link=link)
            if link
            else tr.plain(lang, "workshops-place-online")
        )
    partnership = await partnerships.get(conn, workshop.partnership_id)
    city = partnership.city(workshop.city_id or 0) if partnership else None
    address = workshop.address or ""

    def render(lang: str) -> str:
        name = city.name.for_reader(lang) if city else ""
        return ", ".join(part for part in (name, address) if part)

    return render
