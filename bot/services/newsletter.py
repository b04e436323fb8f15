"""The network newsletter and calendar: staff compose a newsletter (sections, per-language
versions, audience, preview with the recipient count, scheduled, delivered through the
outbox); public workshops and network events form a calendar with an .ics feed."""

from __future__ import annotations

from collections import Counter

import aiosqlite

from bot.clock import Clock
from bot.db import broadcasts as broadcasts_db
from bot.db import dialogs, due_tasks, outbox, participants, partnerships
from bot.db import newsletter as newsletter_db
from bot.db.connection import Database
from bot.db.outbox import OutgoingMessage
from bot.domain.broadcasts import BroadcastStatus
from bot.domain.languages import SUPPORTED_LANGUAGES, is_supported
from bot.domain.local_time import Exists, resolve_local
from bot.domain.network import DEFAULT_NETWORK, NETWORK_TOPICS
from bot.domain.newsletter import (
    MAX_LENGTH,
    MAX_SECTIONS,
    Edition,
    Newsletter,
    NewsletterAudience,
    NewsletterDraft,
    NewsletterRole,
    Section,
    SectionShapeError,
    edition_for,
    parse_section,
)
from bot.domain.partnerships import City
from bot.domain.roles import Actor
from bot.domain.workshops import WorkshopInputError, parse_wall_clock
from bot.i18n import Translator, escape
from bot.keyboards import newsletter as kb
from bot.services.due import TaskAction
from bot.services.errors import UserFacingError
from bot.services.network_calendar import NetworkCalendar
from bot.services.network_part import NetworkPart
from bot.services.notify import PRIORITY_BROADCAST, Notifier
from bot.telegram.html import utf16_len
from bot.translation import MachineTranslator, NoMachineTranslation, TranslationUnavailable

NEWSLETTER_TASK = "newsletter"


def render_edition(tr: Translator, reader: str, edition: Edition) -> str:
    """The newsletter as a reader gets it: a heading, the language line where it is not the
    reader's own version, then the sections (staff text escaped here, never a placeable)."""
    written = tr.plain(reader, f"language-name-{edition.written}")
    lines = [f"<b>{tr.html(reader, 'newsletter-heading')}</b>"]
    if edition.kind == "machine":
        lines.append(tr.html(reader, "newsletter-machine-line", language=written))
    elif edition.kind == "foreign":
        lines.append(tr.html(reader, "newsletter-original-line", language=written))
    lines += [f"<b>{escape(s.heading)}</b>\n{escape(s.text)}" for s in edition.sections]
    return "\n\n".join(lines)


def staff_only(actor: Actor, network_id: int) -> None:
    """The newsletter is the network office's: everyone else is told so (a pop-up)."""
    if not actor.is_network_staff(network_id):
        raise UserFacingError("newsletter-staff-only")


