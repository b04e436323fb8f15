"""Matching rounds: dry run (with dropped ideas and moved people), publish with a deadline,
answers (teams form as soon as enough people from both cities accept), second rounds."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

import aiosqlite
from babel.lists import format_list
from telegram import InlineKeyboardMarkup

from bot.clock import Clock
from bot.db import due_tasks, ideas, participants, partnerships, roles, teams
from bot.db import matching as matching_db
from bot.db.connection import Database
from bot.domain.matching import MatchResult, MatchSettings, Unplaced, match
from bot.domain.participants import Participant, shown_name
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor, Role, require_organiser
from bot.domain.teams import MatchingRound, Proposal, ProposalStatus, RoundStatus
from bot.domain.texts import LocalizedName
from bot.i18n import Translator
from bot.render.formatting import babel_locale, reader_time
from bot.services.errors import UserFacingError
from bot.services.notify import PRIORITY_CRITICAL, PRIORITY_NORMAL, Notifier

MATCHING_DEADLINE = "matching_deadline"
DEFAULT_DEADLINE = timedelta(hours=48)


class MatchingButtons(Protocol):
    def proposal(self, language: str, round_id: int) -> InlineKeyboardMarkup: ...

    def team(self, language: str) -> InlineKeyboardMarkup: ...


@dataclass(frozen=True)
class DryRun:
    round: MatchingRound
    proposals: list[Proposal]
    unplaced: dict[int, Unplaced]
    without_partner_interest: tuple[int, ...]
    people: int


class MatchingService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        buttons: MatchingButtons,
        translation_available: bool = False,
    ) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.buttons = buttons
        # Only with a provider may a proposal say the bot translates team messages.
        self.translation_available = translation_available
        # Set by the composition root: a new team starts its default check-ins.
        self.on_team_formed: Callable[[aiosqlite.Connection, int], Awaitable[None]] | None = None

    async def settings(self, actor: Actor, partnership_id: int) -> MatchSettings:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            low, high = await matching_db.settings(conn, partnership_id)
        return MatchSettings(low, high)

    async def set_sizes(self, actor: Actor, partnership_id: int, low: int, high: int) -> None:
        require_organiser(actor, partnership_id)
        if not 2 <= low <= high <= 20:
            raise UserFacingError("errors-stale-button")
        async with self.db.transaction() as conn:
            await matching_db.save_settings(conn, partnership_id, low, high)

    async def latest(self, actor: Actor, partnership_id: int) -> MatchingRound | None:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            return await matching_db.latest_round(conn, partnership_id)

    # ---------------------------------------------------------------- dry run
    async def dry_run(self, actor: Actor, partnership_id: int) -> DryRun:
        """Propose teams for everyone not in a team and not waiting for an answer."""
        require_organiser(actor, partnership_id)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            current = await matching_db.latest_round(conn, partnership_id)
            if current is not None and current.status is RoundStatus.DRAFT:
                round_id = current.id
            else:
                round_id = await matching_db.create_round(conn, partnership_id, actor.user_id, now)
            result, people = await self._compute(conn, partnership_id, round_id)
            drafts = [
                Proposal(
                    round_id,
                    member,
                    team.idea_id,
                    ProposalStatus.DRAFT,
                    _reason_dict(result, member, team.idea_id),
                    team.needs_interpretation,
                )
                for team in result.teams
                for member in team.members
                if not await self._in_team(conn, member)
            ]
            await matching_db.replace_proposals(conn, round_id, drafts)
            found = await matching_db.get_round(conn, round_id)
        assert found is not None
        return DryRun(
            found, drafts, dict(result.unplaced), result.ideas_without_partner_interest, people
        )

    async def _compute(
        self, conn: aiosqlite.Connection, partnership_id: int, round_id: int
    ) -> tuple[MatchResult, int]:
        low, high = await matching_db.settings(conn, partnership_id)
        people = await matching_db.match_people(conn, partnership_id)
        idea_list = await matching_db.match_ideas(conn, partnership_id)
        waiting = await matching_db.pending_users(conn, partnership_id)
        by_id = {p.id: p for p in people}
        fixed = defaultdict(list)
        for team in await teams.list_for_partnership(conn, partnership_id):
            if team.active:
                fixed[team.idea_id] = [by_id[m] for m in team.members if m in by_id]
        in_teams = {p.id for members in fixed.values() for p in members}
        # Organisers and coaches run the programme: they are not people to put in teams.
        staff = {
            u
            for role in (Role.ORGANISER, Role.COACH)
            for u in await roles.holders(conn, partnership_id, role)
        }
        candidates = [p for p in people if p.id not in waiting and p.id not in in_teams | staff]
        result = match(
            idea_list,
            candidates + [p for m in fixed.values() for p in m],
            MatchSettings(low, high),
            excluded=await matching_db.declined_pairs(conn, partnership_id),
            dropped=await matching_db.dropped(conn, round_id),
            fixed=dict(fixed),
        )
        return result, len(candidates)

    @staticmethod
    async def _in_team(conn: aiosqlite.Connection, user_id: int) -> bool:
        return await teams.of_user(conn, user_id) is not None

    async def drop_idea(self, actor: Actor, round_id: int, idea_id: int) -> DryRun:
        partnership_id = await self._draft_round(actor, round_id)
        async with self.db.transaction() as conn:
            await matching_db.drop_idea(conn, round_id, idea_id)
        return await self.dry_run(actor, partnership_id)

    async def move(self, actor: Actor, round_id: int, user_id: int, idea_id: int) -> None:
        """Move one person to another proposed team (by hand, after the dry run)."""
        await self._draft_round(actor, round_id)
        async with self.db.transaction() as conn:
            current = await matching_db.proposal(conn, round_id, user_id)
            targets = {p.idea_id for p in await matching_db.proposals(conn, round_id)}
            if current is None or idea_id not in targets:
                raise UserFacingError("errors-stale-button")
            await matching_db.set_proposal(
                conn, round_id, user_id, ProposalStatus.DRAFT, None, idea_id=idea_id
            )

    async def review(self, actor: Actor, round_id: int) -> DryRun:
        """The draft round as it stands (after moves), without solving again; who is not placed
        and why comes from the same solver run, which is deterministic."""
        await self._draft_round(actor, round_id)
        async with self.db.reading() as conn:
            found = await matching_db.get_round(conn, round_id)
            assert found is not None
            proposals = await matching_db.proposals(conn, round_id)
            result, people = await self._compute(conn, found.partnership_id, round_id)
        placed = {p.user_id for p in proposals}
        unplaced = {u: why for u, why in result.unplaced.items() if u not in placed}
        return DryRun(found, proposals, unplaced, result.ideas_without_partner_interest, people)

    async def publish_count(self, actor: Actor, round_id: int) -> int:
        """How many people publishing would message (asked before anything is sent)."""
        await self._draft_round(actor, round_id)
        async with self.db.reading() as conn:
            count = len(await matching_db.proposals(conn, round_id))
        if not count:
            raise UserFacingError("matching-nothing-to-publish")
        return count

    async def draft(self, actor: Actor, round_id: int) -> list[Proposal]:
        await self._draft_round(actor, round_id)
        async with self.db.reading() as conn:
            return await matching_db.proposals(conn, round_id)

    async def _draft_round(self, actor: Actor, round_id: int) -> int:
        async with self.db.reading() as conn:
            found = await matching_db.get_round(conn, round_id)
        if found is None:
            raise UserFacingError("errors-stale-button")
        require_organiser(actor, found.partnership_id)
        if found.status is not RoundStatus.DRAFT:
            raise UserFacingError("matching-already-published")
        return found.partnership_id

    # ---------------------------------------------------------------- publish and answers
    async def publish(
        self, actor: Actor, round_id: int, deadline_in: timedelta = DEFAULT_DEADLINE
    ) -> int:
        """Send every proposed person their team, reasons and Join / Not for me buttons."""
        await self._draft_round(actor, round_id)
        now = self.clock.now()
        deadline = now + deadline_in
        async with self.db.transaction() as conn:
            found = await matching_db.get_round(conn, round_id)
            assert found is not None
            partnership = await partnerships.get(conn, found.partnership_id)
            assert partnership is not None
            proposals = await matching_db.proposals(conn, round_id)
            if not proposals:
                raise UserFacingError("matching-nothing-to-publish")
            await matching_db.publish_proposals(conn, round_id)
            await matching_db.set_round(conn, round_id, RoundStatus.PUBLISHED, deadline)
            await due_tasks.plan(conn, MATCHING_DEADLINE, round_id, deadline)
            by_idea: dict[int, list[int]] = defaultdict(list)
            for p in proposals:
                by_idea[p.idea_id].append(p.user_id)
            for p in proposals:
                await self._send_proposal(conn, p, by_idea[p.idea_id], partnership, deadline, now)
        return len(proposals)

    async def _send_proposal(
        self,
        conn: aiosqlite.Connection,
        p: Proposal,
        team: list[int],
        partnership: Partnership,
        deadline: datetime,
        now: datetime,
    ) -> None:
        idea = await ideas.get(conn, p.idea_id)
        assert idea is not None
        person = await participants.get(conn, p.user_id)
        zone = partnership.cities[0].time_zone
        if person and person.city_id and partnership.city(person.city_id):
            zone = partnership.city(person.city_id).time_zone  # type: ignore[union-attr]
        others = [await participants.get(conn, m) for m in team if m != p.user_id]
        cities = Counter(o.city_id for o in others if o)

        def teammates(lang: str) -> str:
            return format_list(
                [
                    f"{partnership.city(c).name.for_reader(lang)}: {n}"  # type: ignore[union-attr]
                    for c, n in sorted(cities.items())
                    if c and partnership.city(c)
                ],
                locale=babel_locale(lang),
            )

        tr = self.notifier.translator
        themes = {t.id: t.name for t in partnership.themes}
        await self.notifier.send(
            conn,
            p.user_id,
            "matching-proposal",
            now,
            priority=PRIORITY_CRITICAL,
            dedupe_key=f"proposal:{p.round_id}:{p.user_id}",
            markup=lambda lang: self.buttons.proposal(lang, p.round_id),
            title=idea.original.title,
            teammates=teammates,
            count=len(team),
            reasons=lambda lang: proposal_reasons(tr, lang, p.reasons, themes),
            has_reasons=lambda lang: (
                "yes" if proposal_reasons(tr, lang, p.reasons, themes) else "no"
            ),
            interpretation=self._interpretation(p.needs_interpretation),
            deadline=lambda lang: reader_time(self.notifier.translator, lang, deadline, zone),
        )

    def _interpretation(self, needed: bool) -> str:
        """The proposal's language line: none, "the bot translates", or "arrives as written"."""
        if not needed:
            return "no"
        return "translated" if self.translation_available else "untranslated"

    async def respond(
        self, user_id: int, round_id: int, accept: bool
    ) -> tuple[Proposal, int | None]:
        """Join or decline; return the proposal and the team id once the team exists."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            found = await matching_db.get_round(conn, round_id)
            proposal = await matching_db.proposal(conn, round_id, user_id)
            if (
                found is None
                or proposal is None
                or found.status is not RoundStatus.PUBLISHED
                or proposal.status is not ProposalStatus.PROPOSED
            ):
                raise UserFacingError("matching-proposal-gone")
            if found.deadline is not None and now >= found.deadline:
                raise UserFacingError("matching-proposal-gone")
            status = ProposalStatus.ACCEPTED if accept else ProposalStatus.DECLINED
            await matching_db.set_proposal(conn, round_id, user_id, status, now)
            team_id = await self._form_team(conn, found, proposal.idea_id, now) if accept else None
        return proposal, team_id

    async def _form_team(
        self, conn: aiosqlite.Connection, found: MatchingRound, idea_id: int, now: datetime
    ) -> int | None:
        """Accepting people form the team once it is big enough and has two cities; people who
        accept later simply join it."""
        low, _ = await matching_db.settings(conn, found.partnership_id)
        accepted = await matching_db.accepted_for_idea(conn, found.id, idea_id)
        existing = await teams.for_idea(conn, found.partnership_id, idea_id)
        if existing is not None:
            joining = [u for u in accepted if u not in existing.members]
            for user_id in joining:
                await teams.add_member(conn, existing.id, user_id, now)
                await self._welcome(conn, existing.id, [user_id], now)
            return existing.id
        people = [await participants.get(conn, u) for u in accepted]
        if len(accepted) < low or len({p.city_id for p in people if p}) < 2:
            return None
        team_id = await teams.create(conn, found.partnership_id, idea_id, accepted, now)
        if self.on_team_formed is not None:
            await self.on_team_formed(conn, team_id)
        await self._welcome(conn, team_id, accepted, now)
        idea = await ideas.get(conn, idea_id)
        if idea is not None and idea.author_id is not None and idea.author_id not in accepted:
            await self.notifier.send(
                conn,
                idea.author_id,
                "matching-idea-picked",
                now,
                priority=PRIORITY_NORMAL,
                title=idea.original.title,
            )
        return team_id

    async def _welcome(
        self, conn: aiosqlite.Connection, team_id: int, members: list[int], now: datetime
    ) -> None:
        team = await teams.get(conn, team_id)
        assert team is not None
        idea = await ideas.get(conn, team.idea_id)
        for user_id in members:
            await self.notifier.send(
                conn,
                user_id,
                "matching-team-formed",
                now,
                priority=PRIORITY_CRITICAL,
                dedupe_key=f"team:{team_id}:{user_id}",
                markup=lambda lang: self.buttons.team(lang),
                title=idea.original.title if idea else "",
                count=len(team.members),
            )

    async def close_round(
        self, conn: aiosqlite.Connection, round_id: int, detail: str = ""
    ) -> None:
        """Due task at the deadline: unanswered proposals expire; organisers get the tally."""
        now = self.clock.now()
        found = await matching_db.get_round(conn, round_id)
        if found is None or found.status is not RoundStatus.PUBLISHED:
            return
        await matching_db.expire_open(conn, round_id, now)
        await matching_db.set_round(conn, round_id, RoundStatus.CLOSED, None)
        tally = Counter(p.status for p in await matching_db.proposals(conn, round_id))
        formed = len(
            [t for t in await teams.list_for_partnership(conn, found.partnership_id) if t.active]
        )
        for organiser in await roles.holders(conn, found.partnership_id, Role.ORGANISER):
            await self.notifier.send(
                conn,
                organiser,
                "matching-round-closed",
                now,
                priority=PRIORITY_NORMAL,
                number=found.number,
                accepted=tally[ProposalStatus.ACCEPTED],
                declined=tally[ProposalStatus.DECLINED],
                expired=tally[ProposalStatus.EXPIRED],
                teams=formed,
            )

    async def describe(
        self, proposals: list[Proposal]
    ) -> tuple[dict[int, str], dict[int, int | None], dict[int, str | None]]:
        """Idea titles, people's cities and shown names (see `shown_name`) for a round."""
        async with self.db.reading() as conn:
            titles = {}
            for idea_id in {p.idea_id for p in proposals}:
                idea = await ideas.get(conn, idea_id)
                titles[idea_id] = idea.original.title if idea else ""
            cities, names = {}, {}
            for p in proposals:
                person = await participants.get(conn, p.user_id)
                cities[p.user_id] = person.city_id if person else None
                names[p.user_id] = shown_name(person)
        return titles, cities, names

    async def people(self, user_ids: Iterable[int]) -> dict[int, Participant]:
        """The people a round names (proposed or not placed), by id."""
        async with self.db.reading() as conn:
            found = {u: await participants.get(conn, u) for u in set(user_ids)}
        return {u: person for u, person in found.items() if person is not None}

    async def idea_titles(self, idea_ids: list[int] | tuple[int, ...]) -> dict[int, str]:
        async with self.db.reading() as conn:
            found = {i: await ideas.get(conn, i) for i in idea_ids}
        return {i: idea.original.title for i, idea in found.items() if idea}

    async def status(self, actor: Actor, round_id: int) -> Counter[ProposalStatus]:
        async with self.db.reading() as conn:
            found = await matching_db.get_round(conn, round_id)
            if found is None:
                raise UserFacingError("errors-stale-button")
            require_organiser(actor, found.partnership_id)
            return Counter(p.status for p in await matching_db.proposals(conn, round_id))


