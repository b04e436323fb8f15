"""Coaching check-ins: a cadence per team, each member asked at the team's local time in
their own city (never in their quiet hours), one nudge, alarms to the coach, a digest per
round, a weekly overview per coach, pauses, and a closing round with an outcome report.

Everything due lives in `due_tasks` (open, ask, nudge, close, overview), so a restart
neither loses nor repeats a message.

This module: who may do what, answering, quiet hours, and the names of the due tasks.
checkin_rounds: cadence and rounds (open, ask, nudge); checkin_digests: closing and digests;
coach_overview: the weekly overview.
"""

from __future__ import annotations

from datetime import time
from typing import Protocol

import aiosqlite
from telegram import InlineKeyboardMarkup

from bot.clock import Clock
from bot.db import checkins as db
from bot.db import ideas, participants, partnerships, roles, teams
from bot.db.connection import Database
from bot.domain.checkins import (
    CLOSING_QUESTIONS,
    MAX_ANSWER,
    QUIET_PRESETS,
    REGULAR_QUESTIONS,
    Question,
    RoundKind,
    alarming,
    format_quiet,
    parse_quiet,
)
from bot.domain.participants import Participant
from bot.domain.roles import Actor, Role
from bot.domain.teams import Team
from bot.i18n import Translator
from bot.render.names import person_name_for
from bot.services.errors import UserFacingError
from bot.services.notify import PRIORITY_CRITICAL, Notifier
from bot.services.scope import Scope

# Kinds of due task (stored in due_tasks; see app.Services.build for who handles each).
OPEN = "checkin_open"
ASK = "checkin_ask"
NUDGE = "checkin_nudge"
CLOSE = "checkin_close"
OVERVIEW = "coach_overview"


async def coached_teams(conn: aiosqlite.Connection, actor: Actor) -> list[Team]:
    """Teams this person coaches, then the other active teams of partnerships they organise."""
    found = {t for t in await db.coached_teams(conn, actor.user_id)}
    result = [t for i in sorted(found) if (t := await teams.get(conn, i))]
    for partnership in await partnerships.list_all(conn):
        if actor.has_role(partnership.id, Role.ORGANISER):
            result += [
                t
                for t in await teams.list_for_partnership(conn, partnership.id)
                if t.active and t.id not in found
            ]
    return result


class CheckinButtons(Protocol):
    def answer(self, language: str, round_id: int) -> InlineKeyboardMarkup: ...

    def answer_member(
        self, language: str, team_id: int, member_id: int
    ) -> InlineKeyboardMarkup: ...

    def digest(self, language: str, round_id: int, originals: bool) -> InlineKeyboardMarkup: ...


class CheckinService:
    """A member's side of check-ins: the questions, the answers (alarms to the coach), quiet
    hours; and which teams a coach or organiser looks after. Cadence and rounds live in
    checkin_rounds, closing and digests in checkin_digests, the weekly overview in
    coach_overview."""

    def __init__(
        self,
        db_: Database,
        clock: Clock,
        notifier: Notifier,
        buttons: CheckinButtons,
        scope: Scope,
    ) -> None:
        self.scope = scope
        self.db = db_
        self.clock = clock
        self.notifier = notifier
        self.buttons = buttons

    @property
    def tr(self) -> Translator:
        return self.notifier.translator

    # ---------------------------------------------------------------- who may do what
    async def coached(self, actor: Actor) -> list[Team]:
        """Teams this person coaches, or all teams of the partnerships they organise."""
        async with self.db.reading() as conn:
            return await coached_teams(conn, actor)

    # ---------------------------------------------------------------- answering
    async def questions(
        self, user_id: int, round_id: int
    ) -> tuple[tuple[Question, ...], dict[str, db.Answer]]:
        async with self.db.reading() as conn:
            round_ = await self._own_open_round(conn, user_id, round_id)
            mine = {a.question: a for a in await db.answers(conn, round_id) if a.user_id == user_id}
        chosen = CLOSING_QUESTIONS if round_.kind is RoundKind.CLOSING else REGULAR_QUESTIONS
        return chosen, mine

    async def answer(
        self,
        user_id: int,
        round_id: int,
        question: Question,
        text: str | None = None,
        mood: int | None = None,
    ) -> None:
        """Save one answer (editable until the round closes); blockers and low moods reach
        the coach at once."""
        if text is not None:
            text = text.strip()
            if not text:
                raise UserFacingError("checkins-error-empty")
            if len(text) > MAX_ANSWER:
                raise UserFacingError("checkins-error-long", limit=MAX_ANSWER)
        if mood is not None and not 1 <= mood <= 5:
            raise UserFacingError("errors-stale-button")
        now = self.clock.now()
        async with self.db.transaction() as conn:
            round_ = await self._own_open_round(conn, user_id, round_id)
            person = await participants.get(conn, user_id)
            assert person is not None
            await db.save_answer(
                conn, round_id, user_id, question.value, text, mood, person.language, now
            )
            if alarming(question, text, mood):
                await self._alarm(
                    conn,
                    round_.team_id,
                    person,
                    question,
                    text,
                    mood,
                    f"checkin-alarm:{round_id}:{user_id}:{question.value}",
                )

    async def _alarm(
        self,
        conn: aiosqlite.Connection,
        team_id: int,
        person: Participant,
        question: Question,
        text: str | None,
        mood: int | None,
        key: str,
    ) -> None:
        team = await teams.get(conn, team_id)
        if team is None:
            return
        idea = await ideas.get(conn, team.idea_id)
        partnership = await partnerships.get(conn, team.partnership_id)
        city = partnership.city(person.city_id or 0) if partnership else None
        readers = (
            [team.coach_id]
            if team.coach_id
            else await roles.holders(conn, team.partnership_id, Role.ORGANISER)
        )
        for reader in readers:
            await self.notifier.send(
                conn,
                reader,
                "checkins-alarm-blocked"
                if question is Question.BLOCKING
                else "checkins-alarm-mood",
                self.clock.now(),
                priority=PRIORITY_CRITICAL,
                dedupe_key=f"{key}:{reader}",
                markup=lambda lang: self.buttons.answer_member(lang, team_id, person.user_id),
                name=person_name_for(self.tr, person, city.name if city else None),
                title=idea.original.title if idea else "",
                text=text or "",
                mood=mood or 0,
            )

    async def _own_open_round(
        self, conn: aiosqlite.Connection, user_id: int, round_id: int
    ) -> db.Round:
        round_ = await db.get_round(conn, round_id)
        team = await teams.get(conn, round_.team_id) if round_ else None
        if round_ is None or team is None or user_id not in team.members:
            raise UserFacingError("errors-stale-button")
        if round_.closed or self.clock.now() >= round_.closes_at:
            raise UserFacingError("checkins-round-closed")
        return round_

    # ---------------------------------------------------------------- quiet hours
    async def quiet_hours(self, user_id: int) -> tuple[time, time] | None:
        async with self.db.reading() as conn:
            return parse_quiet(await db.quiet_hours(conn, user_id))

    async def set_quiet_hours(self, user_id: int, preset: int) -> tuple[time, time] | None:
        if not 0 <= preset < len(QUIET_PRESETS):
            raise UserFacingError("errors-stale-button")
        chosen = QUIET_PRESETS[preset]
        async with self.db.transaction() as conn:
            await db.set_quiet_hours(conn, user_id, format_quiet(chosen))
        return chosen
