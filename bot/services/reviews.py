"""Reviewing a call's applications: balanced assignment without conflicts of interest, the
application in the reviewer's language (blind when the call says so), scores and notes, the
ranked list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

import aiosqlite
from babel.lists import format_list

from bot.clock import Clock
from bot.db import applications as applications_db
from bot.db import call_admin as call_admin_db
from bot.db import calls as calls_db
from bot.db import participants as participants_db
from bot.db import partnerships as partnerships_db
from bot.db import reviews as reviews_db
from bot.db.connection import Database
from bot.domain.call_reviews import (
    NAME_KINDS,
    AssignmentPlan,
    Pair,
    Redaction,
    Review,
    Standing,
    conflicted,
    plan_assignment,
    standings,
    unscored,
    valid_score,
)
from bot.domain.calls import (
    Application,
    ApplicationStatus,
    Call,
    Document,
    Party,
    Question,
    city_key,
)
from bot.domain.participants import Participant
from bot.domain.roles import Actor, require_admin
from bot.i18n import Translator
from bot.keyboards.reviews import ReviewButtons
from bot.services.due import TaskAction
from bot.services.errors import NotFound, Unreachable, UserFacingError
from bot.services.notify import PRIORITY_NORMAL, Notifier
from bot.translation import MachineTranslator, NoMachineTranslation, TranslationUnavailable

NOTE_LIMIT = 2000  # characters of a reviewer's private note

# How an answer is shown to its reader: written in their language, translated (by a machine
# or a person), as written because they asked, or as written because no translation exists.
AnswerState = Literal["own", "machine", "human", "original", "unavailable"]
# Blind mode's redaction for one reader (or the text as it is).
Hide = Callable[[str], str]


@dataclass(frozen=True)
class AssignmentPreview:
    call: Call
    applications: int  # submitted ones
    reviewers: int
    plan: AssignmentPlan
    reachable: frozenset[int]  # reviewers a message can reach (they started the bot)

    @property
    def told(self) -> int:
        """How many reviewers hear about their new applications."""
        return len({r for _, r in self.plan.new} & self.reachable)


@dataclass(frozen=True)
class ShownAnswer:
    party: Party
    text: str
    language: str  # the language the answer was written in
    state: AnswerState


@dataclass(frozen=True)
class QuestionScreen:
    call: Call
    application: Application
    index: int
    questions: tuple[Question, ...]  # what this reader is shown (blind: no contact fields)
    answers: tuple[ShownAnswer, ...]
    blind: bool  # names hidden for this reader
    as_reviewer: bool  # False: an administrator reading it from the ranked list

    @property
    def question(self) -> Question:
        return self.questions[self.index]


@dataclass(frozen=True)
class ScoreSheet:
    call: Call
    application: Application
    review: Review
    blind: bool


@dataclass(frozen=True)
class AdminApplication:
    call: Call
    application: Application
    standing: Standing
    reviews: tuple[tuple[Review, Participant | None], ...]  # with a score or a note
    waiting: tuple[Participant | None, ...]  # assigned, nothing scored yet


class ReviewService:
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
        self._buttons = ReviewButtons(translator)

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {}

    # ------------------------------------------------------------------ assignment
    async def assignment_preview(self, actor: Actor, call_id: int) -> AssignmentPreview:
        """What "Assign" would do: the counts the administrator confirms."""
        require_admin(actor)
        async with self._db.reading() as conn:
            return await self._preview(conn, call_id)

    async def assign(self, actor: Actor, call_id: int) -> AssignmentPreview:
        """Store the planned assignments; each newly assigned reviewer hears once."""
        require_admin(actor)
        now = self._clock.now()
        async with self._db.transaction() as conn:
            preview = await self._preview(conn, call_id)
            await reviews_db.assign(conn, preview.plan.new, now)
            for reviewer in sorted({r for _, r in preview.plan.new}):
                count = sum(1 for _, r in preview.plan.new if r == reviewer)
                await self._notifier.send(
                    conn,
                    reviewer,
                    "review-assigned-notice",
                    now,
                    priority=PRIORITY_NORMAL,
                    markup=lambda lang: self._buttons.open_list(lang, call_id),
                    count=count,
                    call=preview.call.title.for_reader,
                )
        return preview

    async def _preview(self, conn: aiosqlite.Connection, call_id: int) -> AssignmentPreview:
        call = await self._call(conn, call_id)
        submitted = await applications_db.for_call(conn, call_id, [ApplicationStatus.SUBMITTED])
        reviewers = await calls_db.reviewers(conn, call_id)
        conflicts: list[Pair] = []
        for reviewer, links in reviewers.items():
            own = (*links, *await self._own_city_names(conn, reviewer))
            conflicts += [
                (a.id, reviewer) for a in submitted if conflicted(own, _party_names(call, a))
            ]
        existing = await reviews_db.assignments(conn, call_id)
        plan = plan_assignment(
            [a.id for a in submitted],
            list(reviewers),
            call.reviewers_per_application,
            conflicts,
            existing,
        )
        reachable = frozenset([r for r in reviewers if await participants_db.is_reachable(conn, r)])
        return AssignmentPreview(call, len(submitted), len(reviewers), plan, reachable)

    async def _own_city_names(self, conn: aiosqlite.Connection, user_id: int) -> list[str]:
        """The names, in every language, of the city the person takes part from."""
        person = await participants_db.get(conn, user_id)
        if person is None or person.partnership_id is None or person.city_id is None:
            return []
        partnership = await partnerships_db.get(conn, person.partnership_id)
        city = partnership.city(person.city_id) if partnership else None
        return list(city.name.values.values()) if city else []

    # ------------------------------------------------------------------ the reviewer's lists
    async def my_calls(self, user_id: int) -> list[Call]:
        async with self._db.reading() as conn:
            ids = await calls_db.reviews_calls(conn, user_id)
            return [c for c in [await calls_db.get(conn, i) for i in ids] if c is not None]

    async def my_applications(
        self, user_id: int, call_id: int
    ) -> tuple[Call, list[tuple[Application, Review | None]]]:
        """The reviewer's assigned applications of the call with their reviews so far."""
        async with self._db.reading() as conn:
            if call_id not in await calls_db.reviews_calls(conn, user_id):
                raise Unreachable("review-error-not-reviewer")
            call = await self._call(conn, call_id)
            found = []
            for application_id in await reviews_db.assigned_to(conn, call_id, user_id):
                application = await applications_db.get(conn, application_id)
                if application is not None:
                    review = await reviews_db.get(conn, application_id, user_id)
                    found.append((application, review))
        return call, found

    # ------------------------------------------------------------------ reading an application
    async def question(
        self, actor: Actor, application_id: int, index: int, language: str, original: bool
    ) -> QuestionScreen:
        """One question of the application with every party's answer for this reader: an
        assigned reviewer (blind when the call is), or an administrator."""
        async with self._db.reading() as conn:
            call, application, as_reviewer = await self._readable(conn, actor, application_id)
            redaction = await self._redaction(conn, call, application) if as_reviewer else None
        questions = tuple(
            q for q in call.questions if not (redaction is not None and q.kind == "contact")
        )
        if not 0 <= index < len(questions):
            raise Unreachable("review-error-unknown")
        hide = self._hider(redaction, language)
        answers = []
        for party in application.parties:
            answer = application.answer(questions[index].id, party.id)
            if answer is not None:
                shown = await self._shown(
                    application, questions[index], party, answer.text, answer.language,
                    language, original, hide,
                )  # fmt: skip
                answers.append(shown)
        return QuestionScreen(
            call, application, index, questions, tuple(answers), redaction is not None,
            as_reviewer,
        )  # fmt: skip

    async def all_answers(
        self, actor: Actor, application_id: int, language: str
    ) -> tuple[list[QuestionScreen], list[Document]]:
        """Every question's screen in the reader's language, and the documents they may open
        (none in a blind call: a scanned statement cannot be redacted)."""
        first = await self.question(actor, application_id, 0, language, False)
        screens = [first]
        for index in range(1, len(first.questions)):
            screens.append(await self.question(actor, application_id, index, language, False))
        documents = [] if first.blind else [
            d for d in first.application.documents if d.file_id is not None
        ]  # fmt: skip
        return screens, documents

    async def _shown(
        self,
        application: Application,
        question: Question,
        party: Party,
        text: str,
        written_in: str,
        language: str,
        original: bool,
        hide: Hide,
    ) -> ShownAnswer:
        """The answer in the reader's language: a person's translation first, then a kept or
        a new machine one; as written when asked for or when there is none ("original" only
        when a translation is there to go back to, so the screen offers no empty toggle)."""
        if written_in == language:
            return ShownAnswer(party, hide(text), written_in, "own")
        async with self._db.reading() as conn:
            kept = await reviews_db.translation(
                conn, application.id, question.id, party.id, language
            )
        if kept is None and isinstance(self._machine, NoMachineTranslation):
            return ShownAnswer(party, hide(text), written_in, "unavailable")
        if original:
            return ShownAnswer(party, hide(text), written_in, "original")
        if kept is not None:
            return ShownAnswer(party, hide(kept[0]), written_in, kept[1])
        try:
            # Blind: names never reach the provider, and none come back from it.
            translated = hide(await self._machine.translate(hide(text), written_in, language))
        except TranslationUnavailable:
            return ShownAnswer(party, hide(text), written_in, "unavailable")
        async with self._db.transaction() as conn:
            await reviews_db.save_translation(
                conn, application.id, question.id, party.id, language, translated, "machine",
                self._clock.now(),
            )  # fmt: skip
        return ShownAnswer(party, translated, written_in, "machine")

    def _hider(self, redaction: Redaction | None, language: str) -> Hide:
        if redaction is None:
            return _keep
        places = {k: self._translator.plain(language, f"review-blind-{k}") for k in NAME_KINDS}
        return lambda text: redaction.apply(text, places)

    async def _readable(
        self, conn: aiosqlite.Connection, actor: Actor, application_id: int
    ) -> tuple[Call, Application, bool]:
        """The application with its call, and whether the reader reviews it (else they are an
        administrator); anyone else is refused as if it did not exist."""
        application = await applications_db.get(conn, application_id)
        if application is None:
            raise Unreachable("review-error-unknown")
        as_reviewer = await reviews_db.is_assigned(conn, application_id, actor.user_id)
        if not as_reviewer and not actor.is_admin:
            raise Unreachable("review-error-unknown")
        return await self._call(conn, application.call_id), application, as_reviewer

    async def _redaction(
        self, conn: aiosqlite.Connection, call: Call, application: Application
    ) -> Redaction | None:
        """What blind mode hides in this application (None when the call is not blind): the
        parties' cities in every language the bot knows them in, institutions, contact
        persons and the parties' own names."""
        if not call.blind:
            return None
        cities = list(application.cities)
        keys = {city_key(c) for c in cities}
        for partnership in await partnerships_db.list_all(conn):
            for city in partnership.cities:
                names = list(city.name.values.values())
                if keys & {city_key(n) for n in names}:
                    cities += names
        people: list[str] = []
        for party in application.parties:
            person = await participants_db.get(conn, party.user_id) if party.user_id else None
            if person is not None:
                people += [n for n in (person.display_name, person.first_name) if n]
        return Redaction.of(
            cities=cities,
            people=people + _contact_answers(call, application, "contact_person"),
            institutions=_contact_answers(call, application, "institution"),
        )

    # ------------------------------------------------------------------ scoring
    async def sheet(self, user_id: int, application_id: int) -> ScoreSheet:
        async with self._db.reading() as conn:
            call, application = await self._assigned(conn, user_id, application_id)
            review = await reviews_db.get(conn, application_id, user_id)
        return ScoreSheet(call, application, review or Review(application_id, user_id), call.blind)

    async def score(
        self, user_id: int, application_id: int, criterion_id: int, score: int
    ) -> ScoreSheet:
        async with self._db.transaction() as conn:
            call, _ = await self._assigned(conn, user_id, application_id)
            criterion = next((c for c in call.criteria if c.id == criterion_id), None)
            if criterion is None or not valid_score(criterion, score):
                raise Unreachable("review-error-unknown")
            await self._still_open(conn, application_id, user_id)
            await reviews_db.set_score(conn, application_id, user_id, criterion_id, score)
        return await self.sheet(user_id, application_id)

    async def set_note(self, user_id: int, application_id: int, note: str) -> ScoreSheet:
        cleaned = note.strip()
        if len(cleaned) > NOTE_LIMIT:
            raise UserFacingError("review-note-too-long", limit=NOTE_LIMIT)
        async with self._db.transaction() as conn:
            await self._assigned(conn, user_id, application_id)
            await self._still_open(conn, application_id, user_id)
            await reviews_db.set_note(conn, application_id, user_id, cleaned or None)
        return await self.sheet(user_id, application_id)

    async def ready_to_submit(self, user_id: int, language: str, application_id: int) -> ScoreSheet:
        """The sheet the question before submitting shows; refused (naming the missing
        criteria) like submitting itself."""
        async with self._db.reading() as conn:
            await self._submittable(conn, user_id, language, application_id)
        return await self.sheet(user_id, application_id)

    async def submit(self, user_id: int, language: str, application_id: int) -> ScoreSheet:
        """Submit the review: every criterion scored (the refusal names the missing ones);
        from then on it is read-only."""
        async with self._db.transaction() as conn:
            await self._submittable(conn, user_id, language, application_id)
            await reviews_db.submit(conn, application_id, user_id, self._clock.now())
        return await self.sheet(user_id, application_id)

    async def _submittable(
        self, conn: aiosqlite.Connection, user_id: int, language: str, application_id: int
    ) -> None:
        call, _ = await self._assigned(conn, user_id, application_id)
        await self._still_open(conn, application_id, user_id)
        review = await reviews_db.get(conn, application_id, user_id)
        missing = unscored(call.criteria, review.scores if review else {})
        if missing:
            names = [c.name.for_reader(language) for c in missing]
            raise UserFacingError(
                "review-error-unscored", criteria=format_list(names, locale=language)
            )

    async def _assigned(
        self, conn: aiosqlite.Connection, user_id: int, application_id: int
    ) -> tuple[Call, Application]:
        if not await reviews_db.is_assigned(conn, application_id, user_id):
            raise Unreachable("review-error-unknown")
        application = await applications_db.get(conn, application_id)
        assert application is not None
        return await self._call(conn, application.call_id), application

    async def _still_open(
        self, conn: aiosqlite.Connection, application_id: int, user_id: int
    ) -> None:
        review = await reviews_db.get(conn, application_id, user_id)
        if review is not None and review.submitted:
            raise UserFacingError("review-error-submitted")

    # ------------------------------------------------------------------ the ranked list
    async def ranking(
        self, actor: Actor, call_id: int
    ) -> tuple[Call, list[tuple[Standing, Application]]]:
        """The call's submitted applications by mean weighted total, highest first."""
        require_admin(actor)
        async with self._db.reading() as conn:
            call = await self._call(conn, call_id)
            submitted = await applications_db.for_call(conn, call_id, [ApplicationStatus.SUBMITTED])
            reviews = await reviews_db.for_call(conn, call_id)
            assigned = _counts(await reviews_db.assignments(conn, call_id))
        by_id = {a.id: a for a in submitted}
        ranked = standings(call.criteria, list(by_id), reviews, assigned)
        return call, [(s, by_id[s.application_id]) for s in ranked]

    async def admin_application(self, actor: Actor, application_id: int) -> AdminApplication:
        """One application with every reviewer's scores and notes, for the administrators."""
        require_admin(actor)
        async with self._db.reading() as conn:
            application = await applications_db.get(conn, application_id)
            if application is None:
                raise Unreachable("review-error-unknown")
            call = await self._call(conn, application.call_id)
            reviews = await reviews_db.for_application(conn, application_id)
            pairs = [
                p for p in await reviews_db.assignments(conn, call.id) if p[0] == application_id
            ]
            people = {r: await participants_db.get(conn, r) for _, r in pairs}
            for review in reviews:
                if review.reviewer_id not in people:
                    people[review.reviewer_id] = await participants_db.get(conn, review.reviewer_id)
            people = await _with_joined_names(conn, call.id, people)
        scored = {r.reviewer_id for r in reviews if r.scores or r.note}
        standing = standings(call.criteria, [application_id], reviews, {application_id: len(pairs)})
        return AdminApplication(
            call,
            application,
            standing[0],
            tuple((r, people[r.reviewer_id]) for r in reviews if r.reviewer_id in scored),
            tuple(people[r] for _, r in pairs if r not in scored),
        )

    async def _call(self, conn: aiosqlite.Connection, call_id: int) -> Call:
        call = await calls_db.get(conn, call_id)
        if call is None:
            raise NotFound("calls-error-unknown")
        return call


