"""The live wall, the people's side: ideas posted in a room through the idea flow, their
translations into every room's language (pending while the provider is slow, filled in later),
+1 from the chat, bridge ideas, and the room moderators' approve / hide / merge / correct
(bot/services/live_moderation.py)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

import aiosqlite

from bot.db import dialogs, due_tasks, live_wall
from bot.db import ideas as ideas_db
from bot.db import live_ideas as wall_db
from bot.domain.idea_drafts import IdeaDraft
from bot.domain.ideas import Idea, IdeaStatus, IdeaText, Translation
from bot.domain.live_wall import EventStatus, LiveEvent, Moderation, WallStatus, is_bridge
from bot.services.due import TaskAction
from bot.services.errors import UserFacingError
from bot.services.live_access import InRoom, Shown, checked_in, shown_in
from bot.services.live_moderation import LiveModeration
from bot.translation import NoMachineTranslation

log = logging.getLogger(__name__)

TRANSLATE = "live_ideas.translate"  # due work: the next try at an idea's wall translations
# After the first try (at once, in the background): minutes until the 2nd, 3rd, 4th…; then
# every 5 minutes while the event is live.
RETRY_MINUTES = (1, 2, 5)
PAGE_SIZE = 5


@dataclass(frozen=True)
class ListedIdea:
    """One idea of the event's list in the chat, in the reader's language."""

    number: int
    idea: Idea
    shown: Shown
    votes: int
    bridge: bool
    mine: bool  # the reader gave it +1
    own: bool  # the reader wrote it


@dataclass(frozen=True)
class IdeaList:
    at: InRoom
    ideas: list[ListedIdea]
    page: int
    pages: int
    total: int


def retry_after(attempt: int) -> timedelta:
    """The wait before try number `attempt` (2 and on)."""
    return timedelta(minutes=RETRY_MINUTES[min(attempt - 2, len(RETRY_MINUTES) - 1)])


class LiveIdeas(LiveModeration):
    def __init__(self, *parts: Any) -> None:
        super().__init__(*parts)
        self._running: set[asyncio.Task[None]] = set()  # translations under way

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {TRANSLATE: self.retry_translation}

    # ---------------------------------------------------------------- posting
    async def start_post(self, user_id: int, room_id: int) -> IdeaDraft:
        """The idea flow for this room's wall: its workshop named, the session's themes set."""
        async with self.db.transaction() as conn:
            at = await checked_in(conn, user_id, room_id)
            if not (await ideas_db.settings(conn, at.event.partnership_id)).submissions_open:
                raise UserFacingError("ideas-submissions-closed")
            draft = IdeaDraft(themes=at.event.themes, workshop_id=at.room.workshop_id, live=True)
            await dialogs.set_dialog(conn, user_id, draft, self.clock.now())
        return draft

    async def take_submitted(
        self, conn: aiosqlite.Connection, idea: Idea
    ) -> tuple[Idea, str] | None:
        """In the idea's submission transaction (IdeaDraftService.on_submitted): an idea of a
        live room's workshop by someone checked in there goes to the walls."""
        room = await live_wall.room_of_workshop(conn, idea.workshop_id or 0)
        event = await live_wall.get_event(conn, room.event_id) if room else None
        if (
            room is None
            or event is None
            or event.status is not EventStatus.LIVE
            or not await live_wall.is_checked_in(conn, room.id, idea.author_id or 0)
        ):
            return None
        now = self.clock.now()
        pre = event.moderation is Moderation.PRE
        status = IdeaStatus.SUBMITTED if pre else IdeaStatus.PUBLISHED
        if idea.status is not status:
            await ideas_db.set_status(conn, idea.id, status, now)
        version = await live_wall.bump_version(conn, event.id)
        wall = WallStatus.WAITING if pre else WallStatus.SHOWN
        await wall_db.add(conn, wall_db.WallEntry(idea.id, room.id, event.id, wall, version), now)
        translating = bool(self._missing(idea, event)) and self.translating
        if translating:
            await due_tasks.plan(conn, TRANSLATE, idea.id, now + retry_after(2), "2")
        # Runs once this transaction is over (it waits for the database like everyone else).
        self._spawn(self._posted(event.id, idea.id, translating))
        message = "live-ideas-submitted-waiting" if pre else "live-ideas-submitted-shown"
        return replace(idea, status=status), message

    async def take_edited(self, conn: aiosqlite.Connection, idea: Idea) -> None:
        """In the transaction of an author's edit (IdeaDraftService.on_edited): the walls show
        the new text, and its translations (dropped with the old text) are made again."""
        entry = await wall_db.entry(conn, idea.id)
        event = await live_wall.get_event(conn, entry.event_id) if entry else None
        if event is None or event.status is not EventStatus.LIVE:
            return
        await wall_db.touch(conn, idea.id, await live_wall.bump_version(conn, event.id))
        translating = bool(self._missing(idea, event)) and self.translating
        if translating:
            now = self.clock.now()
            await due_tasks.plan(conn, TRANSLATE, idea.id, now + retry_after(2), "2")
        self._spawn(self._posted(event.id, idea.id, translating))

    # ---------------------------------------------------------------- translations
    @property
    def translating(self) -> bool:
        return not isinstance(self.machine, NoMachineTranslation)

    async def settled(self) -> None:
        """Until the background work started so far is over (tests, benchmarks, shutdown)."""
        while self._running:
            await asyncio.gather(*self._running, return_exceptions=True)

    async def retry_translation(
        self, conn: aiosqlite.Connection, idea_id: int, detail: str
    ) -> None:
        """Due work: try again in the background; the next try is planned first."""
        attempt = int(detail or "2")
        entry = await wall_db.entry(conn, idea_id)
        event = await live_wall.get_event(conn, entry.event_id) if entry else None
        if event is None or event.status is not EventStatus.LIVE or not self.translating:
            return  # after the event the ordinary on-first-read translation takes over
        now = self.clock.now()
        await due_tasks.plan(
            conn, TRANSLATE, idea_id, now + retry_after(attempt + 1), str(attempt + 1)
        )
        self._spawn(self._translate(event.id, idea_id))

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    async def _posted(self, event_id: int, idea_id: int, translating: bool) -> None:
        async with self.db.reading() as conn:
            if await wall_db.entry(conn, idea_id) is None:
                return  # the submission was rolled back
        self.signal.changed(event_id)
        if translating:
            await self._translate(event_id, idea_id)

    async def _translate(self, event_id: int, idea_id: int) -> None:
        """Every missing wall language, outside any transaction (a provider may be slow); what
        came back is kept, and when nothing is missing any more the retries stop."""
        try:
            async with self.db.reading() as conn:
                idea = await ideas_db.get(conn, idea_id)
                event = await live_wall.get_event(conn, event_id)
            if idea is None or event is None:
                return
            missing = self._missing(idea, event)
            results = await asyncio.gather(
                *(self._machine_text(idea, language) for language in missing),
                return_exceptions=True,
            )
            done = [r for r in results if isinstance(r, Translation)]
            if not done:
                return
            now = self.clock.now()
            async with self.db.transaction() as conn:
                for translation in done:
                    await ideas_db.save_translation(conn, idea_id, translation, None, now)
                await wall_db.touch(conn, idea_id, await live_wall.bump_version(conn, event_id))
                if len(done) == len(missing):
                    await due_tasks.drop(conn, TRANSLATE, idea_id)
            self.signal.changed(event_id)
        except Exception:
            log.exception("live wall translation of idea %s failed; due work tries again", idea_id)

    async def _machine_text(self, idea: Idea, language: str) -> Translation:
        original = idea.original
        texts = [
            original.title,
            original.description,
            *([original.needs] if original.needs else []),
        ]
        title, description, *needs = await asyncio.gather(
            *(self.machine.translate(t, idea.language, language) for t in texts)
        )
        text = IdeaText(title[:300], description[:3000], needs[0][:1000] if needs else None)
        return Translation(language, text, machine=True, approved=True)

    @staticmethod
    def _missing(idea: Idea, event: LiveEvent) -> list[str]:
        """The rooms' languages the idea has no translation into yet."""
        have = {t.language for t in idea.translations if t.approved} | {idea.language}
        return sorted({r.display_language for r in event.rooms} - have)

    # ---------------------------------------------------------------- the list and +1
    async def browse(self, user_id: int, room_id: int, page: int) -> IdeaList:
        async with self.db.reading() as conn:
            return await self._list(conn, user_id, room_id, page)

    async def plus(self, user_id: int, room_id: int, idea_id: int, page: int) -> IdeaList:
        return await self._vote(user_id, room_id, idea_id, page, give=True)

    async def undo(self, user_id: int, room_id: int, idea_id: int, page: int) -> IdeaList:
        return await self._vote(user_id, room_id, idea_id, page, give=False)

    async def original(self, user_id: int, room_id: int, idea_id: int) -> tuple[InRoom, Idea]:
        async with self.db.reading() as conn:
            at = await checked_in(conn, user_id, room_id)
            return at, await self._shown_idea(conn, at, idea_id)

    async def _vote(
        self, user_id: int, room_id: int, idea_id: int, page: int, *, give: bool
    ) -> IdeaList:
        """+1 (or taking it back): anyone checked in to a room of the event, on any shown
        idea of the event but their own; the voter's city is kept for bridge ideas."""
        async with self.db.transaction() as conn:
            at = await checked_in(conn, user_id, room_id)
            idea = await self._shown_idea(conn, at, idea_id)
            if give and idea.author_id == user_id:
                raise UserFacingError("live-ideas-plus-own")
            if give:
                changed = await wall_db.add_vote(
                    conn, idea_id, user_id, at.person.city_id, self.clock.now()
                )
            else:
                changed = await wall_db.remove_vote(conn, idea_id, user_id)
            if changed:
                await wall_db.touch(conn, idea_id, await live_wall.bump_version(conn, at.event.id))
            listed = await self._list(conn, user_id, room_id, page)
        if changed:
            self.signal.changed(at.event.id)
        return listed

    async def _shown_idea(self, conn: aiosqlite.Connection, at: InRoom, idea_id: int) -> Idea:
        entry = await wall_db.entry(conn, idea_id)
        idea = await ideas_db.get(conn, idea_id)
        if (
            entry is None
            or idea is None
            or entry.event_id != at.event.id
            or entry.status is not WallStatus.SHOWN
        ):
            raise UserFacingError("live-ideas-gone")
        return idea

    async def _list(
        self, conn: aiosqlite.Connection, user_id: int, room_id: int, page: int
    ) -> IdeaList:
        """The event's shown ideas of all rooms, the most +1 first, in the reader's language."""
        at = await checked_in(conn, user_id, room_id)
        entries = await wall_db.of_event(conn, at.event.id, (WallStatus.SHOWN,))
        plus = await wall_db.plus_of(conn, [e.idea_id for e in entries], user_id)
        cities = [r.city_id for r in at.event.rooms]
        ranked = sorted(
            entries, key=lambda e: (-(p.count if (p := plus.get(e.idea_id)) else 0), e.idea_id)
        )
        pages = max(1, -(-len(ranked) // PAGE_SIZE))
        page = min(max(page, 0), pages - 1)
        listed = []
        for number, entry in enumerate(ranked[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]):
            idea = await ideas_db.get(conn, entry.idea_id)
            if idea is None:
                continue
            votes = plus.get(idea.id, wall_db.Plus(0, (), False))
            listed.append(
                ListedIdea(
                    page * PAGE_SIZE + number + 1,
                    idea,
                    shown_in(idea, at.person.language),
                    votes.count,
                    is_bridge(votes.cities, cities),
                    votes.mine,
                    idea.author_id == user_id,
                )
            )
        return IdeaList(at, listed, page, pages, len(ranked))
