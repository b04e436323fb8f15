"""A BarCamp's sessions from the people's side: proposing (with the similar-proposal check),
joining as a co-host, withdrawing, and "I'd attend" in the reader's language. Only people
checked in to the workshop take part; everything is checked here, never in handlers."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from bot.db import barcamp as camp_db
from bot.db import barcamp_people as people_db
from bot.db import participants, workshops
from bot.db.barcamp_people import SessionText
from bot.domain.barcamp import Barcamp, CampSession, Phase
from bot.domain.barcamp_people import (
    BarcampInputError,
    Choice,
    clean_description,
    clean_title,
    similar_session,
)
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.participants import Participant
from bot.domain.workshops import Workshop
from bot.services.errors import Unreachable, UserFacingError
from bot.services.event_part import EventPart
from bot.translation import NoMachineTranslation, TranslationUnavailable

PAGE_SIZE = 6


def input_error(error: BarcampInputError) -> UserFacingError:
    """A typed value that cannot be used, named by its own message."""
    return UserFacingError(f"barcamp-input-{error.reason}", **error.values)


@dataclass(frozen=True)
class Seat:
    """A checked-in person's place in a BarCamp: the camp, its workshop, the person."""

    camp: Barcamp
    workshop: Workshop
    person: Participant


@dataclass(frozen=True)
class SessionLine:
    """A session as one reader sees it: in their language when possible, marked as such."""

    session: CampSession
    title: str
    description: str
    machine: bool  # a machine translation (marked, the original a tap away)
    untranslated: bool  # shown in its own language, named


@dataclass(frozen=True)
class InterestView:
    seat: Seat
    lines: tuple[SessionLine, ...]
    chosen: frozenset[int]
    choice: Choice
    page: int
    pages: int
    originals: bool

    def own(self, line: SessionLine) -> bool:
        return self.seat.person.user_id in line.session.hosts


@dataclass(frozen=True)
class ProposalList:
    seat: Seat
    sessions: tuple[CampSession, ...]
    page: int
    pages: int


@dataclass(frozen=True)
class SessionCard:
    seat: Seat
    session: CampSession
    hosts: tuple[Participant | None, ...]


