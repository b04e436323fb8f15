"""The idea exchange (Ideenbörse): a partnership offers an idea or a need to the whole network;
others browse by topic and country in their language; "I'm interested" introduces the two
contacts through the bot once both agree.

Privacy: before both agreed, no message to either side carries the other's username or a
link to their account; only first name, city and partnership (and the requester's note).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

import aiosqlite

from bot.db import due_tasks, network, participants
from bot.db import idea_exchange as exchange_db
from bot.db import partnerships as partnerships_db
from bot.domain.idea_exchange import (
    PAGE_SIZE,
    STILL_OPEN_AFTER,
    STILL_OPEN_GRACE,
    Post,
    selection,
)
from bot.domain.network import NETWORK_TOPICS
from bot.domain.network_dialogs import ExchangePostDraft
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor, PermissionDenied, Role
from bot.keyboards import exchange as kb
from bot.services.due import TaskAction
from bot.services.errors import UserFacingError
from bot.services.exchange_intros import Introductions, may_ask
from bot.translation import TranslationUnavailable

ASK_TASK = "exchange_still_open"
CLOSE_TASK = "exchange_close_unanswered"


@dataclass(frozen=True)
class PostView:
    """A post as one reader sees it: in their language where a machine version exists."""

    post: Post
    title: str
    body: str
    machine: bool  # the title and text are a machine translation of the original
    partnership: Partnership | None
    countries: tuple[str, ...]  # the partnership's country focus
    can_ask: bool  # an onboarded person of another partnership, not asked yet
    asked: bool  # this reader asked about it already
    manages: bool  # the reader organises the post's partnership


class IdeaExchange(Introductions):
    # ---------------------------------------------------------------- posting (organisers)
    @staticmethod
    def posting_partnerships(actor: Actor) -> tuple[int, ...]:
        """The partnerships this person may post for (they organise them)."""
        return actor.organises()

    async def partnerships(self, ids: tuple[int, ...]) -> list[Partnership]:
        async with self.db.reading() as conn:
            found = [await partnerships_db.get(conn, pid) for pid in ids]
        return [p for p in found if p is not None]

    async def _managed(self, conn: aiosqlite.Connection, actor: Actor, post_id: int) -> Post:
        """A post its partnership's organisers manage; anyone else's press is refused."""
        post = await exchange_db.get_post(conn, post_id)
        if post is None:
            raise UserFacingError("exchange-post-gone")
        if not actor.has_role(post.partnership_id, Role.ORGANISER):
            raise PermissionDenied("organiser")
        return post

    @staticmethod
    def check_draft(actor: Actor, draft: ExchangePostDraft) -> None:
        if not actor.has_role(draft.partnership_id, Role.ORGANISER):
            raise PermissionDenied("organiser")

    async def publish(self, actor: Actor, draft: ExchangePostDraft) -> int:
        """A new post (its poster is its contact), or the changes to one it edits."""
        now = self.clock.now()
        post = preview_post(draft, actor.user_id)
        async with self.db.transaction() as conn:
            if draft.post_id:
                stored = await self._managed(conn, actor, draft.post_id)
                await exchange_db.update_post(conn, replace(post, id=stored.id), now)
                return stored.id
            self.check_draft(actor, draft)
            post_id = await exchange_db.create_post(conn, post, now)
            await due_tasks.plan(conn, ASK_TASK, post_id, now + STILL_OPEN_AFTER)
        return post_id

    async def draft_of(self, actor: Actor, post_id: int) -> ExchangePostDraft:
        """A published post back in the editor (at its preview)."""
        async with self.db.reading() as conn:
            post = await self._managed(conn, actor, post_id)
        return ExchangePostDraft(
            partnership_id=post.partnership_id,
            post_id=post.id,
            step="preview",
            kind=post.kind,
            language=post.language,  # the original's language stays the post's
            title=post.title,
            body=post.body,
            topics=",".join(post.topics),
            countries=",".join(post.countries),
        )

    async def set_open(self, actor: Actor, post_id: int, is_open: bool) -> None:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            post = await self._managed(conn, actor, post_id)
            if is_open and post.contact_user_id is None:
                raise UserFacingError("exchange-no-contact")
            await exchange_db.set_status(conn, post_id, "open" if is_open else "closed", now)

    async def still_open(self, actor: Actor, post_id: int) -> None:
        """The poster's answer to "still open?": it stays open (no closing for silence)."""
        async with self.db.transaction() as conn:
            await self._managed(conn, actor, post_id)
            await exchange_db.mark_still_open(conn, post_id, self.clock.now())
            await due_tasks.drop(conn, CLOSE_TASK, post_id)

    async def mine(self, actor: Actor) -> list[Post]:
        ids = self.posting_partnerships(actor)
        if not ids:
            raise PermissionDenied("organiser")
        async with self.db.reading() as conn:
            return await exchange_db.partnership_posts(conn, ids)

    # ---------------------------------------------------------------- reading
    async def browse(self, topic: str, country: str, page: int) -> tuple[list[Post], bool]:
        """A page of open posts, newest first, and whether there are more."""
        if topic and topic not in NETWORK_TOPICS:
            raise UserFacingError("errors-stale-button")
        async with self.db.reading() as conn:
            posts = await exchange_db.open_posts(
                conn, topic, country, PAGE_SIZE + 1, page * PAGE_SIZE
            )
        return posts[:PAGE_SIZE], len(posts) > PAGE_SIZE

    async def view(self, actor: Actor, post_id: int, language: str, original: bool) -> PostView:
        """A post for this reader: open posts for everyone, closed ones for its organisers."""
        async with self.db.reading() as conn:
            post = await exchange_db.get_post(conn, post_id)
            manages = post is not None and actor.has_role(post.partnership_id, Role.ORGANISER)
            if post is None or not (post.is_open or manages):
                raise UserFacingError("exchange-post-gone")
            partnership = await partnerships_db.get(conn, post.partnership_id)
            profile = await network.get_profile(conn, post.partnership_id)
            reader = await participants.get(conn, actor.user_id)
            asked = await exchange_db.request_of(conn, post_id, actor.user_id) is not None
        title, body, machine = post.title, post.body, False
        if not original and language != post.language:
            title, body, machine = await self._in_language(post, language)
        can_ask = may_ask(reader, post) and not asked
        return PostView(
            post, title, body, machine, partnership, profile.countries, can_ask, asked, manages
        )

    async def _in_language(self, post: Post, language: str) -> tuple[str, str, bool]:
        """The machine version (made once, then kept), or the original when none can be made."""
        async with self.db.reading() as conn:
            kept = await exchange_db.get_translation(conn, post.id, language)
        if kept is not None:
            return kept[0], kept[1], True
        try:
            title = await self.machine.translate(post.title, post.language, language)
            body = await self.machine.translate(post.body, post.language, language)
        except TranslationUnavailable:
            return post.title, post.body, False
        async with self.db.transaction() as conn:
            await exchange_db.save_translation(conn, post.id, language, title, body)
        return title, body, True

    # ---------------------------------------------------------------- due work
    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {ASK_TASK: self._ask_still_open, CLOSE_TASK: self._close_unanswered}

    async def _ask_still_open(self, conn: aiosqlite.Connection, post_id: int, _: str) -> None:
        """90 days after posting: "still open?" to the poster, once."""
        post = await exchange_db.get_post(conn, post_id)
        if post is None or not post.is_open or post.contact_user_id is None:
            return
        if post.still_open_asked_at is not None:
            return
        now = self.clock.now()
        await exchange_db.mark_still_open_asked(conn, post_id, now)
        await due_tasks.plan(conn, CLOSE_TASK, post_id, now + STILL_OPEN_GRACE)
        await self.notifier.send(
            conn,
            post.contact_user_id,
            "exchange-still-open-question",
            now,
            markup=lambda lang: kb.still_open(self.translator, lang, post_id),
            dedupe_key=f"exchange-still-open:{post_id}",
            title=post.title,
            days=STILL_OPEN_GRACE.days,
        )

    async def _close_unanswered(self, conn: aiosqlite.Connection, post_id: int, _: str) -> None:
        """No answer within 14 days: the post closes (its poster may reopen it)."""
        post = await exchange_db.get_post(conn, post_id)
        now = self.clock.now()
        if post is None or not post.is_open or not post.unanswered_since(now):
            return
        await exchange_db.set_status(conn, post_id, "closed", now)
        if post.contact_user_id is not None:
            await self.notifier.send(
                conn,
                post.contact_user_id,
                "exchange-closed-unanswered",
                now,
                dedupe_key=f"exchange-closed:{post_id}",
                title=post.title,
            )


def preview_post(draft: ExchangePostDraft, contact_id: int) -> Post:
    """The draft as the post it would publish (for the preview and for publishing)."""
    return Post(
        id=draft.post_id,
        partnership_id=draft.partnership_id,
        kind="need" if draft.kind == "need" else "offer",
        language=draft.language,
        title=draft.title,
        body=draft.body,
        topics=tuple(t for t in selection(draft.topics) if t in NETWORK_TOPICS),
        countries=selection(draft.countries),
        contact_user_id=contact_id,
        status="open",
        created_at=datetime.min,
    )
