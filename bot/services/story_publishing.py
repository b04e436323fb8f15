"""Publishing a story: an organiser reviews and publishes it (refused while consent is
missing); published stories are readable in every language and listed by topic and city pair,
offered as an RSS/JSON feed; the idea's voters are told; the team is asked for a one-line
update on the review date."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

import aiosqlite
from telegram import InlineKeyboardMarkup

from bot.callback_toolbox import StoryCard, StoryUpdateStep
from bot.clock import Clock
from bot.db import due_tasks, participants, partnerships, stories, teams, votes
from bot.db import ideas as ideas_db
from bot.db import story_publishing as db
from bot.db.connection import Database
from bot.domain.deeplinks import story_payload
from bot.domain.roles import Actor, Role, require_organiser
from bot.domain.stories import (
    MAX_SECTION_LENGTH,
    SECTIONS,
    SectionKind,
    Story,
)
from bot.domain.story_views import REVIEW_MONTHS, StoryView, months_later
from bot.i18n import Translator
from bot.keyboards import button, markup
from bot.render.story_feed import FeedItem
from bot.render.story_text import StoryText, story_title
from bot.services.due import TaskAction
from bot.services.errors import Unreachable, UserFacingError
from bot.services.notify import PRIORITY_NORMAL, Notifier
from bot.translation import MachineTranslator, TranslationUnavailable

log = logging.getLogger(__name__)

ASK_FOR_UPDATE = "story_update"
MAX_UPDATE_LENGTH = 300


@dataclass(frozen=True)
class Reach:
    """Who publishing tells: the idea's author, voters and supporters minus the muted."""

    told: int
    muted: int


