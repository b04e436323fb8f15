"""A call's questions and review criteria as administrators change them. Questions are fixed
once anyone has applied (an application answers the questions it was shown), criteria once
anyone has started scoring (every application is scored on the same scale)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

import aiosqlite

from bot.db import call_admin as admin_db
from bot.db import calls as calls_db
from bot.db.connection import Database
from bot.domain.call_admin import (
    MAX_CHOICE_TEXT,
    MAX_QUESTION_TEXT,
    MAX_WEIGHT,
    MIN_WEIGHT,
    CallInputError,
    clean_call_text,
    parse_choices,
    parse_max_length,
)
from bot.domain.calls import Call, Criterion, Question, QuestionKind
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.roles import Actor, require_admin
from bot.domain.texts import LocalizedName
from bot.services.errors import NotFound, UserFacingError


class CallItemService:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def locks(self, actor: Actor, call_id: int) -> CallLocks:
        """What may no longer change: questions once anyone applied, criteria once anyone
        started scoring."""
        require_admin(actor)
        async with self._db.reading() as conn:
            return CallLocks(
                await admin_db.has_applications(conn, call_id),
                await admin_db.has_reviews(conn, call_id),
            )

    async def _edit_items(
        self, actor: Actor, call_id: int, part: ItemPart, change: ItemChange
    ) -> Call:
        """Run `change` on the call's questions or criteria unless they are locked."""
        require_admin(actor)
        async with self._db.transaction() as conn:
            call = await calls_db.get(conn, call_id)
            if call is None:
                raise NotFound("calls-error-unknown")
            locked = await (
                admin_db.has_applications(conn, call_id)
                if part == "questions"
                else admin_db.has_reviews(conn, call_id)
            )
            if locked:
                raise UserFacingError(f"calls-error-{part}-locked")
            try:
                await change(conn, call)
            except CallInputError as exc:
                raise UserFacingError(exc.reason) from exc
            changed = await calls_db.get(conn, call_id)
        assert changed is not None
        return changed

    async def set_criterion_weight(
        self, actor: Actor, call_id: int, criterion_id: int, weight: int
    ) -> Call:
        if not MIN_WEIGHT <= weight <= MAX_WEIGHT:
            raise UserFacingError("errors-stale-button")

        async def change(conn: aiosqlite.Connection, call: Call) -> None:
            _criterion(call, criterion_id)
            await admin_db.set_criterion_weight(conn, criterion_id, weight)

        return await self._edit_items(actor, call_id, "criteria", change)

    async def remove_criterion(self, actor: Actor, call_id: int, criterion_id: int) -> Call:
        async def change(conn: aiosqlite.Connection, call: Call) -> None:
            _criterion(call, criterion_id)
            if len(call.criteria) <= 1:
                raise CallInputError("calls-error-criteria-empty")
            await admin_db.remove_criterion(conn, criterion_id)

        return await self._edit_items(actor, call_id, "criteria", change)

    async def add_criterion(self, actor: Actor, call_id: int, language: str, raw: str) -> Call:
        """A new criterion named in the administrator's language (weight 1)."""

        async def change(conn: aiosqlite.Connection, call: Call) -> None:
            name = LocalizedName({language: clean_call_text(raw, MAX_CHOICE_TEXT)})
            position = max((c.position for c in call.criteria), default=-1) + 1
            await calls_db.add_criterion(conn, call_id, Criterion(0, call_id, position, name))

        return await self._edit_items(actor, call_id, "criteria", change)

    async def toggle_required(self, actor: Actor, call_id: int, question_id: int) -> Call:
        async def change(conn: aiosqlite.Connection, call: Call) -> None:
            question = _question(call, question_id)
            await admin_db.set_question(conn, question_id, required=not question.required)

        return await self._edit_items(actor, call_id, "questions", change)

    async def set_max_length(self, actor: Actor, call_id: int, question_id: int, raw: str) -> Call:
        async def change(conn: aiosqlite.Connection, call: Call) -> None:
            _question(call, question_id)
            await admin_db.set_question(conn, question_id, max_length=parse_max_length(raw))

        return await self._edit_items(actor, call_id, "questions", change)

    async def set_question_text(
        self, actor: Actor, call_id: int, question_id: int, language: str, raw: str
    ) -> Call:
        """A question's wording in one language (contact fields are worded by the locales)."""
        if language not in SUPPORTED_LANGUAGES:
            raise UserFacingError("errors-stale-button")

        async def change(conn: aiosqlite.Connection, call: Call) -> None:
            question = _question(call, question_id)
            if question.text is None:
                raise CallInputError("errors-stale-button")
            text = question.text.with_text(language, clean_call_text(raw, MAX_QUESTION_TEXT))
            await admin_db.set_question(conn, question_id, texts=text)

        return await self._edit_items(actor, call_id, "questions", change)

    async def add_question(
        self, actor: Actor, call_id: int, language: str, raw: str, choices: str | None = None
    ) -> Call:
        """A free-text question, or with `choices` (one per line) a choice question; at the end
        of the call's questions, required."""

        async def change(conn: aiosqlite.Connection, call: Call) -> None:
            text = LocalizedName({language: clean_call_text(raw, MAX_QUESTION_TEXT)})
            options = tuple(
                LocalizedName({language: c}) for c in (parse_choices(choices) if choices else [])
            )
            position = max((q.position for q in call.questions), default=-1) + 1
            kind: QuestionKind = "choice" if options else "text"
            question = Question(0, call_id, position, kind, text, choices=options)
            await calls_db.add_question(conn, call_id, question)

        return await self._edit_items(actor, call_id, "questions", change)

    async def remove_question(self, actor: Actor, call_id: int, question_id: int) -> Call:
        async def change(conn: aiosqlite.Connection, call: Call) -> None:
            if _question(call, question_id).kind == "contact":
                raise CallInputError("calls-error-contact-stays")
            await admin_db.remove_question(conn, question_id)

        return await self._edit_items(actor, call_id, "questions", change)


ItemPart = Literal["questions", "criteria"]
ItemChange = Callable[[aiosqlite.Connection, Call], Awaitable[None]]


def _question(call: Call, question_id: int) -> Question:
    found = call.question(question_id)
    if found is None:
        raise CallInputError("errors-stale-button")
    return found


def _criterion(call: Call, criterion_id: int) -> Criterion:
    found = next((c for c in call.criteria if c.id == criterion_id), None)
    if found is None:
        raise CallInputError("errors-stale-button")
    return found


@dataclass(frozen=True)
class CallLocks:
    questions: bool  # someone applied: the questions they answer stay as they are
    criteria: bool  # someone started scoring: the criteria and weights stay as they are
