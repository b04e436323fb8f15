"""A coach's weekly overview of all their teams: response rate, the mood trend as a chart,
and teams silent for two rounds (their organisers are told too)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import aiosqlite
from babel.dates import format_skeleton
from babel.lists import format_list

from bot.clock import Clock
from bot.db import checkins as db
from bot.db import due_tasks, ideas, roles, teams
from bot.db.connection import Database
from bot.domain.roles import Role
from bot.i18n import Translator
from bot.render.charts import line_chart
from bot.render.formatting import babel_locale
from bot.services.checkins import OVERVIEW
from bot.services.notify import PRIORITY_NORMAL, Notifier


class CoachOverview:
    """The weekly overview per coach, planned after the coach's first digest."""

    def __init__(
        self,
        db_: Database,
        clock: Clock,
        notifier: Notifier,
    ) -> None:
        self.db = db_
        self.clock = clock
        self.notifier = notifier

    @property
    def tr(self) -> Translator:
        return self.notifier.translator

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
