"""Deciding a call: decisions per application, letters per language through the outbox, an accepted
application becoming a partnership, exports, and the retention of documents."""

from __future__ import annotations

import secrets
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.clock import Clock
from bot.db import applications, call_decisions, calls, dialogs, invitations, outbox, partnerships
from bot.db.connection import Database
from bot.db.outbox import OutgoingMessage
from bot.domain.call_decisions import (
    Recipient,
    can_decide,
    documents_expire_at,
    fill_template,
    invitation_expiry,
    letter_html,
    parse_decision,
    partnership_draft,
    recipients,
    template_problem,
)
from bot.domain.call_dialogs import DecisionTemplateInput
from bot.domain.calls import (
    DECISIONS,
    Application,
    ApplicationStatus,
    Call,
    CallPhase,
    Decision,
)
from bot.domain.deeplinks import invitation_payload
from bot.domain.invitations import Invitation
from bot.domain.languages import is_supported
from bot.domain.roles import Actor, Role, require_admin
from bot.i18n import Translator
from bot.keyboards import call_decisions as decision_keyboards
from bot.render.applications import deadline_text
from bot.services.call_export import ExportData, sheet
from bot.services.due import TaskAction
from bot.services.errors import UserFacingError
from bot.services.notify import PRIORITY_NORMAL, Notifier
from bot.translation import MachineTranslator

DOCUMENTS_TASK = "call_documents"


@dataclass(frozen=True)
class ShortOfReviews:
    """A decided application with fewer submitted reviews than the call wants."""

    application_id: int
    done: int
    wanted: int


@dataclass(frozen=True)
class LettersView:
    """The letters screen: how many applications have each decision (letters not sent yet), how
    many none yet, how many applications and people the letters already sent went to, how many
    people the letters still to send reach, and which decided ones lack reviews."""

    call: Call
    decided: Counter[str]
    undecided: int
    sent: int
    sent_people: int
    recipients: list[Recipient]
    short: list[ShortOfReviews]

    def reach(self, decision: str | None = None) -> int:
        return sum(1 for r in self.recipients if decision is None or r.decision == decision)


@dataclass(frozen=True)
class Decided:
    """The decision screen: the application as decided and its reviews done and wanted."""

    application: Application
    call: Call
    reviews_done: int

    @property
    def reviews_wanted(self) -> int:
        return self.call.reviewers_per_application


