"""Ideas in other languages: machine translation on first read, readers asking for a
translation, participants' translations, and the organisers' decision on them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Protocol

import aiosqlite
from telegram import InlineKeyboardMarkup

from bot.clock import Clock
from bot.db import ideas as ideas_db
from bot.db import roles
from bot.db import translation_requests as requests_db
from bot.db.connection import Database
from bot.domain.ideas import (
    Idea,
    IdeaStatus,
    IdeaText,
    Translation,
    validate_description,
    validate_title,
)
from bot.domain.languages import SUPPORTED_LANGUAGES, is_supported
from bot.domain.roles import Actor, Role
from bot.services.errors import UserFacingError
from bot.services.idea_base import IdeaServiceBase, checked
from bot.services.notify import PRIORITY_NORMAL, Notifier
from bot.services.quotas import require_quota
from bot.services.scope import Scope
from bot.translation import MachineTranslator, NoMachineTranslation, TranslationUnavailable

# Each bilingual participant is asked at most once a day, and a request asks a few of them.
ASK_GAP = timedelta(days=1)
HELPERS_PER_REQUEST = 3


class TranslationButtons(Protocol):
    """Buttons of the queued messages about translations, built by the presentation layer."""

    def translate(self, language: str, idea_id: int, target_index: int) -> InlineKeyboardMarkup: ...

    def open_idea(self, language: str, idea_id: int) -> InlineKeyboardMarkup: ...


@dataclass(frozen=True)
class PendingTranslation:
    """What an organiser compares before approving: the original and the translation."""

    idea: Idea
    language: str
    text: IdeaText


@dataclass(frozen=True)
class TranslationAsked:
    """What became of a reader's request: people asked now, and people who speak both."""

    source: str  # the idea's language
    asked: int
    speakers: int
    already: bool = False  # the reader had asked already: nobody was asked now


