"""A live room's moderators (and the partnership's organisers): the waiting queue with approve,
hide with a reason, restore, merge a duplicate, correct a translation into the room's language.
Every step is logged (who, what, why), bumps the event's version and wakes the walls."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db import dialogs, live_wall, votes
from bot.db import ideas as ideas_db
from bot.db import live_ideas as wall_db
from bot.db.live_ideas import WallEntry
from bot.domain.event_dialogs import LiveCorrectionInput, LiveHideReasonInput
from bot.domain.ideas import (
    Idea,
    IdeaStatus,
    IdeaText,
    Translation,
    merge_votes,
    validate_description,
    validate_reason,
    validate_title,
)
from bot.domain.live_wall import ModerationAction, WallStatus
from bot.services.errors import UserFacingError
from bot.services.event_part import EventPart
from bot.services.idea_base import checked
from bot.services.live_access import InRoom, moderated
from bot.services.notify import PRIORITY_CRITICAL

HIDE_REASONS = (1, 2, 3)  # live-ideas-reason-1 … -3: off topic, personal data, offensive
LISTED = 15  # ideas per section of the moderator's screen (the oldest waiting first)


@dataclass(frozen=True)
class ModerationView:
    """A room moderator's screen: what waits, what this room's wall shows or hid, and the
    other rooms' ideas (whose translation into this room's language may need a correction)."""

    at: InRoom
    waiting: list[Idea]
    shown: list[Idea]
    hidden: list[Idea]
    others: list[Idea]


@dataclass(frozen=True)
class ModeratedIdea:
    """One idea as its moderator sees it: where it stands, and what it may merge into."""

    at: InRoom
    idea: Idea
    entry: WallEntry
    targets: list[Idea]

    @property
    def own_room(self) -> bool:
        return self.entry.room_id == self.at.room.id

    @property
    def correctable(self) -> bool:
        """Shown on this wall in another language than the room's."""
        return (
            self.entry.status is WallStatus.SHOWN
            and self.idea.language != self.at.room.display_language
        )


async def _give_up_typing(conn: aiosqlite.Connection, user_id: int) -> None:
    """Back from a typed question of this screen (other dialogs, e.g. a draft, stay)."""
    for kind in (LiveHideReasonInput, LiveCorrectionInput):
        await dialogs.clear_kind(conn, user_id, kind.KIND)


