"""Reading the toolbox: search across every language version with typo tolerance, filters,
an entry in the reader's language, inline mode, templates as documents, "remind me" before a
funding deadline, "Was this helpful?"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite
from telegram import InlineKeyboardMarkup

from bot.callback_toolbox import ToolboxEntryCard
from bot.clock import Clock
from bot.db import due_tasks, participants
from bot.db import toolbox as toolbox_db
from bot.db import toolbox_search as search_db
from bot.db.connection import Database
from bot.db.toolbox_search import Filters
from bot.domain.toolbox import Entry, clean_query, visible
from bot.domain.toolbox_search import words
from bot.i18n import Translator
from bot.keyboards import button, markup
from bot.render.toolbox import deadline_text
from bot.services.due import TaskAction
from bot.services.errors import UserFacingError
from bot.services.notify import Notifier
from bot.services.registration_followups import reader_zone
from bot.translation import MachineTranslator

REMINDER_TASK = "toolbox_funding_reminder"
INLINE_RESULTS = 50  # Telegram's most per answer
RESULTS = 50  # a search's entries, paged on screen


@dataclass(frozen=True)
class Found:
    """A search or a listing: the entries a reader may see, best first."""

    query: str
    filters: Filters
    entries: list[Entry]
    expired: int  # past-deadline funding entries left out (offered as "Show past funding")


@dataclass(frozen=True)
class EntryView:
    """One entry as this reader sees it: what they answered, their reminder, their clock."""

    entry: Entry
    zone: str  # the reader's time zone (the funder's when unknown)
    helpful: bool | None  # their answer to "Was this helpful?"
    remind_at: datetime | None  # their pending reminder
    onboarded: bool


class ToolboxService:
    """Search and read the toolbox; inline results; reminders and feedback."""

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

    # ---------------------------------------------------------------- finding
    async def kinds(self) -> dict[str, int]:
        """How many entries of each kind a reader can see (the first screen's buttons)."""
        async with self.db.reading() as conn:
            return await search_db.count_by_kind(conn, Filters(), self.clock.now())

    async def search(
        self, text: str, language: str, filters: Filters | None = None, limit: int = RESULTS
    ) -> Found:
        """Entries matching `text` in any language version (or, without text, the filtered
        listing, newest first). A search that finds nothing is noted for the organisers:
        the words and the language, no person."""
        # Punctuation alone ("?!") is no search: the listing (or the kinds) instead.
        query = clean_query(text) if words(text) else ""
        filters, now = filters or Filters(), self.clock.now()
        async with self.db.reading() as conn:
            if query:
                hits = await search_db.search(conn, query, filters, now, limit)
                ids = [h.entry_id for h in hits]
            else:
                ids = await search_db.listing(conn, filters, now, limit)
            entries = await toolbox_db.get_entries(conn, ids)
            # Only funding expires: no count when the reader looks at another kind.
            counted = not filters.include_expired and filters.kind in ("", "funding")
            expired = await search_db.count_expired(conn, filters, now) if counted else 0
        if query and not entries:
            async with self.db.transaction() as conn:
                await search_db.record_miss(conn, query, language, now)
        return Found(query, filters, entries, expired)

    async def view(self, user_id: int, entry_id: int) -> EntryView:
        """An entry anyone may read (published; expired funding too, marked on its card)."""
        async with self.db.reading() as conn:
            entry = await toolbox_db.get_entry(conn, entry_id)
            if entry is None or entry.status != "published":
                raise UserFacingError("toolbox-entry-gone")
            person = await participants.get(conn, user_id)
            fallback = entry.funding.zone if entry.funding else "UTC"
            return EntryView(
                entry,
                await reader_zone(conn, person, fallback),
                await search_db.feedback_of(conn, entry_id, user_id),
                await search_db.reminder_at(conn, entry_id, user_id),
                person is not None and person.is_onboarded,
            )

    # ---------------------------------------------------------------- acting (onboarded)
    async def _for_member(self, conn: aiosqlite.Connection, user_id: int, entry_id: int) -> Entry:
        person = await participants.get(conn, user_id)
        if person is None or not person.is_onboarded:
            raise UserFacingError("toolbox-members-only")
        entry = await toolbox_db.get_entry(conn, entry_id)
        if entry is None or entry.status != "published":
            raise UserFacingError("toolbox-entry-gone")
        return entry

    async def answer_helpful(self, user_id: int, entry_id: int, helpful: bool) -> None:
        """ "Was this helpful?": one answer per person, changeable."""
        async with self.db.transaction() as conn:
            await self._for_member(conn, user_id, entry_id)
            await search_db.set_feedback(conn, entry_id, user_id, helpful, self.clock.now())

    async def remind(self, user_id: int, entry_id: int) -> datetime:
        """ "Remind me 7 days before the deadline": refused when the deadline passed or is
        less than 7 days away (the button is not offered then; a forged press gets here)."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            entry = await self._for_member(conn, user_id, entry_id)
            if entry.funding is None or entry.funding.deadline is None:
                raise UserFacingError("toolbox-remind-no-deadline")
            if entry.expired(now):
                raise UserFacingError("toolbox-remind-expired")
            at = entry.reminder_time(now)
            if at is None:
                raise UserFacingError("toolbox-remind-too-late")
            await search_db.set_reminder(conn, entry_id, user_id, at)
            await due_tasks.plan(conn, REMINDER_TASK, entry_id, at, str(user_id))
        return at

    # ---------------------------------------------------------------- inline mode
    async def inline(self, text: str, language: str) -> list[Entry]:
        """What `@bot <text>` offers: up to 50 matching entries; newest ones without text."""
        found = await self.search(text, language, limit=INLINE_RESULTS)
        return found.entries[:INLINE_RESULTS]

    # ---------------------------------------------------------------- due work
    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {REMINDER_TASK: self._send_reminder}

    async def _send_reminder(self, conn: aiosqlite.Connection, entry_id: int, detail: str) -> None:
        """A week before the deadline: the entry in the person's language, once; skipped when
        the entry was archived or its deadline passed meanwhile (or was moved closer)."""
        user_id, now = int(detail), self.clock.now()
        entry = await toolbox_db.get_entry(conn, entry_id)
        if entry is None or not visible(entry, now) or entry.funding is None:
            return
        if not await search_db.mark_reminded(conn, entry_id, user_id, now):
            return
        person = await participants.get(conn, user_id)
        zone = await reader_zone(conn, person, entry.funding.zone)
        tr = self.translator

        def card(language: str) -> InlineKeyboardMarkup:
            label = tr.plain(language, "toolbox-button-open")
            return markup([[button(label, ToolboxEntryCard(entry_id))]])

        await self.notifier.send(
            conn,
            user_id,
            "toolbox-reminder",
            now,
            markup=card,
            dedupe_key=f"toolbox-reminder:{entry_id}:{user_id}",
            title=lambda lang: entry.version_for(lang).title,
            deadline=lambda lang: deadline_text(tr, lang, entry, zone),
        )
