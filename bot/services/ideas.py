"""Ideas as participants read them (browsing, cards in the reader's language), dot voting
with the authors' vote digest, support and reports, and the partnership's idea settings.

Writing an idea is in idea_drafts, translations in idea_translations, organisers' moderation
in idea_moderation.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

import aiosqlite

from bot.clock import Clock
from bot.db import due_tasks, participants, roles, votes
from bot.db import ideas as ideas_db
from bot.db import live_ideas as live_ideas_db
from bot.db.connection import Database
from bot.domain.ideas import (
    Idea,
    IdeaSettings,
    IdeaStatus,
    IdeaText,
    Translation,
    VoteProblem,
    vote_problem,
)
from bot.domain.live_wall import is_bridge
from bot.domain.participants import Participant, shown_name
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor, Role, require_organiser
from bot.domain.scope import Want
from bot.domain.texts import LocalizedName
from bot.services.errors import Unreachable, UserFacingError
from bot.services.idea_base import IdeaServiceBase
from bot.services.idea_translations import IdeaTranslationService
from bot.services.notify import PRIORITY_NORMAL, Notifier
from bot.services.partnerships import existing_partnership
from bot.services.scope import Scope

VOTE_DIGEST = "vote_digest"
DIGEST_DELAY = timedelta(hours=1)
MIN_DIGEST_GAP = timedelta(hours=24)
PAGE_SIZE = 8


@dataclass(frozen=True)
class ReaderView:
    """An idea as one reader sees it, with what they may do."""

    idea: Idea
    text: IdeaText
    translation: Translation | None
    voted: bool
    votes_left: int
    supporting: bool
    is_author: bool
    settings: IdeaSettings
    originals: bool  # the reader prefers originals
    organiser: bool
    supporters: int
    machine_available: bool = False  # a translation provider is configured
    requested: bool = False  # the reader asked for a translation and waits for it
    reader_language: str = ""

    @property
    def foreign(self) -> bool:
        """The idea is written in another language than the reader's."""
        return self.idea.language != self.reader_language

    @property
    def translated(self) -> bool:
        """A translation into the reader's language exists (shown or not)."""
        return any(
            t.language == self.reader_language and t.approved for t in self.idea.translations
        )

    @property
    def can_ask(self) -> bool:
        """'Ask for a translation' is offered: nothing to read it in the reader's language,
        no provider that would translate it on a tap, and not asked already."""
        return (
            self.foreign
            and self.idea.status is IdeaStatus.PUBLISHED
            and not self.requested
            and not any(
                t.language == self.reader_language and t.approved and not t.machine
                for t in self.idea.translations
            )
            and self.translation is None
            and not (self.machine_available and self.originals)
        )


@dataclass(frozen=True)
class IdeaPage:
    """A page of the idea list as one reader sees it: what they voted for, votes left."""

    ideas: list[Idea]
    total: int
    voted: frozenset[int]  # ids of the ideas on this page the reader voted for
    voting_open: bool
    votes_left: int


@dataclass(frozen=True)
class IdeaCard:
    """Everything an idea's card shows its reader."""

    view: ReaderView
    partnership: Partnership
    author: str | None  # the author's display name, when the author chose to be shown
    workshop: LocalizedName | None  # the workshop the idea came from
    # +1 it got on a live wall (kept after the event), and whether from two or more cities.
    wall_votes: int = 0
    wall_bridge: bool = False


