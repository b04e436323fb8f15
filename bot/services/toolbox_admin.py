"""Keeping the toolbox: organisers add and edit entries (versions per language, machine
translations marked, templates checked before download), moderate members' suggestions with
credit, owners are reminded at the review date, and searches that found nothing reach the
organisers' weekly notice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import aiosqlite
from telegram import InlineKeyboardMarkup

from bot.clock import Clock
from bot.db import due_tasks
from bot.db import toolbox as toolbox_db
from bot.db import toolbox_admin as keep_db
from bot.db.connection import Database
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.organiser_home import NOTICE_GAP, notice_slot
from bot.domain.roles import Actor
from bot.domain.toolbox import Entry, Funding, TemplateFile, Version, VersionOrigin
from bot.domain.toolbox_dialogs import ToolboxEntryDraft
from bot.domain.toolbox_keeping import (
    MISSES_SHOWN,
    PAGE_SIZE,
    KeeperOverview,
    next_check,
    next_review,
    next_weekly,
    require_keeper,
    selection,
)
from bot.i18n import Translator
from bot.services.due import TaskAction
from bot.services.errors import UserFacingError
from bot.services.notify import PRIORITY_NORMAL, Notifier
from bot.translation import MachineTranslator, TranslationUnavailable

KEEPER_NOTICE = "toolbox_keeper_notice"  # suggestions wait (at most one a day per keeper)
REVIEW_CHECK = "toolbox_review_check"  # daily: owners of entries due for review
MISSES_NOTICE = "toolbox_misses_notice"  # weekly: searches that found nothing

# Buttons under the notices, built by the handlers' keyboards (the service knows no labels).
NoticeButtons = Callable[[str], InlineKeyboardMarkup]


def _stale() -> UserFacingError:
    return UserFacingError("errors-stale-button")


class ToolboxAdmin:
    """Authoring, moderation, review dates and the weekly notice of missed searches."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        translator: Translator,
        machine: MachineTranslator,
        admin_ids: frozenset[int] = frozenset(),
    ) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.translator = translator
        self.machine = machine
        self.admin_ids = admin_ids
        # Set by the composition root: the keyboards under the notices.
        self.manage_buttons: NoticeButtons | None = None
        self.review_buttons: Callable[[int], NoticeButtons] | None = None
        self.entry_buttons: Callable[[int], NoticeButtons] | None = None

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {
            KEEPER_NOTICE: self.send_keeper_notice,
            REVIEW_CHECK: self.check_reviews,
            MISSES_NOTICE: self.send_misses,
        }

    # ------------------------------------------------------------------ keepers' screen
    def check(self, actor: Actor) -> None:
        """Refuse anyone but a keeper (before a dialog of theirs starts)."""
        require_keeper(actor)

    async def overview(self, actor: Actor) -> KeeperOverview:
        require_keeper(actor)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            await self._ensure_schedule(conn, now)
            return KeeperOverview(
                suggested=await keep_db.count_status(conn, "suggested"),
                due=await keep_db.count_due(conn, now.date()),
                total=await keep_db.count_status(conn, "published"),
            )

    async def page(self, actor: Actor, page: int) -> tuple[list[Entry], int]:
        """One page of the published entries (newest first) and how many there are."""
        require_keeper(actor)
        async with self.db.reading() as conn:
            total = await keep_db.count_status(conn, "published")
            ids = await keep_db.entry_ids(conn, "published", PAGE_SIZE, page * PAGE_SIZE)
            return await toolbox_db.get_entries(conn, ids), total

    async def due_entries(self, actor: Actor) -> list[Entry]:
        require_keeper(actor)
        async with self.db.reading() as conn:
            ids = await keep_db.due_ids(conn, self.clock.now().date())
            return await toolbox_db.get_entries(conn, ids)

    async def suggestions(self, actor: Actor) -> list[Entry]:
        require_keeper(actor)
        async with self.db.reading() as conn:
            ids = await keep_db.entry_ids(conn, "suggested", 50)
            return await toolbox_db.get_entries(conn, ids)

    async def entry(self, actor: Actor, entry_id: int) -> Entry:
        """Any entry a keeper may act on (published or suggested)."""
        require_keeper(actor)
        async with self.db.reading() as conn:
            entry = await toolbox_db.get_entry(conn, entry_id)
        if entry is None or entry.status not in ("published", "suggested"):
            raise _stale()
        return entry

    async def has_phase_entries(self, phase: str) -> bool:
        """Published entries tagged with this programme phase exist (check-ins and coaching
        link to them only then)."""
        async with self.db.reading() as conn:
            return await keep_db.count_tagged(conn, "phase", phase) > 0

    # ------------------------------------------------------------------ new entries
    async def publish(self, actor: Actor, draft: ToolboxEntryDraft) -> int:
        """The draft becomes a published entry owned by its keeper; machine versions in the
        other languages when a provider translates."""
        require_keeper(actor)
        now = self.clock.now()
        entry = _entry_of(draft, actor.user_id, now)
        machine = await self._machine_versions(entry.versions[draft.language])
        entry = replace(entry, versions={**entry.versions, **machine})
        async with self.db.transaction() as conn:
            entry_id = await toolbox_db.create_entry(conn, entry, now)
            await keep_db.mark_reviewed(conn, entry_id, next_review(now), now)
            await self._ensure_schedule(conn, now)
        return entry_id

    async def _machine_versions(self, original: Version) -> dict[str, Version]:
        versions: dict[str, Version] = {}
        for language in SUPPORTED_LANGUAGES:
            if language == original.language:
                continue
            try:
                title = await self.machine.translate(original.title, original.language, language)
                body = await self.machine.translate(original.body, original.language, language)
            except TranslationUnavailable:
                return versions  # nothing promised: the versions simply stay missing
            versions[language] = Version(language, title, body, "machine")
        return versions

    # ------------------------------------------------------------------ editing
    async def approve_version(self, actor: Actor, entry_id: int, language: str) -> None:
        """A machine version a keeper read and approves: it becomes a human one."""
        entry = await self.entry(actor, entry_id)
        version = entry.versions.get(language)
        if version is None or version.origin != "machine":
            raise _stale()
        async with self.db.transaction() as conn:
            await toolbox_db.set_version(
                conn, entry_id, replace(version, origin="human"), now=self.clock.now()
            )

    async def set_translation(
        self, actor: Actor, entry_id: int, language: str, title: str, body: str
    ) -> None:
        """A keeper's own version in one language (the original stays "original")."""
        entry = await self.entry(actor, entry_id)
        if language not in SUPPORTED_LANGUAGES:
            raise _stale()
        origin: VersionOrigin = "original" if language == entry.original_language else "human"
        async with self.db.transaction() as conn:
            await toolbox_db.set_version(
                conn, entry_id, Version(language, title, body, origin), self.clock.now()
            )

    async def still_correct(self, actor: Actor, entry_id: int) -> None:
        require_keeper(actor)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            if not await keep_db.mark_reviewed(conn, entry_id, next_review(now), now):
                raise _stale()

    async def archive(self, actor: Actor, entry_id: int) -> None:
        require_keeper(actor)
        async with self.db.transaction() as conn:
            if not await keep_db.set_status(
                conn, entry_id, "published", "archived", self.clock.now()
            ):
                raise _stale()

    # ------------------------------------------------------------------ suggestions
    async def suggest(
        self,
        user_id: int,
        language: str,
        kind: str,
        title: str,
        body: str,
        link: str,
        credit_name: str | None,
    ) -> int:
        """A member's suggestion waits for the keepers (who hear of it at most once a day)."""
        now = self.clock.now()
        entry = Entry(
            id=0,
            kind=kind,  # type: ignore[arg-type]  # checked by the button codec and the table
            status="suggested",
            original_language=language,
            versions={language: Version(language, title, body, "original")},
            suggested_by=user_id,
            credit_name=credit_name,
            link=link or None,
            funding=Funding(None, "UTC", "") if kind == "funding" else None,
        )
        async with self.db.transaction() as conn:
            entry_id = await toolbox_db.create_entry(conn, entry, now)
            for keeper in await self._keepers(conn):
                slot = notice_slot(now, await keep_db.last_keeper_notice(conn, keeper))
                await due_tasks.plan(
                    conn, KEEPER_NOTICE, keeper, slot, detail=f"{slot:%Y-%m-%dT%H}"
                )
            await self._ensure_schedule(conn, now)
        return entry_id

    async def approve(self, actor: Actor, entry_id: int) -> None:
        """Published (credited as its author agreed), owned by the approving keeper; the
        author is told in their language."""
        entry = await self.entry(actor, entry_id)
        if entry.status != "suggested":
            raise _stale()
        machine = await self._machine_versions(entry.versions[entry.original_language])
        now = self.clock.now()
        async with self.db.transaction() as conn:
            if not await keep_db.publish_suggestion(
                conn, entry_id, actor.user_id, next_review(now), now
            ):
                raise _stale()
            for version in machine.values():
                await toolbox_db.set_version(conn, entry_id, version, now)
            if entry.suggested_by is not None:
                await self.notifier.send(
                    conn,
                    entry.suggested_by,
                    "tbadmin-suggestion-approved",
                    now,
                    priority=PRIORITY_NORMAL,
                    markup=self.entry_buttons(entry_id) if self.entry_buttons else None,
                    title=entry.versions[entry.original_language].title,
                )

    async def decline(self, actor: Actor, entry_id: int, reason: str) -> None:
        entry = await self.entry(actor, entry_id)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            if not await keep_db.decline(conn, entry_id, reason, now):
                raise _stale()
            if entry.suggested_by is not None:
                await self.notifier.send(
                    conn,
                    entry.suggested_by,
                    "tbadmin-suggestion-declined",
                    now,
                    priority=PRIORITY_NORMAL,
                    title=entry.versions[entry.original_language].title,
                    reason=reason,
                )

    # ------------------------------------------------------------------ due work
    async def _keepers(self, conn: aiosqlite.Connection) -> list[int]:
        return sorted({*self.admin_ids, *await keep_db.organisers(conn)})

    async def _ensure_schedule(self, conn: aiosqlite.Connection, now: datetime) -> None:
        """The daily review check and the weekly notice are planned (idempotent: one task
        per day or week)."""
        check, weekly = next_check(now), next_weekly(now)
        await due_tasks.plan(conn, REVIEW_CHECK, 0, check, detail=check.date().isoformat())
        await due_tasks.plan(conn, MISSES_NOTICE, 0, weekly, detail=weekly.date().isoformat())

    async def send_keeper_notice(self, conn: aiosqlite.Connection, keeper: int, _: str) -> None:
        """Due task: tell one keeper how many suggestions wait, at most once a day."""
        now = self.clock.now()
        last = await keep_db.last_keeper_notice(conn, keeper)
        if last is not None and now - last < NOTICE_GAP:
            slot = notice_slot(now, last)
            await due_tasks.plan(conn, KEEPER_NOTICE, keeper, slot, detail=f"{slot:%Y-%m-%dT%H}")
            return
        waiting = await keep_db.count_status(conn, "suggested")
        if not waiting or keeper not in await self._keepers(conn):
            return
        await self.notifier.send(
            conn,
            keeper,
            "tbadmin-notice-suggestions",
            now,
            priority=PRIORITY_NORMAL,
            markup=self.manage_buttons,
            count=waiting,
        )
        await keep_db.record_keeper_notice(conn, keeper, now)

    async def check_reviews(self, conn: aiosqlite.Connection, _: int, __: str) -> None:
        """Due task, daily: each entry whose review date has come reminds its owner once
        (the keepers when its owner has left); then the next day's check is planned."""
        now = self.clock.now()
        for entry_id, owner in await keep_db.to_remind(conn, now.date()):
            entry = await toolbox_db.get_entry(conn, entry_id)
            if entry is None:
                continue
            for person in [owner] if owner is not None else await self._keepers(conn):
                await self.notifier.send(
                    conn,
                    person,
                    "tbadmin-review-reminder",
                    now,
                    priority=PRIORITY_NORMAL,
                    markup=self.review_buttons(entry_id) if self.review_buttons else None,
                    title=lambda lang, e=entry: e.version_for(lang).title,
                )
            await keep_db.mark_reminded(conn, entry_id, now)
        await self._ensure_schedule(conn, now + timedelta(minutes=1))

    async def send_misses(self, conn: aiosqlite.Connection, _: int, __: str) -> None:
        """Due task, weekly: the most frequent searches that found nothing in 7 days."""
        now = self.clock.now()
        misses = await keep_db.frequent_misses(conn, now - timedelta(days=7), MISSES_SHOWN)
        if misses:
            lines = "\n".join(f"• {query} — {count}" for query, count in misses)
            for keeper in await self._keepers(conn):
                await self.notifier.send(
                    conn,
                    keeper,
                    "tbadmin-misses-notice",
                    now,
                    priority=PRIORITY_NORMAL,
                    markup=self.manage_buttons,
                    queries=lines,
                    count=len(misses),
                )
        await self._ensure_schedule(conn, now + timedelta(minutes=1))


