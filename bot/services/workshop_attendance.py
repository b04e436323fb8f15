"""Who comes to a workshop: the attendee list with their answers, check-in by code, the
attended toggle and the CSV export. Every action checks the organiser role here."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.db import participants, partnerships, registrations
from bot.db.connection import Database
from bot.domain.participants import shown_name
from bot.domain.roles import Actor
from bot.domain.workshops import (
    ACTIVE,
    HOLDS_SEAT,
    Registration,
    RegistrationStatus,
    Workshop,
    normalise_check_in_code,
)
from bot.services.errors import UserFacingError
from bot.services.exports import csv_bytes
from bot.services.scope import Scope


@dataclass(frozen=True)
class AttendeeRow:
    registration: Registration
    name: str | None  # shown_name: None only for someone who never wrote to the bot
    answers: dict[int, str]


class WorkshopAttendanceService:
    def __init__(self, db: Database, clock: Clock, scope: Scope) -> None:
        self.db = db
        self.clock = clock
        self.scope = scope

    async def attendees(self, actor: Actor, workshop_id: int) -> tuple[Workshop, list[AttendeeRow]]:
        async with self.db.reading() as conn:
            workshop = await self.scope.organised_workshop(conn, actor, workshop_id)
            rows = []
            for reg in await registrations.for_workshop(conn, workshop_id, list(ACTIVE)):
                person = await participants.get(conn, reg.user_id)
                rows.append(
                    AttendeeRow(
                        reg,
                        shown_name(person),
                        await registrations.answers(conn, reg.id),
                    )
                )
        return workshop, rows

    async def check_in(self, actor: Actor, workshop_id: int, code: str) -> AttendeeRow:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            await self.scope.organised_workshop(conn, actor, workshop_id)
            reg = await registrations.by_code(conn, workshop_id, normalise_check_in_code(code))
            if reg is None or reg.status not in HOLDS_SEAT:
                raise UserFacingError("workshops-checkin-unknown-code")
            if reg.status is not RegistrationStatus.ATTENDED:
                await registrations.set_status(conn, reg.id, RegistrationStatus.ATTENDED, now)
            person = await participants.get(conn, reg.user_id)
            updated = await registrations.get(conn, reg.id)
        assert updated is not None
        return AttendeeRow(updated, shown_name(person), {})

    async def toggle_attended(self, actor: Actor, registration_id: int) -> Registration:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            reg = await registrations.get(conn, registration_id)
            if reg is None:
                raise UserFacingError("errors-stale-button")
            await self.scope.organised_workshop(conn, actor, reg.workshop_id)
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
        unnamed: str,
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
                    row.name or unnamed,
                    city_name(row.registration.city_id),
                    row.registration.status.value,
                    row.registration.check_in_code,
                    row.registration.created_at.isoformat(timespec="seconds"),
                    *[row.answers.get(p, "") for p in positions],
                ]
                for row in rows
            ),
        )
