"""Announcements: compose (text, attachment, language versions, audience), preview, send now
or at a chosen time, and fan out into the outbox exactly once per recipient."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Protocol

import aiosqlite
from telegram import InlineKeyboardMarkup

from bot.clock import Clock
from bot.db import audiences, broadcasts, dialogs, due_tasks, outbox, partnerships
from bot.db import workshops as workshops_db
from bot.db.connection import Database
from bot.db.outbox import OutgoingMessage
from bot.domain.broadcasts import (
    MAX_CAPTION,
    MAX_TEXT,
    Audience,
    AudienceKind,
    Broadcast,
    BroadcastDraft,
    BroadcastStatus,
    Progress,
    version_for,
)
from bot.domain.languages import is_supported
from bot.domain.local_time import Exists, Fold, Gap, resolve_local
from bot.domain.partnerships import City
from bot.domain.roles import Actor, require_organiser
from bot.domain.workshops import WorkshopInputError, parse_wall_clock
from bot.services.errors import UserFacingError
from bot.services.notify import PRIORITY_BROADCAST, Notifier
from bot.telegram.html import EntityParseError, parse_html, utf16_len

BROADCAST_TASK = "broadcast"


class AnnouncementButtons(Protocol):
    def received(self, language: str) -> InlineKeyboardMarkup: ...


# Room kept for the heading each announcement arrives with ("📣 Karlsruhe ↔ Krasnodar:"):
# organisers may write 3,996 characters (a caption 924).
HEADING_ROOM = 100


def check_html(html: str, *, caption: bool) -> str:
    """Telegram's own rules for a message body: well-formed HTML and the length limit."""
    try:
        text, _ = parse_html(html)
    except EntityParseError:
        raise UserFacingError("broadcasts-error-format") from None
    if not text.strip() and not caption:
        raise UserFacingError("broadcasts-error-empty")
    limit = (MAX_CAPTION if caption else MAX_TEXT) - HEADING_ROOM
    if utf16_len(text) > limit:
        raise UserFacingError("broadcasts-error-too-long", limit=limit)
    return html


def time_options(found: Gap | Fold) -> list[datetime]:
    """The moments offered: the suggestion after a gap; both occurrences in a fold."""
    return [found.suggestion] if isinstance(found, Gap) else [found.earlier, found.later]


