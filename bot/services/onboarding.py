"""Signing up a participant: language, partnership, home city, consent, optional profile."""

from __future__ import annotations

from dataclasses import dataclass, replace

import aiosqlite

from bot.clock import Clock
from bot.db import call_decisions, dialogs, invitations, participants, partnerships, workshops
from bot.db.connection import Database
from bot.domain.calls import city_key
from bot.domain.deeplinks import InvitationLink, PartnershipLink, WorkshopLink, parse_payload
from bot.domain.invitations import Invitation
from bot.domain.languages import is_supported
from bot.domain.participants import (
    OnboardingStep,
    Participant,
    clean_display_name,
    clean_first_name,
    toggle,
)
from bot.domain.partnerships import Partnership
from bot.domain.roles import Role
from bot.domain.scope import advertised
from bot.services.errors import NotFound, UserFacingError


@dataclass(frozen=True)
class NextStep:
    """Where onboarding goes on, after what a deep link preset has been applied."""

    participant: Participant
    partnerships: tuple[Partnership, ...] = ()  # the choice, when the partnership is asked
    partnership: Partnership | None = None  # whose cities to offer, when the city is asked
    suggested_city: int | None = None  # the city a deep link or poster suggests (never set)

    @property
    def step(self) -> OnboardingStep:
        return self.participant.next_step


