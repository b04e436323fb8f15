"""Workshops: the list participants browse, and the organiser's changes to a workshop
(publish, cancel, new times, capacity, reminders, translations). Every organiser action checks
the role here; the creation draft, attendance and reaching people have services of their own
(workshop_drafts, workshop_attendance, workshop_outreach)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

import aiosqlite

from bot.clock import Clock
from bot.db import due_tasks, participants, partnerships, registrations, workshops
from bot.db.connection import Database
from bot.domain.local_time import Fold, Gap, resolve_local
from bot.domain.participants import Participant
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor, require_organiser
from bot.domain.texts import LocalizedName
from bot.domain.workshop_draft_steps import DURATIONS
from bot.domain.workshops import (
    ACTIVE,
    Registration,
    RegistrationStatus,
    Workshop,
    WorkshopInputError,
    WorkshopStatus,
    parse_wall_clock,
    seats_left,
    validate_capacity,
    validate_description,
    validate_reminders,
    validate_times,
    validate_title,
)
from bot.render.formatting import event_time
from bot.services.errors import UserFacingError
from bot.services.notify import PRIORITY_CRITICAL, Notifier
from bot.services.partnerships import existing_partnership
from bot.services.registrations import (
    FEEDBACK,
    OFFER,
    REMINDER,
    RegistrationService,
    place_text,
    reader_zone,
)
from bot.services.scope import Scope

T = TypeVar("T")


@dataclass(frozen=True)
class Listing:
    workshop: Workshop
    seats_left: int | None  # for the reader's city; None: unlimited
    registration: Registration | None


@dataclass(frozen=True)
class Rescheduled:
    workshop: Workshop
    fold: Fold | None  # a typed time that happens twice: the first one was taken


class TimeSkipped(UserFacingError):
    """A typed time the clocks skip there (the night they spring forward)."""

    def __init__(self, gap: Gap) -> None:
        super().__init__("workshops-error-time-gap")
        self.gap = gap


def _on_the_clock(
    raw: str, time_zone: str, *, day: datetime | None = None
) -> tuple[datetime, Fold | None]:
    """A typed local time as a moment: refused when skipped, the first one when it repeats."""
    try:
        wall = parse_wall_clock(raw, time_zone, day=day)
    except WorkshopInputError as exc:
        raise UserFacingError(exc.reason) from None
    found = resolve_local(wall, time_zone)
    if isinstance(found, Gap):
        raise TimeSkipped(found)
    if isinstance(found, Fold):
        return found.earlier, found
    return found.at, None


def checked(validate: Callable[[str], T], raw: str) -> T:
    """Run an input rule; its complaint becomes a message to the organiser."""
    try:
        return validate(raw)
    except WorkshopInputError as exc:
        raise UserFacingError(exc.reason) from None


class WorkshopService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        registrations: RegistrationService,
        scope: Scope,
    ) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.registrations = registrations
        self.scope = scope

    # ---------------------------------------------------------------- participants' view
    async def upcoming_for(self, person: Participant) -> list[Listing]:
        """Published workshops not yet over: own city first, then online, then partner cities."""
        if person.partnership_id is None:
            return []
        async with self.db.reading() as conn:
            found = await workshops.list_for_partnership(
                conn,
                person.partnership_id,
                statuses=(WorkshopStatus.PUBLISHED,),
                ending_after=self.clock.now(),
            )
            held = await registrations.seat_counts_of(conn, [w.id for w in found])
            mine = {r.workshop_id: r for r in await registrations.for_user(conn, person.user_id)}
        listings = [
            Listing(w, seats_left(w, held[w.id], person.city_id), mine.get(w.id)) for w in found
        ]

        def order(listing: Listing) -> tuple[int, datetime]:
            w = listing.workshop
            rank = 0 if w.city_id == person.city_id else 1 if w.city_id is None else 2
            return rank, w.starts_at

        return sorted(listings, key=order)

    async def listing(self, person: Participant, workshop_id: int) -> Listing:
        async with self.db.reading() as conn:
            w = await self.scope.workshop(conn, person.user_id, workshop_id)
            held = await registrations.seat_counts(conn, w.id)
            mine = await registrations.live_for(conn, w.id, person.user_id)
        return Listing(w, seats_left(w, held, person.city_id), mine)

    async def elsewhere(
        self, user_id: int, workshop_id: int
    ) -> tuple[Workshop, Partnership] | None:
        """A published workshop of another partnership (its link or poster is public), with
        that partnership; None for the person's own, unknown or unreachable ones."""
        async with self.db.reading() as conn:
            found = await self.scope.elsewhere(conn, user_id, workshop_id)
            if found is None:
                return None
            return found, await existing_partnership(conn, found.partnership_id)

    async def reader_zone_of(self, person: Participant | None) -> str:
        async with self.db.reading() as conn:
            partnership = (
                await partnerships.get(conn, person.partnership_id)
                if person and person.partnership_id
                else None
            )
            fallback = partnership.cities[0].time_zone if partnership else "UTC"
            return await reader_zone(conn, person, fallback)

    async def place(self, workshop: Workshop, *, with_link: bool) -> Callable[[str], str]:
        async with self.db.reading() as conn:
            return await place_text(conn, self.notifier.translator, workshop, online_link=with_link)

    # ---------------------------------------------------------------- organiser actions
    async def organised(self, actor: Actor, partnership_id: int) -> list[Workshop]:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            return await workshops.list_for_partnership(
                conn,
                partnership_id,
                statuses=tuple(WorkshopStatus),
                ending_after=self.clock.now(),
            )

    async def for_organiser(
        self, actor: Actor, workshop_id: int
    ) -> tuple[Workshop, dict[str, int]]:
        """The workshop and its counts by registration status."""
        async with self.db.reading() as conn:
            workshop = await self._organised(conn, actor, workshop_id)
            counts: dict[str, int] = {}
            for reg in await registrations.for_workshop(conn, workshop_id, list(ACTIVE)):
                counts[reg.status.value] = counts.get(reg.status.value, 0) + 1
        return workshop, counts

    async def set_published(self, actor: Actor, workshop_id: int, published: bool) -> Workshop:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            workshop = await self._organised(conn, actor, workshop_id)
            if workshop.status is WorkshopStatus.CANCELLED:
                raise UserFacingError("workshops-already-cancelled")
            status = WorkshopStatus.PUBLISHED if published else WorkshopStatus.DRAFT
            await workshops.set_status(conn, workshop_id, status, now)
        return replace(workshop, status=status)

    async def cancel_workshop(self, actor: Actor, workshop_id: int) -> int:
        """Cancel and tell everyone registered, in their language; return how many were told."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            workshop = await self._organised(conn, actor, workshop_id)
            if workshop.status is WorkshopStatus.CANCELLED:
                raise UserFacingError("workshops-already-cancelled")
            await workshops.set_status(conn, workshop_id, WorkshopStatus.CANCELLED, now)
            told = 0
            for reg in await registrations.for_workshop(conn, workshop_id, list(ACTIVE)):
                await registrations.set_status(conn, reg.id, RegistrationStatus.CANCELLED, now)
                for kind in (REMINDER, OFFER, FEEDBACK):
                    await due_tasks.drop(conn, kind, reg.id)
                zone = await reader_zone(
                    conn, await participants.get(conn, reg.user_id), workshop.time_zone
                )
                told += await self.notifier.send(
                    conn,
                    reg.user_id,
                    "workshops-cancelled-notice",
                    now,
                    priority=PRIORITY_CRITICAL,
                    title=workshop.title.for_reader,
                    when=lambda lang, z=zone: event_time(
                        self.notifier.translator, lang, workshop, z
                    ),
                )
        return told

    async def check_day(self, actor: Actor, workshop_id: int, day: date) -> Workshop:
        """A new day from the calendar: not one gone by at the venue."""
        async with self.db.reading() as conn:
            workshop = await self._organised(conn, actor, workshop_id)
        if day < self.clock.now().astimezone(ZoneInfo(workshop.time_zone)).date():
            raise UserFacingError("workshops-error-day-past")
        return workshop

    async def check_start(
        self, actor: Actor, workshop_id: int, start_text: str
    ) -> tuple[Workshop, datetime]:
        """A typed new start, checked before the end is asked: readable, on the clock there
        (not skipped by a clock change), in the future."""
        async with self.db.reading() as conn:
            workshop = await self._organised(conn, actor, workshop_id)
        starts_at, _ = _on_the_clock(start_text, workshop.time_zone)
        if starts_at <= self.clock.now():
            raise UserFacingError("workshops-error-in-past")
        return workshop, starts_at

    async def reschedule(
        self,
        actor: Actor,
        workshop_id: int,
        start_text: str,
        end_text: str = "",
        *,
        minutes: int | None = None,
    ) -> Rescheduled:
        """New times (typed in the workshop's zone); reminders are planned anew and people told.

        The same rule as a new workshop's: a time the clocks skip is refused; a time that
        happens twice (the night clocks go back) is taken the first time, and that is said."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            workshop = await self._organised(conn, actor, workshop_id)
            starts_at, start_fold = _on_the_clock(start_text, workshop.time_zone)
            if minutes is not None and minutes not in DURATIONS:
                raise UserFacingError("errors-stale-button")
            if minutes is not None:  # a duration button
                ends_at, end_fold = starts_at + timedelta(minutes=minutes), None
            else:
                ends_at, end_fold = _on_the_clock(end_text, workshop.time_zone, day=starts_at)
            try:
                validate_times(starts_at, ends_at, now)
            except WorkshopInputError as exc:
                raise UserFacingError(exc.reason) from None
            changed = replace(workshop, starts_at=starts_at, ends_at=ends_at)
            if changed.registration_deadline and changed.registration_deadline > starts_at:
                changed = replace(changed, registration_deadline=None)
            await workshops.save(conn, changed, now)
            confirmed = await registrations.for_workshop(
                conn, workshop_id, [RegistrationStatus.CONFIRMED]
            )
            for reg in confirmed:
                await due_tasks.drop(conn, REMINDER, reg.id)
                await self.registrations.plan_for_confirmed(conn, changed, reg.id, now)
            for reg in await registrations.for_workshop(conn, workshop_id, list(ACTIVE)):
                zone = await reader_zone(
                    conn, await participants.get(conn, reg.user_id), workshop.time_zone
                )
                await self.notifier.send(
                    conn,
                    reg.user_id,
                    "workshops-time-changed",
                    now,
                    priority=PRIORITY_CRITICAL,
                    title=changed.title.for_reader,
                    when=lambda lang, z=zone: event_time(
                        self.notifier.translator, lang, changed, z
                    ),
                )
        return Rescheduled(changed, start_fold or end_fold)

    async def set_capacity(self, actor: Actor, workshop_id: int, raw: str | None) -> Workshop:
        """A new capacity (None: unlimited); freed seats go to the waitlist in order."""
        now = self.clock.now()
        try:
            capacity = validate_capacity(raw) if raw is not None else None
        except WorkshopInputError as exc:
            raise UserFacingError(exc.reason) from None
        async with self.db.transaction() as conn:
            workshop = await self._organised(conn, actor, workshop_id)
            held = await registrations.seat_counts(conn, workshop_id)
            if capacity is not None and capacity < held.total:
                raise UserFacingError("workshops-error-capacity-below-taken", taken=held.total)
            if capacity is not None and sum(workshop.city_quotas.values()) > capacity:
                raise UserFacingError("workshops-error-quotas-over-capacity")
            changed = replace(workshop, capacity=capacity)
            await workshops.save(conn, changed, now)
            await self.registrations.offer_free_seats(conn, changed, now)
        return changed

    async def set_reminders(
        self, actor: Actor, workshop_id: int, hours: tuple[int, ...]
    ) -> Workshop:
        """New reminder times; every confirmed person's reminders are planned anew."""
        now = self.clock.now()
        try:
            validate_reminders(hours)
        except WorkshopInputError as exc:
            raise UserFacingError(exc.reason) from None
        async with self.db.transaction() as conn:
            workshop = await self._organised(conn, actor, workshop_id)
            changed = replace(workshop, reminder_hours=hours)
            await workshops.save(conn, changed, now)
            for reg in await registrations.for_workshop(
                conn, workshop_id, [RegistrationStatus.CONFIRMED]
            ):
                await self.registrations.plan_for_confirmed(conn, changed, reg.id, now)
        return changed

    async def translate_description(
        self, actor: Actor, workshop_id: int, language: str, raw: str
    ) -> Workshop:
        text = checked(validate_description, raw)
        async with self.db.transaction() as conn:
            workshop = await self._organised(conn, actor, workshop_id)
            current = workshop.description or LocalizedName({language: text})
            changed = replace(workshop, description=current.with_text(language, text))
            await workshops.save(conn, changed, self.clock.now())
        return changed

    async def translate_title(
        self, actor: Actor, workshop_id: int, language: str, raw: str
    ) -> Workshop:
        title = checked(validate_title, raw)
        async with self.db.transaction() as conn:
            workshop = await self._organised(conn, actor, workshop_id)
            changed = replace(workshop, title=workshop.title.with_text(language, title))
            await workshops.save(conn, changed, self.clock.now())
        return changed

    # ---------------------------------------------------------------- helpers
    async def _organised(
        self, conn: aiosqlite.Connection, actor: Actor, workshop_id: int
    ) -> Workshop:
        return await self.scope.organised_workshop(conn, actor, workshop_id)
