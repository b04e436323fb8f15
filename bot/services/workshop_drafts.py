"""The organiser's 'new workshop' conversation: the draft is kept as the person's dialog
between messages, and becomes a workshop (a draft or published) at the end."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from bot.clock import Clock
from bot.db import dialogs, workshops
from bot.db.connection import Database
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor, require_organiser
from bot.domain.workshop_copies import MAX_COPY_CHOICES, copy_into
from bot.domain.workshop_draft_steps import programme_languages
from bot.domain.workshop_drafts import WorkshopDraft
from bot.domain.workshops import (
    QuestionKind,
    Workshop,
    WorkshopInputError,
    WorkshopKind,
    WorkshopStatus,
)
from bot.services.errors import UserFacingError
from bot.services.partnerships import existing_partnership
from bot.services.scope import Scope
from bot.translation import MachineTranslator, NoMachineTranslation, TranslationUnavailable

COPY_LOOKBACK = timedelta(days=400)  # earlier workshops offered to copy: about a year back


class WorkshopDraftService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        machine: MachineTranslator | None = None,
        scope: Scope | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.machine = machine or NoMachineTranslation()
        self.scope = scope or Scope(frozenset())

    @property
    def machine_available(self) -> bool:
        return not isinstance(self.machine, NoMachineTranslation)

    async def start_draft(
        self, actor: Actor, partnership: Partnership, language: str, home_city_id: int | None
    ) -> WorkshopDraft:
        """The organiser's own city is the workshop's (another one or online can be chosen on
        the address step); without a city of this partnership the city is asked."""
        require_organiser(actor, partnership.id)
        own = partnership.city(home_city_id or 0)
        home = own or partnership.cities[0]
        draft = WorkshopDraft(partnership.id, language, home.time_zone)
        if own is not None:
            draft.start_at_home(own.id, await self._last_address(draft, own.id))
        await self._save_draft(actor.user_id, draft)
        return draft

    async def draft(self, actor: Actor) -> WorkshopDraft:
        async with self.db.reading() as conn:
            draft = await dialogs.dialog_of(conn, actor.user_id, WorkshopDraft)
        if draft is None:
            raise UserFacingError("workshops-draft-missing")
        require_organiser(actor, draft.partnership_id)
        return draft

    async def update_draft(self, actor: Actor, change: str, value: object = None) -> WorkshopDraft:
        """Apply one step of the conversation; bad input is refused and the step stays."""
        draft = await self.draft(actor)
        try:
            if change == "text":
                draft.enter_text(str(value), self.clock.now())
            elif change == "kind":
                draft.choose_kind(WorkshopKind(str(value)))
            elif change == "place":
                await self._choose_place(draft, value if isinstance(value, int) else None)
            elif change == "other_place":
                draft.other_place()
            elif change == "same_address":
                draft.same_address()
            elif change == "copies":
                draft.open_copies()
            elif change == "back":
                draft.back()
            elif change == "edit":
                draft.edit(str(value))
                if draft.step == "languages":
                    await self._prefill(draft)
            elif change == "language":
                partnership = await self._partnership(draft.partnership_id)
                draft.choose_language(str(value), programme_languages(partnership))
            elif change == "month":
                draft.show_month(str(value))
            elif change == "day":
                draft.choose_day(date.fromisoformat(str(value)), self.clock.now())
            elif change == "start":
                draft.choose_start(time.fromisoformat(str(value)), self.clock.now())
            elif change == "duration" and isinstance(value, int):
                draft.choose_duration(value)
            elif change == "capacity" and isinstance(value, int):
                draft.choose_capacity(value)
            elif change == "skip":
                draft.skip()
            elif change == "split":
                partnership = await self._partnership(draft.partnership_id)
                draft.split_quotas([c.id for c in partnership.cities])
            elif change == "quotas":
                partnership = await self._partnership(draft.partnership_id)
                draft.ask_quotas([c.id for c in partnership.cities])
            elif change == "toggle_required" and isinstance(value, int):
                draft.toggle_required(value)
            elif change == "remove_question" and isinstance(value, int):
                draft.remove_question(value)
            elif change == "no_questions":
                draft.clear_questions()
            elif change == "add_question":
                draft.add_question(QuestionKind(str(value)))
            elif change == "questions_done":
                draft.finish_questions()
            elif change == "choose_time" and isinstance(value, int):
                draft.choose_time(value, self.clock.now())
            elif change == "retype_time":
                draft.retype_time()
            else:
                raise UserFacingError("errors-stale-button")
        except (WorkshopInputError, ValueError) as exc:
            reason = exc.reason if isinstance(exc, WorkshopInputError) else "errors-stale-button"
            raise UserFacingError(reason) from None
        await self._save_draft(actor.user_id, draft)
        return draft

    async def _choose_place(self, draft: WorkshopDraft, city_id: int | None) -> None:
        if draft.step != "place":
            raise WorkshopInputError("workshops-error-use-buttons")
        partnership = await self._partnership(draft.partnership_id)
        city = partnership.city(city_id) if city_id else None
        if city_id and city is None:
            raise WorkshopInputError("errors-stale-button")
        zone = city.time_zone if city else draft.time_zone
        draft.choose_place(city.id if city else None, zone, self.clock.now())
        draft.last_address = await self._last_address(draft, city.id) if city else None

    async def _last_address(self, draft: WorkshopDraft, city_id: int) -> str | None:
        """The address of the latest workshop in that city: offered as the default venue."""
        async with self.db.reading() as conn:
            found = await workshops.list_for_partnership(
                conn,
                draft.partnership_id,
                statuses=tuple(WorkshopStatus),
                ending_after=self.clock.now() - COPY_LOOKBACK,
            )
        addresses = [w for w in found if w.city_id == city_id and w.address]
        latest = max(addresses, key=lambda w: w.starts_at, default=None)
        return latest.address if latest else None

    async def _prefill(self, draft: WorkshopDraft) -> None:
        """Machine translations of the title and description into the programme's languages
        still missing, for the organiser to check (none without a provider, or when it fails)."""
        if not self.machine_available or draft.title is None:
            return
        partnership = await self._partnership(draft.partnership_id)
        others = [lang for lang in programme_languages(partnership) if lang != draft.language]
        for language in draft.translations.missing(others):
            try:
                title = await self.machine.translate(draft.title, draft.language, language)
                description = (
                    await self.machine.translate(draft.description, draft.language, language)
                    if draft.description
                    else None
                )
            except TranslationUnavailable:
                return
            draft.translations.machine_filled(language, title, description)

    async def remember_prompt(self, actor: Actor, message_id: int) -> None:
        """The message asking the draft's current step (its buttons go once it is answered)."""
        draft = await self.draft(actor)
        if draft.prompt_message_id != message_id:
            draft.prompt_message_id = message_id
            await self._save_draft(actor.user_id, draft)

    async def create_from_draft(self, actor: Actor, publish: bool) -> Workshop:
        draft = await self.draft(actor)
        now = self.clock.now()
        try:
            workshop = draft.build(actor.user_id, now)
        except WorkshopInputError as exc:
            raise UserFacingError(exc.reason) from None
        if publish:
            workshop = replace(workshop, status=WorkshopStatus.PUBLISHED)
        async with self.db.transaction() as conn:
            workshop_id = await workshops.save(conn, workshop, now)
            await dialogs.clear_state(conn, actor.user_id)
        return replace(workshop, id=workshop_id)

    async def copies(self, actor: Actor) -> list[Workshop]:
        """The copy step: the organiser's own most recent workshops of the draft's partnership."""
        draft = await self.update_draft(actor, "copies")
        async with self.db.reading() as conn:
            found = await workshops.list_for_partnership(
                conn,
                draft.partnership_id,
                statuses=tuple(WorkshopStatus),
                ending_after=self.clock.now() - COPY_LOOKBACK,
            )
        mine = [w for w in found if w.created_by == actor.user_id]
        return sorted(mine, key=lambda w: w.starts_at, reverse=True)[:MAX_COPY_CHOICES]

    async def copy_from(self, actor: Actor, workshop_id: int) -> WorkshopDraft:
        draft = await self.draft(actor)
        async with self.db.reading() as conn:
            workshop = await self.scope.organised_workshop(conn, actor, workshop_id)
        try:
            copy_into(draft, workshop)
        except WorkshopInputError as exc:
            raise UserFacingError(exc.reason) from None
        await self._save_draft(actor.user_id, draft)
        return draft

    async def cancel_draft(self, actor: Actor) -> None:
        async with self.db.transaction() as conn:
            await dialogs.clear_kind(conn, actor.user_id, WorkshopDraft.KIND)

    async def _save_draft(self, user_id: int, draft: WorkshopDraft) -> None:
        async with self.db.transaction() as conn:
            await dialogs.set_dialog(conn, user_id, draft, self.clock.now())

    async def _partnership(self, partnership_id: int) -> Partnership:
        async with self.db.reading() as conn:
            return await existing_partnership(conn, partnership_id)