class BroadcastService:
    def __init__(
        self, db: Database, clock: Clock, notifier: Notifier, buttons: AnnouncementButtons
    ) -> None:
        self.buttons = buttons
        self.db = db
        self.clock = clock
        self.notifier = notifier

    # ---------------------------------------------------------------- the draft
    async def start(self, actor: Actor, partnership_id: int, language: str) -> BroadcastDraft:
        require_organiser(actor, partnership_id)
        draft = BroadcastDraft(partnership_id, language)
        await self._save(actor.user_id, draft)
        return draft

    async def draft(self, actor: Actor) -> BroadcastDraft:
        async with self.db.reading() as conn:
            return await self._draft(conn, actor)

    @staticmethod
    async def _draft(conn: aiosqlite.Connection, actor: Actor) -> BroadcastDraft:
        draft = await dialogs.dialog_of(conn, actor.user_id, BroadcastDraft)
        if draft is None:
            raise UserFacingError("broadcasts-draft-missing")
        require_organiser(actor, draft.partnership_id)
        return draft

    async def set_text(
        self, actor: Actor, html: str, file_kind: str | None = None, file_id: str | None = None
    ) -> BroadcastDraft:
        """The default text (with an optional photo or document), or a language version."""
        draft = await self.draft(actor)
        if draft.step == "version" and draft.pending_language:
            check_html(html, caption=draft.file_kind is not None)
            draft.texts[draft.pending_language] = html
            draft.pending_language = None
        elif draft.step == "text":
            check_html(html, caption=file_kind is not None)
            draft.texts = {draft.default_language: html}
            draft.file_kind, draft.file_id = file_kind, file_id
        else:
            raise UserFacingError("broadcasts-error-use-buttons")
        draft.step = "versions"
        await self._save(actor.user_id, draft)
        return draft

    async def ask_version(self, actor: Actor, language: str) -> BroadcastDraft:
        draft = await self.draft(actor)
        if not is_supported(language) or not draft.texts:
            raise UserFacingError("errors-stale-button")
        draft.step, draft.pending_language = "version", language
        await self._save(actor.user_id, draft)
        return draft

    async def to_audience(self, actor: Actor) -> BroadcastDraft:
        draft = await self.draft(actor)
        if not draft.texts:
            raise UserFacingError("broadcasts-error-empty")
        draft.step = "audience"
        await self._save(actor.user_id, draft)
        return draft

    async def choose_audience(
        self, actor: Actor, audience: Audience
    ) -> tuple[BroadcastDraft, Counter[str]]:
        """Set the audience; return the draft and how many readers each language has. Only
        from the audience screen: a second press there (its previews are already sent) is out
        of date."""
        draft = await self.draft(actor)
        if draft.step != "audience":
            raise UserFacingError("errors-stale-button")
        async with self.db.reading() as conn:
            await self._check_audience(conn, draft.partnership_id, audience)
            people = await audiences.resolve(conn, draft.partnership_id, audience)
        draft.audience, draft.step = audience, "confirm"
        await self._save(actor.user_id, draft)
        return draft, Counter(language for _, language in people)

    async def ask_schedule(self, actor: Actor) -> BroadcastDraft:
        draft = await self.draft(actor)
        if draft.audience is None:
            raise UserFacingError("errors-stale-button")
        draft.step = "schedule"
        await self._save(actor.user_id, draft)
        return draft

    async def time_zone(self, draft: BroadcastDraft) -> str:
        return (await self.place(draft))[1]

    async def place(self, draft: BroadcastDraft) -> tuple[City | None, str]:
        """Whose clock a typed send time is on: the partnership's first city, and its zone."""
        async with self.db.reading() as conn:
            partnership = await partnerships.get(conn, draft.partnership_id)
        city = partnership.cities[0] if partnership and partnership.cities else None
        return city, city.time_zone if city else "UTC"

    async def cancel_draft(self, actor: Actor) -> None:
        async with self.db.transaction() as conn:
            await dialogs.clear_kind(conn, actor.user_id, BroadcastDraft.KIND)

    def preview(self, draft: BroadcastDraft, language: str) -> str:
        return version_for(draft.texts, draft.default_language, language)

    # ---------------------------------------------------------------- sending
    async def send_now(
        self, actor: Actor, progress_chat_id: int, progress_message_id: int
    ) -> Broadcast:
        """Create the broadcast, put one message per recipient into the outbox and end the
        draft, in one transaction; then wake the delivery worker, which reports progress by
        editing the organiser's message (the only one that edits it: no stale overwrite)."""
        async with self.db.transaction() as conn:
            draft = await self._draft(conn, actor)
            broadcast_id = await self._create(
                conn,
                actor,
                draft,
                BroadcastStatus.SENDING,
                None,
                progress=(progress_chat_id, progress_message_id),
            )
            await self.fan_out(conn, broadcast_id)
            await dialogs.clear_state(conn, actor.user_id)
            created = await broadcasts.get(conn, broadcast_id)
        assert created is not None
        # After the commit: the worker's first look finds every message of the broadcast.
        self.notifier.on_queued()
        return created

    async def schedule(self, actor: Actor, raw_when: str) -> Broadcast | Gap | Fold:
        """Schedule at a typed local time; a time the clocks skip (Gap) or repeat (Fold) that
        night is kept and returned, so that the organiser says which moment is meant."""
        draft = await self.draft(actor)
        zone = await self.time_zone(draft)
        try:
            typed = parse_wall_clock(raw_when, zone)
        except WorkshopInputError as exc:
            raise UserFacingError(exc.reason) from None
        found = resolve_local(typed, zone)
        if isinstance(found, Exists):
            return await self._schedule_at(actor, draft, found.at)
        draft.time_typed = typed.isoformat()
        await self._save(actor.user_id, draft)
        return found

    async def time_question(self, actor: Actor) -> Gap | Fold:
        """What is unclear about the typed time: skipped (Gap) or happening twice (Fold)."""
        draft = await self.draft(actor)
        if draft.step != "schedule" or not draft.time_typed:
            raise UserFacingError("errors-stale-button")
        found = resolve_local(datetime.fromisoformat(draft.time_typed), await self.time_zone(draft))
        if isinstance(found, Exists):
            raise UserFacingError("errors-stale-button")
        return found

    async def schedule_choice(self, actor: Actor, index: int) -> Broadcast:
        """One of the moments offered for a skipped or repeated time (time_options)."""
        options = time_options(await self.time_question(actor))
        if not 0 <= index < len(options):
            raise UserFacingError("errors-stale-button")
        return await self._schedule_at(actor, await self.draft(actor), options[index])

    async def _schedule_at(self, actor: Actor, draft: BroadcastDraft, when: datetime) -> Broadcast:
        if when <= self.clock.now():
            raise UserFacingError("workshops-error-in-past")
        async with self.db.transaction() as conn:
            broadcast_id = await self._create(conn, actor, draft, BroadcastStatus.SCHEDULED, when)
            await due_tasks.plan(conn, BROADCAST_TASK, broadcast_id, when)
            await dialogs.clear_state(conn, actor.user_id)
            created = await broadcasts.get(conn, broadcast_id)
        assert created is not None
        return created

    async def cancel_scheduled(self, actor: Actor, broadcast_id: int) -> Broadcast:
        """A scheduled broadcast can be cancelled until it starts; a started one cannot."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            found = await broadcasts.get(conn, broadcast_id)
            if found is None or found.partnership_id is None:  # None: a network newsletter
                raise UserFacingError("errors-stale-button")
            require_organiser(actor, found.partnership_id)
            if found.status is not BroadcastStatus.SCHEDULED:
                raise UserFacingError("broadcasts-already-started")
            await broadcasts.mark(conn, broadcast_id, BroadcastStatus.CANCELLED, now)
            await due_tasks.drop(conn, BROADCAST_TASK, broadcast_id)
        return found

    async def start_scheduled(
        self, conn: aiosqlite.Connection, broadcast_id: int, detail: str = ""
    ) -> None:
        """Due task: the chosen time has come."""
        found = await broadcasts.get(conn, broadcast_id)
        if found is None or found.status is not BroadcastStatus.SCHEDULED:
            return
        await broadcasts.mark(conn, broadcast_id, BroadcastStatus.SENDING, self.clock.now())
        await self.fan_out(conn, broadcast_id)
        self.notifier.on_queued()

    async def fan_out(self, conn: aiosqlite.Connection, broadcast_id: int) -> int:
        """One outbox message per recipient, in their language; dedupe keys make it once."""
        found = await broadcasts.get(conn, broadcast_id)
        assert found is not None and found.partnership_id is not None  # newsletters fan out
        people = await audiences.resolve(conn, found.partnership_id, found.audience)
        partnership = await partnerships.get(conn, found.partnership_id)
        now = self.clock.now()
        for user_id, language in people:
            # A heading names the partnership it comes from; a button mutes announcements.
            heading = self.notifier.translator.html(
                language,
                "broadcasts-heading",
                partnership=partnership.name.for_reader(language) if partnership else "",
            )
            await outbox.enqueue(
                conn,
                OutgoingMessage(
                    recipient_id=user_id,
                    text=heading + "\n\n" + found.text_for(language),
                    reply_markup=self.buttons.received(language).to_json(),
                    priority=PRIORITY_BROADCAST,
                    broadcast_id=broadcast_id,
                    dedupe_key=f"broadcast:{broadcast_id}:{user_id}",
                    file_kind=found.file_kind,
                    file_id=found.file_id,
                ),
                now,
            )
        await broadcasts.mark(
            conn, broadcast_id, BroadcastStatus.SENDING, now, recipients=len(people)
        )
        if not people:
            await broadcasts.mark(conn, broadcast_id, BroadcastStatus.DONE, now)
        return len(people)

    async def progress(self, broadcast_id: int) -> tuple[Broadcast, Progress]:
        """Counts so far; a broadcast with nothing left waiting is marked done."""
        async with self.db.transaction() as conn:
            found = await broadcasts.get(conn, broadcast_id)
            assert found is not None
            counts = await broadcasts.progress(conn, broadcast_id)
            if found.status is BroadcastStatus.SENDING and counts.finished:
                await broadcasts.mark(conn, broadcast_id, BroadcastStatus.DONE, self.clock.now())
        return found, counts

    async def get(self, actor: Actor, broadcast_id: int) -> Broadcast:
        async with self.db.reading() as conn:
            found = await broadcasts.get(conn, broadcast_id)
        if found is None or found.partnership_id is None:  # None: a network newsletter
            raise UserFacingError("errors-stale-button")
        require_organiser(actor, found.partnership_id)
        return found

    # ---------------------------------------------------------------- helpers
    async def _create(
        self,
        conn: aiosqlite.Connection,
        actor: Actor,
        draft: BroadcastDraft,
        status: BroadcastStatus,
        when: datetime | None,
        *,
        progress: tuple[int, int] | None = None,
    ) -> int:
        if draft.audience is None or not draft.texts:
            raise UserFacingError("broadcasts-draft-missing")
        return await broadcasts.create(
            conn,
            Broadcast(
                id=0,
                partnership_id=draft.partnership_id,
                created_by=actor.user_id,
                status=status,
                audience=draft.audience,
                default_language=draft.default_language,
                texts=draft.texts,
                file_kind=draft.file_kind,
                file_id=draft.file_id,
                scheduled_at=when,
                progress_chat_id=progress[0] if progress else None,
                progress_message_id=progress[1] if progress else None,
            ),
            self.clock.now(),
        )

    @staticmethod
    async def _check_audience(
        conn: aiosqlite.Connection, partnership_id: int, audience: Audience
    ) -> None:
        """Forged audience values (another partnership's city, say) are refused."""
        partnership = await partnerships.get(conn, partnership_id)
        assert partnership is not None
        kind, value = audience.kind, audience.value
        ok = True
        if kind is AudienceKind.CITY:
            ok = isinstance(value, int) and partnership.city(value) is not None
        elif kind is AudienceKind.INTEREST:
            ok = isinstance(value, int) and partnership.theme(value) is not None
        elif kind is AudienceKind.LANGUAGE:
            ok = isinstance(value, str) and is_supported(value)
        elif kind in (AudienceKind.WORKSHOP_CONFIRMED, AudienceKind.WORKSHOP_WAITLISTED):
            workshop = await workshops_db.get(conn, int(value)) if isinstance(value, int) else None
            ok = workshop is not None and workshop.partnership_id == partnership_id
        if not ok:
            raise UserFacingError("errors-stale-button")

    async def _save(self, user_id: int, draft: BroadcastDraft) -> None:
        async with self.db.transaction() as conn:
            await dialogs.set_dialog(conn, user_id, draft, self.clock.now())
