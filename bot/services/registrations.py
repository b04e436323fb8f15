"""Signing up for workshops: seats and city quotas, the waitlist and its offers, reminders.

Every change that touches seats runs in one BEGIN IMMEDIATE transaction, so a full workshop
never gets one seat too many however many people press "sign up" at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import aiosqlite
from telegram import InlineKeyboardMarkup

from bot.clock import Clock
from bot.db import dialogs, due_tasks, participants, partnerships, registrations, roles, workshops
from bot.db.connection import Database
from bot.domain.dialogs import SignupAnswersInput
from bot.domain.participants import Participant
from bot.domain.roles import Role
from bot.domain.scope import Want
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
    has_free_seat,
    new_check_in_code,
    next_offer,
    offer_deadline,
    reminder_times,
    signup_problem,
    validate_answer,
)
from bot.i18n import Translator
from bot.render.calendar import workshop_ics
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


@dataclass(frozen=True)
class RegistrationResult:
    registration: Registration
    workshop: Workshop
    waitlist_position: int | None


@dataclass(frozen=True)
class SignedUp:
    """A registration as its owner is told about it, in their language."""

    result: RegistrationResult
    reader_zone: str  # the reader's own time zone, for the time shown
    place: str  # with the online link: only confirmed people are told it
    calendar: bytes | None  # the .ics, for a confirmed seat


@dataclass(frozen=True)
class AskQuestion:
    """The workshop asks questions first: show question `index`."""

    workshop: Workshop
    index: int


class RegistrationService:
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

    # ---------------------------------------------------------------- reading
    async def workshop(self, user_id: int, workshop_id: int) -> Workshop:
        """The workshop this person is signing up for (its questions)."""
        async with self.db.reading() as conn:
            return await self.scope.workshop(conn, user_id, workshop_id, Want.USE)

    async def my_registration(self, user_id: int, workshop_id: int) -> Registration | None:
        async with self.db.reading() as conn:
            return await registrations.live_for(conn, workshop_id, user_id)

    async def my_registrations(self, user_id: int) -> list[tuple[Registration, Workshop, int]]:
        """Live registrations with their workshop and waitlist position (0 if not waiting)."""
        result = []
        async with self.db.reading() as conn:
            for reg in await registrations.for_user(conn, user_id):
                workshop = await workshops.get(conn, reg.workshop_id)
                if workshop is None or workshop.ends_at < self.clock.now():
                    continue
                position = (
                    await registrations.waitlist_position(conn, reg)
                    if reg.status is RegistrationStatus.WAITLISTED
                    else 0
                )
                result.append((reg, workshop, position))
        return result

    async def waitlist_position(self, registration: Registration) -> int:
        async with self.db.reading() as conn:
            return await registrations.waitlist_position(conn, registration)

    async def registration(self, user_id: int, registration_id: int) -> Registration:
        async with self.db.reading() as conn:
            return await self._own(conn, user_id, registration_id)

    @staticmethod
    def clean_answer(raw: str) -> str:
        try:
            return validate_answer(raw)
        except WorkshopInputError as exc:
            raise UserFacingError(exc.reason) from None

    async def signed_up(self, result: RegistrationResult, language: str) -> SignedUp:
        """How an accepted offer is told, like a sign-up."""
        async with self.db.reading() as conn:
            return await self._signed_up(conn, result, language)

    async def _signed_up(
        self, conn: aiosqlite.Connection, result: RegistrationResult, language: str
    ) -> SignedUp:
        workshop = result.workshop
        zone = await self._reader_zone(conn, result.registration.user_id, workshop)
        if result.registration.status is RegistrationStatus.WAITLISTED:
            return SignedUp(result, zone, "", None)
        place = await place_text(conn, self.notifier.translator, workshop, online_link=True)
        calendar = self._calendar(workshop, language, place, zone)
        return SignedUp(result, zone, place(language), calendar)

    def _calendar(
        self, workshop: Workshop, language: str, place: Callable[[str], str], zone: str
    ) -> bytes:
        """The .ics for a confirmed person (with the online link, which only they may see);
        its description starts with the time as the bot's screens say it."""
        parts = [
            event_time(self.notifier.translator, language, workshop, zone),
            workshop.description.for_reader(language) if workshop.description else "",
            workshop.online_link or "",
        ]
        description = "\n".join(part for part in parts if part)
        return workshop_ics(
            workshop,
            language=language,
            location=place(language),
            description=description,
            uid_domain="twincity-bot",
            now=self.clock.now(),
        )

    # ---------------------------------------------------------------- signing up
    async def sign_up(
        self, user_id: int, workshop_id: int, language: str
    ) -> AskQuestion | SignedUp:
        """The "Sign up" button: refuse, start the questions, or sign up at once: one write
        transaction either way (whatever the person was typing before ends here)."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            workshop, person = await self._can_sign_up(conn, user_id, workshop_id, now)
            if workshop.questions:
                start = SignupAnswersInput(workshop_id, 0)
                await dialogs.set_dialog(conn, user_id, start, now)
                return AskQuestion(workshop, 0)
            await dialogs.clear_state(conn, user_id)
            result = await self._register(conn, workshop, person, (), now)
            return await self._signed_up(conn, result, language)

    async def finish_sign_up(
        self, user_id: int, workshop_id: int, answers: Sequence[tuple[int, str]], language: str
    ) -> SignedUp:
        """The last question answered: end the dialog and sign up, in one transaction."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            await dialogs.clear_state(conn, user_id)
            workshop, person = await self._can_sign_up(conn, user_id, workshop_id, now)
            result = await self._register(conn, workshop, person, answers, now)
            return await self._signed_up(conn, result, language)

    async def register(
        self, user_id: int, workshop_id: int, answers: Sequence[tuple[int, str]]
    ) -> RegistrationResult:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            workshop, person = await self._can_sign_up(conn, user_id, workshop_id, now)
            return await self._register(conn, workshop, person, answers, now)

    async def _can_sign_up(
        self, conn: aiosqlite.Connection, user_id: int, workshop_id: int, now: datetime
    ) -> tuple[Workshop, Participant]:
        """The sign-up rule, checked once per attempt inside its transaction."""
        workshop = await self.scope.workshop(conn, user_id, workshop_id, Want.USE)
        person = await participants.get(conn, user_id)
        if person is None or not person.is_onboarded:
            raise UserFacingError("onboarding-start-first")
        existing = await registrations.live_for(conn, workshop_id, user_id)
        problem = signup_problem(workshop, now, existing.status if existing else None)
        if problem is not None:
            raise UserFacingError(f"workshops-signup-{problem.value}")
        return workshop, person

    async def _register(
        self,
        conn: aiosqlite.Connection,
        workshop: Workshop,
        person: Participant,
        answers: Sequence[tuple[int, str]],
        now: datetime,
    ) -> RegistrationResult:
        """Take a seat (or a waiting-list place) for someone the sign-up rule admitted."""
        workshop_id, user_id = workshop.id, person.user_id
        cleaned = self._check_answers(workshop, answers)
        held = await registrations.seat_counts(conn, workshop_id)
        confirmed = has_free_seat(workshop, held, person.city_id)
        status = RegistrationStatus.CONFIRMED if confirmed else RegistrationStatus.WAITLISTED
        code = await self._unique_code(conn, workshop_id)
        registration_id = await registrations.create(
            conn, workshop_id, user_id, person.city_id, status, code, cleaned, now
        )
        registration = await registrations.get(conn, registration_id)
        assert registration is not None
        position = None
        if confirmed:
            await self.plan_for_confirmed(conn, workshop, registration_id, now)
            await self._seat_alerts(conn, workshop, held.total, held.total + 1, now)
        else:
            position = await registrations.waitlist_position(conn, registration)
        return RegistrationResult(registration, workshop, position)

    @staticmethod
    def _check_answers(
        workshop: Workshop, answers: Sequence[tuple[int, str]]
    ) -> list[tuple[int, str]]:
        given = dict(answers)
        cleaned = []
        for question in workshop.questions:
            raw = given.get(question.position)
            if raw is None:
                if question.required:
                    raise UserFacingError("workshops-error-answer-missing")
                continue
            try:
                cleaned.append((question.position, validate_answer(raw)))
            except WorkshopInputError as exc:
                raise UserFacingError(exc.reason) from None
        return cleaned

    @staticmethod
    async def _unique_code(conn: aiosqlite.Connection, workshop_id: int) -> str:
        while True:
            code = new_check_in_code()
            if not await registrations.code_taken(conn, workshop_id, code):
                return code

    async def plan_for_confirmed(
        self, conn: aiosqlite.Connection, workshop: Workshop, registration_id: int, now: datetime
    ) -> None:
        await due_tasks.drop(conn, REMINDER, registration_id)
        for hours, due in reminder_times(workshop, now):
            await due_tasks.plan(conn, REMINDER, registration_id, due, detail=str(hours))
        await due_tasks.plan(conn, FEEDBACK, registration_id, workshop.ends_at)

    # ---------------------------------------------------------------- cancelling and offers
    async def cancel(self, user_id: int, registration_id: int) -> Registration:
        now = self.clock.now()
        async with self.db.transaction() as conn:
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
