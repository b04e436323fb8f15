"""Coaching check-ins: a cadence per team, each member asked at the team's local time in
their own city (never in their quiet hours), one nudge, alarms to the coach, a digest per
round, a weekly overview per coach, pauses, and a closing round with an outcome report.

Everything due lives in `due_tasks` (open, ask, nudge, close, overview), so a restart
neither loses nor repeats a message.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

import aiosqlite
from telegram import InlineKeyboardMarkup

from bot.clock import Clock
from bot.db import checkins as db
from bot.db import due_tasks, ideas, participants, partnerships, roles, teams
from bot.db.connection import Database
from bot.domain.checkins import (
    CLOSING_QUESTIONS,
    MAX_ANSWER,
    QUIET_PRESETS,
    REGULAR_QUESTIONS,
    Cadence,
    Question,
    RoundKind,
    Schedule,
    alarming,
    ask_time,
    format_quiet,
    next_round_day,
    nudge_time,
    out_of_quiet_hours,
    parse_quiet,
    round_close,
)
from bot.domain.participants import Participant
from bot.domain.roles import Actor, PermissionDenied, Role
from bot.domain.teams import Team
from bot.i18n import Translator
from bot.render.charts import line_chart
from bot.services.errors import UserFacingError
from bot.services.exports import csv_bytes
from bot.services.notify import PRIORITY_CRITICAL, PRIORITY_NORMAL, PRIORITY_REMINDER, Notifier
from bot.translation import MachineTranslator, TranslationUnavailable

OPEN = "checkin_open"
ASK = "checkin_ask"
NUDGE = "checkin_nudge"
CLOSE = "checkin_close"
OVERVIEW = "coach_overview"


class CheckinButtons(Protocol):
    def answer(self, language: str, round_id: int) -> InlineKeyboardMarkup: ...

    def reply_to_team(self, language: str, team_id: int) -> InlineKeyboardMarkup: ...

    def digest(self, language: str, round_id: int, originals: bool) -> InlineKeyboardMarkup: ...


def _open_at(day: date) -> datetime:
    """Before the first local midnight of that day anywhere (UTC+14)."""
    return datetime.combine(day, time(0), tzinfo=UTC) - timedelta(hours=14)


class CheckinService:
    def __init__(
        self,
        db_: Database,
        clock: Clock,
        notifier: Notifier,
        machine: MachineTranslator,
        buttons: CheckinButtons,
    ) -> None:
        self.db = db_
        self.clock = clock
        self.notifier = notifier
        self.machine = machine
        self.buttons = buttons

    @property
    def tr(self) -> Translator:
        return self.notifier.translator

    # ---------------------------------------------------------------- who may do what
    async def _team_for(
        self, conn: aiosqlite.Connection, actor: Actor, team_id: int, *, members_too: bool = False
    ) -> Team:
        team = await teams.get(conn, team_id)
        if team is None or not team.active:
            raise UserFacingError("checkins-team-gone")
        allowed = (
            actor.has_role(team.partnership_id, Role.ORGANISER)
            or team.coach_id == actor.user_id
            or (members_too and actor.user_id in team.members)
        )
        if not allowed:
            raise PermissionDenied("coach")
        return team

    async def coached(self, actor: Actor) -> list[Team]:
        """Teams this person coaches, or all teams of the partnerships they organise."""
        async with self.db.reading() as conn:
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

    async def schedule(self, actor: Actor, team_id: int) -> tuple[Team, Schedule, date | None]:
        async with self.db.reading() as conn:
            team = await self._team_for(conn, actor, team_id, members_too=True)
            found, _ = await db.schedule(conn, team_id)
            planned = await due_tasks.pending_detail(conn, OPEN, team_id)
            return team, found, date.fromisoformat(planned) if planned else None

    # ---------------------------------------------------------------- cadence
    async def set_schedule(self, actor: Actor, team_id: int, **changes: object) -> Schedule:
        """Change cadence, weekday or local time; the next round is planned anew."""
        async with self.db.transaction() as conn:
            await self._team_for(conn, actor, team_id)
            current, last = await db.schedule(conn, team_id)
            updated = replace(current, **changes)  # type: ignore[arg-type]
            await db.save_schedule(conn, updated)
            await self._replan(conn, updated, last)
        return updated

    async def _replan(self, conn: aiosqlite.Connection, s: Schedule, last: date | None) -> None:
        await due_tasks.drop(conn, OPEN, s.team_id)
        if s.cadence is Cadence.OFF:
            return
        today = self.clock.now().date()
        day = next_round_day(s, max(today, last or today) - timedelta(days=0 if last else 1), last)
        await due_tasks.plan(conn, OPEN, s.team_id, _open_at(day), detail=day.isoformat())

    async def start_for_team(self, conn: aiosqlite.Connection, team_id: int) -> None:
        """A new team gets the default weekly check-in."""
        s, last = await db.schedule(conn, team_id)
        await db.save_schedule(conn, s)
        await self._replan(conn, s, last)

    async def pause(self, actor: Actor, team_id: int, weeks: int) -> Schedule:
        if weeks not in (1, 2, 4):
            raise UserFacingError("errors-stale-button")
        async with self.db.transaction() as conn:
            await self._team_for(conn, actor, team_id, members_too=True)
            current, last = await db.schedule(conn, team_id)
            updated = replace(
                current, paused_until=self.clock.now().date() + timedelta(weeks=weeks)
            )
            await db.save_schedule(conn, updated)
            await self._replan(conn, updated, last)
        return updated

    async def resume(self, actor: Actor, team_id: int) -> Schedule:
        async with self.db.transaction() as conn:
            await self._team_for(conn, actor, team_id, members_too=True)
            current, last = await db.schedule(conn, team_id)
            updated = replace(current, paused_until=None)
            await db.save_schedule(conn, updated)
            await self._replan(conn, updated, last)
        return updated

    # ---------------------------------------------------------------- rounds
    async def open_round(self, conn: aiosqlite.Connection, team_id: int, detail: str = "") -> None:
        """Due task: the round's day has come; plan each member's question at their time."""
        team = await teams.get(conn, team_id)
        s, _ = await db.schedule(conn, team_id)
        if team is None or not team.active or s.cadence is Cadence.OFF:
            return
        day = date.fromisoformat(detail)
        if s.paused_on(day):
            await self._replan(conn, s, day)
            return
        await self._create_round(conn, team, s, RoundKind.REGULAR, day, now_asks=False)
        await db.set_last_round_day(conn, team_id, day)
        await self._replan(conn, s, day)

    async def check_in_now(self, actor: Actor, team_id: int) -> int:
        async with self.db.transaction() as conn:
            team = await self._team_for(conn, actor, team_id)
            s, _ = await db.schedule(conn, team_id)
            return await self._create_round(
                conn, team, s, RoundKind.REGULAR, self.clock.now().date(), now_asks=True
            )

    async def end_project(self, actor: Actor, team_id: int) -> int:
        """The closing round: what came out of the project; the outcome report follows."""
        async with self.db.transaction() as conn:
            team = await self._team_for(conn, actor, team_id)
            s, _ = await db.schedule(conn, team_id)
            await db.save_schedule(conn, replace(s, cadence=Cadence.OFF))
            await due_tasks.drop(conn, OPEN, team_id)
            return await self._create_round(
                conn, team, s, RoundKind.CLOSING, self.clock.now().date(), now_asks=True
            )

    async def _create_round(
        self,
        conn: aiosqlite.Connection,
        team: Team,
        s: Schedule,
        kind: RoundKind,
        day: date,
        *,
        now_asks: bool,
    ) -> int:
        now = self.clock.now()
        zones = {m: await self._zone_and_quiet(conn, m) for m in team.members}
        first_zone = next(iter(zones.values()), ("UTC", None))[0]
        closes = round_close(
            day, s.cadence if s.cadence is not Cadence.OFF else Cadence.WEEKLY, first_zone
        )
        if now_asks:
            closes = max(closes, now + timedelta(days=3))
        round_id = await db.create_round(conn, team.id, kind, day, closes)
        if round_id is None:
            raise UserFacingError("checkins-round-exists")
        for member, (zone, quiet) in zones.items():
            when = (
                out_of_quiet_hours(now, zone, quiet) if now_asks else ask_time(day, s, zone, quiet)
            )
            delivery_id = await db.add_delivery(conn, round_id, member, when)
            if delivery_id is not None:
                await due_tasks.plan(conn, ASK, delivery_id, when)
        await due_tasks.plan(conn, CLOSE, round_id, closes)
        return round_id

    async def _zone_and_quiet(
        self, conn: aiosqlite.Connection, user_id: int
    ) -> tuple[str, tuple[time, time] | None]:
        person = await participants.get(conn, user_id)
        zone = "UTC"
        if person is not None and person.partnership_id:
            partnership = await partnerships.get(conn, person.partnership_id)
            city = partnership.city(person.city_id or 0) if partnership else None
            zone = city.time_zone if city else zone
        return zone, parse_quiet(await db.quiet_hours(conn, user_id))

    async def ask(self, conn: aiosqlite.Connection, delivery_id: int, detail: str = "") -> None:
        """Due task: ask one member (if still in the team and the round still open)."""
        now = self.clock.now()
        due = await _still_due(conn, delivery_id)
        if due is None or due[0].asked:
            return
        found, round_, team = due
        idea = await ideas.get(conn, team.idea_id)
        await self.notifier.send(
            conn,
            found.user_id,
            "checkins-ask-closing" if round_.kind is RoundKind.CLOSING else "checkins-ask",
            now,
            priority=PRIORITY_REMINDER,
            dedupe_key=f"checkin-ask:{delivery_id}",
            markup=lambda lang: self.buttons.answer(lang, round_.id),
            title=idea.original.title if idea else "",
        )
        await db.mark_asked(conn, delivery_id, now)
        zone, quiet = await self._zone_and_quiet(conn, found.user_id)
        nudge_at = nudge_time(now, zone, quiet)
        if nudge_at < round_.closes_at:
            await due_tasks.plan(conn, NUDGE, delivery_id, nudge_at)

    async def nudge(self, conn: aiosqlite.Connection, delivery_id: int, detail: str = "") -> None:
        """Due task: one gentle reminder, only to members who have not answered at all."""
        due = await _still_due(conn, delivery_id)
        if due is None or due[0].nudged:
            return
        found, round_, team = due
        if any(a.user_id == found.user_id for a in await db.answers(conn, round_.id)):
            return
        idea = await ideas.get(conn, team.idea_id)
        await self.notifier.send(
            conn,
            found.user_id,
            "checkins-nudge",
            self.clock.now(),
            priority=PRIORITY_REMINDER,
            dedupe_key=f"checkin-nudge:{delivery_id}",
            markup=lambda lang: self.buttons.answer(lang, round_.id),
            title=idea.original.title if idea else "",
        )
        await db.mark_nudged(conn, delivery_id, self.clock.now())

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
                markup=lambda lang: self.buttons.reply_to_team(lang, team_id),
                name=person.display_name or (lambda lang: self.tr.plain(lang, "teams-someone")),
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
                markup=lambda lang: self.buttons.digest(lang, round_id, True),
                body=body,
            )
            if team.coach_id == reader:
                await self._plan_overview(conn, reader)
        if round_.kind is RoundKind.CLOSING:
            await self._outcome_report(conn, team, round_id, organisers)
            await db.end_team(conn, team.id)

    async def digest(self, actor: Actor, round_id: int, language: str, originals: bool) -> str:
        async with self.db.reading() as conn:
            round_ = await db.get_round(conn, round_id)
            if round_ is None:
                raise UserFacingError("errors-stale-button")
            await self._team_for(conn, actor, round_.team_id)
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
            names[d.user_id] = (
                person.display_name
                if person and person.display_name
                else self.tr.plain(language, "teams-someone")
            )
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
                marker = " 🤖" if machine else ""
                lines.append(f"• {names.get(a.user_id, '')}: {text}{marker}")
            parts.append(self.tr.plain(language, f"checkins-question-{question.value}"))
            parts.append("\n".join(lines) if lines else "—")
        silent = [names[d.user_id] for d in deliveries if d.user_id not in answered]
        if silent:
            parts.append(self.tr.plain(language, "checkins-digest-silent", names=", ".join(silent)))
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
        rows = []
        for user_id, given in sorted(by_person.items()):
            person = await participants.get(conn, user_id)
            rows.append(
                [
                    idea.original.title if idea else "",
                    person.display_name if person else "",
                    given.get("outcome", ""),
                    given.get("advice", ""),
                    given.get("mood", ""),
                ]
            )
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
                        [
                            self.tr.plain(lang, f"checkins-csv-{c}")
                            for c in ("idea", "name", "outcome", "advice", "mood")
                        ],
                        rows,
                    ),
                ),
                title=idea.original.title if idea else "",
                answered=len(by_person),
                members=len(team.members),
            )

    # ---------------------------------------------------------------- coach overview
    async def _plan_overview(self, conn: aiosqlite.Connection, coach_id: int) -> None:
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
                [r.day.strftime("%d.%m") for r in closed] if len(closed) > len(labels) else labels
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
            silent=", ".join(silent) or "—",
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
                    titles=", ".join(silent),
                )
        monday = date.fromisoformat(detail) + timedelta(days=7) if detail else now.date()
        await due_tasks.plan(
            conn,
            OVERVIEW,
            coach_id,
            datetime.combine(monday, time(7, 0), tzinfo=UTC),
            detail=monday.isoformat(),
        )

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


async def _still_due(
    conn: aiosqlite.Connection, delivery_id: int
) -> tuple[db.Delivery, db.Round, Team] | None:
    """A question to one member, while its round is open and they are still in the team."""
    found = await db.delivery(conn, delivery_id)
    round_ = await db.get_round(conn, found.round_id) if found else None
    team = await teams.get(conn, round_.team_id) if round_ else None
    if found is None or round_ is None or round_.closed or team is None:
        return None
    return (found, round_, team) if found.user_id in team.members else None
