"""Partnerships: listing them, and the admin's step-by-step creation from a draft."""

from __future__ import annotations

import aiosqlite

from bot.clock import Clock
from bot.db import dialogs, partnerships
from bot.db.connection import Database
from bot.domain.partnerships import CityDraft, Partnership, PartnershipDraft, parse_time_zone
from bot.domain.roles import Actor, require_admin
from bot.domain.texts import InvalidName, LocalizedName, clean_name
from bot.services.errors import UserFacingError

DRAFT_KIND = "new_partnership"


async def existing_partnership(conn: aiosqlite.Connection, partnership_id: int) -> Partnership:
    """The partnership a button or draft names; an id that is gone (or forged) is a stale
    button to the person who pressed it."""
    partnership = await partnerships.get(conn, partnership_id)
    if partnership is None:
        raise UserFacingError("errors-stale-button")
    return partnership


class PartnershipService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def list(self) -> list[Partnership]:
        async with self.db.reading() as conn:
            return await partnerships.list_all(conn)

    async def get(self, partnership_id: int) -> Partnership | None:
        async with self.db.reading() as conn:
            return await partnerships.get(conn, partnership_id)

    async def require(self, partnership_id: int) -> Partnership:
        async with self.db.reading() as conn:
            return await existing_partnership(conn, partnership_id)

    # ---------------------------------------------------------------- the admin's draft
    async def start_draft(self, actor: Actor) -> PartnershipDraft:
        require_admin(actor)
        draft = PartnershipDraft()
        await self._save(actor.user_id, draft, awaiting="name")
        return draft

    async def draft(self, actor: Actor) -> tuple[PartnershipDraft, dict[str, object]]:
        """The draft and what it waits for; a stale button without a draft is refused."""
        require_admin(actor)
        async with self.db.reading() as conn:
            data = await dialogs.data_of(conn, actor.user_id, DRAFT_KIND)
        if data is None:
            raise UserFacingError("admin-draft-missing")
        return PartnershipDraft.from_dict(data["draft"]), data

    async def expect(self, actor: Actor, awaiting: str, **extra: object) -> PartnershipDraft:
        draft, _ = await self.draft(actor)
        await self._save(actor.user_id, draft, awaiting=awaiting, **extra)
        return draft

    async def enter_text(
        self, actor: Actor, text: str, language: str
    ) -> tuple[PartnershipDraft, str]:
        """Apply typed text to whatever the draft waits for; return the draft and the next step."""
        draft, data = await self.draft(actor)
        awaiting = str(data.get("awaiting") or "")
        try:
            value = clean_name(text)
        except InvalidName:
            raise UserFacingError("admin-name-invalid") from None
        if awaiting == "name":
            draft.name = LocalizedName({language: value})
            next_step = "name_translations"
        elif awaiting == "translation":
            target, index, lang = str(data["target"]), int(str(data["index"])), str(data["lang"])
            self._translate(draft, target, index, lang, value)
            next_step = f"{target}_translations"
        elif awaiting == "city_name":
            await self._save(actor.user_id, draft, awaiting="city_tz", city_name={language: value})
            return draft, "city_tz"
        elif awaiting == "city_tz":
            return await self.choose_time_zone(actor, text)
        elif awaiting == "theme":
            draft.themes.append(LocalizedName({language: value}))
            next_step = "theme_translations"
        else:
            raise UserFacingError("admin-draft-missing")
        await self._save(actor.user_id, draft, awaiting=None)
        return draft, next_step

    async def choose_time_zone(self, actor: Actor, zone: str) -> tuple[PartnershipDraft, str]:
        draft, data = await self.draft(actor)
        city_name = data.get("city_name")
        if data.get("awaiting") != "city_tz" or not isinstance(city_name, dict):
            raise UserFacingError("admin-draft-missing")
        try:
            time_zone = parse_time_zone(zone)
        except ValueError:
            raise UserFacingError("admin-time-zone-invalid", zone=zone) from None
        draft.cities.append(CityDraft(LocalizedName(city_name), time_zone))
        await self._save(actor.user_id, draft, awaiting=None)
        return draft, "city_translations"

    async def create(self, actor: Actor) -> Partnership:
        draft, _ = await self.draft(actor)
        missing = draft.missing()
        if missing is not None:
            raise UserFacingError(f"admin-draft-needs-{missing}")
        async with self.db.transaction() as conn:
            partnership_id = await partnerships.create(conn, draft, actor.user_id, self.clock.now())
            await dialogs.clear_state(conn, actor.user_id)
            created = await partnerships.get(conn, partnership_id)
        assert created is not None
        return created

    async def cancel_draft(self, actor: Actor) -> None:
        require_admin(actor)
        async with self.db.transaction() as conn:
            await dialogs.clear_kind(conn, actor.user_id, DRAFT_KIND)

    @staticmethod
    def _translate(
        draft: PartnershipDraft, target: str, index: int, language: str, value: str
    ) -> None:
        if target == "name" and draft.name is not None:
            draft.name = draft.name.with_value(language, value)
        elif target == "city" and 0 <= index < len(draft.cities):
            city = draft.cities[index]
            draft.cities[index] = CityDraft(city.name.with_value(language, value), city.time_zone)
        elif target == "theme" and 0 <= index < len(draft.themes):
            draft.themes[index] = draft.themes[index].with_value(language, value)
        else:
            raise UserFacingError("admin-draft-missing")

    async def _save(
        self, user_id: int, draft: PartnershipDraft, *, awaiting: str | None, **extra: object
    ) -> None:
        async with self.db.transaction() as conn:
            await dialogs.set_state(
                conn,
                user_id,
                DRAFT_KIND,
                {"draft": draft.to_dict(), "awaiting": awaiting, **extra},
                self.clock.now(),
            )
