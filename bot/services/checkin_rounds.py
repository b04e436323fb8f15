"""Check-in cadence and rounds: each team's schedule (cadence, weekday, local time, pauses),
opening a round on its day or at once, asking each member at their own local time (never in
their quiet hours) and one nudge. All of it is planned in `due_tasks`."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import aiosqlite

from bot.clock import Clock
from bot.db import checkins as db
from bot.db import due_tasks, ideas, participants, partnerships, teams
from bot.db.connection import Database
from bot.domain.checkins import (
    Cadence,
    RoundKind,
    Schedule,
    ask_time,
    next_round_day,
    nudge_time,
    out_of_quiet_hours,
    parse_quiet,
    round_close,
)
from bot.domain.roles import Actor
from bot.domain.teams import Team
from bot.services.checkins import ASK, CLOSE, NUDGE, OPEN, CheckinButtons
from bot.services.errors import UserFacingError
from bot.services.notify import PRIORITY_REMINDER, Notifier
from bot.services.scope import Scope


def _open_at(day: date) -> datetime:
    """Before the first local midnight of that day anywhere (UTC+14)."""
    return datetime.combine(day, time(0), tzinfo=UTC) - timedelta(hours=14)


class CheckinRounds:
    """A team's check-in schedule and its rounds."""

    def __init__(
        self,
        db_: Database,
        clock: Clock,
        notifier: Notifier,
        buttons: CheckinButtons,
        scope: Scope,
    ) -> None:
        self.db = db_
        self.clock = clock
        self.notifier = notifier
        self.buttons = buttons
        self.scope = scope

    async def schedule(self, actor: Actor, team_id: int) -> tuple[Team, Schedule, date | None]:
        async with self.db.reading() as conn:
            team = await self.scope.team(conn, actor, team_id, members_too=True)
            found, _ = await db.schedule(conn, team_id)
            planned = await due_tasks.pending_detail(conn, OPEN, team_id)
            return team, found, date.fromisoformat(planned) if planned else None

    # ---------------------------------------------------------------- cadence
    async def set_schedule(self, actor: Actor, team_id: int, **changes: object) -> Schedule:
        """Change cadence, weekday or local time; the next round is planned anew."""
        async with self.db.transaction() as conn:
            await self.scope.team(conn, actor, team_id)
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
            await self.scope.team(conn, actor, team_id, members_too=True)
            current, last = await db.schedule(conn, team_id)
            updated = replace(
                current, paused_until=self.clock.now().date() + timedelta(weeks=weeks)
            )
            await db.save_schedule(conn, updated)
            await self._replan(conn, updated, last)
        return updated

    async def resume(self, actor: Actor, team_id: int) -> Schedule:
        async with self.db.transaction() as conn:
            await self.scope.team(conn, actor, team_id, members_too=True)
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
            team = await self.scope.team(conn, actor, team_id)
            s, _ = await db.schedule(conn, team_id)
            return await self._create_round(
                conn, team, s, RoundKind.REGULAR, self.clock.now().date(), now_asks=True
            )

    async def end_project(self, actor: Actor, team_id: int) -> int:
        """The closing round: what came out of the project; the outcome report follows."""
        async with self.db.transaction() as conn:
            team = await self.scope.team(conn, actor, team_id)
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
