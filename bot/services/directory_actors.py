"""Organisers add, edit and remove the organisations (actors) of their own partnership in
the directory, step by step, with consent for every person named."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from babel import Locale

from bot.clock import Clock
from bot.db import directory as directory_db
from bot.db.connection import Database
from bot.domain.directory import (
    ACTOR_KINDS,
    MAX_ACTOR_CITY,
    MAX_ACTOR_DESCRIPTION,
    MAX_ACTOR_NAME,
    DirectoryActor,
    as_kind,
    folded,
    next_step,
)
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.network import is_country_code
from bot.domain.network_dialogs import DirectoryActorDraft
from bot.domain.roles import Actor, require_organiser
from bot.render.formatting import babel_locale
from bot.render.languages import country_name
from bot.services.errors import NotFound, UserFacingError


class ActorDrafts:
    """Organisers add, edit and remove the organisations of their own partnership (checked
    here on every step: a forged button from another partnership's organiser fails)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def own(self, actor: Actor, partnership_id: int) -> list[DirectoryActor]:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            return await directory_db.actors_of(conn, [partnership_id])

    async def managed(self, actor: Actor, actor_id: int) -> DirectoryActor:
        """One of the actor's own partnership's organisations, else a refusal."""
        async with self.db.reading() as conn:
            found = await directory_db.get_actor(conn, actor_id)
        if found is None:
            raise NotFound("errors-stale-button")
        require_organiser(actor, found.partnership_id)
        return found

    async def start(self, actor: Actor, partnership_id: int, language: str) -> DirectoryActorDraft:
        require_organiser(actor, partnership_id)
        return DirectoryActorDraft(partnership_id, description_language=language)

    async def edit(self, actor: Actor, actor_id: int) -> DirectoryActorDraft:
        found = await self.managed(actor, actor_id)
        return DirectoryActorDraft(
            found.partnership_id,
            actor_id=found.id,
            kind=found.kind,
            name=found.name,
            city=found.city,
            country=found.country,
            topics=",".join(found.topics),
            description=found.description,
            description_language=found.description_language,
            contact="me" if found.contact_listed else "org",
        )

    def typed(self, draft: DirectoryActorDraft, text: str, language: str) -> DirectoryActorDraft:
        """A typed answer to the draft's step, checked; the next step follows."""
        value = " ".join(text.split())
        limits = {"name": MAX_ACTOR_NAME, "city": MAX_ACTOR_CITY}
        if draft.step in limits:
            if not value or len(value) > limits[draft.step]:
                raise UserFacingError("directory-draft-too-long", limit=limits[draft.step])
            changed = {draft.step: value, "step": next_step(draft.step)}
            return replace(draft, **changed)  # type: ignore[arg-type]
        if draft.step == "country":
            return self.chose_country(draft, country_code(value, language))
        if draft.step == "description":
            text = text.strip()
            if len(text) > MAX_ACTOR_DESCRIPTION:
                raise UserFacingError("directory-draft-too-long", limit=MAX_ACTOR_DESCRIPTION)
            return replace(draft, description=text, description_language=language, step="contact")
        raise UserFacingError("directory-draft-use-buttons")

    def chose_country(self, draft: DirectoryActorDraft, code: str | None) -> DirectoryActorDraft:
        if code is None or not is_country_code(code):
            raise UserFacingError("directory-draft-unknown-country")
        return replace(draft, country=code, step="topics")

    async def publish(self, actor: Actor, draft: DirectoryActorDraft) -> int:
        """Written once the organiser confirmed; the contact is the organiser themselves (who
        agreed by choosing it) or no person at all."""
        require_organiser(actor, draft.partnership_id)
        if not (draft.kind in ACTOR_KINDS and draft.name and draft.city and draft.country):
            raise UserFacingError("errors-stale-button")
        if draft.contact not in ("me", "org"):
            raise UserFacingError("directory-draft-consent-needed")
        now = self.clock.now()
        me = draft.contact == "me"
        entry = actor_of(draft, actor.user_id if me else None, now if me else None)
        entry = replace(entry, created_by=actor.user_id)
        if draft.actor_id:
            await self.managed(actor, draft.actor_id)
        async with self.db.transaction() as conn:
            if draft.actor_id:
                await directory_db.update_actor(conn, entry)
                return draft.actor_id
            return await directory_db.create_actor(conn, entry, draft.contact == "org", now)

    async def remove(self, actor: Actor, actor_id: int) -> DirectoryActor:
        found = await self.managed(actor, actor_id)
        async with self.db.transaction() as conn:
            await directory_db.delete_actor(conn, actor_id)
        return found


def actor_of(
    draft: DirectoryActorDraft, contact: int | None = None, agreed: datetime | None = None
) -> DirectoryActor:
    """What the draft will publish (also its preview)."""
    return DirectoryActor(
        id=draft.actor_id,
        partnership_id=draft.partnership_id,
        kind=as_kind(draft.kind),
        name=draft.name,
        city=draft.city,
        country=draft.country,
        topics=draft.topic_keys,
        description=draft.description,
        description_language=draft.description_language or "en",
        contact_user_id=contact,
        contact_agreed_at=agreed,
    )


def country_code(text: str, language: str) -> str | None:
    """A typed country: its ISO code, or its name in the reader's or any working language."""
    if is_country_code(text.upper()) and len(text) == 2:
        return text.upper()
    wanted = folded(text)
    for lang in (language, *SUPPORTED_LANGUAGES):
        for code in Locale.parse(babel_locale(lang)).territories:
            named = isinstance(code, str) and is_country_code(code)
            if named and folded(country_name(str(code), lang)) == wanted:
                return str(code)
    return None
