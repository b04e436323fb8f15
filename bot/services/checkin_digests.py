"""Closing a check-in round: the digest for the coach (organisers without a coach), read in
the reader's language with the originals a tap away, and a closing round's outcome report."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable

import aiosqlite
from babel.lists import format_list

from bot.clock import Clock
from bot.db import checkins as db
from bot.db import ideas, participants, roles, teams
from bot.db.connection import Database
from bot.domain.checkins import (
    CLOSING_QUESTIONS,
    REGULAR_QUESTIONS,
    Question,
    RoundKind,
)
from bot.domain.languages import language_mark
from bot.domain.roles import Actor, Role
from bot.domain.teams import Team
from bot.i18n import Translator
from bot.render.formatting import babel_locale
from bot.render.names import person_name
from bot.services.checkins import CheckinButtons
from bot.services.coach_overview import CoachOverview
from bot.services.errors import UserFacingError
from bot.services.exports import csv_bytes
from bot.services.notify import PRIORITY_NORMAL, Notifier
from bot.services.scope import Scope
from bot.translation import MachineTranslator, NoMachineTranslation, TranslationUnavailable


class CheckinDigests:
    """Round closing, digests and the outcome report."""

    def __init__(
        self,
        db_: Database,
        clock: Clock,
        notifier: Notifier,
        machine: MachineTranslator,
        buttons: CheckinButtons,
        scope: Scope,
        overview: CoachOverview,
    ) -> None:
        self.db = db_
        self.clock = clock
        self.notifier = notifier
        self.machine = machine
        self.translating = not isinstance(machine, NoMachineTranslation)
        self.buttons = buttons
        self.scope = scope
        self.overview = overview
        # Called when a closing round has ended a team (app.py: the team's story is drafted).
        self.on_team_ended: Callable[[aiosqlite.Connection, int], Awaitable[None]] | None = None

    @property
    def tr(self) -> Translator:
        return self.notifier.translator

    # ---------------------------------------------------------------- closing and digests
    async def close(self, conn: aiosqlite.Connection, round_id: int, detail: str = "") -> None:
        """Due task: the round closes; the coach gets the digest (organisers when there is
        no coach); a closing round also sends the outcome report and ends the team."""
        now = self.clock.now()
        round_ = await db.get_round(conn, round_id)
        if round_ is None or not await db.close_round(conn, round_id, now):
            return
        team = await teams.get(conn, round_.team_id)
        if team is None:
            return
        organisers = await roles.holders(conn, team.partnership_id, Role.ORGANISER)
        readers = [team.coach_id] if team.coach_id else organisers
        for reader in readers:
            language = await self.notifier.language_of(conn, reader)
            body = await self.digest_text(conn, round_id, language, originals=False)
            await self.notifier.send(
                conn,
                reader,
                "checkins-digest",
                now,
                priority=PRIORITY_NORMAL,
                dedupe_key=f"digest:{round_id}:{reader}",
                # Originals or translations to switch between only with a provider.
                markup=(lambda lang: self.buttons.digest(lang, round_id, True))
                if self.translating
                else None,
                body=body,
            )
            if team.coach_id == reader:
                await self.overview.plan(conn, reader)
        if round_.kind is RoundKind.CLOSING:
            await self._outcome_report(conn, team, round_id, organisers)
            await db.end_team(conn, team.id)
            if self.on_team_ended is not None:
                await self.on_team_ended(conn, team.id)

    async def digest(self, actor: Actor, round_id: int, language: str, originals: bool) -> str:
        async with self.db.reading() as conn:
            round_ = await db.get_round(conn, round_id)
            if round_ is None:
                raise UserFacingError("errors-stale-button")
            await self.scope.team(conn, actor, round_.team_id)
            return await self.digest_text(conn, round_id, language, originals=originals)

    async def digest_text(
        self, conn: aiosqlite.Connection, round_id: int, language: str, *, originals: bool
    ) -> str:
        """Answers grouped by question, in the reader's language unless originals."""
        round_ = await db.get_round(conn, round_id)
        assert round_ is not None
        team = await teams.get(conn, round_.team_id)
        assert team is not None
        idea = await ideas.get(conn, team.idea_id)
        answers = await db.answers(conn, round_id)
        deliveries = await db.deliveries(conn, round_id)
        answered = {a.user_id for a in answers}
        names = {}
        for d in deliveries:
            person = await participants.get(conn, d.user_id)
            names[d.user_id] = person_name(self.tr, language, person)
        questions = CLOSING_QUESTIONS if round_.kind is RoundKind.CLOSING else REGULAR_QUESTIONS
        moods = [a.mood for a in answers if a.question == Question.MOOD and a.mood]
        parts = [
            self.tr.plain(
                language,
                "checkins-digest-head",
                title=idea.original.title if idea else "",
                answered=len(answered),
                members=len(deliveries),
                mood=round(sum(moods) / len(moods), 1) if moods else 0,
            )
        ]
        for question in questions:
            if question is Question.MOOD:
                continue
            lines = []
            for a in answers:
                if a.question != question.value or not a.answer:
                    continue
                text, machine = await self._in(a.answer, a.language, language, originals)
                # Machine translations are marked; an answer left in its language says which.
                marker = (
                    " 🤖"
                    if machine
                    else f" {language_mark(a.language)}"
                    if a.language != language
                    else ""
                )
                lines.append(f"• {names.get(a.user_id, '')}: {text}{marker}")
            parts.append(self.tr.plain(language, f"checkins-question-{question.value}"))
            parts.append("\n".join(lines) if lines else "—")
        silent = [names[d.user_id] for d in deliveries if d.user_id not in answered]
        if silent:
            parts.append(
                self.tr.plain(
                    language,
                    "checkins-digest-silent",
                    names=format_list(silent, locale=babel_locale(language)),
                )
            )
        return "\n\n".join(parts)[:3800]

    async def _in(self, text: str, source: str, target: str, originals: bool) -> tuple[str, bool]:
        if originals or source == target:
            return text, False
        try:
            return await self.machine.translate(text, source, target), True
        except TranslationUnavailable:
            return text, False

    async def _outcome_report(
        self, conn: aiosqlite.Connection, team: Team, round_id: int, organisers: list[int]
    ) -> None:
        idea = await ideas.get(conn, team.idea_id)
        answers = await db.answers(conn, round_id)
        by_person: dict[int, dict[str, str]] = defaultdict(dict)
        for a in answers:
            by_person[a.user_id][a.question] = a.answer or (str(a.mood) if a.mood else "")
        answered = [
            (await participants.get(conn, user_id), given)
            for user_id, given in sorted(by_person.items())
        ]

        def rows(lang: str) -> list[list[str]]:
            return [
                [
                    idea.original.title if idea else "",
                    person_name(self.tr, lang, person),
                    given.get("outcome", ""),
                    given.get("advice", ""),
                    given.get("mood", ""),
                ]
                for person, given in answered
            ]

        now = self.clock.now()
        for organiser in organisers:
            await self.notifier.send(
                conn,
                organiser,
                "checkins-outcome",
                now,
                priority=PRIORITY_NORMAL,
                dedupe_key=f"outcome:{round_id}:{organiser}",
                document=(
                    "outcome.csv",
                    lambda lang: csv_bytes(
                        lang,
                        [
                            self.tr.plain(lang, f"checkins-csv-{c}")
                            for c in ("idea", "name", "outcome", "advice", "mood")
                        ],
                        rows(lang),
                    ),
                ),
                title=idea.original.title if idea else "",
                answered=len(by_person),
                members=len(team.members),
            )