class StoryPublishing:
    """Review, publishing, reading, the feed, telling voters, updates."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        translator: Translator,
        machine: MachineTranslator,
    ) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.translator = translator
        self.machine = machine

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {ASK_FOR_UPDATE: self._ask_for_update}

    # ------------------------------------------------------------ loading
    async def _view(self, conn: aiosqlite.Connection, story_id: int) -> StoryView | None:
        story = await stories.get_story(conn, story_id)
        if story is None:
            return None
        partnership = await partnerships.get(conn, story.partnership_id)
        assert partnership is not None
        idea = await ideas_db.get(conn, story.idea_id) if story.idea_id else None
        return StoryView(story, partnership, idea)

    async def _organised(
        self, conn: aiosqlite.Connection, actor: Actor, story_id: int
    ) -> StoryView:
        """The story, for an organiser of its partnership only (a forged button fails)."""
        view = await self._view(conn, story_id)
        if view is None:
            raise Unreachable("errors-stale-button")
        require_organiser(actor, view.story.partnership_id)
        return view

    # ------------------------------------------------------------ review
    async def review_list(self, actor: Actor, partnership_id: int) -> list[StoryView]:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            ids = await db.partnership_stories(conn, partnership_id)
            return [v for i in ids if (v := await self._view(conn, i)) is not None]

    async def waiting(self, actor: Actor, partnership_id: int) -> int:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            return await db.waiting_for_review(conn, partnership_id)

    async def for_review(self, actor: Actor, story_id: int) -> StoryView:
        async with self.db.reading() as conn:
            return await self._organised(conn, actor, story_id)

    async def _audience(self, conn: aiosqlite.Connection, story: Story) -> tuple[set[int], int]:
        """The idea's author, voters and supporters who hear of it, and how many muted it."""
        if story.idea_id is None:
            return set(), 0
        idea = await ideas_db.get(conn, story.idea_id)
        people = set(await votes.voters(conn, story.idea_id))
        people |= set(await ideas_db.supporters(conn, story.idea_id))
        if idea is not None and idea.author_id is not None:
            people.add(idea.author_id)
        team = await teams.get(conn, story.team_id) if story.team_id else None
        people -= set(team.members if team else ())  # the team hears it as the team
        silent = await db.muted(conn, people)
        return people - silent, len(silent)

    async def reach(self, actor: Actor, story_id: int) -> Reach:
        async with self.db.reading() as conn:
            view = await self._organised(conn, actor, story_id)
            told, muted = await self._audience(conn, view.story)
            if await db.voters_told(conn, story_id):
                return Reach(0, 0)  # told at the first publication; never twice
            return Reach(len(told), muted)

    async def publish(self, actor: Actor, story_id: int, months: int) -> int:
        """Publish (refused while a named person has not answered); return how many of the
        idea's people were told."""
        if months not in REVIEW_MONTHS:
            raise UserFacingError("errors-stale-button")
        async with self.db.reading() as conn:
            view = await self._organised(conn, actor, story_id)
        if view.story.missing_consent():
            raise UserFacingError("stories-publish-refused-popup")
        if view.story.status == "published":
            raise UserFacingError("stories-published-already")
        machine = await self._machine_versions(view.story)
        now = self.clock.now()
        due = months_later(now.date(), months) if months else None
        async with self.db.transaction() as conn:
            if not await db.publish(conn, story_id, actor.user_id, now, due):
                raise UserFacingError("stories-published-already")
            for kind, language, text in machine:
                await stories.set_section(
                    conn, story_id, kind, language, text, "machine", None, now
                )
            if due is not None:
                when = datetime.combine(due, time(9), tzinfo=now.tzinfo)
                await due_tasks.plan(conn, ASK_FOR_UPDATE, story_id, when, detail=due.isoformat())
            published = await self._view(conn, story_id)
            assert published is not None
            await self._tell_team(conn, published, "stories-team-published", now)
            return await self._tell_voters(conn, published, now)

    async def _machine_versions(self, story: Story) -> list[tuple[SectionKind, str, str]]:
        """Machine versions of the sections missing in a language (none without a provider)."""
        found: list[tuple[SectionKind, str, str]] = []
        for kind in SECTIONS:
            have = {s.language for s in story.sections if s.kind == kind}
            original = story.section(kind, story.original_language)
            if original is None:
                continue
            for language in self.translator.languages:
                if language in have:
                    continue
                try:
                    text = await self.machine.translate(original.text, original.language, language)
                except TranslationUnavailable:
                    return found  # no provider, or it fails: the originals are shown
                found.append((kind, language, text[:MAX_SECTION_LENGTH]))
        return found

    async def _tell_team(
        self,
        conn: aiosqlite.Connection,
        view: StoryView,
        message_id: str,
        now: datetime,
        **args: Any,
    ) -> int:
        team = await teams.get(conn, view.story.team_id) if view.story.team_id else None
        if team is None:
            return 0
        title = self._title_for(view)
        keyboard = self._story_button(view.story.id)
        sent = 0
        for member in team.members:
            sent += await self.notifier.send(
                conn, member, message_id, now, markup=keyboard, title=title, **args
            )
        return sent

    async def _tell_voters(self, conn: aiosqlite.Connection, view: StoryView, now: datetime) -> int:
        if not await db.mark_voters_told(conn, view.story.id, now):
            return 0
        people, _ = await self._audience(conn, view.story)
        title, keyboard = self._title_for(view), self._story_button(view.story.id)
        told = 0
        for person in sorted(people):
            told += await self.notifier.send(
                conn,
                person,
                "stories-voters-told",
                now,
                priority=PRIORITY_NORMAL,
                markup=keyboard,
                dedupe_key=f"story-told:{view.story.id}:{person}",
                title=title,
            )
        return told

    def _title_for(self, view: StoryView) -> Callable[[str], str]:
        return lambda language: self.title(view, language)

    def _story_button(self, story_id: int) -> Callable[[str], InlineKeyboardMarkup]:
        return lambda language: markup(
            [[button(self.translator.plain(language, "stories-open"), StoryCard(story_id))]]
        )

    def title(self, view: StoryView, language: str) -> str:
        return story_title(self.translator, view, language)

    async def send_back(self, actor: Actor, story_id: int, note: str) -> int:
        """Back to the team with the organiser's note; returns how many members were told."""
        note = note.strip()[:MAX_SECTION_LENGTH]
        if not note:
            raise UserFacingError("stories-note-empty")
        async with self.db.transaction() as conn:
            view = await self._organised(conn, actor, story_id)
            if view.story.status == "published":
                raise UserFacingError("errors-stale-button")
            await db.set_status(conn, story_id, "draft")
            return await self._tell_team(
                conn, view, "stories-team-sent-back", self.clock.now(), note=note
            )

    async def withdraw(self, actor: Actor, story_id: int) -> None:
        async with self.db.transaction() as conn:
            view = await self._organised(conn, actor, story_id)
            if view.story.status != "published":
                raise UserFacingError("errors-stale-button")
            await db.set_status(conn, story_id, "withdrawn")
            await due_tasks.drop(conn, ASK_FOR_UPDATE, story_id)

    # ------------------------------------------------------------ reading
    async def readable(self, actor: Actor | None, story_id: int) -> StoryView:
        """A published story for anyone; an unpublished one only for its team and the
        organisers of its partnership; everyone else hears it is not there."""
        async with self.db.reading() as conn:
            view = await self._view(conn, story_id)
            if view is None:
                raise Unreachable("stories-not-found")
            if view.story.status == "published":
                return view
            if actor is not None and await self._insider(conn, view.story, actor):
                return view
        raise Unreachable("stories-not-found")

    async def _insider(self, conn: aiosqlite.Connection, story: Story, actor: Actor) -> bool:
        if actor.has_role(story.partnership_id, Role.ORGANISER):
            return True
        team = await teams.get(conn, story.team_id) if story.team_id else None
        return team is not None and actor.user_id in team.members

    async def published(self) -> list[StoryView]:
        async with self.db.reading() as conn:
            ids = await db.published_stories(conn)
            return [v for i in ids if (v := await self._view(conn, i)) is not None]

    async def feed(self, language: str, bot_username: str) -> list[FeedItem]:
        """Published stories in `language` as plain text, names per consent, newest first."""
        items = []
        for view in await self.published():
            text = StoryText(self.translator, view, language, html=False)
            title = text.title()
            assert view.story.published_at is not None
            items.append(
                FeedItem(
                    story_id=view.story.id,
                    title=title,
                    text="\n\n".join(text.body()),
                    url=f"https://t.me/{bot_username}?start={story_payload(view.story.id)}",
                    published_at=view.story.published_at,
                    language=language,
                )
            )
        return items

    # ------------------------------------------------------------ updates
    async def _ask_for_update(self, conn: aiosqlite.Connection, story_id: int, _: str) -> None:
        view = await self._view(conn, story_id)
        if view is None or view.story.status != "published":
            return
        now = self.clock.now()
        await db.mark_update_asked(conn, story_id, now)
        team = await teams.get(conn, view.story.team_id) if view.story.team_id else None
        for member in team.members if team else ():
            await self.notifier.send(
                conn,
                member,
                "stories-update-asked",
                now,
                markup=lambda lang: markup(
                    [
                        [
                            button(
                                self.translator.plain(lang, "stories-update-write"),
                                StoryUpdateStep(story_id),
                            )
                        ]
                    ]
                ),
                title=self._title_for(view),
            )

    async def may_update(self, user_id: int, story_id: int) -> StoryView:
        """A member of the story's team, while the question is open."""
        async with self.db.reading() as conn:
            view = await self._view(conn, story_id)
            team = (
                await teams.get(conn, view.story.team_id) if view and view.story.team_id else None
            )
            if view is None or team is None or user_id not in team.members:
                raise Unreachable("errors-stale-button")
            if not await db.update_open(conn, story_id):
                raise UserFacingError("stories-update-done")
            return view

    async def add_update(self, user_id: int, story_id: int, text: str) -> StoryView:
        """The first answer extends the timeline (dated today); later ones are refused."""
        text = " ".join(text.split())
        if not text or len(text) > MAX_UPDATE_LENGTH:
            raise UserFacingError("stories-update-length", limit=MAX_UPDATE_LENGTH)
        await self.may_update(user_id, story_id)
        async with self.db.transaction() as conn:
            if not await db.update_open(conn, story_id):
                raise UserFacingError("stories-update-done")
            person = await participants.get(conn, user_id)
            language = person.language if person else self.notifier.default_language
            await stories.add_timeline(
                conn, story_id, self.clock.now().date(), "update", texts={language: text}
            )
            view = await self._view(conn, story_id)
            assert view is not None
            return view
