"""Applying to a call: drafts saved after every answer, the partner city joining by link,
documents, sign-offs and submission. Only a party of an application may read or change it."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import datetime

import aiosqlite

from bot.clock import Clock
from bot.db import applications as applications_db
from bot.db import calls as calls_db
from bot.db import due_tasks
from bot.db import participants as participants_db
from bot.db.connection import Database
from bot.domain.applying import (
    MAX_CITY_LENGTH,
    FileProblem,
    decided,
    file_problem,
    fit_popup,
    snapshot,
    unchanged_since_submission,
    zones_of,
)
from bot.domain.calls import (
    Answer,
    AnswerProblem,
    Application,
    ApplicationStatus,
    Call,
    CallPhase,
    Document,
    Party,
    answer_problem,
    missing_for_submission,
)
from bot.domain.languages import is_supported
from bot.domain.participants import Participant
from bot.i18n import Translator
from bot.render.applications import (
    MB,
    call_clock,
    choice_text,
    deadline_text,
    file_types_text,
    missing_lines,
)
from bot.services.application_links import invited_application
from bot.services.application_notices import ApplicationNotices
from bot.services.due import TaskAction
from bot.services.errors import NotFound, Unreachable, UserFacingError
from bot.services.notify import Notifier
from bot.translation import MachineTranslator

# Due work: a call's deadline (ref_id: the call; detail: the deadline it was planned for).
DEADLINE_TASK = "call_deadline"
POPUP_BUDGET = 190  # Telegram's pop-ups carry 200 characters


@dataclass(frozen=True)
class Workspace:
    """One party's view of its application: the call, the application, the reader's party."""

    call: Call
    application: Application
    party: Party
    now: datetime
    withdrawn: int = 0  # sign-offs the action just withdrew

    @property
    def open_now(self) -> bool:
        """Changes are possible: the call accepts them and no decision was taken yet."""
        return self.call.accepts_applications(self.now) and not decided(self.application)


@dataclass(frozen=True)
class CallPage:
    call: Call
    application: Application | None
    phase: CallPhase
    now: datetime
    zone: str | None = None  # the reader's party's time zone, when known


@dataclass(frozen=True)
class SentFile:
    """What Telegram says about a sent file, before it is downloaded."""

    file_id: str
    file_name: str
    mime_type: str
    size: int | None


class ApplicationService:
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
        self._notices = ApplicationNotices(notifier, translator)

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {DEADLINE_TASK: self.deadline_passed}

    # ------------------------------------------------------------------ calls
    async def open_calls(self) -> list[Call]:
        """Published calls between their opening and their deadline."""
        now = self._clock.now()
        async with self._db.reading() as conn:
            calls = await calls_db.all_calls(conn)
        return [c for c in calls if c.accepts_applications(now)]

    async def open_drafts(self, user_id: int) -> list[Workspace]:
        """The person's drafts in calls that accept applications now (where /apply resumes)."""
        now = self._clock.now()
        found: list[Workspace] = []
        async with self._db.reading() as conn:
            for call in await calls_db.all_calls(conn):
                if not call.accepts_applications(now):
                    continue
                for app in await applications_db.of_person(conn, user_id, call.id):
                    if app.status is ApplicationStatus.DRAFT:
                        found.append(await self._workspace(conn, user_id, app.id, now))
        return found

    async def call_page(self, user_id: int, call_id: int) -> CallPage:
        now = self._clock.now()
        async with self._db.reading() as conn:
            call = await calls_db.get(conn, call_id)
            if call is None or call.published_at is None:
                raise NotFound("calls-error-unknown")
            mine = await applications_db.of_person(conn, user_id, call_id)
        current = next((a for a in mine if a.status is not ApplicationStatus.WITHDRAWN), None)
        party = current.party_of(user_id) if current is not None else None
        zone = party.time_zone if party is not None else None
        return CallPage(call, current, call.phase(now), now, zone)

    async def set_language(self, user_id: int, language: str) -> None:
        """The call page's language choice: kept as the person's language (nothing else)."""
        if not is_supported(language):
            raise UserFacingError("errors-stale-button")
        async with self._db.transaction() as conn:
            await self._remember(conn, user_id, language, replace_language=True)

    async def _remember(
        self, conn: aiosqlite.Connection, user_id: int, language: str, *, replace_language: bool
    ) -> None:
        """An applicant gets a participant row with their language (so notices and receipts
        reach them); onboarding still asks everything else when they /start."""
        current = await participants_db.get(conn, user_id)
        if current is None:
            await participants_db.save(conn, Participant(user_id, language), self._clock.now())
        elif replace_language and current.language != language:
            await participants_db.save(conn, replace(current, language=language), self._clock.now())

    # ------------------------------------------------------------------ starting
    async def check_city(
        self, call_id: int, city: str, except_application: int
    ) -> list[Application]:
        """Applications to the call in which this city is a party already."""
        cleaned = " ".join(city.split())
        if not cleaned:
            raise UserFacingError("apply-city-empty")
        if len(cleaned) > MAX_CITY_LENGTH:
            raise UserFacingError("apply-city-too-long", limit=MAX_CITY_LENGTH)
        async with self._db.reading() as conn:
            ids = await applications_db.with_city(conn, call_id, cleaned, except_application)
            found = [await applications_db.get(conn, i) for i in ids]
        return [a for a in found if a is not None]

    async def give_details(
        self,
        user_id: int,
        language: str,
        call_id: int,
        application_id: int,
        city: str,
        country: str,
    ) -> Workspace:
        """City and country of the person's party; a new application when application_id is 0."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            call = await self._open_call(conn, call_id, language, now)
            if country not in call.countries:
                raise UserFacingError("errors-stale-button")
            if application_id == 0:
                await self._remember(conn, user_id, language, replace_language=False)
                application_id = await applications_db.create(conn, call.id, user_id, language, now)
                await self.plan_deadline(conn, call)
            app = await self._application(conn, user_id, application_id)
            party = app.party_of(user_id)
            assert party is not None
            zones = zones_of(country)
            await applications_db.set_party_details(
                conn,
                party.id,
                city=" ".join(city.split()),
                country=country,
                time_zone=zones[0] if len(zones) == 1 else None,
            )
            ws = await self._workspace(conn, user_id, application_id, now)
            if party.city is None and app.parties[0].id != party.id:  # the partner city joined
                await self._notices.tell_others(
                    conn, ws.call, ws.application, ws.party, "apply-notice-joined", now
                )
            return ws

    async def set_zone(self, user_id: int, application_id: int, index: int) -> Workspace:
        now = self._clock.now()
        async with self._db.transaction() as conn:
            ws = await self._workspace(conn, user_id, application_id, now)
            zones = zones_of(ws.party.country or "")
            if not 0 <= index < len(zones):
                raise UserFacingError("errors-stale-button")
            await applications_db.set_party_details(conn, ws.party.id, time_zone=zones[index])
            return await self._workspace(conn, user_id, application_id, now)

    async def plan_deadline(self, conn: aiosqlite.Connection, call: Call) -> None:
        """The deadline's due task (planned again for a moved deadline)."""
        await due_tasks.plan(
            conn, DEADLINE_TASK, call.id, call.deadline_at, detail=call.deadline_at.isoformat()
        )

    # ------------------------------------------------------------------ reading
    async def workspace(self, user_id: int, application_id: int) -> Workspace:
        """The application as one of its parties sees it; anyone else gets 'out of date'."""
        async with self._db.reading() as conn:
            return await self._workspace(conn, user_id, application_id, self._clock.now())

    async def changeable(self, user_id: int, application_id: int) -> Workspace:
        """The application when it may still be changed; otherwise the reason (deadline,
        decision) as a refusal."""
        async with self._db.reading() as conn:
            return await self._changeable(conn, user_id, application_id, self._clock.now())

    async def _workspace(
        self, conn: aiosqlite.Connection, user_id: int, application_id: int, now: datetime
    ) -> Workspace:
        app = await self._application(conn, user_id, application_id)
        call = await calls_db.get(conn, app.call_id)
        party = app.party_of(user_id)
        assert call is not None and party is not None
        return Workspace(call, app, party, now)

    async def _application(
        self, conn: aiosqlite.Connection, user_id: int, application_id: int
    ) -> Application:
        app = await applications_db.get(conn, application_id)
        if app is None or app.party_of(user_id) is None:
            raise Unreachable("errors-stale-button")
        return app

    async def _changeable(
        self, conn: aiosqlite.Connection, user_id: int, application_id: int, now: datetime
    ) -> Workspace:
        """The party's application while the call accepts changes (refused with its deadline)."""
        ws = await self._workspace(conn, user_id, application_id, now)
        if ws.application.status is ApplicationStatus.WITHDRAWN:
            raise Unreachable("errors-stale-button")
        if decided(ws.application):
            raise UserFacingError("apply-error-decided", decision=ws.application.decision or "")
        await self._open_call(conn, ws.call.id, ws.party.language, now)
        return ws

    async def _open_call(
        self, conn: aiosqlite.Connection, call_id: int, language: str, now: datetime
    ) -> Call:
        call = await calls_db.get(conn, call_id)
        if call is None or call.published_at is None:
            raise NotFound("calls-error-unknown")
        tr = self._translator
        if call.phase(now) is CallPhase.NOT_OPEN:
            opens = call_clock(tr, language, call, call.opens_at)
            raise UserFacingError("apply-error-not-open", opens=opens)
        if call.phase(now) is CallPhase.CLOSED:
            raise UserFacingError("apply-error-closed", deadline=deadline_text(tr, language, call))
        return call

    # ------------------------------------------------------------------ answers
    async def answer(
        self, user_id: int, application_id: int, question_id: int, text: str
    ) -> Workspace:
        """Save the party's answer at once; the other party hears when sign-offs were voided."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            ws = await self._changeable(conn, user_id, application_id, now)
            question = ws.call.question(question_id)
            if question is None:
                raise Unreachable("errors-stale-button")
            problem = answer_problem(question, text)
            if problem is AnswerProblem.EMPTY:
                raise UserFacingError("apply-answer-empty")
            if problem is not None:
                raise UserFacingError(
                    "apply-answer-too-long", limit=question.max_length, length=len(text.strip())
                )
            answer = Answer(question.id, ws.party.id, text.strip(), ws.party.language)
            return await self._save(conn, ws, answer, now)

    async def choose(
        self, user_id: int, application_id: int, question_id: int, index: int
    ) -> Workspace:
        now = self._clock.now()
        async with self._db.transaction() as conn:
            ws = await self._changeable(conn, user_id, application_id, now)
            question = ws.call.question(question_id)
            if question is None or not 0 <= index < len(question.choices):
                raise Unreachable("errors-stale-button")
            text = choice_text(ws.party.language, question, index)
            answer = Answer(question.id, ws.party.id, text, ws.party.language, choice=index)
            return await self._save(conn, ws, answer, now)

    async def skip(self, user_id: int, application_id: int, question_id: int) -> Workspace:
        """An optional question left out on purpose: kept as an empty answer, so the review
        says "skipped" and returning does not ask it again."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            ws = await self._changeable(conn, user_id, application_id, now)
            question = ws.call.question(question_id)
            if question is None or question.required:
                raise Unreachable("errors-stale-button")
            answer = Answer(question.id, ws.party.id, "", ws.party.language)
            return await self._save(conn, ws, answer, now)

    async def _save(
        self, conn: aiosqlite.Connection, ws: Workspace, answer: Answer, now: datetime
    ) -> Workspace:
        before = ws.application
        previous = before.answer(answer.question_id, answer.party_id)
        if previous is not None and previous.text == answer.text:
            return ws  # the same text again changes nothing (and voids no sign-off)
        await applications_db.save_answer(conn, before.id, answer, now)
        await self.plan_deadline(conn, ws.call)  # administrators may have moved it
        voided = sum(1 for p in before.parties if p.signed_off_at)
        if voided or before.status is ApplicationStatus.SUBMITTED:
            await self._notices.tell_others(
                conn, ws.call, ws.application, ws.party, "apply-notice-changed", now
            )
        after = await self._workspace(conn, ws.party.user_id or 0, before.id, now)
        return replace(after, withdrawn=voided)

    async def _tell(
        self, conn: aiosqlite.Connection, ws: Workspace, message_id: str, now: datetime
    ) -> None:
        await self._notices.tell_others(conn, ws.call, ws.application, ws.party, message_id, now)

    # ------------------------------------------------------------------ the partner city
    async def invite(self, user_id: int, application_id: int) -> str:
        """A one-time link for the partner city (valid until the deadline)."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            ws = await self._changeable(conn, user_id, application_id, now)
            if len(ws.application.parties) >= 2:
                raise UserFacingError("apply-invite-partner-there")
            token = secrets.token_urlsafe(18).replace("-", "_")
            await calls_db.create_token(
                conn,
                token,
                ws.call.id,
                "co_applicant",
                user_id,
                now,
                ws.call.deadline_at,
                application_id=application_id,
            )
        return token

    async def invitation(self, user_id: int, token: str) -> tuple[CallPage, Application]:
        """The partner city's link before joining: the call and the application it joins
        (refused like joining would be)."""
        now = self._clock.now()
        async with self._db.reading() as conn:
            app = await invited_application(conn, user_id, token, now)
            call = await calls_db.get(conn, app.call_id)
        assert call is not None
        return CallPage(call, None, call.phase(now), now), app

    async def join(self, user_id: int, language: str, token: str) -> Workspace:
        """The partner city's link: the person becomes the application's second party."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            app = await invited_application(conn, user_id, token, now)
            if app.party_of(user_id) is not None:
                return await self._workspace(conn, user_id, app.id, now)
            await self._open_call(conn, app.call_id, language, now)
            if not await calls_db.use_token(conn, token, user_id, now):
                raise UserFacingError("apply-join-used")
            await self._remember(conn, user_id, language, replace_language=False)
            await applications_db.add_party(conn, app.id, user_id, language, now)
            # The lead hears it once the partner has given its city (see give_details).
            return await self._workspace(conn, user_id, app.id, now)

    # ------------------------------------------------------------------ documents
    async def check_file(self, user_id: int, application_id: int, sent: SentFile) -> Workspace:
        """Refuse a file of the wrong type or size before anything is downloaded."""
        now = self._clock.now()
        async with self._db.reading() as conn:
            ws = await self._changeable(conn, user_id, application_id, now)
        requirement = next(iter(ws.call.documents), None)
        if requirement is None:
            raise UserFacingError("apply-document-none")
        problem = file_problem(requirement, sent.file_name, sent.mime_type, sent.size)
        types = file_types_text(ws.party.language, requirement.file_types)
        if problem is FileProblem.TYPE:
            raise UserFacingError("apply-document-wrong-type", types=types)
        if problem is FileProblem.SIZE:
            raise UserFacingError(
                "apply-document-too-big",
                limit=requirement.max_bytes // MB,
                size=-(-(sent.size or 0) // MB),
            )
        return ws

    async def add_document(
        self, user_id: int, application_id: int, sent: SentFile, sha256: str, size: int
    ) -> Workspace:
        """Keep the downloaded file's record (its Telegram id and checksum)."""
        ws = await self.check_file(user_id, application_id, replace(sent, size=size))
        now = self._clock.now()
        requirement = ws.call.documents[0]
        async with self._db.transaction() as conn:
            ws = await self._changeable(conn, user_id, application_id, now)
            voided = any(p.signed_off_at for p in ws.application.parties)
            document = Document(
                0,
                requirement.id,
                ws.party.id,
                sent.file_id,
                sent.file_name,
                sent.mime_type,
                size,
                sha256,
                now,
            )
            await applications_db.add_document(conn, application_id, document, now)
            if voided or ws.application.status is ApplicationStatus.SUBMITTED:
                await self._notices.tell_others(
                    conn, ws.call, ws.application, ws.party, "apply-notice-changed", now
                )
            else:
                await self._notices.tell_others(
                    conn,
                    ws.call,
                    ws.application,
                    ws.party,
                    "apply-notice-document",
                    now,
                    statement=requirement.name.for_reader,
                    file=sent.file_name,
                )
            return await self._workspace(conn, user_id, application_id, now)

    # ------------------------------------------------------------------ sign-off, submission
    async def sign_off(self, user_id: int, application_id: int) -> Workspace:
        """The party confirms the answers for its city (all of its own must be there)."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            ws = await self._changeable(conn, user_id, application_id, now)
            _check_own_answers(ws)
            await applications_db.sign_off(conn, ws.party.id, now)
            ws = await self._workspace(conn, user_id, application_id, now)
            await self._notices.tell_others(
                conn, ws.call, ws.application, ws.party, "apply-notice-signed", now
            )
            return ws

    async def ready_to_sign(self, user_id: int, application_id: int) -> Workspace:
        """The application when the party may confirm it (its own details and answers there)."""
        now = self._clock.now()
        async with self._db.reading() as conn:
            ws = await self._changeable(conn, user_id, application_id, now)
        _check_own_answers(ws)
        return ws

    async def ready_to_submit(self, user_id: int, application_id: int) -> Workspace:
        """The application when it may be submitted; otherwise who and what is missing."""
        now = self._clock.now()
        async with self._db.reading() as conn:
            ws = await self._changeable(conn, user_id, application_id, now)
        self._check_complete(ws)
        return ws

    def _check_complete(self, ws: Workspace) -> None:
        missing = missing_for_submission(ws.call, ws.application)
        if missing:
            lang = ws.party.language
            lines = missing_lines(self._translator, lang, ws.call, ws.application, missing)
            raise UserFacingError("apply-submit-missing", missing=fit_popup(lines, POPUP_BUDGET))
        app = ws.application
        if app.status is ApplicationStatus.SUBMITTED and unchanged_since_submission(app):
            raise UserFacingError("apply-submit-unchanged", version=app.version)

    async def submit(self, user_id: int, application_id: int) -> int:
        """A new version, when nothing is missing; every party gets a receipt."""
        now = self._clock.now()
        async with self._db.transaction() as conn:
            ws = await self._changeable(conn, user_id, application_id, now)
            self._check_complete(ws)
            app = ws.application
            version = await applications_db.submit(conn, app.id, snapshot(ws.call, app), now)
            ws = await self._workspace(conn, user_id, application_id, now)
            await self._notices.receipts(conn, ws.call, ws.application, version, now)
            return version

    # ------------------------------------------------------------------ the deadline
    async def deadline_passed(self, conn: aiosqlite.Connection, call_id: int, detail: str) -> None:
        """Due at the deadline: drafts become 'not submitted' and their parties hear it. The
        deadline may have moved since the task was planned: then it is planned again."""
        now = self._clock.now()
        call = await calls_db.get(conn, call_id)
        if call is None:
            return
        if call.deadline_at > now:
            await self.plan_deadline(conn, call)
            return
        drafts = await applications_db.mark_drafts_not_submitted(conn, call_id, now)
        for application_id in drafts:
            app = await applications_db.get(conn, application_id)
            if app is not None:
                await self._notices.not_submitted(conn, call, app, now)


def _check_own_answers(ws: Workspace) -> None:
    missing = missing_for_submission(ws.call, ws.application)
    if ws.party.id in missing.details or any(pid == ws.party.id for pid, _ in missing.answers):
        raise UserFacingError("apply-sign-incomplete")