def _keep(text: str) -> str:
    return text


def _party_names(call: Call, application: Application) -> list[str]:
    """What a conflict of interest is checked against: the parties' cities and institutions."""
    return [*application.cities, *_contact_answers(call, application, "institution")]


def _contact_answers(call: Call, application: Application, field: str) -> list[str]:
    ids = {q.id for q in call.questions if q.kind == "contact" and q.field == field}
    return [a.text for a in application.answers if a.question_id in ids]


def _counts(pairs: Sequence[Pair]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for application_id, _ in pairs:
        counts[application_id] = counts.get(application_id, 0) + 1
    return counts


async def _with_joined_names(
    conn: aiosqlite.Connection, call_id: int, people: dict[int, Participant | None]
) -> dict[int, Participant | None]:
    """Reviewers without a name of their own are named by the Telegram first name they joined
    the call with (a reviewer by link need never onboard)."""
    joined = {
        row.user_id: row.first_name for row in await call_admin_db.reviewer_rows(conn, call_id)
    }
    named: dict[int, Participant | None] = {}
    for user_id, person in people.items():
        first = joined.get(user_id)
        if first and (person is None or not (person.display_name or person.first_name)):
            person = (
                replace(person, first_name=first)
                if person
                else Participant(user_id, "en", first_name=first)
            )
        named[user_id] = person
    return named