def _entry_of(draft: ToolboxEntryDraft, owner: int, now: datetime) -> Entry:
    """The published entry a finished draft describes."""
    language = draft.language
    template = (
        TemplateFile(draft.file_id, draft.file_name, draft.file_size, draft.mime_type)
        if draft.kind == "template"
        else None
    )
    funding = (
        Funding(
            datetime.fromisoformat(draft.deadline).astimezone(UTC) if draft.deadline else None,
            draft.zone or "UTC",
            draft.amount,
        )
        if draft.kind == "funding"
        else None
    )
    return Entry(
        id=0,
        kind=draft.kind,  # type: ignore[arg-type]  # chosen by a typed button
        status="published",
        original_language=language,
        versions={language: Version(language, draft.title, draft.body, "original")},
        tags={
            "topic": selection(draft.topics),
            "country": selection(draft.countries),
            "phase": selection(draft.phases),
        },
        owner_id=owner,
        link=draft.link or None,
        template=template,
        funding=funding,
        review_due=next_review(now),
    )


def preview_entry(draft: ToolboxEntryDraft) -> Entry:
    """The entry a draft would publish, as its preview shows it (no owner, no review yet)."""
    return replace(_entry_of(draft, 0, datetime(2000, 1, 1, tzinfo=UTC)), review_due=None)
