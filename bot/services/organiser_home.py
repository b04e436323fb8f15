"""The organiser tools' home: what waits for each organiser, the one-line explanation of a
group the first time it is opened, and the daily "something waits for you" notice."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

import aiosqlite
from babel.lists import format_list
from telegram import InlineKeyboardMarkup

from bot.clock import Clock
from bot.db import due_tasks, partnerships, roles
from bot.db import organiser_home as home_db
from bot.db.connection import Database
from bot.domain.idea_drafts import IdeaDraft
from bot.domain.organiser_home import NOTICE_GAP, Waiting, notice_slot
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor, PermissionDenied, Role, require_organiser
from bot.i18n import Translator
from bot.services.notify import PRIORITY_NORMAL, Notifier

QUEUE_NOTICE = "organiser_notice"


class OrganiserButtons(Protocol):
    def open_tools(self, language: str) -> InlineKeyboardMarkup: ...


def waiting_words(tr: Translator, language: str, waiting: Waiting) -> str:
    """'3 ideas and 2 translations' in the reader's language and list pattern."""
    parts = [tr.plain(language, f"orghome-count-{kind}", count=n) for kind, n in waiting.parts()]
    return format_list(parts, locale=language)


async def queue_grew(conn: aiosqlite.Connection, partnership_id: int, clock: Clock) -> None:
    """Something new waits for the organisers: plan each one's notice (at most one a day).
    Events in the same hour share one task; a later one waits for the day to pass."""
    for organiser in await roles.holders(conn, partnership_id, Role.ORGANISER):
        await _plan_notice(conn, organiser, partnership_id, clock.now())


async def _plan_notice(
    conn: aiosqlite.Connection, organiser: int, partnership_id: int, now: datetime
) -> None:
    slot = notice_slot(now, await home_db.last_notice(conn, organiser, partnership_id))
    detail = f"{partnership_id}@{slot:%Y-%m-%dT%H}"
    await due_tasks.plan(conn, QUEUE_NOTICE, organiser, slot, detail=detail)


class OrganiserHome:
    def __init__(
        self, db: Database, clock: Clock, notifier: Notifier, buttons: OrganiserButtons
    ) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.buttons = buttons

    async def overview(self, actor: Actor) -> list[tuple[Partnership, Waiting]]:
        """Each partnership this person organises, with what waits there for them."""
        if not actor.is_staff:
            raise PermissionDenied("organiser")
        async with self.db.reading() as conn:
            every = await partnerships.list_all(conn)
            return [
                (p, await home_db.waiting(conn, p.id))
                for p in every
                if actor.has_role(p.id, Role.ORGANISER)
            ]

    async def waiting(self, actor: Actor, partnership_id: int) -> Waiting:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            return await home_db.waiting(conn, partnership_id)

    async def voters(self, actor: Actor, partnership_id: int) -> int:
        """People who have voted: closing voting or changing the budget concerns them."""
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            return await home_db.voters(conn, partnership_id)

    async def writing_ideas(self, actor: Actor, partnership_id: int) -> int:
        """People writing an idea right now: closing submissions stops them submitting it."""
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            return await home_db.writing(conn, partnership_id, IdeaDraft.KIND)

    async def first_visit(self, actor: Actor, group: str) -> bool:
        """True the first time this organiser opens the group (it explains itself then)."""
        if not actor.is_staff:
            raise PermissionDenied("organiser")
        async with self.db.transaction() as conn:
            return await home_db.mark_seen(conn, actor.user_id, group, self.clock.now())

    async def send_notice(self, conn: aiosqlite.Connection, organiser: int, detail: str) -> None:
        """Due task: tell one organiser what waits in a partnership, if anything still does."""
        partnership_id = int(detail.split("@", 1)[0])
        now = self.clock.now()
        last = await home_db.last_notice(conn, organiser, partnership_id)
        if last is not None and now - last < NOTICE_GAP:
            await _plan_notice(conn, organiser, partnership_id, now)  # for later
            return
        partnership = await partnerships.get(conn, partnership_id)
        still = organiser in await roles.holders(conn, partnership_id, Role.ORGANISER)
        waiting = await home_db.waiting(conn, partnership_id)
        if partnership is None or not still or not waiting.total:
            return
        tr = self.notifier.translator
        await self.notifier.send(
            conn,
            organiser,
            "orghome-notice",
            now,
            priority=PRIORITY_NORMAL,
            markup=self.buttons.open_tools,
            partnership=partnership.name.for_reader,
            items=lambda lang: waiting_words(tr, lang, waiting),
            count=waiting.total,
        )
        await home_db.record_notice(conn, organiser, partnership_id, now)
