"""Ideas in other languages: machine translation on first read, participants' translations,
and the organisers' decision on them."""

from __future__ import annotations

from dataclasses import replace

from bot.clock import Clock
from bot.db import ideas as ideas_db
from bot.db import roles
from bot.db.connection import Database
from bot.domain.ideas import Idea, IdeaText, Translation, validate_description, validate_title
from bot.domain.languages import is_supported
from bot.domain.roles import Actor, Role
from bot.services.errors import UserFacingError
from bot.services.idea_base import IdeaServiceBase, checked
from bot.services.notify import Notifier
from bot.services.quotas import require_quota
from bot.services.scope import Scope
from bot.translation import MachineTranslator, NoMachineTranslation, TranslationUnavailable


class IdeaTranslationService(IdeaServiceBase):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        scope: Scope,
        machine: MachineTranslator | None = None,
    ) -> None:
        super().__init__(db, clock, notifier, scope)
        self.machine = machine or NoMachineTranslation()

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

    # ---------------------------------------------------------------- human translations
    @staticmethod
    def check_title(raw: str) -> str:
        return checked(validate_title, raw)

    async def add_translation(
        self, user_id: int, idea_id: int, language: str, title: str, description: str
    ) -> bool:
        """Saved as pending (organisers approve); return True when it is live at once."""
        if not is_supported(language):
            raise UserFacingError("errors-stale-button")
        text = IdeaText(checked(validate_title, title), checked(validate_description, description))
        await self._person(user_id)
        async with self.db.transaction() as conn:
            idea = await self.scope.idea(conn, user_id, idea_id)
            if language == idea.language:
                raise UserFacingError("errors-stale-button")
            await require_quota(conn, "translation", user_id, self.clock.now())
            organiser = user_id in await roles.holders(conn, idea.partnership_id, Role.ORGANISER)
            await ideas_db.save_translation(
                conn,
                idea_id,
                Translation(language, text, machine=False, approved=organiser),
                user_id,
                self.clock.now(),
            )
            if not organiser:
                await self._tell_organisers(
                    conn,
                    idea.partnership_id,
                    "ideas-organisers-translation",
                    title=idea.original.title,
                )
        return organiser

    # ---------------------------------------------------------------- organisers decide
    async def pending_translation(
        self, actor: Actor, idea_id: int, language: str
    ) -> tuple[str, str]:
        async with self.db.reading() as conn:
            idea = await self._organised(conn, actor, idea_id)
        for t in idea.translations:
            if t.language == language and not t.machine and not t.approved:
                return t.text.title, t.text.description
        raise UserFacingError("errors-stale-button")

    async def decide_translation(
        self, actor: Actor, idea_id: int, language: str, approve: bool
    ) -> None:
        async with self.db.transaction() as conn:
            idea = await self._organised(conn, actor, idea_id)
            if not await ideas_db.decide_translation(conn, idea.id, language, approve):
                raise UserFacingError("errors-stale-button")