class LiveModeration(EventPart):
    async def moderation(self, user_id: int, room_id: int) -> ModerationView:
        """The room's screen; a reason or correction being typed is given up."""
        async with self.db.transaction() as conn:
            at = await moderated(conn, user_id, room_id, self.admin_ids)
            await _give_up_typing(conn, user_id)
            return await self._view(conn, at)

    async def moderated_idea(self, user_id: int, room_id: int, idea_id: int) -> ModeratedIdea:
        """One idea's screen; a reason or correction being typed is given up."""
        async with self.db.transaction() as conn:
            found = await self._idea(conn, user_id, room_id, idea_id)
            await _give_up_typing(conn, user_id)
            return found

    async def approve(self, user_id: int, room_id: int, idea_id: int) -> ModerationView:
        return await self._step(user_id, room_id, idea_id, ModerationAction.APPROVE)

    async def hide(self, user_id: int, room_id: int, idea_id: int, preset: int) -> ModerationView:
        """Hide with one of the preset reasons (its text in the room's display language)."""
        if preset not in HIDE_REASONS:
            raise UserFacingError("errors-stale-button")
        return await self._step(user_id, room_id, idea_id, ModerationAction.HIDE, preset=preset)

    async def hide_typed(
        self, user_id: int, room_id: int, idea_id: int, raw: str
    ) -> ModerationView:
        reason = checked(validate_reason, raw)
        return await self._step(user_id, room_id, idea_id, ModerationAction.HIDE, reason=reason)

    async def restore(self, user_id: int, room_id: int, idea_id: int) -> ModerationView:
        return await self._step(user_id, room_id, idea_id, ModerationAction.RESTORE)

    async def merge(
        self, user_id: int, room_id: int, idea_id: int, target_id: int
    ) -> ModerationView:
        return await self._step(
            user_id, room_id, idea_id, ModerationAction.MERGE, target_id=target_id
        )

    async def merge_preview(
        self, user_id: int, room_id: int, idea_id: int, target_id: int
    ) -> tuple[ModeratedIdea, Idea]:
        """The duplicate and the idea it would join, before the moderator confirms."""
        found = await self.moderated_idea(user_id, room_id, idea_id)
        target = next((t for t in found.targets if t.id == target_id), None)
        if target is None:
            raise UserFacingError("errors-stale-button")
        return found, target

    async def correctable(self, user_id: int, room_id: int, idea_id: int) -> ModeratedIdea:
        """An idea this room's wall shows in a translation a moderator may correct."""
        found = await self.moderated_idea(user_id, room_id, idea_id)
        if not found.correctable:
            raise UserFacingError("errors-stale-button")
        return found

    async def corrected_title(
        self, user_id: int, room_id: int, idea_id: int, raw: str
    ) -> tuple[ModeratedIdea, str]:
        """The corrected title, checked before the description is asked."""
        title = checked(validate_title, raw)
        return await self.correctable(user_id, room_id, idea_id), title

    async def correct(
        self, user_id: int, room_id: int, idea_id: int, title: str, raw: str
    ) -> ModerationView:
        """A person's translation into the room's language; both walls show it (and the other
        room too when it uses that language)."""
        text = IdeaText(checked(validate_title, title), checked(validate_description, raw), None)
        return await self._step(user_id, room_id, idea_id, ModerationAction.CORRECT, text=text)

    # ---------------------------------------------------------------- the steps
    async def _step(
        self,
        user_id: int,
        room_id: int,
        idea_id: int,
        action: ModerationAction,
        *,
        preset: int = 0,
        reason: str | None = None,
        target_id: int | None = None,
        text: IdeaText | None = None,
    ) -> ModerationView:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            found = await self._idea(conn, user_id, room_id, idea_id)
            if preset:
                language = found.at.room.display_language
                reason = self.translator.plain(language, f"live-ideas-reason-{preset}")
            version = await live_wall.bump_version(conn, found.at.event.id)
            if action is ModerationAction.CORRECT:
                assert text is not None
                await self._correct(conn, found, text, version, now)
            elif action is ModerationAction.MERGE:
                await self._merge(conn, found, target_id or 0, version, now)
            else:
                await self._move(conn, found, action, reason, version, now)
            await self._tell_author(conn, found, action, reason, target_id, now)
            await wall_db.log(
                conn,
                found.at.event.id,
                idea_id,
                user_id,
                action,
                now,
                reason=reason,
                other_idea_id=target_id,
            )
            view = await self._view(conn, found.at)
        self.signal.changed(found.at.event.id)
        return view

    async def _move(
        self,
        conn: aiosqlite.Connection,
        found: ModeratedIdea,
        action: ModerationAction,
        reason: str | None,
        version: int,
        now: datetime,
    ) -> None:
        """Approve (waiting → shown), hide (waiting or shown → hidden), restore (→ shown)."""
        steps = {
            ModerationAction.APPROVE: ((WallStatus.WAITING,), WallStatus.SHOWN),
            ModerationAction.HIDE: ((WallStatus.WAITING, WallStatus.SHOWN), WallStatus.HIDDEN),
            ModerationAction.RESTORE: ((WallStatus.HIDDEN,), WallStatus.SHOWN),
        }
        before, after = steps[action]
        if not found.own_room or found.entry.status not in before:
            raise UserFacingError("errors-stale-button")
        status = IdeaStatus.HIDDEN if after is WallStatus.HIDDEN else IdeaStatus.PUBLISHED
        await ideas_db.set_status(conn, found.idea.id, status, now, reason=reason)
        await wall_db.set_status(conn, found.idea.id, after, version, now)

    async def _merge(
        self,
        conn: aiosqlite.Connection,
        found: ModeratedIdea,
        target_id: int,
        version: int,
        now: datetime,
    ) -> None:
        """The duplicate's +1 (and votes, supporters, themes) join the other idea; whoever
        gave both keeps one; the duplicate leaves both walls."""
        target = next((t for t in found.targets if t.id == target_id), None)
        if target is None or not found.own_room:
            raise UserFacingError("errors-stale-button")
        source = found.idea
        await wall_db.move_votes(conn, source.id, target.id)
        moving, returning = merge_votes(
            await votes.voters(conn, source.id), await votes.voters(conn, target.id)
        )
        for voter in returning:
            await votes.withdraw(conn, source.id, voter)
        await votes.move(conn, source.id, target.id, moving)
        await ideas_db.move_supporters(conn, source.id, target.id)
        if source.author_id is not None:
            await ideas_db.add_supporter(conn, target.id, source.author_id, now)
        await ideas_db.set_themes(conn, target.id, target.themes | source.themes)
        await ideas_db.set_status(conn, source.id, IdeaStatus.MERGED, now, merged_into=target.id)
        await wall_db.set_status(conn, source.id, WallStatus.MERGED, version, now)
        await wall_db.touch(conn, target.id, version)

    async def _correct(
        self,
        conn: aiosqlite.Connection,
        found: ModeratedIdea,
        text: IdeaText,
        version: int,
        now: datetime,
    ) -> None:
        if not found.correctable:
            raise UserFacingError("errors-stale-button")
        language = found.at.room.display_language
        translation = Translation(language, text, machine=False, approved=True)
        await ideas_db.save_translation(
            conn, found.idea.id, translation, found.at.person.user_id, now
        )
        await wall_db.touch(conn, found.idea.id, version)

    async def _tell_author(
        self,
        conn: aiosqlite.Connection,
        found: ModeratedIdea,
        action: ModerationAction,
        reason: str | None,
        target_id: int | None,
        now: datetime,
    ) -> None:
        """The author hears what became of their idea (a correction is no news to them)."""
        author, title = found.idea.author_id, found.idea.original.title
        if author is None or action is ModerationAction.CORRECT:
            return
        if action is ModerationAction.HIDE:
            await self.notifier.send(
                conn,
                author,
                "live-ideas-notice-hidden",
                now,
                priority=PRIORITY_CRITICAL,
                title=title,
                reason=reason or "",
            )
        elif action is ModerationAction.MERGE:
            target = next(t for t in found.targets if t.id == target_id)
            await self.notifier.send(
                conn,
                author,
                "live-ideas-notice-merged",
                now,
                title=title,
                target=target.original.title,
            )
        else:
            await self.notifier.send(conn, author, "live-ideas-notice-shown", now, title=title)

    # ---------------------------------------------------------------- reading
    async def _idea(
        self, conn: aiosqlite.Connection, user_id: int, room_id: int, idea_id: int
    ) -> ModeratedIdea:
        at = await moderated(conn, user_id, room_id, self.admin_ids)
        entry = await wall_db.entry(conn, idea_id)
        idea = await ideas_db.get(conn, idea_id)
        if entry is None or idea is None or entry.event_id != at.event.id:
            raise UserFacingError("errors-stale-button")
        if entry.room_id != room_id and entry.status is not WallStatus.SHOWN:
            raise UserFacingError("errors-stale-button")  # another room's queue is its own
        shown = await wall_db.of_event(conn, at.event.id, (WallStatus.SHOWN,))
        targets = [
            i for e in shown if e.idea_id != idea_id and (i := await ideas_db.get(conn, e.idea_id))
        ]
        return ModeratedIdea(at, idea, entry, targets)

    async def _view(self, conn: aiosqlite.Connection, at: InRoom) -> ModerationView:
        async def ideas(entries: list[WallEntry]) -> list[Idea]:
            found = [await ideas_db.get(conn, e.idea_id) for e in entries[:LISTED]]
            return [i for i in found if i is not None]

        room = at.room.id
        shown = await wall_db.of_event(conn, at.event.id, (WallStatus.SHOWN,))
        return ModerationView(
            at,
            waiting=await ideas(await wall_db.of_room(conn, room, (WallStatus.WAITING,))),
            shown=await ideas([e for e in reversed(shown) if e.room_id == room]),
            hidden=await ideas(
                list(reversed(await wall_db.of_room(conn, room, (WallStatus.HIDDEN,))))
            ),
            others=await ideas([e for e in reversed(shown) if e.room_id != room]),
        )
