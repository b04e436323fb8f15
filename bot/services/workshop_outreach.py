"""Reaching people about a workshop: the organiser's message to everyone confirmed, the
invitation to the next programme stage, and the link and QR code of the poster. Every action
checks the organiser role here."""

from __future__ import annotations

from typing import Literal

import aiosqlite

from bot.clock import Clock
from bot.db import insight, participants, partnerships, registrations, workshops
from bot.db.connection import Database
from bot.domain.deeplinks import workshop_payload
from bot.domain.roles import Actor
from bot.domain.workshops import NEXT_STAGE, RegistrationStatus, Workshop, WorkshopStatus
from bot.render.formatting import event_time, venue_time, workshop_when, zone_label
from bot.render.posters import PosterText, poster, qr_png
from bot.services.errors import UserFacingError
from bot.services.notify import PRIORITY_NORMAL, Notifier
from bot.services.registration_followups import place_text
from bot.services.registrations import NotificationButtons, reader_zone
from bot.services.scope import Scope

MAX_MESSAGE_LENGTH = 3000  # room for the heading around the organiser's words


def _checked_message(text: str) -> str:
    body = text.strip()
    if not body:
        raise UserFacingError("workshops-error-answer-empty")
    if len(body) > MAX_MESSAGE_LENGTH:
        raise UserFacingError("workshops-error-message-long")
    return body


class WorkshopOutreachService:
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

    async def message_reach(self, actor: Actor, workshop_id: int, text: str | None = None) -> int:
        """How many people a message about this workshop reaches (asked before sending); a
        typed `text` is checked here, so that a message that cannot go is refused first."""
        if text is not None:
            _checked_message(text)
        async with self.db.reading() as conn:
            await self.scope.organised_workshop(conn, actor, workshop_id)
            people = await registrations.for_workshop(
                conn, workshop_id, [RegistrationStatus.CONFIRMED, RegistrationStatus.ATTENDED]
            )
            return sum([await participants.is_reachable(conn, r.user_id) for r in people])

    async def message_confirmed(self, actor: Actor, workshop_id: int, text: str) -> int:
        """The organiser's own words to everyone confirmed (or checked in), under a button
        that opens the workshop's card; return how many."""
        body = _checked_message(text)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            workshop = await self.scope.organised_workshop(conn, actor, workshop_id)
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
                    markup=lambda lang: self.buttons.open_workshop_below(lang, workshop_id),
                    title=workshop.title.for_reader,
                    message=body,
                )
        return sent

    async def next_stage_candidates(self, actor: Actor, workshop_id: int) -> list[Workshop]:
        """Published workshops of the next programme stage that a kick-off can invite to."""
        async with self.db.reading() as conn:
            workshop = await self.scope.organised_workshop(conn, actor, workshop_id)
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

    async def next_stage_reach(
        self, actor: Actor, workshop_id: int, target_id: int
    ) -> tuple[Workshop, Workshop, int]:
        """The two workshops and how many attendees an invitation reaches (asked first)."""
        async with self.db.reading() as conn:
            source, target = await self._stages(conn, actor, workshop_id, target_id)
            count = 0
            for user_id, _ in await registrations.attended_kickoffs(conn, source.id):
                if not await registrations.live_for(conn, target.id, user_id):
                    count += await participants.is_reachable(conn, user_id)
        return source, target, count

    async def _stages(
        self, conn: aiosqlite.Connection, actor: Actor, workshop_id: int, target_id: int
    ) -> tuple[Workshop, Workshop]:
        source = await self.scope.organised_workshop(conn, actor, workshop_id)
        target = await self.scope.organised_workshop(conn, actor, target_id)
        if (
            target.status is not WorkshopStatus.PUBLISHED
            or target.partnership_id != source.partnership_id
        ):
            raise UserFacingError("errors-stale-button")
        return source, target

    async def invite_next_stage(self, actor: Actor, workshop_id: int, target_id: int) -> int:
        """Invite everyone who attended this workshop to the next one, in one action."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            source, target = await self._stages(conn, actor, workshop_id, target_id)
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
                    when=lambda lang, z=zone: event_time(self.notifier.translator, lang, target, z),
                )
        return invited

    def link(self, workshop_id: int, bot_username: str) -> str:
        return f"https://t.me/{bot_username}?start={workshop_payload(workshop_id)}"

    async def poster_qr(self, actor: Actor, workshop_id: int, bot_username: str) -> bytes:
        async with self.db.reading() as conn:
            await self.scope.organised_workshop(conn, actor, workshop_id)
        return qr_png(self.link(workshop_id, bot_username))

    async def poster_pdf(
        self,
        actor: Actor,
        workshop_id: int,
        bot_username: str,
        language: str,
        kind: Literal["pdf", "png"] = "pdf",
    ) -> bytes:
        """The printable A4 poster: in the organiser's language, and below in the language
        most people of the partner city use (when it differs)."""
        async with self.db.reading() as conn:
            workshop = await self.scope.organised_workshop(conn, actor, workshop_id)
            place = await place_text(conn, self.notifier.translator, workshop, online_link=False)
            spoken = await insight.participants_by_city_and_language(conn, workshop.partnership_id)
            partnership = await partnerships.get(conn, workshop.partnership_id)
        home = workshop.city_id or await self._organiser_city(actor)
        partner = [c.id for c in partnership.cities if c.id != home] if partnership else []
        languages = [language, *partner_languages(spoken, partner, language)]
        texts = [self._poster_text(workshop, lang, place(lang)) for lang in languages]
        return poster(self.link(workshop_id, bot_username), texts, kind=kind)

    async def _organiser_city(self, actor: Actor) -> int | None:
        async with self.db.reading() as conn:
            person = await participants.get(conn, actor.user_id)
        return person.city_id if person else None

    def _poster_text(self, workshop: Workshop, language: str, place: str) -> PosterText:
        tr, zone = self.notifier.translator, workshop.time_zone
        when = (
            venue_time(
                tr, language, workshop_when(workshop, language, zone), zone_label(zone, language)
            )
            if workshop.is_online
            else event_time(tr, language, workshop, zone)
        )
        return PosterText(
            title=workshop.title.for_reader(language),
            when=when,
            place=place,
            scan=tr.plain(language, "workshops-poster-scan"),
        )


def partner_languages(
    spoken: list[tuple[int | None, str, int]], cities: list[int], own: str
) -> list[str]:
    """The language most people of the partner cities use, unless it is the poster's own."""
    counts: dict[str, int] = {}
    for city_id, lang, count in spoken:
        if city_id in cities:
            counts[lang] = counts.get(lang, 0) + count
    if not counts:
        return []
    most = max(sorted(counts), key=lambda lang: counts[lang])
    return [] if most == own else [most]
