"""Organisers moderating ideas: the queue, publish, hide, merge duplicates, themes, reports."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.db import ideas as ideas_db
from bot.db import partnerships, votes
from bot.domain.ideas import (
    Candidate,
    Idea,
    IdeaStatus,
    keywords,
    merge_votes,
    most_similar,
    validate_reason,
)
from bot.domain.roles import Actor, require_organiser
from bot.services.errors import UserFacingError
from bot.services.idea_base import IdeaServiceBase, checked
from bot.services.notify import PRIORITY_CRITICAL, PRIORITY_NORMAL


@dataclass(frozen=True)
class ModerationQueue:
    """What waits for an organiser: new ideas (moderated first), translations, reports."""

    new: list[Idea]
    translations: list[tuple[int, str]]  # (idea id, language)
    reports: list[tuple[int, int]]  # (idea id, open reports)

    @property
    def size(self) -> int:
        return len(self.new) + len(self.translations) + len(self.reports)

    def reported(self, idea_id: int) -> bool:
        return any(i == idea_id for i, _ in self.reports)


class IdeaModerationService(IdeaServiceBase):
    async def queue(self, actor: Actor, partnership_id: int) -> ModerationQueue:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            new, _ = await ideas_db.list_ideas(
                conn, partnership_id, statuses=(IdeaStatus.SUBMITTED,), limit=20
            )
            return ModerationQueue(
                new,
                await ideas_db.pending_translations(conn, partnership_id),
                await ideas_db.open_reports(conn, partnership_id),
            )

    async def organised_idea(self, actor: Actor, idea_id: int) -> Idea:
        async with self.db.reading() as conn:
            return await self._organised(conn, actor, idea_id)

    async def publish(self, actor: Actor, idea_id: int) -> Idea:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            idea = await self._organised(conn, actor, idea_id)
            if idea.status is not IdeaStatus.SUBMITTED:
                raise UserFacingError("errors-stale-button")
            await ideas_db.set_status(conn, idea_id, IdeaStatus.PUBLISHED, now)
            if idea.author_id is not None:
                await self.notifier.send(
                    conn, idea.author_id, "ideas-published-notice", now, title=idea.original.title
                )
        return idea

    async def hide(self, actor: Actor, idea_id: int, raw_reason: str) -> Idea:
        reason = checked(validate_reason, raw_reason)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            idea = await self._organised(conn, actor, idea_id)
            if idea.status not in (IdeaStatus.PUBLISHED, IdeaStatus.SUBMITTED):
                raise UserFacingError("errors-stale-button")
            for voter in await votes.voters(conn, idea_id):
                await votes.withdraw(conn, idea_id, voter)  # their dots return to them
            await ideas_db.set_status(conn, idea_id, IdeaStatus.HIDDEN, now, reason=reason)
            await ideas_db.close_reports(conn, idea_id, now)
            if idea.author_id is not None:
                await self.notifier.send(
                    conn,
                    idea.author_id,
                    "ideas-hidden-notice",
                    now,
                    priority=PRIORITY_CRITICAL,
                    title=idea.original.title,
                    reason=reason,
                )
        return idea

    async def dismiss_reports(self, actor: Actor, idea_id: int) -> None:
        async with self.db.transaction() as conn:
            await self._organised(conn, actor, idea_id)
            await ideas_db.close_reports(conn, idea_id, self.clock.now())

    async def merge(self, actor: Actor, source_id: int, target_id: int) -> tuple[int, int]:
        """Merge a duplicate into another idea. Votes move over; whoever voted for both keeps
        one vote (on the target) and gets the other back. Return (moved, returned)."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            source = await self._organised(conn, actor, source_id)  # the role first
            if source_id == target_id:
                raise UserFacingError("ideas-merge-same")
            target = await self._organised(conn, actor, target_id)
            if (
                source.partnership_id != target.partnership_id
                or target.status is not IdeaStatus.PUBLISHED
                or source.status not in (IdeaStatus.PUBLISHED, IdeaStatus.SUBMITTED)
            ):
                raise UserFacingError("ideas-merge-impossible")
            moving, returning = merge_votes(
                await votes.voters(conn, source_id), await votes.voters(conn, target_id)
            )
            for voter in returning:
                await votes.withdraw(conn, source_id, voter)
            await votes.move(conn, source_id, target_id, moving)
            await ideas_db.move_supporters(conn, source_id, target_id)
            if source.author_id is not None:
                await ideas_db.add_supporter(conn, target_id, source.author_id, now)
            await ideas_db.set_themes(conn, target_id, target.themes | source.themes)
            await ideas_db.set_status(
                conn, source_id, IdeaStatus.MERGED, now, merged_into=target_id
            )
            await ideas_db.close_reports(conn, source_id, now)
            if source.author_id is not None:
                await self.notifier.send(
                    conn,
                    source.author_id,
                    "ideas-merged-notice",
                    now,
                    priority=PRIORITY_NORMAL,
                    title=source.original.title,
                    target=target.original.title,
                )
        return len(moving), len(returning)

    async def merge_candidates(self, actor: Actor, idea_id: int) -> list[Idea]:
        """Ideas a duplicate may be merged into: the most similar first, then the most voted."""
        async with self.db.reading() as conn:
            idea = await self._organised(conn, actor, idea_id)
            texts = await ideas_db.texts_for_similarity(conn, idea.partnership_id, idea.language)
            words = keywords(f"{idea.original.title} {idea.original.description}")
            pool: dict[int, frozenset[str]] = {}
            for other_id, text in texts:
                if other_id != idea_id:
                    pool[other_id] = pool.get(other_id, frozenset()) | keywords(text)
            ranked = [
                i
                for i, _ in most_similar(words, [Candidate(i, w) for i, w in pool.items()], limit=5)
            ]
            top, _ = await ideas_db.list_ideas(conn, idea.partnership_id, by_votes=True, limit=10)
            ordered = ranked + [t.id for t in top if t.id not in ranked and t.id != idea_id]
            found = [await ideas_db.get(conn, i) for i in ordered[:8]]
        return [i for i in found if i is not None and i.status is IdeaStatus.PUBLISHED]

    async def set_themes(self, actor: Actor, idea_id: int, theme_id: int) -> Idea:
        async with self.db.transaction() as conn:
            idea = await self._organised(conn, actor, idea_id)
            partnership = await partnerships.get(conn, idea.partnership_id)
            if partnership is None or partnership.theme(theme_id) is None:
                raise UserFacingError("errors-stale-button")
            themes = idea.themes ^ {theme_id}
            if not themes:
                raise UserFacingError("ideas-error-themes-empty")
            await ideas_db.set_themes(conn, idea_id, themes)
        return replace(idea, themes=themes)