class OnboardingService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def participant(self, user_id: int) -> Participant | None:
        async with self.db.reading() as conn:
            return await participants.get(conn, user_id)

    async def toggle_announcements(self, user_id: int) -> Participant:
        async with self.db.transaction() as conn:
            current = await self._existing(conn, user_id)
            await participants.set_muted(conn, user_id, not current.announcements_muted)
            updated = await participants.get(conn, user_id)
        assert updated is not None
        return updated

    async def mute_announcements(self, user_id: int) -> None:
        """Muted from an announcement's own button; the profile turns them on again."""
        async with self.db.transaction() as conn:
            await participants.set_muted(conn, user_id, True)

    async def mark_reachable(self, user_id: int) -> Participant | None:
        async with self.db.transaction() as conn:
            await participants.mark_reachable(conn, user_id)
            return await participants.get(conn, user_id)

    async def note_first_name(self, user_id: int, first_name: str | None) -> Participant | None:
        """Keep the Telegram first name current; the caller writes only when it changed."""
        async with self.db.transaction() as conn:
            await participants.set_first_name(conn, user_id, clean_first_name(first_name))
            return await participants.get(conn, user_id)

    async def choose_language(self, user_id: int, language: str) -> Participant:
        async with self.db.transaction() as conn:
            return await self._choose_language(conn, user_id, language)

    async def choose_partnership(self, user_id: int, partnership_id: int) -> Participant:
        async with self.db.transaction() as conn:
            return await self._choose_partnership(conn, user_id, partnership_id)

    async def choose_city(self, user_id: int, city_id: int) -> Participant:
        async with self.db.transaction() as conn:
            return await self._choose_city(conn, user_id, city_id)

    # ------------------------------------------- one call per onboarding step, presets applied
    async def next_step(self, user_id: int) -> NextStep:
        """Resume onboarding where it stopped (applying a deep link's presets)."""
        async with self.db.transaction() as conn:
            return await self._continue(conn, await self._existing(conn, user_id))

    async def answer_language(self, user_id: int, language: str) -> NextStep:
        """The language button: save it, then go as far as the deep link's presets allow."""
        async with self.db.transaction() as conn:
            return await self._continue(conn, await self._choose_language(conn, user_id, language))

    async def answer_partnership(self, user_id: int, partnership_id: int) -> NextStep:
        async with self.db.transaction() as conn:
            chosen = await self._choose_partnership(conn, user_id, partnership_id)
            return await self._continue(conn, chosen)

    async def answer_city(self, user_id: int, city_id: int) -> NextStep:
        async with self.db.transaction() as conn:
            return await self._continue(conn, await self._choose_city(conn, user_id, city_id))

    async def _continue(self, conn: aiosqlite.Connection, participant: Participant) -> NextStep:
        step = participant.next_step
        if step not in (OnboardingStep.PARTNERSHIP, OnboardingStep.CITY):
            return NextStep(participant)
        preset_partnership, preset_city = await self._preset(conn, participant.user_id)
        options = await partnerships.list_all(conn)
        if step is OnboardingStep.PARTNERSHIP:
            chosen = next((p for p in options if p.id == preset_partnership), None)
            if chosen is None and len(options) == 1:
                chosen = options[0]
            if chosen is None:
                return NextStep(participant, partnerships=tuple(options))
            participant = await self._choose_partnership(conn, participant.user_id, chosen.id)
        partnership = next(p for p in options if p.id == participant.partnership_id)
        if await self._invited_coach(conn, participant.user_id) == partnership.id:
            # A coach looks after teams of both cities: no home city asked (the profile has it).
            participant = replace(participant, city_optional=True)
            await participants.save(conn, participant, self.clock.now())
            return NextStep(participant)
        # A poster's city is only a suggestion: a Krasnodar resident may scan the Karlsruhe one.
        suggested = preset_city if partnership.city(preset_city or 0) is not None else None
        return NextStep(participant, partnership=partnership, suggested_city=suggested)

    async def _choose_language(
        self, conn: aiosqlite.Connection, user_id: int, language: str
    ) -> Participant:
        if not is_supported(language):
            raise UserFacingError("errors-stale-button")
        current = await participants.get(conn, user_id)
        updated = (
            replace(current, language=language)
            if current
            else Participant(user_id=user_id, language=language)
        )
        await participants.save(conn, updated, self.clock.now())
        return updated

    async def _choose_partnership(
        self, conn: aiosqlite.Connection, user_id: int, partnership_id: int
    ) -> Participant:
        current = await self._existing(conn, user_id)
        if await partnerships.get(conn, partnership_id) is None:
            raise NotFound("onboarding-partnership-unknown")
        if current.partnership_id == partnership_id:
            return current
        updated = replace(
            current, partnership_id=partnership_id, city_id=None, interests=frozenset()
        )
        await participants.save(conn, updated, self.clock.now())
        return updated

    async def _choose_city(
        self, conn: aiosqlite.Connection, user_id: int, city_id: int
    ) -> Participant:
        current = await self._existing(conn, user_id)
        partnership = (
            await partnerships.get(conn, current.partnership_id) if current.partnership_id else None
        )
        if partnership is None or partnership.city(city_id) is None:
            raise NotFound("onboarding-city-unknown")
        updated = replace(current, city_id=city_id)
        await participants.save(conn, updated, self.clock.now())
        return updated

    async def accept_privacy(self, user_id: int) -> Participant:
        async with self.db.transaction() as conn:
            current = await self._existing(conn, user_id)
            if current.is_onboarded:  # an old consent button: nothing left to agree to
                raise UserFacingError("errors-stale-button")
            updated = replace(
                current, privacy_accepted_at=current.privacy_accepted_at or self.clock.now()
            )
            await participants.save(conn, updated, self.clock.now())
        return updated

    async def decline_privacy(self, user_id: int) -> None:
        """Without consent we keep nothing about the person."""
        async with self.db.transaction() as conn:
            current = await participants.get(conn, user_id)
            if current is not None and current.is_onboarded:
                # An old consent button must not erase a profile: /deleteme asks first.
                raise UserFacingError("errors-stale-button")
            await participants.delete(conn, user_id)
            await dialogs.clear_state(conn, user_id)
            await dialogs.pop_pending_deeplink(conn, user_id)

    async def set_display_name(self, user_id: int, raw: str) -> Participant:
        try:
            name = clean_display_name(raw)
        except ValueError:
            raise UserFacingError("profile-name-invalid") from None
        async with self.db.transaction() as conn:
            current = await self._existing(conn, user_id)
            updated = replace(current, display_name=name)
            await participants.save(conn, updated, self.clock.now())
        return updated

    async def toggle_spoken_language(self, user_id: int, language: str) -> Participant:
        if not is_supported(language):
            raise UserFacingError("errors-stale-button")
        async with self.db.transaction() as conn:
            current = await self._existing(conn, user_id)
            updated = replace(current, languages_spoken=toggle(current.languages_spoken, language))
            await participants.save(conn, updated, self.clock.now())
        return updated

    async def toggle_interest(self, user_id: int, theme_id: int) -> Participant:
        async with self.db.transaction() as conn:
            current = await self._existing(conn, user_id)
            partnership = (
                await partnerships.get(conn, current.partnership_id)
                if current.partnership_id
                else None
            )
            if partnership is None or partnership.theme(theme_id) is None:
                raise UserFacingError("errors-stale-button")
            updated = replace(current, interests=toggle(current.interests, theme_id))
            await participants.save(conn, updated, self.clock.now())
        return updated

    async def remember_deeplink(self, user_id: int, payload: str) -> None:
        async with self.db.transaction() as conn:
            await dialogs.set_pending_deeplink(conn, user_id, payload, self.clock.now())

    async def pending_deeplink(self, user_id: int) -> str | None:
        async with self.db.reading() as conn:
            return await dialogs.peek_pending_deeplink(conn, user_id)

    async def preset(self, user_id: int) -> tuple[int | None, int | None]:
        """Partnership and city that the deep link a newcomer arrived by points to."""
        async with self.db.reading() as conn:
            return await self._preset(conn, user_id)

    @staticmethod
    async def _preset(conn: aiosqlite.Connection, user_id: int) -> tuple[int | None, int | None]:
        payload = await dialogs.peek_pending_deeplink(conn, user_id)
        link = parse_payload(payload) if payload else None
        if isinstance(link, PartnershipLink):
            return link.partnership_id, link.city_id
        if isinstance(link, InvitationLink):
            invitation = await invitations.get(conn, link.token)
            if invitation is None:
                return None, None
            return invitation.partnership_id, await _applied_city(conn, invitation, user_id)
        if isinstance(link, WorkshopLink):
            workshop = await workshops.get(conn, link.workshop_id)
            if workshop is not None and advertised(workshop):  # a draft suggests nothing
                return workshop.partnership_id, workshop.city_id
        return None, None

    async def coach_invitation(self, user_id: int) -> Partnership | None:
        """The partnership whose coach this newcomer's pending invitation link makes them
        (a valid, unused coach invitation), else None."""
        async with self.db.reading() as conn:
            partnership_id = await self._invited_coach(conn, user_id)
            return await partnerships.get(conn, partnership_id) if partnership_id else None

    async def _invited_coach(self, conn: aiosqlite.Connection, user_id: int) -> int | None:
        payload = await dialogs.peek_pending_deeplink(conn, user_id)
        link = parse_payload(payload) if payload else None
        if not isinstance(link, InvitationLink):
            return None
        invitation = await invitations.get(conn, link.token)
        if invitation is None or invitation.role is not Role.COACH:
            return None
        return None if invitation.problem(self.clock.now()) else invitation.partnership_id

    async def take_deeplink(self, user_id: int) -> str | None:
        async with self.db.transaction() as conn:
            return await dialogs.pop_pending_deeplink(conn, user_id)

    @staticmethod
    async def _existing(conn: aiosqlite.Connection, user_id: int) -> Participant:
        current = await participants.get(conn, user_id)
        if current is None:
            raise UserFacingError("onboarding-start-first")
        return current


async def _applied_city(
    conn: aiosqlite.Connection, invitation: Invitation, user_id: int
) -> int | None:
    """An accepted applicant's invitation suggests the city they applied for (its namesake in
    the partnership their application became)."""
    applied = await call_decisions.applicant_city(conn, invitation.partnership_id, user_id)
    partnership = await partnerships.get(conn, invitation.partnership_id) if applied else None
    if applied is None or partnership is None:
        return None
    return next(
        (
            c.id
            for c in partnership.cities
            if city_key(c.name.for_reader("en")) == city_key(applied)
        ),
        None,
    )
