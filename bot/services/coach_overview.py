"""A coach's teams: "My teams" (members, the last check-in, mood trend, open blockers, each
member's newest answers) and the weekly overview of all of them: response rate, the mood trend
as a chart, and teams silent for two rounds (their organisers are told too)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import aiosqlite
from babel.dates import format_skeleton
from babel.lists import format_list

from bot.clock import Clock
from bot.db import checkins as db
from bot.db import due_tasks, ideas, participants, partnerships, roles, teams
from bot.db.connection import Database
from bot.domain.checkins import MemberLatest, MemberPulse, Question, TeamPulse
from bot.domain.roles import Actor, Role
from bot.domain.teams import Team
from bot.i18n import Translator
from bot.render.charts import line_chart
from bot.render.formatting import babel_locale
from bot.services.checkins import OVERVIEW, coached_teams
from bot.services.notify import PRIORITY_NORMAL, Notifier
from bot.services.scope import Scope

PULSE_ROUNDS = 12  # how far back "My teams" looks for each member's newest answers


class CoachOverview:
    """My teams for a coach, and the weekly overview per coach, planned after the coach's
    first digest."""

    def __init__(
        self,
        db_: Database,
        clock: Clock,
        notifier: Notifier,
        scope: Scope,
    ) -> None:
        self.db = db_
        self.clock = clock
        self.notifier = notifier
        self.scope = scope

    @property
    def tr(self) -> Translator:
        return self.notifier.translator

    # ---------------------------------------------------------------- my teams
    async def my_teams(self, actor: Actor) -> list[TeamPulse]:
        """The teams this person coaches (organisers: their partnerships' teams too)."""
        async with self.db.reading() as conn:
            return [await self._pulse(conn, team) for team in await coached_teams(conn, actor)]

    async def opens_my_teams(self, actor: Actor) -> bool:
        """/team and /coach open My teams for a coach who is not in a team themselves
        (members, coaches of another team included, keep their own team and coach)."""
        async with self.db.reading() as conn:
            own = await teams.of_user(conn, actor.user_id)
            coaching = await db.coached_teams(conn, actor.user_id)
        return own is None and (actor.coaches or bool(coaching))

    async def team(self, actor: Actor, team_id: int) -> TeamPulse:
        """One team, for its coach or organisers only (a forged id fails in the scope)."""
        async with self.db.reading() as conn:
            team = await self.scope.team(conn, actor, team_id)
            return await self._pulse(conn, team)

    async def _pulse(self, conn: aiosqlite.Connection, team: Team) -> TeamPulse:
        idea = await ideas.get(conn, team.idea_id)
        partnership = await partnerships.get(conn, team.partnership_id)
        rounds = await db.rounds(conn, team.id, limit=PULSE_ROUNDS)
        answered = [(r, await db.answers(conn, r.id)) for r in rounds]
        moods = []
        for _, answers in answered:
            values = [a.mood for a in answers if a.question == Question.MOOD and a.mood]
            if values:
                moods.append(sum(values) / len(values))
        members = []
        for user_id in team.members:
            person = await participants.get(conn, user_id)
            city = partnership.city(person.city_id or 0) if partnership and person else None
            latest = None
            for r, answers in reversed(answered):
                given = [a for a in answers if a.user_id == user_id]
                if given:
                    latest = MemberLatest(
                        r.day,
                        given[0].language,
                        {a.question: a.answer for a in given if a.answer},
                        next((a.mood for a in given if a.mood), None),
                    )
                    break
            members.append(MemberPulse(user_id, person, city.name if city else None, latest))
        return TeamPulse(
            team.id,
            idea.original.title if idea else "",
            tuple(members),
            rounds[-1].day if rounds else None,
            tuple(moods),
            self.clock.now().date(),
        )

    # ---------------------------------------------------------------- coach overview
    async def plan(self, conn: aiosqlite.Connection, coach_id: int) -> None:
        today = self.clock.now().date()
        monday = today + timedelta(days=(7 - today.weekday()) % 7 or 7)
        await due_tasks.plan(
            conn,
            OVERVIEW,
            coach_id,
            datetime.combine(monday, time(7, 0), tzinfo=UTC),
            detail=monday.isoformat(),
        )

    async def overview(self, conn: aiosqlite.Connection, coach_id: int, detail: str = "") -> None:
        """Due task: once a week, all of a coach's teams: response rate, mood trend (chart),
        teams silent for two rounds (organisers are told too)."""
        now = self.clock.now()
        language = await self.notifier.language_of(conn, coach_id)
        lines: list[str] = []
        silent: list[str] = []
        series: dict[str, list[float | None]] = {}
        labels: list[str] = []
        for team_id in await db.coached_teams(conn, coach_id):
            team = await teams.get(conn, team_id)
            idea = await ideas.get(conn, team.idea_id) if team else None
            title = idea.original.title if idea else f"#{team_id}"
            closed = [r for r in await db.rounds(conn, team_id) if r.closed][-6:]
            rates, moods = [], []
            for r in closed:
                answers = await db.answers(conn, r.id)
                deliveries = await db.deliveries(conn, r.id)
                rates.append(len({a.user_id for a in answers}) / max(1, len(deliveries)))
                values = [a.mood for a in answers if a.mood]
                moods.append(sum(values) / len(values) if values else None)
            if len(closed) >= 2 and rates[-1] == 0 and rates[-2] == 0:
                silent.append(title)
            series[title[:30]] = moods
            labels = (
                [format_skeleton("dMM", r.day, locale=babel_locale(language)) for r in closed]
                if len(closed) > len(labels)
                else labels
            )
            lines.append(
                self.tr.plain(
                    language,
                    "checkins-overview-line",
                    title=title,
                    rate=round(100 * rates[-1]) if rates else 0,
                    rounds=len(closed),
                )
            )
        if not lines:
            return
        width = max((len(v) for v in series.values()), default=0)
        padded: dict[str, list[float | None]] = {}
        for team_title, trend in series.items():
            blanks: list[float | None] = [None] * (width - len(trend))
            padded[team_title] = blanks + list(trend)
        chart = (
            line_chart(
                self.tr.plain(language, "checkins-chart-title"),
                labels[-width:] if width else [],
                padded,
                y_range=(1, 5),
            )
            if width
            else None
        )
        await self.notifier.send(
            conn,
            coach_id,
            "checkins-overview",
            now,
            priority=PRIORITY_NORMAL,
            dedupe_key=f"overview:{coach_id}:{detail}",
            photo=(lambda lang: chart) if chart else None,
            lines="\n".join(lines),
            silent=lambda lang: format_list(silent, locale=babel_locale(lang)) if silent else "—",
        )
        if silent:
            team = await teams.get(conn, (await db.coached_teams(conn, coach_id))[0])
            for organiser in await roles.holders(
                conn, team.partnership_id if team else 0, Role.ORGANISER
            ):
                await self.notifier.send(
                    conn,
                    organiser,
                    "checkins-silent-organisers",
                    now,
                    dedupe_key=f"silent:{coach_id}:{detail}:{organiser}",
                    titles=lambda lang: format_list(silent, locale=babel_locale(lang)),
                )
        monday = date.fromisoformat(detail) + timedelta(days=7) if detail else now.date()
        await due_tasks.plan(
            conn,
            OVERVIEW,
            coach_id,
            datetime.combine(monday, time(7, 0), tzinfo=UTC),
            detail=monday.isoformat(),
        )
