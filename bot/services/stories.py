"""Writing a story: the team's side. Drafting itself (what a draft is made of, how blockers
are told resolved) is in story_drafting; this module adds asking for a draft, the team's
screen, section edits, photos, sending for review and consent answers."""

from __future__ import annotations

import aiosqlite

from bot.db import ideas, participants, partnerships, roles, teams
from bot.db import stories as db
from bot.db import story_drafts as drafts
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.participants import shown_name
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor, Role
from bot.domain.scope import may_see_team
from bot.domain.stories import (
    MAX_PHOTOS,
    MAX_SECTION_LENGTH,
    MAX_TITLE_LENGTH,
    Consent,
    SectionKind,
    Story,
    StoryPerson,
    tokenize_names,
)
from bot.domain.teams import Team
from bot.keyboards import story_drafts as kb
from bot.services.due import TaskAction
from bot.services.errors import Unreachable, UserFacingError
from bot.services.notify import PRIORITY_NORMAL
from bot.services.scope import refusal
from bot.services.story_drafting import GONE, DraftView, StoryDrafting, first_name

__all__ = ["DraftView", "StoryService"]


class StoryService(StoryDrafting):
    """Drafts, section edits, photos and consent."""

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {}

    # ---------------------------------------------------------------- asking for a draft
    async def request_count(self, actor: Actor, team_id: int) -> int:
        """How many people a requested draft messages (the confirmation says it)."""
        async with self.db.reading() as conn:
            team = await self._organised_team(conn, actor, team_id)
            idea = await ideas.get(conn, team.idea_id)
            people = set(team.members)
            if idea and idea.author_id and idea.show_author:
                people.add(idea.author_id)
            return len(people)

    async def request_story(self, actor: Actor, team_id: int) -> int:
        """An organiser of the team's partnership (or its coach) asks for a draft now."""
        async with self.db.transaction() as conn:
            team = await self._organised_team(conn, actor, team_id)
            if await db.story_of_team(conn, team.id) is not None:
                raise UserFacingError("story-exists")
            return await self.draft_for_team(conn, team.id, requested_by=actor.user_id)

    async def story_of_team(self, actor: Actor, team_id: int) -> int | None:
        async with self.db.reading() as conn:
            team = await self._organised_team(conn, actor, team_id)
            return await db.story_of_team(conn, team.id)

    async def _organised_team(self, conn: aiosqlite.Connection, actor: Actor, team_id: int) -> Team:
        team = await teams.get(conn, team_id)
        if team is None or not may_see_team(actor, team, members_too=False):
            raise refusal(actor, GONE)
        return team

    async def team_ended(self, conn: aiosqlite.Connection, team_id: int) -> None:
        """The closing round closed (checkin_digests): the story is drafted (or completed).
        A team whose idea is gone gets none; closing the round must not fail on it."""
        team = await teams.get(conn, team_id)
        if team is not None and await ideas.get(conn, team.idea_id) is not None:
            await self.draft_for_team(conn, team_id)

    # ---------------------------------------------------------------- the team's screen
    async def draft_view(self, user_id: int, story_id: int) -> DraftView:
        """The draft for an active member of its team; anyone else hears "gone"."""
        async with self.db.reading() as conn:
            story, team = await self._members_story(conn, user_id, story_id)
            partnership = await partnerships.get(conn, story.partnership_id)
            reviewers = await roles.holders(conn, story.partnership_id, Role.ORGANISER)
        mine = next((p for p in story.people if p.user_id == user_id), None)
        return DraftView(story, partnership, mine, user_id in team.members, len(reviewers))

    async def is_member(self, user_id: int, story_id: int) -> bool:
        async with self.db.reading() as conn:
            team_id = await drafts.team_of_story(conn, story_id)
            team = await teams.get(conn, team_id) if team_id else None
        return team is not None and user_id in team.members

    async def story_for_member(self, user_id: int) -> int | None:
        """The story of the person's team (the team card offers it)."""
        async with self.db.reading() as conn:
            team = await teams.of_user(conn, user_id)
            return await db.story_of_team(conn, team.id) if team else None

    async def _members_story(
        self, conn: aiosqlite.Connection, user_id: int, story_id: int, *, editing: bool = False
    ) -> tuple[Story, Team]:
        story = await db.get_story(conn, story_id)
        team = await teams.get(conn, story.team_id) if story and story.team_id else None
        if story is None or team is None or user_id not in team.members:
            raise Unreachable(GONE)
        if editing and story.status != "draft":
            raise UserFacingError("story-not-draft")
        return story, team

    async def edit_section(
        self, user_id: int, story_id: int, kind: SectionKind, text: str
    ) -> tuple[str, int]:
        """A member's new text of one section, in their language, names made tokens; the
        other languages are machine versions of it (or gone: readers see it as written).
        Returns the language it was written in and how many machine versions were made."""
        text = text.strip()
        limit = MAX_TITLE_LENGTH if kind == "title" else MAX_SECTION_LENGTH
        if not text:
            raise UserFacingError("story-error-empty")
        if len(text) > limit:
            raise UserFacingError("story-error-long", limit=limit, length=len(text))
        now = self.clock.now()
        async with self.db.transaction() as conn:
            story, _ = await self._members_story(conn, user_id, story_id, editing=True)
            writer = await participants.get(conn, user_id)
            language = writer.language if writer else story.original_language
            typed = tokenize_names(text, await self._name_forms(conn, story))
            await drafts.drop_section(conn, story_id, kind, keep=language)
            await db.set_section(conn, story_id, kind, language, typed, "team", user_id, now)
            made = 0
            for target in SUPPORTED_LANGUAGES:
                translated = (
                    await self._translated(typed, language, target) if target != language else None
                )
                if translated is not None:
                    await db.set_section(
                        conn, story_id, kind, target, translated, "machine", None, now
                    )
                    made += 1
        return language, made

    async def _name_forms(
        self, conn: aiosqlite.Connection, story: Story
    ) -> tuple[StoryPerson, ...]:
        """Each person under every form a teammate may type: the whole shown name first
        ("Anna Schmidt"), then the first name ("Anna")."""
        forms = list(story.people)
        for person in story.people:
            found = await participants.get(conn, person.user_id) if person.user_id else None
            full = shown_name(found)
            if full and full != person.name:
                forms.append(StoryPerson(person.id, person.user_id, full, None, person.consent))
        return tuple(forms)

    async def photo_room(self, user_id: int, story_id: int) -> int:
        """How many more photos fit (a member's draft only); refuses when none do."""
        async with self.db.reading() as conn:
            story, _ = await self._members_story(conn, user_id, story_id, editing=True)
        room = MAX_PHOTOS - len(story.photos)
        if room <= 0:
            raise UserFacingError("story-photos-full", limit=MAX_PHOTOS)
        return room

    async def add_photo(
        self, user_id: int, story_id: int, file_id: str, width: int, height: int
    ) -> int:
        """A cleaned photo (re-encoded without EXIF, sent back to Telegram for its file id);
        returns how many the story has now."""
        async with self.db.transaction() as conn:
            story, _ = await self._members_story(conn, user_id, story_id, editing=True)
            person = next((p for p in story.people if p.user_id == user_id), None)
            if person is None:
                raise Unreachable(GONE)
            added = await drafts.add_photo(
                conn, story_id, person.id, file_id, width, height, self.clock.now(), MAX_PHOTOS
            )
            if added is None:
                raise UserFacingError("story-photos-full", limit=MAX_PHOTOS)
        return len(story.photos) + 1

    async def remove_photo(self, user_id: int, story_id: int, photo_id: int) -> None:
        async with self.db.transaction() as conn:
            await self._members_story(conn, user_id, story_id, editing=True)
            if not await drafts.remove_photo(conn, story_id, photo_id):
                raise UserFacingError("errors-stale-button")

    async def send_for_review(self, user_id: int, story_id: int) -> int:
        """The draft goes to the partnership's organisers; returns how many were told."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            story, _ = await self._members_story(conn, user_id, story_id, editing=True)
            if not await drafts.set_status(conn, story_id, "review", "draft"):
                raise UserFacingError("story-not-draft")
            partnership = await partnerships.get(conn, story.partnership_id)
            sender = await participants.get(conn, user_id)
            told = 0
            for organiser in await roles.holders(conn, story.partnership_id, Role.ORGANISER):
                told += await self.notifier.send(
                    conn,
                    organiser,
                    "story-review-notice",
                    now,
                    priority=PRIORITY_NORMAL,
                    dedupe_key=f"story-review:{story_id}:{organiser}:{now.isoformat()}",
                    markup=lambda lang: kb.review_notice(self.translator, lang, story_id),
                    title=lambda lang: self._title(story, lang, partnership),
                    name=first_name(shown_name(sender)) or "",
                    missing=len(story.missing_consent()),
                )
        return told

    # ---------------------------------------------------------------- consent answers
    async def set_consent(self, user_id: int, story_id: int, given: bool) -> Story:
        """A person's own answer, changeable at any time (draft, review or published)."""
        async with self.db.transaction() as conn:
            story = await db.get_story(conn, story_id)
            person = (
                next((p for p in story.people if p.user_id == user_id), None) if story else None
            )
            if person is None:
                raise Unreachable(GONE)
            consent: Consent = "given" if given else "declined"
            await db.set_consent(conn, person.id, consent, self.clock.now())
            changed = await db.get_story(conn, story_id)
        assert changed is not None
        return changed

    async def consent_view(self, user_id: int, story_id: int) -> tuple[Story, Partnership | None]:
        """The story for one of its people answering the consent question."""
        async with self.db.reading() as conn:
            story = await db.get_story(conn, story_id)
            if story is None or not any(p.user_id == user_id for p in story.people):
                raise Unreachable(GONE)
            return story, await partnerships.get(conn, story.partnership_id)