class IdeaTranslationService(IdeaServiceBase):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        scope: Scope,
        machine: MachineTranslator | None = None,
        buttons: TranslationButtons | None = None,
    ) -> None:
        super().__init__(db, clock, notifier, scope)
        self.machine = machine or NoMachineTranslation()
        self.buttons = buttons

    @property
    def machine_available(self) -> bool:
        return not isinstance(self.machine, NoMachineTranslation)

    # ---------------------------------------------------------------- machine translations
    async def machine_translated(self, idea: Idea, language: str) -> Idea:
        """Translate on first read in a language and keep the result; failures show originals."""
        if language == idea.language or any(
            t.language == language and t.approved for t in idea.translations
        ):
            return idea
        try:
            title = await self.machine.translate(idea.original.title, idea.language, language)
            description = await self.machine.translate(
                idea.original.description, idea.language, language
            )
            needs = (
                await self.machine.translate(idea.original.needs, idea.language, language)
                if idea.original.needs
                else None
            )
        except TranslationUnavailable:
            return idea
        translation = Translation(
            language,
            IdeaText(title[:300], description[:3000], needs[:1000] if needs else None),
            machine=True,
        )
        async with self.db.transaction() as conn:
            await ideas_db.save_translation(conn, idea.id, translation, None, self.clock.now())
        return replace(idea, translations=(*idea.translations, translation))

    # ---------------------------------------------------------------- asking for one
    async def ask(self, user_id: int, idea_id: int, language: str) -> TranslationAsked:
        """A reader asks for the idea in their language: bilingual people of the partnership
        are asked to translate it (each at most once a day); the reader is told on approval."""
        await self._person(user_id)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            idea = await self.scope.idea(conn, user_id, idea_id)
            if not is_supported(language) or not _askable(idea, language):
                raise UserFacingError("errors-stale-button")
            if await requests_db.is_open(conn, idea_id, language, user_id):
                return TranslationAsked(idea.language, 0, 0, already=True)
            helpers = await requests_db.bilingual(
                conn,
                idea.partnership_id,
                idea.language,
                language,
                exclude=user_id,
                not_asked_since=now - ASK_GAP,
                limit=HELPERS_PER_REQUEST,
            )
            for helper in helpers:
                await self._ask_helper(conn, helper, idea, language)
            await requests_db.mark_asked(conn, helpers, now)
            await requests_db.record(conn, idea_id, language, user_id, len(helpers), now)
            speakers = await requests_db.speakers(
                conn, idea.partnership_id, idea.language, language, user_id
            )
        return TranslationAsked(idea.language, len(helpers), speakers)

    async def _ask_helper(
        self, conn: aiosqlite.Connection, helper: int, idea: Idea, language: str
    ) -> None:
        tr, buttons, target = self.notifier.translator, self.buttons, language
        await self.notifier.send(
            conn,
            helper,
            "ideas-translation-wanted",
            self.clock.now(),
            priority=PRIORITY_NORMAL,
            markup=(
                (lambda lang: buttons.translate(lang, idea.id, SUPPORTED_LANGUAGES.index(target)))
                if buttons
                else None
            ),
            title=idea.original.title,
            source=lambda lang: tr.plain(lang, f"language-name-{idea.language}"),
            target=lambda lang: tr.plain(lang, f"language-name-{target}"),
        )

    async def is_requested(
        self, conn: aiosqlite.Connection, idea_id: int, language: str, reader_id: int
    ) -> bool:
        return await requests_db.is_open(conn, idea_id, language, reader_id)

    async def _tell_readers(
        self, conn: aiosqlite.Connection, idea_id: int, language: str, title: str
    ) -> None:
        """The translation readers asked for is live: each of them is told, once."""
        buttons = self.buttons
        for reader in await requests_db.waiting_readers(conn, idea_id, language):
            await self.notifier.send(
                conn,
                reader,
                "ideas-translation-arrived",
                self.clock.now(),
                priority=PRIORITY_NORMAL,
                markup=(lambda lang: buttons.open_idea(lang, idea_id)) if buttons else None,
                title=title,
            )
        await requests_db.mark_told(conn, idea_id, language, self.clock.now())

    # ---------------------------------------------------------------- human translations
    @staticmethod
    def check_title(raw: str) -> str:
        return checked(validate_title, raw)

    async def add_translation(
        self, user_id: int, idea_id: int, language: str, title: str, description: str
    ) -> bool:
        """Saved as pending (organisers approve); return True when it is live at once: the
        translator is an organiser of the partnership or the idea's author, who need no one's
        approval."""
        if not is_supported(language):
            raise UserFacingError("errors-stale-button")
        text = IdeaText(checked(validate_title, title), checked(validate_description, description))
        await self._person(user_id)
        async with self.db.transaction() as conn:
            idea = await self.scope.idea(conn, user_id, idea_id)
            if language == idea.language:
                raise UserFacingError("errors-stale-button")
            await require_quota(conn, "translation", user_id, self.clock.now())
            trusted = idea.author_id == user_id or user_id in await roles.holders(
                conn, idea.partnership_id, Role.ORGANISER
            )
            await ideas_db.save_translation(
                conn,
                idea_id,
                Translation(language, text, machine=False, approved=trusted),
                user_id,
                self.clock.now(),
            )
            if trusted:
                await self._tell_readers(conn, idea_id, language, text.title)
            else:
                await self._tell_organisers(conn, idea.partnership_id)
        return trusted

    # ---------------------------------------------------------------- organisers decide
    async def pending_translation(
        self, actor: Actor, idea_id: int, language: str
    ) -> PendingTranslation:
        async with self.db.reading() as conn:
            idea = await self._organised(conn, actor, idea_id)
        for t in idea.translations:
            if t.language == language and not t.machine and not t.approved:
                return PendingTranslation(idea, language, t.text)
        raise UserFacingError("errors-stale-button")

    async def decide_translation(
        self, actor: Actor, idea_id: int, language: str, approve: bool
    ) -> None:
        """Approve (readers who asked are told) or reject; the translator hears either way."""
        async with self.db.transaction() as conn:
            idea = await self._organised(conn, actor, idea_id)
            pending = [t for t in idea.translations if t.language == language and not t.machine]
            translator = await ideas_db.pending_translator(conn, idea.id, language)
            if not await ideas_db.decide_translation(conn, idea.id, language, approve):
                raise UserFacingError("errors-stale-button")
            if approve and pending:
                await self._tell_readers(conn, idea.id, language, pending[0].text.title)
            if translator is not None and translator != actor.user_id:
                await self._tell_translator(conn, translator, idea, language, approve)

    async def _tell_translator(
        self, conn: aiosqlite.Connection, translator: int, idea: Idea, language: str, approve: bool
    ) -> None:
        tr, buttons = self.notifier.translator, self.buttons
        await self.notifier.send(
            conn,
            translator,
            "ideas-translation-approved-notice" if approve else "ideas-translation-rejected-notice",
            self.clock.now(),
            priority=PRIORITY_NORMAL,
            markup=(lambda lang: buttons.open_idea(lang, idea.id)) if buttons else None,
            title=idea.original.title,
            language=lambda lang: tr.plain(lang, f"language-name-{language}"),
        )


def _askable(idea: Idea, language: str) -> bool:
    """A published idea in another language with no human translation into it yet."""
    return (
        idea.status is IdeaStatus.PUBLISHED
        and language != idea.language
        and not any(
            t.language == language and t.approved and not t.machine for t in idea.translations
        )
    )