def proposal_reasons(
    tr: Translator, lang: str, reasons: Mapping[str, object], themes: Mapping[int, LocalizedName]
) -> str:
    """Why this person was proposed, only the reasons that hold ("" when none is known):
    each a clause of its own, so a missing one leaves no "-" and no double space behind."""
    theme_ids = {int(str(t)) for t in _listed(reasons.get("themes"))}
    cared = [name.for_reader(lang) for t, name in themes.items() if t in theme_ids]
    shared = [tr.plain(lang, f"language-name-{c}") for c in _listed(reasons.get("languages"))]
    clauses = []
    if reasons.get("wanted"):
        clauses.append(tr.plain(lang, "matching-reason-wanted"))
    if reasons.get("voted"):
        clauses.append(tr.plain(lang, "matching-reason-voted"))
    if cared:
        listed = format_list(cared, locale=babel_locale(lang))
        clauses.append(tr.plain(lang, "matching-reason-themes", themes=listed))
    if shared:
        listed = format_list(sorted(shared), locale=babel_locale(lang))
        clauses.append(tr.plain(lang, "matching-reason-languages", languages=listed))
    # Clauses with lists inside them: a semicolon keeps them apart in every language here.
    return "; ".join(clauses)


def _reason_dict(result: MatchResult, person: int, idea_id: int) -> dict[str, object]:
    r = result.reasons.get((person, idea_id))
    if r is None:
        return {}
    return {
        "wanted": r.wanted,
        "voted": r.voted,
        "themes": sorted(r.themes),
        "languages": sorted(r.shared_languages),
    }


def _listed(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []
