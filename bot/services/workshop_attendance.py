"""Who comes to a workshop: the attendee list with their answers, check-in by code, the
attended toggle and the CSV export. Every action checks the organiser role here."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.db import participants, partnerships, registrations
from bot.db.connection import Database
from bot.domain.participants import Participant, shown_name
from bot.domain.roles import Actor
from bot.domain.workshops import (
    ACTIVE,
    HOLDS_SEAT,
    Registration,
    RegistrationStatus,
    Workshop,
    normalise_check_in_code,
)
from bot.i18n import Translator
from bot.render.formatting import zone_label
from bot.render.names import person_name
from bot.services.errors import UserFacingError
from bot.services.exports import csv_bytes, sheet_time
from bot.services.scope import Scope

CSV_COLUMNS = ("id", "name", "city", "status", "code")


@dataclass(frozen=True)
class AttendeeRow:
    registration: Registration
    name: str | None  # shown_name: None only for someone who never wrote to the bot
    answers: dict[int, str]
    person: Participant | None = None


class WorkshopAttendanceService:
    def __init__(self, db: Database, clock: Clock, scope: Scope, tr: Translator) -> None:
        self.db = db
        self.clock = clock
        self.scope = scope
        self.tr = tr

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
                        person,
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
        self, actor: Actor, workshop_id: int, language: str, question_texts: dict[int, str]
    ) -> bytes:
        """The attendee list for a spreadsheet in the organiser's language, times on the
        venue's clock (named in the header), one column per sign-up question."""
        workshop, rows = await self.attendees(actor, workshop_id)
        async with self.db.reading() as conn:
            partnership = await partnerships.get(conn, workshop.partnership_id)
        positions = [q.position for q in workshop.questions]
        tr = self.tr

        def city_name(city_id: int | None) -> str:
            city = partnership.city(city_id or 0) if partnership else None
            return city.name.for_reader(language) if city else ""

        venue = (
            workshop.venue_city.for_reader(language)
            if workshop.venue_city
            else zone_label(workshop.time_zone, language)
        )
        header = [
            *[tr.plain(language, f"workshops-csv-{column}") for column in CSV_COLUMNS],
            tr.plain(language, "workshops-csv-signed-up", city=venue),
            *[question_texts[p] for p in positions],
        ]
        return csv_bytes(
            language,
            header,
            (
                [
                    row.registration.id,
                    person_name(tr, language, row.person),
                    city_name(row.registration.city_id),
                    tr.plain(language, f"workshops-registration-{row.registration.status.value}"),
                    row.registration.check_in_code,
                    sheet_time(row.registration.created_at, language, workshop.time_zone),
                    *[row.answers.get(p, "") for p in positions],
                ]
                for row in rows
            ),
        )