class NewsletterService(NetworkPart):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        translator: Translator,
        machine: MachineTranslator,
        admin_ids: frozenset[int],
    ) -> None:
        super().__init__(db, clock, notifier, translator, machine, admin_ids)
        self.calendar = NetworkCalendar(db, clock, translator)  # the calendar and its feed

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {NEWSLETTER_TASK: self.start_scheduled}

    @property
    def machine_available(self) -> bool:
        return not isinstance(self.machine, NoMachineTranslation)

    # ---------------------------------------------------------------- newsletter: the draft
    @staticmethod
    def network_of(actor: Actor) -> int:
        """The network a staff member writes for (their first; admins: the default one)."""
        network = min(actor.networks) if actor.networks else DEFAULT_NETWORK
        staff_only(actor, network)
        return network

    async def recent(self, actor: Actor) -> list[Newsletter]:
        async with self.db.reading() as conn:
            return await newsletter_db.recent(conn, self.network_of(actor))

    async def start(self, actor: Actor, language: str) -> NewsletterDraft:
        draft = NewsletterDraft(self.network_of(actor), language)
        await self._save(actor.user_id, draft)
        return draft

    async def draft(self, actor: Actor) -> NewsletterDraft:
        self.network_of(actor)  # staff only, also when forged
        async with self.db.reading() as conn:
            found = await dialogs.dialog_of(conn, actor.user_id, NewsletterDraft)
        if found is None:
            raise UserFacingError("newsletter-draft-missing")
        staff_only(actor, found.network_id)
        return found

    async def typed(self, actor: Actor, raw: str) -> NewsletterDraft:
        """A typed section: of the original, or of the version being typed."""
        draft = await self.draft(actor)
        if draft.step not in ("section", "sections", "version"):
            raise UserFacingError("newsletter-error-use-buttons")
        try:
            section = parse_section(raw)
        except SectionShapeError:
            raise UserFacingError("newsletter-error-section") from None
        if draft.step == "version" and draft.pending_language:
            self._add_version_section(draft, draft.pending_language, section)
        else:
            if len(draft.sections) >= MAX_SECTIONS:
                raise UserFacingError("newsletter-error-sections", limit=MAX_SECTIONS)
            draft.versions = {draft.language: [*draft.sections, section]}  # versions anew
            draft.machine, draft.step = [], "sections"
        self._check_length(draft)
        await self._save(actor.user_id, draft)
        return draft

    @staticmethod
    def _add_version_section(draft: NewsletterDraft, language: str, section: Section) -> None:
        got = draft.versions.setdefault(language, [])
        got.append(section)
        if language in draft.machine:
            draft.machine.remove(language)
        if len(got) >= len(draft.sections):
            draft.step, draft.pending_language = "sections", None

    def _check_length(self, draft: NewsletterDraft) -> None:
        for language in draft.versions:
            edition = edition_for(draft.versions, draft.machine, draft.language, language)
            if utf16_len(render_edition(self.translator, language, edition)) > MAX_LENGTH:
                raise UserFacingError("newsletter-error-too-long", limit=MAX_LENGTH)

    async def remember_prompt(self, actor: Actor, message_id: int) -> None:
        """The question now on screen: its buttons go once it is answered."""
        draft = await self.draft(actor)
        draft.prompt_message_id = message_id
        await self._save(actor.user_id, draft)

    async def ask_version(self, actor: Actor, language: str) -> NewsletterDraft:
        """Type the version for `language`, section by section (what was there is replaced)."""
        draft = await self.draft(actor)
        if not is_supported(language) or language == draft.language or not draft.sections:
            raise UserFacingError("errors-stale-button")
        draft.versions[language] = []
        draft.step, draft.pending_language = "version", language
        await self._save(actor.user_id, draft)
        return draft

    async def machine_versions(self, actor: Actor) -> tuple[NewsletterDraft, list[str]]:
        """Machine versions for the languages without a typed one; returns those the provider
        could not make (their readers get the original with its language named)."""
        draft = await self.draft(actor)
        if not self.machine_available or not draft.sections:
            raise UserFacingError("errors-stale-button")
        missing = [c for c in SUPPORTED_LANGUAGES if c not in draft.complete_versions()]
        failed = []
        for code in missing:
            try:
                draft.versions[code] = [
                    Section(
                        await self.machine.translate(s.heading, draft.language, code),
                        await self.machine.translate(s.text, draft.language, code),
                    )
                    for s in draft.sections
                ]
                draft.machine.append(code)
            except TranslationUnavailable:
                draft.versions.pop(code, None)
                failed.append(code)
        draft.step, draft.pending_language = "sections", None
        await self._save(actor.user_id, draft)
        return draft, failed

    async def to_audience(self, actor: Actor) -> tuple[NewsletterDraft, Counter[str]]:
        draft = await self.draft(actor)
        if not draft.sections or draft.step in ("section", "version"):
            raise UserFacingError("errors-stale-button")
        draft.step = "audience"
        await self._save(actor.user_id, draft)
        return draft, await self.counts(draft)

    async def focus_options(self, actor: Actor) -> tuple[list[str], list[str]]:
        async with self.db.reading() as conn:
            return await newsletter_db.focus_options(conn, self.network_of(actor))

    async def choose(
        self,
        actor: Actor,
        *,
        role: NewsletterRole | None = None,
        country: str | None = None,
        topic: str | None = None,
    ) -> tuple[NewsletterDraft, Counter[str]]:
        """Change one filter ("-" clears the country or topic); forged values are refused."""
        draft = await self.draft(actor)
        if draft.step != "audience":
            raise UserFacingError("errors-stale-button")
        countries, topics = await self.focus_options(actor)
        a = draft.audience
        if country is not None:
            a = NewsletterAudience(self._pick(country, countries), a.topic, a.role)
        if topic is not None:
            a = NewsletterAudience(a.country, self._pick(topic, topics), a.role)
        if role is not None:
            a = NewsletterAudience(a.country, a.topic, role)
        draft.audience = a
        await self._save(actor.user_id, draft)
        return draft, await self.counts(draft)

    @staticmethod
    def _pick(value: str, allowed: list[str]) -> str | None:
        if value == "-":
            return None
        if value not in allowed or (value.islower() and value not in NETWORK_TOPICS):
            raise UserFacingError("errors-stale-button")
        return value

    async def counts(self, draft: NewsletterDraft) -> Counter[str]:
        """Recipients per language, as delivery will count them (muted people excluded)."""
        async with self.db.reading() as conn:
            people = await newsletter_db.recipients(conn, draft.network_id, draft.audience)
        return Counter(language for _, language in people)

    async def preview(self, actor: Actor) -> tuple[NewsletterDraft, Counter[str]]:
        draft = await self.draft(actor)
        if draft.step not in ("audience", "confirm", "schedule"):
            raise UserFacingError("errors-stale-button")
        draft.step = "confirm"
        await self._save(actor.user_id, draft)
        return draft, await self.counts(draft)

    def rendered(self, draft: NewsletterDraft, reader: str) -> str:
        edition = edition_for(draft.versions, draft.machine, draft.language, reader)
        return render_edition(self.translator, reader, edition)

    async def cancel(self, actor: Actor) -> None:
        async with self.db.transaction() as conn:
            await dialogs.clear_kind(conn, actor.user_id, NewsletterDraft.KIND)

    # ---------------------------------------------------------------- newsletter: sending
    async def send_now(self, actor: Actor, chat_id: int, message_id: int) -> int:
        """Store the newsletter, fan it out into the outbox and end the draft in one
        transaction; the delivery worker edits the pressed message with its progress."""
        draft = await self._confirmed(actor)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            newsletter_id = await newsletter_db.create(
                conn, draft, actor.user_id, BroadcastStatus.SENDING, None, now
            )
            count = await self._fan_out(conn, newsletter_id, (chat_id, message_id))
            await dialogs.clear_state(conn, actor.user_id)
        self.notifier.on_queued()
        return count

    async def ask_schedule(self, actor: Actor) -> tuple[NewsletterDraft, City | None, str]:
        draft = await self._confirmed(actor)
        draft.step = "schedule"
        await self._save(actor.user_id, draft)
        return (draft, *await self.staff_clock(actor))

    async def staff_clock(self, actor: Actor) -> tuple[City | None, str]:
        """The staff member's clock: their city and its zone (else their partnership's first
        city; UTC without either)."""
        async with self.db.reading() as conn:
            person = await participants.get(conn, actor.user_id)
            partnership = (
                await partnerships.get(conn, person.partnership_id)
                if person is not None and person.partnership_id is not None
                else None
            )
        if partnership is None or not partnership.cities:
            return None, "UTC"
        assert person is not None
        city = (person.city_id and partnership.city(person.city_id)) or partnership.cities[0]
        return city, city.time_zone

    async def schedule(self, actor: Actor, raw: str) -> Newsletter:
        """A date and time typed on the staff member's clock; a time the clocks skip or
        repeat that night is refused with a request for another."""
        draft = await self.draft(actor)
        _, zone = await self.staff_clock(actor)
        try:
            found = resolve_local(parse_wall_clock(raw, zone), zone)
        except WorkshopInputError as exc:
            raise UserFacingError(exc.reason) from None
        if not isinstance(found, Exists):
            raise UserFacingError("newsletter-error-time-unclear")
        if found.at <= self.clock.now():
            raise UserFacingError("workshops-error-in-past")
        async with self.db.transaction() as conn:
            newsletter_id = await newsletter_db.create(
                conn, draft, actor.user_id, BroadcastStatus.SCHEDULED, found.at, self.clock.now()
            )
            await due_tasks.plan(conn, NEWSLETTER_TASK, newsletter_id, found.at)
            await dialogs.clear_state(conn, actor.user_id)
            created = await newsletter_db.get(conn, newsletter_id)
        assert created is not None
        return created

    async def cancel_scheduled(self, actor: Actor, newsletter_id: int) -> None:
        """A scheduled newsletter can be cancelled until it goes out; a started one cannot."""
        async with self.db.transaction() as conn:
            found = await newsletter_db.get(conn, newsletter_id)
            if found is None:
                raise UserFacingError("errors-stale-button")
            staff_only(actor, found.network_id)
            if found.status is not BroadcastStatus.SCHEDULED:
                raise UserFacingError("newsletter-already-started")
            await newsletter_db.mark(conn, newsletter_id, BroadcastStatus.CANCELLED)
            await due_tasks.drop(conn, NEWSLETTER_TASK, newsletter_id)

    async def _confirmed(self, actor: Actor) -> NewsletterDraft:
        draft = await self.draft(actor)
        if draft.step not in ("confirm", "schedule"):
            raise UserFacingError("errors-stale-button")
        return draft

    async def start_scheduled(self, conn: aiosqlite.Connection, ref_id: int, _: str) -> None:
        """Due task: the chosen time has come (no progress message: nobody pressed "send")."""
        found = await newsletter_db.get(conn, ref_id)
        if found is None or found.status is not BroadcastStatus.SCHEDULED:
            return
        await self._fan_out(conn, ref_id, None)
        self.notifier.on_queued()

    async def _fan_out(
        self, conn: aiosqlite.Connection, newsletter_id: int, progress: tuple[int, int] | None
    ) -> int:
        """One outbox message per recipient in their edition, under the newsletter's delivery
        row; dedupe keys make it once."""
        newsletter = await newsletter_db.get(conn, newsletter_id)
        assert newsletter is not None
        now = self.clock.now()
        texts = {
            code: render_edition(self.translator, code, newsletter.edition(code))
            for code in SUPPORTED_LANGUAGES
        }
        broadcast_id = await newsletter_db.create_delivery(conn, newsletter, texts, progress, now)
        people = await newsletter_db.recipients(conn, newsletter.network_id, newsletter.audience)
        for user_id, language in people:
            machine = newsletter.edition(language).kind == "machine"
            await outbox.enqueue(
                conn,
                OutgoingMessage(
                    recipient_id=user_id,
                    text=texts.get(language, texts[newsletter.language]),
                    priority=PRIORITY_BROADCAST,
                    reply_markup=self._original_button(language, newsletter_id)
                    if machine
                    else None,
                    broadcast_id=broadcast_id,
                    dedupe_key=f"newsletter:{newsletter_id}:{user_id}",
                ),
                now,
            )
        status = BroadcastStatus.SENDING if people else BroadcastStatus.DONE
        await broadcasts_db.mark(conn, broadcast_id, status, now, recipients=len(people))
        await newsletter_db.mark(conn, newsletter_id, status, broadcast_id)
        return len(people)

    def _original_button(self, language: str, newsletter_id: int) -> str:
        """A machine version keeps the original one tap away."""
        return kb.original(self.translator, language, newsletter_id).to_json()

    async def original(self, newsletter_id: int, reader: str) -> str:
        """The original of a sent newsletter, for a reader who got a machine version."""
        async with self.db.reading() as conn:
            found = await newsletter_db.get(conn, newsletter_id)
        if found is None or found.status is BroadcastStatus.SCHEDULED:
            raise UserFacingError("errors-stale-button")
        edition = Edition(tuple(found.versions[found.language]), "foreign", found.language)
        return render_edition(self.translator, reader, edition)

    async def _save(self, user_id: int, draft: NewsletterDraft) -> None:
        async with self.db.transaction() as conn:
            await dialogs.set_dialog(conn, user_id, draft, self.clock.now())
