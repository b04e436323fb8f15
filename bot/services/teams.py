"""Teams after matching: the team card, messages to the whole team in each member's language,
a linked Telegram group, leaving, coaches; and partner-city notices between workshops."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

import aiosqlite
from telegram import InlineKeyboardMarkup

from bot.clock import Clock
from bot.db import ideas as ideas_db
from bot.db import participants, partnerships, roles, teams
from bot.db.codec import time_from_sql
from bot.db.connection import Database
from bot.domain.ideas import Idea
from bot.domain.participants import Participant
from bot.domain.roles import Actor, Role, require_organiser
from bot.domain.teams import MAX_TEAM_MESSAGE, Team, valid_group_link
from bot.render.names import person_name_for
from bot.services.errors import UserFacingError
from bot.services.ideas import toggle_supporter
from bot.services.notify import PRIORITY_CRITICAL, PRIORITY_NORMAL, Notifier
from bot.services.quotas import require_quota
from bot.services.scope import Scope
from bot.translation import MachineTranslator, TranslationUnavailable

PARTNER_NOTICE_GAP = timedelta(hours=24)
PARTNER_NOTICE_LIMIT = 50


def clean_message(text: str) -> str:
    """A team message as it is sent; empty or too long ones are refused with a reply."""
    body = text.strip()
    if not body:
        raise UserFacingError("teams-error-empty")
    if len(body) > MAX_TEAM_MESSAGE:
        raise UserFacingError("teams-error-long", limit=MAX_TEAM_MESSAGE)
    return body


class TeamButtons(Protocol):
    def relayed(
        self, language: str, message_id: int, team_id: int, *, original: bool, reply_to: int
    ) -> InlineKeyboardMarkup | None: ...

    def partner_notice(self, language: str, idea_id: int) -> InlineKeyboardMarkup: ...


@dataclass(frozen=True)
class TeamView:
    team: Team
    idea_title: str
    members: list[Participant]
    coach: Participant | None


class TeamService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        machine: MachineTranslator,
        buttons: TeamButtons,
        scope: Scope,
    ) -> None:
        self.scope = scope
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.machine = machine
        self.buttons = buttons

    def name_of(self, person: Participant | None) -> Callable[[str], str]:
        """How the person reads for each recipient (see bot.render.names)."""
        return person_name_for(self.notifier.translator, person)

    async def mine(self, user_id: int) -> TeamView | None:
        async with self.db.reading() as conn:
            team = await teams.of_user(conn, user_id)
            return await self._view(conn, team) if team else None

    async def _view(self, conn: aiosqlite.Connection, team: Team) -> TeamView:
        idea = await ideas_db.get(conn, team.idea_id)
        members = [p for m in team.members if (p := await participants.get(conn, m))]
        coach = await participants.get(conn, team.coach_id) if team.coach_id else None
        return TeamView(team, idea.original.title if idea else "", members, coach)

    async def set_group_link(self, user_id: int, raw: str) -> Team:
        link = valid_group_link(raw)
        if link is None:
            raise UserFacingError("teams-error-link")
        async with self.db.transaction() as conn:
            team = await teams.of_user(conn, user_id)
            if team is None:
                raise UserFacingError("teams-none")
            await teams.set_group_link(conn, team.id, link)
        return team

    async def leave(self, user_id: int) -> Team:
        """Leaving stops check-ins for this person; the others are told."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            team = await teams.of_user(conn, user_id)
            if team is None:
                raise UserFacingError("teams-none")
            await teams.leave(conn, team.id, user_id, now)
            person = await participants.get(conn, user_id)
            for member in team.members:
                if member != user_id:
                    await self.notifier.send(
                        conn, member, "teams-member-left", now, name=self.name_of(person)
                    )
        return team

    # ---------------------------------------------------------------- team messages
    async def send(self, user_id: int, text: str) -> int:
        """Relay a message to every other member (and the coach), each in their language."""
        async with self.db.reading() as conn:
            team = await teams.of_user(conn, user_id)
        if team is None:
            raise UserFacingError("teams-none")
        readers = [m for m in team.members if m != user_id]
        if team.coach_id and team.coach_id not in team.members:
            readers.append(team.coach_id)
        return await self._relay(team, user_id, readers, text, "teams-message")

    async def why_no_coach(self, user_id: int) -> str | None:
        """Why this person cannot write to a coach now (a message id), or None when they can:
        /coach says so at once instead of asking for a message it would have to drop."""
        async with self.db.reading() as conn:
            team = await teams.of_user(conn, user_id)
        if team is None:
            return "teams-none"
        return "teams-no-coach" if team.coach_id is None else None

    async def to_coach(self, user_id: int, text: str) -> int:
        """A member writes to the team's coach (any time)."""
        async with self.db.reading() as conn:
            team = await teams.of_user(conn, user_id)
        if team is None:
            raise UserFacingError("teams-none")
        if team.coach_id is None:
            raise UserFacingError("teams-no-coach")
        return await self._relay(
            team, user_id, [team.coach_id], text, "teams-to-coach", reply_button=True
        )

    async def coached_member(self, actor: Actor, team_id: int, member_id: int) -> Participant:
        """A member of a team this coach (or organiser) looks after; anyone else fails."""
        async with self.db.reading() as conn:
            team = await self.scope.team(conn, actor, team_id, message_id="errors-stale-button")
            person = await participants.get(conn, member_id)
        if member_id not in team.members or member_id == actor.user_id or person is None:
            raise UserFacingError("errors-stale-button")
        return person

    async def coach_to_member(
        self, actor: Actor, team_id: int, member_id: int, text: str
    ) -> Participant:
        """The coach (or an organiser) answers one member: nobody else in the team gets it."""
        person = await self.coached_member(actor, team_id, member_id)
        async with self.db.reading() as conn:
            team = await self.scope.team(conn, actor, team_id, message_id="errors-stale-button")
        await self._relay(team, actor.user_id, [member_id], text, "teams-from-coach-personal")
        return person

    async def team_readers(self, actor: Actor, team_id: int) -> int:
        """How many people a coach's message to the whole team reaches (for "Send to N?")."""
        async with self.db.reading() as conn:
            team = await self.scope.team(conn, actor, team_id, message_id="errors-stale-button")
        return len([m for m in team.members if m != actor.user_id])

    async def coach_to_team(self, actor: Actor, team_id: int, text: str) -> int:
        """The coach (or an organiser) answers the whole team."""
        async with self.db.reading() as conn:
            team = await self.scope.team(conn, actor, team_id, message_id="errors-stale-button")
        readers = [m for m in team.members if m != actor.user_id]
        return await self._relay(team, actor.user_id, readers, text, "teams-from-coach")

    async def _relay(
        self,
        team: Team,
        sender_id: int,
        readers: list[int],
        text: str,
        kind: str,
        *,
        reply_button: bool = False,
    ) -> int:
        body = clean_message(text)
        now = self.clock.now()
        async with self.db.reading() as conn:
            await require_quota(conn, "team-message", sender_id, now)
            sender = await participants.get(conn, sender_id)
            languages = {m: await self.notifier.language_of(conn, m) for m in readers}
            partnership = await partnerships.get(conn, team.partnership_id)
        source = sender.language if sender else "en"
        # Translate outside the transaction: the provider may be slow.
        translations: dict[str, str | None] = {}
        for language in set(languages.values()) - {source}:
            try:
                translations[language] = await self.machine.translate(body, source, language)
            except TranslationUnavailable:
                translations[language] = None
        city = partnership.city(sender.city_id or 0) if partnership and sender else None
        async with self.db.transaction() as conn:
            message_id = await teams.add_message(conn, team.id, sender_id, source, body, now)
            for reader, language in languages.items():
                translated = translations.get(language)
                if translated:
                    await teams.save_translation(conn, message_id, language, translated)

                def keyboard(
                    lang: str, translated: str | None = translated
                ) -> InlineKeyboardMarkup | None:
                    return self.buttons.relayed(
                        lang,
                        message_id,
                        team.id,
                        original=bool(translated),
                        reply_to=sender_id if reply_button else 0,
                    )

                await self.notifier.send(
                    conn,
                    reader,
                    f"{kind}-translated" if translated else kind,
                    now,
                    priority=PRIORITY_CRITICAL,
                    markup=keyboard,
                    name=self.name_of(sender),
                    sender=person_name_for(
                        self.notifier.translator, sender, city.name if city else None
                    ),
                    text=translated or body,
                    source=lambda lang: self.notifier.translator.plain(
                        lang, f"language-name-{source}"
                    ),
                )
        return len(readers)

    async def original(self, user_id: int, message_id: int) -> tuple[str, Participant | None]:
        """The original text of a team message (for its readers only) and the sender's name."""
        async with self.db.reading() as conn:
            found = await teams.message(conn, message_id)
            team = await teams.of_user(conn, user_id)
            coach_team = await teams.get(conn, found[0]) if found else None
            allowed = found is not None and (
                (team is not None and team.id == found[0])
                or (coach_team is not None and coach_team.coach_id == user_id)
            )
            if not allowed or found is None:
                raise UserFacingError("errors-stale-button")
            sender = await participants.get(conn, found[1]) if found[1] else None
        return found[3], sender

    # ---------------------------------------------------------------- organisers
    async def for_partnership(self, actor: Actor, partnership_id: int) -> list[TeamView]:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            found = await teams.list_for_partnership(conn, partnership_id)
            return [await self._view(conn, t) for t in found if t.active]

    async def coaches(self, actor: Actor, partnership_id: int) -> list[Participant]:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            ids = await roles.holders(conn, partnership_id, Role.COACH)
            return [p for c in ids if (p := await participants.get(conn, c))]

    async def assign_coach(self, actor: Actor, team_id: int, coach_id: int) -> TeamView:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            team = await self.scope.team(conn, actor, team_id, message_id="errors-stale-button")
            if team.coach_id != actor.user_id:
                require_organiser(actor, team.partnership_id)
            if coach_id not in await roles.holders(conn, team.partnership_id, Role.COACH):
                raise UserFacingError("errors-stale-button")
            await teams.set_coach(conn, team_id, coach_id)
            view = await self._view(conn, await teams.get(conn, team_id) or team)
            await self.notifier.send(
                conn,
                coach_id,
                "teams-coach-assigned",
                now,
                priority=PRIORITY_NORMAL,
                title=view.idea_title,
                count=len(view.members),
            )
            for member in team.members:
                await self.notifier.send(
                    conn,
                    member,
                    "teams-coach-for-members",
                    now,
                    priority=PRIORITY_NORMAL,
                    name=self.name_of(view.coach),
                )
        return view

    # ---------------------------------------------------------------- between workshops
    async def support_idea(self, user_id: int, idea_id: int) -> bool:
        """The "I'd work on this" button: support the idea (or stop); new support tells
        matching people of the other cities. One transaction; True when supporting."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            person = await participants.get(conn, user_id)
            if person is None or not person.is_onboarded:
                raise UserFacingError("onboarding-start-first")
            idea, supporting = await toggle_supporter(conn, self.scope, person, idea_id, now)
            if supporting:
                await self._tell_partner_city(conn, idea, person, now)
        return supporting

    async def _tell_partner_city(
        self, conn: aiosqlite.Connection, idea: Idea, supporter: Participant, now: datetime
    ) -> int:
        """Tell matching people of the other cities, at most once a day each, unless they
        switched these notices off."""
        sent = 0
        partnership = await partnerships.get(conn, idea.partnership_id)
        city = partnership.city(supporter.city_id or 0) if partnership else None
        for candidate in await teams.partner_candidates(
            conn, idea.partnership_id, idea.themes, supporter.city_id
        ):
            if candidate in (supporter.user_id, idea.author_id):
                continue
            last, off = await teams.partner_notice_state(conn, candidate)
            last_at = time_from_sql(last)
            if off or (last_at is not None and now - last_at < PARTNER_NOTICE_GAP):
                continue
            if await self.notifier.send(
                conn,
                candidate,
                "teams-partner-notice",
                now,
                priority=PRIORITY_NORMAL,
                markup=lambda lang: self.buttons.partner_notice(lang, idea.id),
                city=(lambda lang: city.name.for_reader(lang)) if city else "",
                title=idea.original.title,
            ):
                await teams.record_partner_notice(conn, candidate, now)
                sent += 1
            if sent >= PARTNER_NOTICE_LIMIT:
                break
        return sent

    async def partner_notices_off(self, user_id: int) -> None:
        async with self.db.transaction() as conn:
            await teams.set_partner_notices(conn, user_id, off=True)