class CallDecisionService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        translator: Translator,
        machine: MachineTranslator,
    ) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._translator = translator
        self._machine = machine

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {DOCUMENTS_TASK: self.forget_documents}

    # ---------------------------------------------------------------- deciding
    async def decide(self, actor: Actor, application_id: int, raw: str, language: str) -> Decided:
        """Mark the application accepted, declined or waitlisted (once the call's deadline has
        passed; changeable until its letter has gone)."""
        require_admin(actor)
        decision = parse_decision(raw)
        if decision is None:
            raise UserFacingError("errors-stale-button")
        now = self._clock.now()
        async with self._db.transaction() as conn:
            application = await applications.get(conn, application_id)
            if application is None:
                raise UserFacingError("errors-stale-button")
            call = await calls.get(conn, application.call_id)
            if call is None:
                raise UserFacingError("errors-stale-button")
            if call.phase(now) is not CallPhase.CLOSED:
                deadline = deadline_text(self._translator, language, call)
                raise UserFacingError("decide-error-before-deadline", deadline=deadline)
            if application.decision_sent_at is not None:
                raise UserFacingError("decide-error-letter-sent")
            if not can_decide(application):
                raise UserFacingError("decide-error-not-submitted")
            await call_decisions.set_decision(conn, application_id, decision, now)
            decided = await applications.get(conn, application_id)
            done = await call_decisions.reviews_done(conn, call.id)
        assert decided is not None
        return Decided(decided, call, done.get(application_id, 0))

    async def call_of(self, application: Application) -> Call:
        return await self._call(application.call_id)

    async def _call(self, call_id: int) -> Call:
        async with self._db.reading() as conn:
            call = await calls.get(conn, call_id)
        if call is None:
            raise UserFacingError("calls-error-unknown")
        return call

    # ---------------------------------------------------------------- letters
    async def letters(self, actor: Actor, call_id: int) -> LettersView:
        require_admin(actor)
        call = await self._call(call_id)
        async with self._db.reading() as conn:
            submitted = await applications.for_call(conn, call_id, [ApplicationStatus.SUBMITTED])
            reach = await self._recipients(conn, submitted)
            done = await call_decisions.reviews_done(conn, call_id)
        waiting = [a for a in submitted if a.decision and not a.decision_sent_at]
        sent = [a for a in submitted if a.decision_sent_at is not None]
        wanted = call.reviewers_per_application
        return LettersView(
            call,
            Counter(a.decision for a in waiting if a.decision),
            sum(1 for a in submitted if a.decision is None),
            len(sent),
            sum(1 for a in sent for p in a.parties if p.user_id is not None),
            reach,
            [
                ShortOfReviews(a.id, done.get(a.id, 0), wanted)
                for a in waiting
                if done.get(a.id, 0) < wanted
            ],
        )

    @staticmethod
    async def _recipients(
        conn: aiosqlite.Connection, submitted: list[Application]
    ) -> list[Recipient]:
        """Who the letters still to send reach: parties whose person exists and has not
        blocked the bot (the count the confirmation shows is the count delivered)."""
        every = recipients(submitted)
        blocked = await call_decisions.unreachable(conn, (r.user_id for r in every))
        return [r for r in every if r.user_id not in blocked]

    async def template(self, actor: Actor, call_id: int, decision: str, language: str) -> str:
        """The letter's wording for a decision and language: the administrators' own, else the
        default from the locales (placeables as {applicant} and {call})."""
        require_admin(actor)
        chosen = self._decision(decision)
        if not is_supported(language):
            raise UserFacingError("errors-stale-button")
        async with self._db.reading() as conn:
            own = await call_decisions.templates(conn, call_id)
        return self._template(own, chosen, language)

    def _template(self, own: dict[tuple[str, str], str], decision: str, language: str) -> str:
        found = own.get((decision, language))
        if found is not None:
            return found
        return self._translator.plain(
            language, f"decide-letter-{decision}", applicant="{applicant}", call="{call}"
        )

    async def preview(
        self, actor: Actor, call_id: int, decision: str, language: str
    ) -> tuple[str, Counter[str]]:
        """The letter of `decision` as a reader of `language` gets it, as plain text (with the
        first recipient's city, else an example), and how many people get it in each language."""
        chosen = self._decision(decision)
        view = await self.letters(actor, call_id)
        text = await self.template(actor, call_id, chosen, language)
        reach = [r for r in view.recipients if r.decision == chosen]
        city = reach[0].city if reach else self._translator.plain(language, "decide-example-city")
        return (
            fill_template(text, applicant=city, call=view.call.title.for_reader(language)),
            Counter(r.language for r in reach),
        )

    async def ask_template(
        self, actor: Actor, call_id: int, decision: str, language: str
    ) -> tuple[DecisionTemplateInput, str]:
        """What the administrator is asked to type, and the wording it replaces."""
        current = await self.template(actor, call_id, decision, language)
        await self._call(call_id)
        return DecisionTemplateInput(call_id, decision, language), current

    async def stop_typing(self, actor: Actor) -> None:
        """Forget a wording being typed (and no other dialog the person has open)."""
        async with self._db.transaction() as conn:
            await dialogs.clear_kind(conn, actor.user_id, DecisionTemplateInput.KIND)

    async def set_template(self, actor: Actor, asked: DecisionTemplateInput, text: str) -> None:
        """Keep a typed wording; its placeables must be {applicant} and {call} only."""
        require_admin(actor)
        decision = self._decision(asked.decision)
        problem = template_problem(text)
        if problem is not None:
            raise UserFacingError(f"decide-template-error-{problem}")
        async with self._db.transaction() as conn:
            await call_decisions.set_template(
                conn, asked.call_id, decision, asked.language, text.strip()
            )
            await dialogs.clear_state(conn, actor.user_id)

    @staticmethod
    def _decision(raw: str) -> Decision:
        decision = parse_decision(raw)
        if decision is None:
            raise UserFacingError("errors-stale-button")
        return decision

    async def send_letters(self, actor: Actor, call_id: int, bot_username: str) -> tuple[int, int]:
        """One letter per recipient in their own language into the outbox; an accepted
        application becomes a partnership whose organisers its applicants are invited to be.
        Each application's letters go once (decision_sent_at); returns how many letters were
        queued and to how many applications."""
        require_admin(actor)
        now = self._clock.now()
        queued = sent = 0
        async with self._db.transaction() as conn:
            call = await calls.get(conn, call_id)
            if call is None:
                raise UserFacingError("calls-error-unknown")
            submitted = await applications.for_call(conn, call_id, [ApplicationStatus.SUBMITTED])
            reach = await self._recipients(conn, submitted)
            if not reach:
                raise UserFacingError("decide-letters-nothing")
            own = await call_decisions.templates(conn, call_id)
            for application in submitted:
                if application.decision is None or application.decision_sent_at is not None:
                    continue
                links: dict[int, str] = {}
                if application.decision == "accepted":
                    links = await self._partnership(conn, actor, call, application, bot_username)
                for r in (r for r in reach if r.application_id == application.id):
                    queued += await self._letter(conn, call, own, r, links.get(r.user_id), now)
                await call_decisions.mark_sent(conn, application.id, now)
                sent += 1
        self._notifier.on_queued()
        return queued, sent

    async def _letter(
        self,
        conn: aiosqlite.Connection,
        call: Call,
        own: dict[tuple[str, str], str],
        recipient: Recipient,
        link: str | None,
        now: datetime,
    ) -> int:
        language = recipient.language
        text = letter_html(
            self._template(own, recipient.decision, language),
            applicant=recipient.city,
            call=call.title.for_reader(language),
        )
        keyboard = None
        if link is not None:
            text = "\n\n".join([text, self._translator.html(language, "decide-letter-invitation")])
            keyboard = decision_keyboards.join(self._translator, language, link)
        queued = await outbox.enqueue(
            conn,
            OutgoingMessage(
                recipient_id=recipient.user_id,
                text=text,
                priority=PRIORITY_NORMAL,
                reply_markup=keyboard.to_json() if keyboard else None,
                dedupe_key=f"decision:{recipient.application_id}:{recipient.user_id}",
            ),
            now,
        )
        return int(queued)

    async def _partnership(
        self,
        conn: aiosqlite.Connection,
        actor: Actor,
        call: Call,
        application: Application,
        bot_username: str,
    ) -> dict[int, str]:
        """The accepted application as a partnership (once) and one organiser invitation per
        applicant: person -> their own link."""
        now = self._clock.now()
        if application.partnership_id is None:
            partnership_id = await partnerships.create(
                conn, partnership_draft(call, application), actor.user_id, now
            )
            await call_decisions.set_partnership(conn, application.id, partnership_id)
        else:
            partnership_id = application.partnership_id
        links = {}
        for party in application.parties:
            if party.user_id is None:
                continue
            invitation = Invitation(
                token=secrets.token_urlsafe(18).replace("-", "_"),
                partnership_id=partnership_id,
                role=Role.ORGANISER,
                created_by=actor.user_id,
                expires_at=invitation_expiry(now),
            )
            await invitations.create(conn, invitation, now)
            payload = invitation_payload(invitation.token)
            links[party.user_id] = f"https://t.me/{bot_username}?start={payload}"
        return links

    # ---------------------------------------------------------------- export
    async def export(self, actor: Actor, call_id: int, language: str) -> tuple[str, bytes]:
        """Every application of the call as a spreadsheet in the reader's conventions: the
        file name and its bytes."""
        require_admin(actor)
        call = await self._call(call_id)
        async with self._db.reading() as conn:
            every = await applications.for_call(conn, call_id)
            reviews = await call_decisions.reviews_of_call(conn, call_id)
            translations = await call_decisions.translations_of_call(conn, call_id)
            names = await call_decisions.person_names(conn, {r.reviewer_id for r in reviews})
        unnamed = self._translator.plain(language, "people-unnamed")
        data = ExportData(
            call,
            every,
            reviews,
            translations,
            {r.reviewer_id: names.get(r.reviewer_id) or unnamed for r in reviews},
        )
        name = self._translator.plain(language, "decide-export-file", number=call_id)
        return f"{name}.csv", sheet(self._translator, language, data)

    # ---------------------------------------------------------------- retention
    async def forget_documents(self, conn: aiosqlite.Connection, call_id: int, _: str) -> None:
        """Due: the call's files are forgotten once its retention period is over (a task
        planned for an earlier date, since moved, does nothing)."""
        call = await calls.get(conn, call_id)
        if call is None or documents_expire_at(call) > self._clock.now():
            return
        await call_decisions.purge_documents(conn, call_id, self._clock.now())


__all__ = [
    "DECISIONS",
    "DOCUMENTS_TASK",
    "CallDecisionService",
    "Decided",
    "LettersView",
    "ShortOfReviews",
]
