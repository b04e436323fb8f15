"""Writing an idea (the draft, similar ideas first, submit or join) and the author's later
changes (edit, withdraw)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

import aiosqlite

from bot.clock import Clock
from bot.db import dialogs, votes
from bot.db import ideas as ideas_db
from bot.db.connection import Database
from bot.domain.idea_drafts import DraftStep, IdeaDraft
from bot.domain.ideas import (
    Candidate,
    Idea,
    IdeaInputError,
    IdeaStatus,
    IdeaText,
    detect_language,
    keywords,
    most_similar,
    validate_description,
    validate_needs,
    validate_title,
)
from bot.domain.languages import is_supported
from bot.domain.scope import Want
from bot.services.errors import Unreachable, UserFacingError
from bot.services.idea_base import IdeaServiceBase, checked, refused
from bot.services.notify import Notifier
from bot.services.partnerships import existing_partnership
from bot.services.quotas import require_quota
from bot.services.scope import Scope

# Another feature taking a new idea in its submission's transaction (the live wall: an idea of
# a live room's workshop by a person checked in there): the idea as it took it (its status
# may change) and the id of the author's confirmation; None leaves the idea to the ordinary flow.
SubmitHook = Callable[[aiosqlite.Connection, Idea], Awaitable[tuple[Idea, str] | None]]
# Another feature following an author's change of the text, in its transaction (the live wall
# translates the new text for the other rooms).
EditHook = Callable[[aiosqlite.Connection, Idea], Awaitable[None]]

EDITABLE: dict[str, Callable[[str], str]] = {
    "title": validate_title,
    "description": validate_description,
    "needs": validate_needs,
}


class IdeaDraftService(IdeaServiceBase):
    def __init__(self, db: Database, clock: Clock, notifier: Notifier, scope: Scope) -> None:
        super().__init__(db, clock, notifier, scope)
        self.on_submitted: SubmitHook | None = None
        self.on_edited: EditHook | None = None

    # ---------------------------------------------------------------- the submission draft
    async def start_draft(self, user_id: int) -> IdeaDraft:
        person = await self._person(user_id)
        async with self.db.reading() as conn:
            settings = await ideas_db.settings(conn, person.partnership_id or 0)
        if not settings.submissions_open:
            raise UserFacingError("ideas-submissions-closed")
        draft = IdeaDraft()
        await self._save_draft(user_id, draft)
        return draft

    async def draft(self, user_id: int) -> IdeaDraft:
        async with self.db.reading() as conn:
            draft = await dialogs.dialog_of(conn, user_id, IdeaDraft)
        if draft is None:
            raise UserFacingError("ideas-draft-missing")
        return draft

    async def draft_text(self, user_id: int, raw: str) -> IdeaDraft:
        """Typed text for the current step; bad input is refused and the step stays."""
        return await self._change(user_id, lambda draft: draft.with_text(raw))

    async def toggle_theme(self, user_id: int, theme_id: int) -> IdeaDraft:
        person = await self._person(user_id)
        async with self.db.reading() as conn:
            partnership = await existing_partnership(conn, person.partnership_id or 0)
        if partnership.theme(theme_id) is None:
            raise UserFacingError("errors-stale-button")
        return await self._change(user_id, lambda draft: draft.toggle_theme(theme_id))

    async def finish_themes(self, user_id: int) -> IdeaDraft:
        return await self._change(user_id, IdeaDraft.themes_done)

    async def skip_step(self, user_id: int) -> IdeaDraft:
        return await self._change(user_id, IdeaDraft.skipped)

    async def edit_step(self, user_id: int, step: DraftStep) -> IdeaDraft:
        """From the review to more themes, what the idea needs, or a photo."""
        return await self._change(user_id, lambda draft: draft.editing(step))

    async def remember_prompt(self, user_id: int, message_id: int) -> None:
        """The message now showing the draft: its buttons go when the person types on."""
        draft = await self.draft(user_id)
        if draft.prompt_message_id != message_id:
            await self._save_draft(user_id, draft.with_prompt(message_id))

    async def add_photo(self, user_id: int, file_id: str) -> IdeaDraft:
        return await self._change(user_id, lambda draft: draft.with_photo(file_id))

    async def choose_language(self, user_id: int, language: str) -> IdeaDraft:
        if not is_supported(language):
            raise UserFacingError("errors-stale-button")
        return await self._change(user_id, lambda draft: replace(draft, language=language))

    async def toggle_author(self, user_id: int) -> IdeaDraft:
        return await self._change(user_id, IdeaDraft.with_author_toggled)

    async def attach_workshop(self, user_id: int, workshop_id: int) -> IdeaDraft:
        """Name the workshop the idea came from (0: none); only one the person may see."""
        attached = await self._attachable(user_id, workshop_id) if workshop_id else None
        return await self._change(user_id, lambda draft: replace(draft, workshop_id=attached))

    async def similar_to_draft(self, user_id: int) -> list[Idea]:
        """Up to three existing ideas that read like the draft (same language, or through
        the stored translations into the draft's language)."""
        draft = await self.draft(user_id)
        person = await self._person(user_id)
        words = keywords(f"{draft.title} {draft.description}")
        async with self.db.reading() as conn:
            texts = await ideas_db.texts_for_similarity(
                conn, person.partnership_id or 0, draft.language or person.language
            )
            best: dict[int, frozenset[str]] = {}
            for idea_id, text in texts:
                best[idea_id] = best.get(idea_id, frozenset()) | keywords(text)
            found = most_similar(words, [Candidate(i, w) for i, w in best.items()])
            return [
                idea
                for idea_id, _ in found
                if (idea := await ideas_db.get(conn, idea_id)) is not None
            ]

    async def cancel_draft(self, user_id: int) -> None:
        async with self.db.transaction() as conn:
            await dialogs.clear_kind(conn, user_id, IdeaDraft.KIND)

    async def submit(self, user_id: int) -> Idea:
        return (await self.submit_confirmed(user_id))[0]

    async def submit_confirmed(self, user_id: int) -> tuple[Idea, str]:
        """Submit the draft: the idea and the id of the author's confirmation."""
        draft = await self.draft(user_id)
        person = await self._person(user_id)
        now = self.clock.now()
        if draft.step != "review" or not draft.title or not draft.description:
            raise UserFacingError("ideas-draft-missing")
        async with self.db.transaction() as conn:
            settings = await ideas_db.settings(conn, person.partnership_id or 0)
            if not settings.submissions_open:
                raise UserFacingError("ideas-submissions-closed")
            await require_quota(conn, "idea", user_id, now)
            status = IdeaStatus.SUBMITTED if settings.premoderation else IdeaStatus.PUBLISHED
            workshop_id = draft.workshop_id
            if workshop_id and not await self._still_attachable(conn, user_id, workshop_id):
                workshop_id = None  # unpublished or cancelled since it was chosen
            idea = Idea(
                id=0,
                partnership_id=person.partnership_id or 0,
                author_id=user_id,
                city_id=person.city_id,
                language=draft.language or person.language,
                original=IdeaText(draft.title, draft.description, draft.needs),
                status=status,
                themes=frozenset(draft.themes),
                workshop_id=workshop_id,
                photo_file_id=draft.photo,
                show_author=draft.show_author,
            )
            idea = replace(idea, id=await ideas_db.create(conn, idea, now), created_at=now)
            await dialogs.clear_state(conn, user_id)
            taken = await self.on_submitted(conn, idea) if self.on_submitted else None
            if taken is not None:
                return taken
            if status is IdeaStatus.SUBMITTED:
                await self._tell_organisers(conn, idea.partnership_id)
        confirmation = (
            "ideas-submitted-review" if status is IdeaStatus.SUBMITTED else "ideas-submitted"
        )
        return idea, confirmation

    async def join(self, user_id: int, idea_id: int) -> Idea:
        """Join a similar idea instead of adding a duplicate: become one of its supporters."""
        await self._person(user_id)
        async with self.db.transaction() as conn:
            idea = await self.scope.idea(conn, user_id, idea_id, Want.USE)
            await ideas_db.add_supporter(conn, idea_id, user_id, self.clock.now())
            await dialogs.clear_kind(conn, user_id, IdeaDraft.KIND)
        return idea

    async def _change(
        self, user_id: int, step: Callable[[IdeaDraft], IdeaDraft | None]
    ) -> IdeaDraft:
        """Apply one step to the stored draft (None from the step: a stale button)."""
        draft = await self.draft(user_id)
        person = await self._person(user_id)
        try:
            changed = step(draft)
        except IdeaInputError as problem:
            raise refused(problem) from None
        if changed is None:
            raise UserFacingError("errors-stale-button")
        changed = changed.with_language_detected(person.language)
        await self._save_draft(user_id, changed)
        return changed

    async def _save_draft(self, user_id: int, draft: IdeaDraft) -> None:
        async with self.db.transaction() as conn:
            await dialogs.set_dialog(conn, user_id, draft, self.clock.now())

    async def _attachable(self, user_id: int, workshop_id: int) -> int:
        async with self.db.reading() as conn:
            workshop = await self.scope.workshop(conn, user_id, workshop_id, Want.ATTACH)
        return workshop.id

    async def _still_attachable(
        self, conn: aiosqlite.Connection, user_id: int, workshop_id: int
    ) -> bool:
        try:
            await self.scope.workshop(conn, user_id, workshop_id, Want.ATTACH)
        except Unreachable:
            return False
        return True

    # ---------------------------------------------------------------- authors
    async def edit(self, user_id: int, idea_id: int, field: str, raw: str) -> Idea:
        if field not in EDITABLE:
            raise UserFacingError("errors-stale-button")
        value = checked(EDITABLE[field], raw)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            idea = await self._own_open(conn, user_id, idea_id)
            text = replace(idea.original, **{field: value})
            language = detect_language(f"{text.title} {text.description}", idea.language)
            await ideas_db.update_text(conn, idea_id, text, language, now)
            updated = await ideas_db.get(conn, idea_id)
            assert updated is not None
            if self.on_edited is not None:
                await self.on_edited(conn, updated)
        return updated

    async def withdraw(self, user_id: int, idea_id: int) -> Idea:
        """The author takes the idea back; its votes return to the voters' budgets."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            idea = await self._own_open(conn, user_id, idea_id)
            for voter in await votes.voters(conn, idea_id):
                await votes.withdraw(conn, idea_id, voter)
            await ideas_db.set_status(conn, idea_id, IdeaStatus.WITHDRAWN, now)
        return idea

    async def _own_open(self, conn: aiosqlite.Connection, user_id: int, idea_id: int) -> Idea:
        idea = await ideas_db.get(conn, idea_id)
        if (
            idea is None
            or idea.author_id != user_id
            or idea.status not in (IdeaStatus.PUBLISHED, IdeaStatus.SUBMITTED)
        ):
            raise UserFacingError("errors-stale-button")
        if not (await ideas_db.settings(conn, idea.partnership_id)).submissions_open:
            raise UserFacingError("ideas-submissions-closed")
        return idea
