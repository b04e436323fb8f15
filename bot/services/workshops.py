"""Workshops for organisers (create, publish, change, cancel, attendance, exports, links)
and the list participants browse. Every organiser action checks the role here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TypeVar

import aiosqlite

from bot.clock import Clock
from bot.db import dialogs, due_tasks, participants, partnerships, registrations, workshops
from bot.db.connection import Database
from bot.domain.deeplinks import workshop_payload
from bot.domain.participants import Participant
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor, require_organiser
from bot.domain.texts import LocalizedName
from bot.domain.workshop_drafts import WorkshopDraft
from bot.domain.workshops import (
    ACTIVE,
    HOLDS_SEAT,
    NEXT_STAGE,
    QuestionKind,
    Registration,
    RegistrationStatus,
    Workshop,
    WorkshopInputError,
    WorkshopKind,
    WorkshopStatus,
    normalise_check_in_code,
    parse_local_datetime,
    seats_left,
    validate_capacity,
    validate_description,
    validate_reminders,
    validate_times,
    validate_title,
)
from bot.render.formatting import workshop_when
from bot.render.posters import qr_png
from bot.services.errors import UserFacingError
from bot.services.exports import csv_bytes
from bot.services.notify import PRIORITY_CRITICAL, PRIORITY_NORMAL, Notifier
from bot.services.partnerships import existing_partnership
from bot.services.registrations import (
    FEEDBACK,
    OFFER,
    REMINDER,
    NotificationButtons,
    RegistrationService,
    place_text,
    reader_zone,
)
from bot.services.scope import Scope

T = TypeVar("T")
DRAFT_KIND = "new_workshop"
EDIT_KIND = "edit_workshop"
MESSAGE_KIND = "message_workshop"


@dataclass(frozen=True)
class Listing:
    workshop: Workshop
    seats_left: int | None  # for the reader's city; None: unlimited
    registration: Registration | None


@dataclass(frozen=True)
class AttendeeRow:
    registration: Registration
    name: str | None
    answers: dict[int, str]


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
        buttons: NotificationButtons,
        scope: Scope,
    ) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.registrations = registrations
        self.buttons = buttons
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

    # ---------------------------------------------------------------- the creation draft
    async def start_draft(
        self, actor: Actor, partnership: Partnership, language: str, home_city_id: int | None
    ) -> WorkshopDraft:
        require_organiser(actor, partnership.id)
        home = partnership.city(home_city_id or 0) or partnership.cities[0]
        draft = WorkshopDraft(partnership.id, language, home.time_zone)
        await self._save_draft(actor.user_id, draft)
        return draft

    async def draft(self, actor: Actor) -> WorkshopDraft:
        async with self.db.reading() as conn:
            data = await dialogs.data_of(conn, actor.user_id, DRAFT_KIND)
        if data is None:
            raise UserFacingError("workshops-draft-missing")
        draft = WorkshopDraft.from_dict(data)
        require_organiser(actor, draft.partnership_id)
        return draft

    async def update_draft(self, actor: Actor, change: str, value: object = None) -> WorkshopDraft:
        """Apply one step of the conversation; bad input is refused and the step stays."""
        draft = await self.draft(actor)
        try:
            if change == "text":
                draft.enter_text(str(value), self.clock.now())
            elif change == "kind":
                draft.choose_kind(WorkshopKind(str(value)))
            elif change == "place":
                await self._choose_place(draft, value if isinstance(value, int) else None)
            elif change == "skip":
                draft.skip()
            elif change == "quotas":
                partnership = await self._partnership(draft.partnership_id)
                draft.ask_quotas([c.id for c in partnership.cities])
            elif change == "toggle_required" and isinstance(value, int):
                draft.toggle_required(value)
            elif change == "remove_question" and isinstance(value, int):
                draft.remove_question(value)
            elif change == "no_questions":
                draft.clear_questions()
            elif change == "add_question":
                draft.add_question(QuestionKind(str(value)))
            elif change == "questions_done":
                draft.finish_questions()
            elif change == "choose_time" and isinstance(value, int):
                draft.choose_time(value, self.clock.now())
            elif change == "retype_time":
                draft.retype_time()
            else:
                raise UserFacingError("errors-stale-button")
        except (WorkshopInputError, ValueError) as exc:
            reason = exc.reason if isinstance(exc, WorkshopInputError) else "errors-stale-button"
            raise UserFacingError(reason) from None
        await self._save_draft(actor.user_id, draft)
        return draft

    async def _choose_place(self, draft: WorkshopDraft, city_id: int | None) -> None:
        if draft.step != "place":
            raise WorkshopInputError("workshops-error-use-buttons")
        partnership = await self._partnership(draft.partnership_id)
        city = partnership.city(city_id) if city_id else None
        if city_id and city is None:
            raise WorkshopInputError("errors-stale-button")
        draft.choose_place(city.id if city else None, city.time_zone if city else draft.time_zone)

    async def create_from_draft(self, actor: Actor, publish: bool) -> Workshop:
        draft = await self.draft(actor)
        now = self.clock.now()
        try:
            workshop = draft.build(actor.user_id, now)
        except WorkshopInputError as exc:
            raise UserFacingError(exc.reason) from None
        if publish:
            workshop = replace(workshop, status=WorkshopStatus.PUBLISHED)
        async with self.db.transaction() as conn:
            workshop_id = await workshops.save(conn, workshop, now)
            await dialogs.clear_state(conn, actor.user_id)
        return replace(workshop, id=workshop_id)

    async def cancel_draft(self, actor: Actor) -> None:
        async with self.db.transaction() as conn:
            await dialogs.clear_kind(conn, actor.user_id, DRAFT_KIND)

    async def _save_draft(self, user_id: int, draft: WorkshopDraft) -> None:
        async with self.db.transaction() as conn:
            await dialogs.set_state(conn, user_id, DRAFT_KIND, draft.to_dict(), self.clock.now())

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
                    when=lambda lang, z=zone: workshop_when(workshop, lang, z),
                )
        return told

    async def reschedule(
        self, actor: Actor, workshop_id: int, start_text: str, end_text: str
    ) -> Workshop:
        """New times (typed in the workshop's zone); reminders are planned anew and people told."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            workshop = await self._organised(conn, actor, workshop_id)
            try:
                starts_at = parse_local_datetime(start_text, workshop.time_zone)
                ends_at = parse_local_datetime(end_text, workshop.time_zone, day=starts_at)
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
                    when=lambda lang, z=zone: workshop_when(changed, lang, z),
                )
        return changed

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

    # ---------------------------------------------------------------- attendance
    async def attendees(self, actor: Actor, workshop_id: int) -> tuple[Workshop, list[AttendeeRow]]:
        async with self.db.reading() as conn:
            workshop = await self._organised(conn, actor, workshop_id)
            rows = []
            for reg in await registrations.for_workshop(conn, workshop_id, list(ACTIVE)):
                person = await participants.get(conn, reg.user_id)
                rows.append(
                    AttendeeRow(
                        reg,
                        person.display_name if person else None,
                        await registrations.answers(conn, reg.id),
                    )
                )
        return workshop, rows

    async def check_in(self, actor: Actor, workshop_id: int, code: str) -> AttendeeRow:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            await self._organised(conn, actor, workshop_id)
            reg = await registrations.by_code(conn, workshop_id, normalise_check_in_code(code))
            if reg is None or reg.status not in HOLDS_SEAT:
                raise UserFacingError("workshops-checkin-unknown-code")
            if reg.status is not RegistrationStatus.ATTENDED:
                await registrations.set_status(conn, reg.id, RegistrationStatus.ATTENDED, now)
            person = await participants.get(conn, reg.user_id)
            updated = await registrations.get(conn, reg.id)
        assert updated is not None
        return AttendeeRow(updated, person.display_name if person else None, {})

    async def toggle_attended(self, actor: Actor, registration_id: int) -> Registration:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            reg = await registrations.get(conn, registration_id)
            if reg is None:
                raise UserFacingError("errors-stale-button")
            await self._organised(conn, actor, reg.workshop_id)
            if reg.status is RegistrationStatus.ATTENDED:
                new_status = RegistrationStatus.CONFIRMED
            elif reg.status is RegistrationStatus.CONFIRMED:
                new_status = RegistrationStatus.ATTENDED
            else:
                raise UserFacingError("workshops-checkin-unknown-code")
            await registrations.set_status(conn, reg.id, new_status, now)
            updated = await registrations.get(conn, reg.id)
        assert updated is not None
        return updated

    async def export_csv(
        self,
        actor: Actor,
        workshop_id: int,
        language: str,
        headers: list[str],
        question_texts: dict[int, str],
    ) -> bytes:
        workshop, rows = await self.attendees(actor, workshop_id)
        async with self.db.reading() as conn:
            partnership = await partnerships.get(conn, workshop.partnership_id)
        positions = [q.position for q in workshop.questions]

        def city_name(city_id: int | None) -> str:
            city = partnership.city(city_id or 0) if partnership else None
            return city.name.for_reader(language) if city else ""

        return csv_bytes(
            [*headers, *[question_texts[p] for p in positions]],
            (
                [
                    row.registration.id,
                    row.name or "",
                    city_name(row.registration.city_id),
                    row.registration.status.value,
                    row.registration.check_in_code,
                    row.registration.created_at.isoformat(timespec="seconds"),
                    *[row.answers.get(p, "") for p in positions],
                ]
                for row in rows
            ),
        )

    # ---------------------------------------------------------------- reaching people
    async def message_confirmed(self, actor: Actor, workshop_id: int, text: str) -> int:
        """The organiser's own words to everyone confirmed (or checked in); return how many."""
        body = text.strip()
        if not body:
            raise UserFacingError("workshops-error-answer-empty")
        if len(body) > 3000:
            raise UserFacingError("workshops-error-message-long")
        now = self.clock.now()
        async with self.db.transaction() as conn:
            workshop = await self._organised(conn, actor, workshop_id)
            people = await registrations.for_workshop(
                conn, workshop_id, [RegistrationStatus.CONFIRMED, RegistrationStatus.ATTENDED]
            )
            sent = 0
            for reg in people:
                sent += await self.notifier.send(
                    conn,
                    reg.user_id,
                    "workshops-organiser-message",
                    now,
                    priority=PRIORITY_NORMAL,
                    title=workshop.title.for_reader,
                    message=body,
                )
        return sent

    async def next_stage_candidates(self, actor: Actor, workshop_id: int) -> list[Workshop]:
        """Published workshops of the next programme stage that a kick-off can invite to."""
        async with self.db.reading() as conn:
            workshop = await self._organised(conn, actor, workshop_id)
            target_kind = NEXT_STAGE.get(workshop.kind)
            if target_kind is None:
                return []
            found = await workshops.list_for_partnership(
                conn,
                workshop.partnership_id,
                statuses=(WorkshopStatus.PUBLISHED,),
                ending_after=self.clock.now(),
            )
        return [w for w in found if w.kind is target_kind]

    async def invite_next_stage(self, actor: Actor, workshop_id: int, target_id: int) -> int:
        """Invite everyone who attended this workshop to the next one, in one action."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            source = await self._organised(conn, actor, workshop_id)
            target = await self._organised(conn, actor, target_id)
            if (
                target.status is not WorkshopStatus.PUBLISHED
                or target.partnership_id != source.partnership_id
            ):
                raise UserFacingError("errors-stale-button")
            partnership = await partnerships.get(conn, source.partnership_id)
            city = partnership.city(source.city_id or 0) if partnership else None
            invited = 0
            for user_id, _ in await registrations.attended_kickoffs(conn, source.id):
                if await registrations.live_for(conn, target.id, user_id):
                    continue
                zone = await reader_zone(
                    conn, await participants.get(conn, user_id), target.time_zone
                )
                invited += await self.notifier.send(
                    conn,
                    user_id,
                    "workshops-next-stage-invite",
                    now,
                    priority=PRIORITY_NORMAL,
                    dedupe_key=f"next-stage:{source.id}:{target.id}:{user_id}",
                    markup=lambda lang: self.buttons.open_workshop(lang, target.id),
                    source=source.title.for_reader,
                    source_city=(lambda lang: city.name.for_reader(lang)) if city else "",
                    online="yes" if city is None else "no",
                    title=target.title.for_reader,
                    when=lambda lang, z=zone: workshop_when(target, lang, z),
                )
        return invited

    def link(self, workshop_id: int, bot_username: str) -> str:
        return f"https://t.me/{bot_username}?start={workshop_payload(workshop_id)}"

    async def poster_qr(self, actor: Actor, workshop_id: int, bot_username: str) -> bytes:
        async with self.db.reading() as conn:
            await self._organised(conn, actor, workshop_id)
        return qr_png(self.link(workshop_id, bot_username))

    # ---------------------------------------------------------------- helpers
    async def _organised(
        self, conn: aiosqlite.Connection, actor: Actor, workshop_id: int
    ) -> Workshop:
        return await self.scope.organised_workshop(conn, actor, workshop_id)

    async def _partnership(self, partnership_id: int) -> Partnership:
        async with self.db.reading() as conn:
            return await existing_partnership(conn, partnership_id)