class IdeaService(IdeaServiceBase):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        scope: Scope,
        translations: IdeaTranslationService,
    ) -> None:
        super().__init__(db, clock, notifier, scope)
        self.translations = translations

    def is_admin(self, user_id: int) -> bool:
        return user_id in self.scope.admin_ids

    # ---------------------------------------------------------------- settings
    async def settings(self, partnership_id: int) -> IdeaSettings:
        async with self.db.reading() as conn:
            return await ideas_db.settings(conn, partnership_id)

    async def change_settings(
        self, actor: Actor, partnership_id: int, **changes: Any
    ) -> IdeaSettings:
        require_organiser(actor, partnership_id)
        async with self.db.transaction() as conn:
            updated = replace(await ideas_db.settings(conn, partnership_id), **changes)
            await ideas_db.save_settings(conn, updated)
        return updated

    # ---------------------------------------------------------------- reading
    async def browse(
        self,
        user_id: int,
        *,
        page: int,
        theme_id: int | None,
        scope: str,
        by_votes: bool,
        mine: bool = False,
    ) -> IdeaPage:
        """A page of ideas; scope is 'all', 'mine' (my city) or 'partner' (other cities)."""
        person = await self._person(user_id)
        partnership_id = person.partnership_id or 0
        async with self.db.reading() as conn:
            found, total = await ideas_db.list_ideas(
                conn,
                partnership_id,
                theme_id=theme_id,
                city_id=person.city_id if scope == "mine" else None,
                exclude_city_id=person.city_id if scope == "partner" else None,
                author_id=user_id if mine else None,
                statuses=(IdeaStatus.PUBLISHED, IdeaStatus.SUBMITTED)
                if mine
                else (IdeaStatus.PUBLISHED,),
                by_votes=by_votes,
                offset=max(0, page) * PAGE_SIZE,
                limit=PAGE_SIZE,
            )
            settings = await ideas_db.settings(conn, partnership_id)
            voted = await votes.voted_ideas(conn, user_id, partnership_id)
        on_page = frozenset(i.id for i in found) & voted
        left = settings.vote_budget - len(voted)
        return IdeaPage(found, total, on_page, settings.voting_open, left)

    async def view(self, user_id: int, idea_id: int, language: str) -> ReaderView:
        person = await self._person(user_id)
        async with self.db.reading() as conn:
            idea = await self.scope.idea(conn, user_id, idea_id)
            organiser = self.is_admin(user_id) or person.user_id in await roles.holders(
                conn, idea.partnership_id, Role.ORGANISER
            )
            settings = await ideas_db.settings(conn, idea.partnership_id)
            used = await votes.used(conn, user_id, idea.partnership_id)
            voted = await votes.has_voted(conn, idea_id, user_id)
            supporters = await ideas_db.supporters(conn, idea_id)
            requested = await self.translations.is_requested(conn, idea_id, language, user_id)
        if not person.show_originals:
            idea = await self.translations.machine_translated(idea, language)
        text, translation = idea.version_for(language, originals=person.show_originals)
        return ReaderView(
            idea,
            text,
            translation,
            voted,
            max(0, settings.vote_budget - used),
            user_id in supporters,
            idea.author_id == user_id,
            settings,
            person.show_originals,
            organiser,
            len(supporters),
            machine_available=self.translations.machine_available,
            requested=requested,
            reader_language=language,
        )

    async def toggle_originals(self, user_id: int) -> bool:
        async with self.db.transaction() as conn:
            person = await participants.get(conn, user_id)
            if person is None:
                raise UserFacingError("onboarding-start-first")
            await participants.set_show_originals(conn, user_id, not person.show_originals)
        return not person.show_originals

    async def votes_left(self, user_id: int, partnership_id: int) -> int:
        async with self.db.reading() as conn:
            settings = await ideas_db.settings(conn, partnership_id)
            used = await votes.used(conn, user_id, partnership_id)
        return max(0, settings.vote_budget - used)

    async def card(self, user_id: int, idea_id: int, language: str) -> IdeaCard:
        """The reader's view of an idea plus what its card names (partnership, author,
        workshop): one call for the card."""
        view = await self.view(user_id, idea_id, language)
        idea = view.idea
        async with self.db.reading() as conn:
            partnership = await existing_partnership(conn, idea.partnership_id)
            author = (
                await participants.get(conn, idea.author_id)
                if idea.show_author and idea.author_id is not None
                else None
            )
            workshop = None
            if idea.workshop_id is not None:
                # Only a workshop the reader may see is named on the card.
                with contextlib.suppress(Unreachable):
                    workshop = await self.scope.workshop(conn, user_id, idea.workshop_id)
            plus = (await live_ideas_db.plus_of(conn, [idea_id])).get(idea_id)
        return IdeaCard(
            view,
            partnership,
            shown_name(author),
            workshop.title if workshop else None,
            wall_votes=plus.count if plus else 0,
            wall_bridge=bool(plus)
            and is_bridge(plus.cities if plus else (), [c.id for c in partnership.cities]),
        )

    # ---------------------------------------------------------------- voting
    async def vote(self, user_id: int, idea_id: int) -> int:
        """Cast a dot; return the votes left. Budget and one-per-idea hold under concurrency
        because the check and the insert share one BEGIN IMMEDIATE transaction."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            idea = await self.scope.idea(conn, user_id, idea_id, Want.USE)
            settings = await ideas_db.settings(conn, idea.partnership_id)
            used = await votes.used(conn, user_id, idea.partnership_id)
            already = await votes.has_voted(conn, idea_id, user_id)
            problem = vote_problem(settings, idea, user_id, used, already)
            if problem is VoteProblem.BUDGET:
                raise UserFacingError("ideas-vote-budget", budget=settings.vote_budget)
            if problem is not None:
                raise UserFacingError(f"ideas-vote-{problem.value}")
            await votes.cast(conn, idea_id, user_id, idea.partnership_id, now)
            if idea.author_id is not None:
                await self._plan_digest(conn, idea.author_id)
        return settings.vote_budget - used - 1

    async def unvote(self, user_id: int, idea_id: int) -> int:
        async with self.db.transaction() as conn:
            idea = await self.scope.idea(conn, user_id, idea_id, Want.USE)
            settings = await ideas_db.settings(conn, idea.partnership_id)
            if not settings.voting_open:
                raise UserFacingError("ideas-vote-closed")
            if not await votes.withdraw(conn, idea_id, user_id):
                raise UserFacingError("errors-stale-button")
            used = await votes.used(conn, user_id, idea.partnership_id)
        return settings.vote_budget - used

    async def leaderboard(
        self, partnership_id: int, *, theme_id: int | None = None, city_id: int | None = None
    ) -> list[tuple[int, str, str, int]]:
        async with self.db.reading() as conn:
            return await ideas_db.leaderboard(
                conn, partnership_id, theme_id=theme_id, city_id=city_id
            )

    async def _plan_digest(self, conn: aiosqlite.Connection, author_id: int) -> None:
        """One digest slot: an hour after the vote, but never within 24 hours of the last one.
        Votes that fall in the same slot share one task (its key is the slot's time)."""
        last = await ideas_db.last_digest(conn, author_id)
        slot = self.clock.now() + DIGEST_DELAY
        if last is not None:
            slot = max(slot, last + MIN_DIGEST_GAP)
        await due_tasks.plan(
            conn, VOTE_DIGEST, author_id, slot, detail=slot.strftime("%Y-%m-%dT%H")
        )

    async def send_vote_digest(
        self, conn: aiosqlite.Connection, author_id: int, detail: str = ""
    ) -> None:
        """Due task: at most one message a day telling an author about new votes."""
        now = self.clock.now()
        last = await ideas_db.last_digest(conn, author_id)
        if last is not None and now - last < MIN_DIGEST_GAP:
            await self._plan_digest(conn, author_id)
            return
        news = await ideas_db.votes_received_since(conn, author_id, last)
        if not news:
            return
        lines = "\n".join(f"• {title}: +{count}" for _, title, count in news)
        await self.notifier.send(
            conn,
            author_id,
            "ideas-vote-digest",
            now,
            priority=PRIORITY_NORMAL,
            count=sum(c for *_, c in news),
            ideas=lines,
        )
        await ideas_db.record_digest(conn, author_id, now)

    # ---------------------------------------------------------------- supporting & reporting
    async def toggle_support(self, user_id: int, idea_id: int) -> bool:
        person = await self._person(user_id)
        async with self.db.transaction() as conn:
            _, supporting = await toggle_supporter(
                conn, self.scope, person, idea_id, self.clock.now()
            )
            return supporting

    async def report(self, user_id: int, idea_id: int) -> None:
        await self._person(user_id)
        async with self.db.transaction() as conn:
            idea = await self.scope.idea(conn, user_id, idea_id, Want.USE)
            if await ideas_db.report(conn, idea_id, user_id, self.clock.now()):
                await self._tell_organisers(conn, idea.partnership_id)


async def toggle_supporter(
    conn: aiosqlite.Connection, scope: Scope, person: Participant, idea_id: int, now: datetime
) -> tuple[Idea, bool]:
    """Support a published idea of the person's partnership, or stop; True when supporting.
    Shared with the teams service, which tells partner cities in the same transaction."""
    idea = await scope.idea(conn, person.user_id, idea_id, Want.USE)
    if person.user_id in await ideas_db.supporters(conn, idea_id):
        await ideas_db.remove_supporter(conn, idea_id, person.user_id)
        return idea, False
    await ideas_db.add_supporter(conn, idea_id, person.user_id, now)
    return idea, True
