"""Signing up for workshops: seats and city quotas, a seat or a waiting-list place.

What follows a sign-up (cancelling, waiting-list offers, reminders, feedback) is in
`registration_followups`, which `RegistrationService` builds on.

Every change that touches seats runs in one BEGIN IMMEDIATE transaction, so a full workshop
never gets one seat too many however many people press "sign up" at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db import dialogs, participants, registrations, workshops
from bot.domain.dialogs import SignupAnswersInput
from bot.domain.participants import Participant
from bot.domain.scope import Want
from bot.domain.workshops import (
    Registration,
    RegistrationStatus,
    SignupProblem,
    Workshop,
    WorkshopInputError,
    has_free_seat,
    new_check_in_code,
    signup_problem,
    validate_answer,
)
from bot.render.calendar import workshop_ics
from bot.render.formatting import event_time
from bot.services.errors import UserFacingError
from bot.services.registration_followups import (
    FEEDBACK,
    OFFER,
    REMINDER,
    NotificationButtons,
    RegistrationFollowUps,
    RegistrationResult,
    place_text,
    reader_zone,
)

# The area's names, importable from here whichever of the two modules holds them.
__all__ = [
    "FEEDBACK",
    "OFFER",
    "REMINDER",
    "AskQuestion",
    "NotificationButtons",
    "RegistrationResult",
    "RegistrationService",
    "SignedUp",
    "place_text",
    "reader_zone",
]


@dataclass(frozen=True)
class SignedUp:
    """A registration as its owner is told about it, in their language."""

    result: RegistrationResult
    reader_zone: str  # the reader's own time zone, for the time shown
    place: str  # with the online link: only confirmed people are told it
    calendar: bytes | None  # the .ics, for a confirmed seat


@dataclass(frozen=True)
class Cancelled:
    """A cancelled sign-up; `calendar` takes the event out of the person's calendar."""

    registration: Registration  # as it was before cancelling
    workshop: Workshop
    calendar: bytes | None


@dataclass(frozen=True)
class AskQuestion:
    """The workshop asks questions first: show question `index`."""

    workshop: Workshop
    index: int


class RegistrationService(RegistrationFollowUps):
    """Signing up (this module) and what follows it (`RegistrationFollowUps`)."""

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
        self, user_id: int, workshop_id: int, language: str, card_message_id: int = 0
    ) -> AskQuestion | SignedUp:
        """The "Sign up" button: refuse, start the questions, or sign up at once: one write
        transaction either way (whatever the person was typing before ends here). The first
        question replaces the card (`card_message_id`), whose buttons a typed answer removes."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            workshop, person = await self._can_sign_up(conn, user_id, workshop_id, now)
            if workshop.questions:
                start = SignupAnswersInput(workshop_id, 0, prompt_message_id=card_message_id)
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
        if (
            problem is SignupProblem.ALREADY
            and existing is not None
            and existing.status is RegistrationStatus.WAITLISTED
        ):
            # A second tap, or the same tap handled again after a crash between the commit and
            # the reply (the inbox replays it): repeat where they stand, not "signed up".
            position = await registrations.waitlist_position(conn, existing)
            raise UserFacingError("workshops-status-waitlisted", position=position)
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

    async def cancel_sign_up(self, user_id: int, registration_id: int, language: str) -> Cancelled:
        """ "Cancel my sign-up": with a calendar cancellation for whoever got a calendar file."""
        async with self.db.transaction() as conn:
            reg = await self._cancel(conn, user_id, registration_id)
            workshop = await workshops.get(conn, reg.workshop_id)
        assert workshop is not None
        if reg.status is not RegistrationStatus.CONFIRMED:
            return Cancelled(reg, workshop, None)  # only a confirmed seat came with a .ics
        calendar = workshop_ics(
            workshop,
            language=language,
            location="",
            description="",
            uid_domain="twincity-bot",
            now=self.clock.now(),
            cancelled=True,
        )
        return Cancelled(reg, workshop, calendar)
