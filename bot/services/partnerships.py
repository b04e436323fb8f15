"""Partnerships: listing them, and the admin's step-by-step creation from a draft."""

from __future__ import annotations

import aiosqlite

from bot.clock import Clock
from bot.db import dialogs, partnerships
from bot.db.connection import Database
from bot.domain.partnerships import (
    Awaiting,
    CityDraft,
    Partnership,
    PartnershipDialog,
    PartnershipDraft,
    parse_time_zone,
)
from bot.domain.roles import Actor, require_admin
from bot.domain.texts import InvalidName, LocalizedName, clean_name
from bot.services.errors import UserFacingError


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
        dialog = PartnershipDialog(awaiting="name")
        await self._save(actor.user_id, dialog)
        return dialog.draft

    async def dialog(self, actor: Actor) -> PartnershipDialog:
        """The conversation so far; a stale button without a draft is refused."""
        require_admin(actor)
        async with self.db.reading() as conn:
            dialog = await dialogs.dialog_of(conn, actor.user_id, PartnershipDialog)
        if dialog is None:
            raise UserFacingError("admin-draft-missing")
        return dialog

    async def expect(self, actor: Actor, awaiting: Awaiting) -> PartnershipDraft:
        dialog = await self.dialog(actor)
        await self._save(actor.user_id, PartnershipDialog(dialog.draft, awaiting))
        return dialog.draft

    async def expect_translation(
        self, actor: Actor, target: str, index: int, language: str
    ) -> PartnershipDraft:
        dialog = await self.dialog(actor)
        waiting = PartnershipDialog(dialog.draft, "translation", target, index, language)
        await self._save(actor.user_id, waiting)
        return dialog.draft

    async def enter_text(
        self, actor: Actor, text: str, language: str
    ) -> tuple[PartnershipDraft, str]:
        """Apply typed text to whatever the draft waits for; return the draft and the next step."""
        dialog = await self.dialog(actor)
        draft, awaiting = dialog.draft, dialog.awaiting
        try:
            value = clean_name(text)
        except InvalidName:
            raise UserFacingError("admin-name-invalid") from None
        if awaiting == "name":
            draft.name = LocalizedName({language: value})
            next_step = "name_translations"
        elif awaiting == "translation":
            self._translate(draft, dialog.target, dialog.index, dialog.language, value)
            next_step = f"{dialog.target}_translations"
        elif awaiting == "city_name":
            city = PartnershipDialog(draft, "city_tz", city_name={language: value})
            await self._save(actor.user_id, city)
            return draft, "city_tz"
        elif awaiting == "city_tz":
            return await self.choose_time_zone(actor, text)
        elif awaiting == "theme":
            draft.themes.append(LocalizedName({language: value}))
            next_step = "theme_translations"
        else:
            raise UserFacingError("admin-draft-missing")
        await self._save(actor.user_id, PartnershipDialog(draft))
        return draft, next_step

    async def choose_time_zone(self, actor: Actor, zone: str) -> tuple[PartnershipDraft, str]:
        dialog = await self.dialog(actor)
        if dialog.awaiting != "city_tz" or dialog.city_name is None:
            raise UserFacingError("admin-draft-missing")
        try:
            time_zone = parse_time_zone(zone)
        except ValueError:
            raise UserFacingError("admin-time-zone-invalid", zone=zone) from None
        draft = dialog.draft
        draft.cities.append(CityDraft(LocalizedName(dialog.city_name), time_zone))
        await self._save(actor.user_id, PartnershipDialog(draft))
        return draft, "city_translations"

    async def create(self, actor: Actor) -> Partnership:
        draft = (await self.dialog(actor)).draft
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
            await dialogs.clear_kind(conn, actor.user_id, PartnershipDialog.KIND)

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

    async def _save(self, user_id: int, dialog: PartnershipDialog) -> None:
        async with self.db.transaction() as conn:
            await dialogs.set_dialog(conn, user_id, dialog, self.clock.now())