class BarcampSessions(EventPart):
    @property
    def machine_available(self) -> bool:
        return not isinstance(self.machine, NoMachineTranslation)

    async def _seat(self, conn: aiosqlite.Connection, user_id: int, barcamp_id: int) -> Seat:
        """The camp of a person checked in to its workshop; anyone else hears 'not checked in'
        (another partnership's camp looks unknown)."""
        camp = await camp_db.get(conn, barcamp_id)
        workshop = await workshops.get(conn, camp.workshop_id) if camp else None
        person = await participants.get(conn, user_id)
        if camp is None or workshop is None or person is None:
            raise Unreachable("barcamp-gone")
        if person.partnership_id != workshop.partnership_id:
            raise Unreachable("barcamp-gone")
        if user_id not in await camp_db.checked_in(conn, workshop.id):
            raise UserFacingError("barcamp-not-checked-in")
        return Seat(camp, workshop, person)

    async def _session_seat(
        self, conn: aiosqlite.Connection, user_id: int, session_id: int
    ) -> tuple[Seat, CampSession]:
        barcamp_id = await people_db.session_camp(conn, session_id)
        seat = await self._seat(conn, user_id, barcamp_id or 0)
        every = await camp_db.sessions(conn, seat.camp.id, every_status=True)
        return seat, next(s for s in every if s.id == session_id)

    @staticmethod
    def _in_phase(seat: Seat, *phases: Phase) -> None:
        if seat.camp.phase not in phases:
            raise UserFacingError(f"barcamp-phase-not-{phases[0].value}")

    async def seat(self, user_id: int, barcamp_id: int) -> Seat:
        async with self.db.reading() as conn:
            return await self._seat(conn, user_id, barcamp_id)

    # ---------------------------------------------------------------- proposing
    async def start_proposal(self, user_id: int, barcamp_id: int) -> Seat:
        async with self.db.reading() as conn:
            seat = await self._seat(conn, user_id, barcamp_id)
        self._in_phase(seat, Phase.PROPOSE)
        return seat

    @staticmethod
    def check_title(raw: str) -> str:
        try:
            return clean_title(raw)
        except BarcampInputError as error:
            raise input_error(error) from error

    @staticmethod
    def check_description(raw: str) -> str:
        try:
            return clean_description(raw)
        except BarcampInputError as error:
            raise input_error(error) from error

    async def similar(
        self, user_id: int, barcamp_id: int, title: str, description: str
    ) -> CampSession | None:
        """The open proposal (not the person's own) most like this one."""
        async with self.db.reading() as conn:
            seat = await self._seat(conn, user_id, barcamp_id)
            sessions = await camp_db.sessions(conn, seat.camp.id)
        others = [s for s in sessions if user_id not in s.hosts]
        return similar_session(title, description, others)

    async def propose(
        self, user_id: int, barcamp_id: int, title: str, description: str, language: str
    ) -> int:
        title, description = self.check_title(title), self.check_description(description)
        if language not in SUPPORTED_LANGUAGES:
            raise UserFacingError("errors-stale-button")
        async with self.db.transaction() as conn:
            seat = await self._seat(conn, user_id, barcamp_id)
            self._in_phase(seat, Phase.PROPOSE)
            return await camp_db.add_session(
                conn,
                seat.camp.id,
                title,
                description,
                language,
                user_id,
                (user_id,),
                self.clock.now(),
            )

    async def join(self, user_id: int, session_id: int) -> SessionCard:
        """Join an open proposal as a co-host (while proposals are open)."""
        async with self.db.transaction() as conn:
            seat, session = await self._session_seat(conn, user_id, session_id)
            self._in_phase(seat, Phase.PROPOSE)
            if session.status.value != "proposed":
                raise UserFacingError("barcamp-session-gone")
            await people_db.add_host(conn, session_id, user_id)
        return await self.card(user_id, session_id)

    async def withdraw(self, user_id: int, session_id: int) -> Seat:
        async with self.db.transaction() as conn:
            seat, _ = await self._session_seat(conn, user_id, session_id)
            self._in_phase(seat, Phase.PROPOSE)
            if not await people_db.withdraw(conn, session_id, user_id):
                raise UserFacingError("barcamp-session-gone")
        return seat

    async def proposals(
        self, user_id: int, barcamp_id: int, page: int, *, mine: bool = False
    ) -> ProposalList:
        async with self.db.reading() as conn:
            seat = await self._seat(conn, user_id, barcamp_id)
            sessions = await camp_db.sessions(conn, seat.camp.id)
        if mine:
            sessions = [s for s in sessions if user_id in s.hosts]
        pages = max(1, -(-len(sessions) // PAGE_SIZE))
        page = min(page, pages - 1)
        shown = sessions[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        return ProposalList(seat, tuple(shown), page, pages)

    async def card(self, user_id: int, session_id: int) -> SessionCard:
        async with self.db.reading() as conn:
            seat, session = await self._session_seat(conn, user_id, session_id)
            hosts = tuple([await participants.get(conn, h) for h in sorted(session.hosts)])
        if session.status.value != "proposed":
            raise UserFacingError("barcamp-session-gone")
        return SessionCard(seat, session, hosts)

    # ---------------------------------------------------------------- interest
    async def interest(
        self, user_id: int, barcamp_id: int, page: int, *, originals: bool = False
    ) -> InterestView:
        """The sessions in the reader's language (machine-translated and kept when a provider
        exists), the person's choices, and how many they may still choose."""
        async with self.db.reading() as conn:
            seat = await self._seat(conn, user_id, barcamp_id)
            sessions = await camp_db.sessions(conn, seat.camp.id)
            chosen = await people_db.interest_of(conn, seat.camp.id, user_id)
        self._in_phase(seat, Phase.INTEREST)
        pages = max(1, -(-len(sessions) // PAGE_SIZE))
        page = min(page, pages - 1)
        shown = sessions[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        language = seat.person.language
        lines = await self._lines(seat.camp.id, shown, language, originals)
        choice = Choice(len(chosen), seat.camp.interest_limit)
        return InterestView(seat, lines, frozenset(chosen), choice, page, pages, originals)

    async def _lines(
        self, barcamp_id: int, sessions: list[CampSession], language: str, originals: bool
    ) -> tuple[SessionLine, ...]:
        async with self.db.reading() as conn:
            known = await people_db.translations(conn, barcamp_id, language)
        lines = []
        for s in sessions:
            text = None if originals or s.language == language else known.get(s.id)
            if text is None and not originals and s.language != language:
                text = await self._translate(s, language)
            if text is None:
                lines.append(SessionLine(s, s.title, s.description, False, s.language != language))
            else:
                machine = text.source == "machine"
                lines.append(SessionLine(s, text.title, text.description, machine, False))
        return tuple(lines)

    async def _translate(self, session: CampSession, language: str) -> SessionText | None:
        if not self.machine_available:
            return None
        try:
            title = await self.machine.translate(session.title, session.language, language)
            description = (
                await self.machine.translate(session.description, session.language, language)
                if session.description
                else ""
            )
        except TranslationUnavailable:
            return None
        text = SessionText(title[:200], description[:1000], "machine")
        async with self.db.transaction() as conn:
            await people_db.save_translation(conn, session.id, language, text)
        return text

    async def toggle_interest(self, user_id: int, barcamp_id: int, session_id: int) -> Choice:
        """'I'd attend' on or off; over the limit is refused (a pop-up), as is the person's
        own session (hosts are there anyway: it counts for nobody)."""
        async with self.db.transaction() as conn:
            seat = await self._seat(conn, user_id, barcamp_id)
            self._in_phase(seat, Phase.INTEREST)
            sessions = {s.id: s for s in await camp_db.sessions(conn, seat.camp.id)}
            session = sessions.get(session_id)
            if session is None:
                raise UserFacingError("barcamp-session-gone")
            if user_id in session.hosts:
                raise UserFacingError("barcamp-interest-own")
            chosen = await people_db.interest_of(conn, seat.camp.id, user_id)
            limit = seat.camp.interest_limit
            if session_id in chosen:
                await people_db.remove_interest(conn, session_id, user_id)
                return Choice(len(chosen) - 1, limit)
            if len(chosen) >= limit:
                raise UserFacingError("barcamp-interest-full", limit=limit)
            await camp_db.add_interest(conn, session_id, user_id, self.clock.now())
            return Choice(len(chosen) + 1, limit)
