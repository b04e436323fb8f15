"""Ideas: submitting (with similar ideas first), browsing across languages, dot voting,
moderation (hide, merge, themes, reports, translations) and telling authors what happened."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

import aiosqlite

from bot.clock import Clock
from bot.db import dialogs, due_tasks, participants, partnerships, roles, votes
from bot.db import ideas as ideas_db
from bot.db.connection import Database
from bot.domain.ideas import (
    Candidate,
    Idea,
    IdeaInputError,
    IdeaSettings,
    IdeaStatus,
    IdeaText,
    Translation,
    VoteProblem,
    detect_language,
    keywords,
    merge_votes,
    most_similar,
    validate_description,
    validate_needs,
    validate_reason,
    validate_title,
    vote_problem,
)
from bot.domain.languages import is_supported
from bot.domain.participants import Participant
from bot.domain.partnerships import Partnership
from bot.domain.roles import Actor, Role, require_organiser
from bot.domain.scope import Want
from bot.domain.texts import LocalizedName
from bot.services.errors import Unreachable, UserFacingError
from bot.services.notify import PRIORITY_CRITICAL, PRIORITY_NORMAL, Notifier
from bot.services.partnerships import existing_partnership
from bot.services.quotas import require_quota
from bot.services.scope import Scope
from bot.translation import MachineTranslator, NoMachineTranslation, TranslationUnavailable

DRAFT_KIND = "idea"
VOTE_DIGEST = "vote_digest"
DIGEST_DELAY = timedelta(hours=1)
MIN_DIGEST_GAP = timedelta(hours=24)
PAGE_SIZE = 8


@dataclass(frozen=True)
class ReaderView:
    """An idea as one reader sees it, with what they may do."""

    idea: Idea
    text: IdeaText
    translation: Translation | None
    voted: bool
    votes_left: int
    supporting: bool
    is_author: bool
    settings: IdeaSettings
    originals: bool  # the reader prefers originals
    organiser: bool
    supporters: int


@dataclass(frozen=True)
class IdeaCard:
    """Everything an idea's card shows its reader."""

    view: ReaderView
    partnership: Partnership
    author: str | None  # the author's display name, when the author chose to be shown
    workshop: LocalizedName | None  # the workshop the idea came from


def _checked(validate: Any, raw: str) -> str:
    try:
        return str(validate(raw))
    except IdeaInputError as exc:
        raise UserFacingError(exc.reason, **exc.args_for_message) from None


class IdeaService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        machine: MachineTranslator | None = None,
        admin_ids: frozenset[int] = frozenset(),
    ) -> None:
        self.admin_ids = admin_ids
        self.scope = Scope(admin_ids)
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.machine = machine or NoMachineTranslation()

    def is_admin(self, user_id: int) -> bool:
        return user_id in self.admin_ids

    # ---------------------------------------------------------------- settings
    async def settings(self, partnership_id: int) -> IdeaSettings:
        async with self.db.reading() as conn:
            return await ideas_db.settings(conn, partnership_id)

    async def change_settings(
        self, actor: Actor, partnership_id: int, **changes: Any
    ) -> IdeaSettings:
        require_organiser(actor, partnership_id)
        async with self.db.transaction() as conn:
            updated = replace(await ideas_db.settings(conn, partnership_id), **changes)
            await ideas_db.save_settings(conn, updated)
        return updated

    # ---------------------------------------------------------------- the submission draft
    async def start_draft(self, user_id: int) -> dict[str, Any]:
        person = await self._person(user_id)
        settings = await self.settings(person.partnership_id or 0)
        if not settings.submissions_open:
            raise UserFacingError("ideas-submissions-closed")
        draft: dict[str, Any] = {"step": "title", "themes": [], "show_author": True}
        await self._save_draft(user_id, draft)
        return draft

    async def draft(self, user_id: int) -> dict[str, Any]:
        async with self.db.reading() as conn:
            data = await dialogs.data_of(conn, user_id, DRAFT_KIND)
        if data is None:
            raise UserFacingError("ideas-draft-missing")
        return data

    async def draft_text(self, user_id: int, raw: str) -> dict[str, Any]:
        """Typed text for the current step; bad input is refused and the step stays."""
        draft = await self.draft(user_id)
        step = draft["step"]
        if step == "title":
            draft["title"], draft["step"] = _checked(validate_title, raw), "description"
        elif step == "description":
            draft["description"], draft["step"] = _checked(validate_description, raw), "themes"
        elif step == "needs":
            draft["needs"], draft["step"] = _checked(validate_needs, raw), "photo"
        else:
            raise UserFacingError("ideas-error-use-buttons")
        await self._save_draft(user_id, draft)
        return draft

    async def draft_change(self, user_id: int, change: str, value: Any = None) -> dict[str, Any]:
        draft = await self.draft(user_id)
        person = await self._person(user_id)
        if change == "theme" and isinstance(value, int):
            partnership = await self._partnership(person.partnership_id or 0)
            if partnership.theme(value) is None:
                raise UserFacingError("errors-stale-button")
            themes = set(draft["themes"]) ^ {value}
            draft["themes"] = sorted(themes)
        elif change == "themes_done":
            if not draft["themes"]:
                raise UserFacingError("ideas-error-themes-empty")
            draft["step"] = "needs"
        elif change == "skip" and draft["step"] in ("needs", "photo"):
            draft["step"] = "photo" if draft["step"] == "needs" else "review"
        elif change == "photo" and draft["step"] == "photo":
            draft["photo"], draft["step"] = value, "review"
        elif change == "language" and isinstance(value, str) and is_supported(value):
            draft["language"] = value
        elif change == "show_author":
            draft["show_author"] = not draft.get("show_author", True)
        elif change == "workshop" and isinstance(value, int):
            draft["workshop_id"] = await self._attachable(user_id, value) if value else None
        else:
            raise UserFacingError("errors-stale-button")
        if draft["step"] == "review" and "language" not in draft:
            text = f"{draft['title']} {draft['description']} {draft.get('needs') or ''}"
            draft["language"] = detect_language(text, person.language)
        await self._save_draft(user_id, draft)
        return draft

    async def similar_to_draft(self, user_id: int) -> list[Idea]:
        """Up to three existing ideas that read like the draft (same language, or through
        the stored translations into the draft's language)."""
        draft = await self.draft(user_id)
        person = await self._person(user_id)
        words = keywords(f"{draft['title']} {draft['description']}")
        async with self.db.reading() as conn:
            texts = await ideas_db.texts_for_similarity(
                conn, person.partnership_id or 0, draft.get("language") or person.language
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
            await dialogs.clear_kind(conn, user_id, DRAFT_KIND)

    async def submit(self, user_id: int) -> Idea:
        draft = await self.draft(user_id)
        person = await self._person(user_id)
        now = self.clock.now()
        if draft.get("step") != "review":
            raise UserFacingError("ideas-draft-missing")
        async with self.db.transaction() as conn:
            settings = await ideas_db.settings(conn, person.partnership_id or 0)
            if not settings.submissions_open:
                raise UserFacingError("ideas-submissions-closed")
            await require_quota(conn, "idea", user_id, now)
            status = IdeaStatus.SUBMITTED if settings.premoderation else IdeaStatus.PUBLISHED
            workshop_id = draft.get("workshop_id")
            if workshop_id and not await self._still_attachable(conn, user_id, workshop_id):
                workshop_id = None  # unpublished or cancelled since it was chosen
            idea = Idea(
                id=0,
                partnership_id=person.partnership_id or 0,
                author_id=user_id,
                city_id=person.city_id,
                language=draft["language"],
                original=IdeaText(draft["title"], draft["description"], draft.get("needs")),
                status=status,
                themes=frozenset(draft["themes"]),
                workshop_id=workshop_id,
                photo_file_id=draft.get("photo"),
                show_author=bool(draft.get("show_author", True)),
            )
            idea_id = await ideas_db.create(conn, idea, now)
            await dialogs.clear_state(conn, user_id)
            if status is IdeaStatus.SUBMITTED:
                await self._tell_organisers(
                    conn, idea.partnership_id, "ideas-organisers-new", title=idea.original.title
                )
        return replace(idea, id=idea_id, created_at=now)

    async def join(self, user_id: int, idea_id: int) -> Idea:
        """Join a similar idea instead of adding a duplicate: become one of its supporters."""
        person = await self._person(user_id)
        async with self.db.transaction() as conn:
            idea = await self._published(conn, person, idea_id)
            await ideas_db.add_supporter(conn, idea_id, user_id, self.clock.now())
            await dialogs.clear_kind(conn, user_id, DRAFT_KIND)
        return idea

    # ---------------------------------------------------------------- authors
    async def edit(self, user_id: int, idea_id: int, field: str, raw: str) -> Idea:
        rules = {
            "title": validate_title,
            "description": validate_description,
            "needs": validate_needs,
        }
        if field not in rules:
            raise UserFacingError("errors-stale-button")
        value = _checked(rules[field], raw)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            idea = await self._own_open(conn, user_id, idea_id)
            text = replace(idea.original, **{field: value})
            language = detect_language(f"{text.title} {text.description}", idea.language)
            await ideas_db.update_text(conn, idea_id, text, language, now)
            updated = await ideas_db.get(conn, idea_id)
        assert updated is not None
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

    async def _published(
        self, conn: aiosqlite.Connection, person: Participant, idea_id: int
    ) -> Idea:
        """A published idea of the person's partnership, or the polite "this idea is gone"."""
        return await self.scope.idea(conn, person.user_id, idea_id, Want.USE)

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

    # ---------------------------------------------------------------- reading
    async def browse(
        self,
        user_id: int,
        *,
        page: int,
        theme_id: int | None,
        scope: str,
        by_votes: bool,
        mine: bool = False,
    ) -> tuple[list[Idea], int]:
        """A page of ideas; scope is 'all', 'mine' (my city) or 'partner' (other cities)."""
        person = await self._person(user_id)
        async with self.db.reading() as conn:
            return await ideas_db.list_ideas(
                conn,
                person.partnership_id or 0,
                theme_id=theme_id,
                city_id=person.city_id if scope == "mine" else None,
                exclude_city_id=person.city_id if scope == "partner" else None,
                author_id=user_id if mine else None,
                statuses=(IdeaStatus.PUBLISHED, IdeaStatus.SUBMITTED)
                if mine
                else (IdeaStatus.PUBLISHED,),
                by_votes=by_votes,
                offset=max(0, page) * PAGE_SIZE,
                limit=PAGE_SIZE,
            )

    async def view(self, user_id: int, idea_id: int, language: str) -> ReaderView:
        person = await self._person(user_id)
        async with self.db.reading() as conn:
            idea = await self.scope.idea(conn, user_id, idea_id)
            organiser = self.is_admin(user_id) or person.user_id in await roles.holders(
                conn, idea.partnership_id, Role.ORGANISER
            )
            settings = await ideas_db.settings(conn, idea.partnership_id)
            used = await votes.used(conn, user_id, idea.partnership_id)
            voted = await votes.has_voted(conn, idea_id, user_id)
            supporters = await ideas_db.supporters(conn, idea_id)
        if not person.show_originals:
            idea = await self._with_machine_translation(idea, language)
        text, translation = idea.version_for(language, originals=person.show_originals)
        return ReaderView(
            idea,
            text,
            translation,
            voted,
            max(0, settings.vote_budget - used),
            user_id in supporters,
            idea.author_id == user_id,
            settings,
            person.show_originals,
            organiser,
            len(supporters),
        )

    async def _with_machine_translation(self, idea: Idea, language: str) -> Idea:
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

    async def toggle_originals(self, user_id: int) -> bool:
        async with self.db.transaction() as conn:
            person = await participants.get(conn, user_id)
            if person is None:
                raise UserFacingError("onboarding-start-first")
            await participants.set_show_originals(conn, user_id, not person.show_originals)
        return not person.show_originals

    async def votes_left(self, user_id: int, partnership_id: int) -> int:
        async with self.db.reading() as conn:
            settings = await ideas_db.settings(conn, partnership_id)
            used = await votes.used(conn, user_id, partnership_id)
        return max(0, settings.vote_budget - used)

    async def card(self, user_id: int, idea_id: int, language: str) -> IdeaCard:
        """The reader's view of an idea plus what its card names (partnership, author,
        workshop): one call for the card."""
        view = await self.view(user_id, idea_id, language)
        idea = view.idea
        async with self.db.reading() as conn:
            partnership = await existing_partnership(conn, idea.partnership_id)
            author = (
                await participants.get(conn, idea.author_id)
                if idea.show_author and idea.author_id is not None
                else None
            )
            workshop = None
            if idea.workshop_id is not None:
                # Only a workshop the reader may see is named on the card.
                with contextlib.suppress(Unreachable):
                    workshop = await self.scope.workshop(conn, user_id, idea.workshop_id)
        return IdeaCard(
            view,
            partnership,
            author.display_name if author else None,
            workshop.title if workshop else None,
        )

    @staticmethod
    def check_title(raw: str) -> str:
        return _checked(validate_title, raw)

    # ---------------------------------------------------------------- voting
    async def vote(self, user_id: int, idea_id: int) -> int:
        """Cast a dot; return the votes left. Budget and one-per-idea hold under concurrency
        because the check and the insert share one BEGIN IMMEDIATE transaction."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            idea = await self.scope.idea(conn, user_id, idea_id, Want.USE)
            settings = await ideas_db.settings(conn, idea.partnership_id)
            used = await votes.used(conn, user_id, idea.partnership_id)
            already = await votes.has_voted(conn, idea_id, user_id)
            problem = vote_problem(settings, idea, user_id, used, already)
            if problem is VoteProblem.BUDGET:
                raise UserFacingError("ideas-vote-budget", budget=settings.vote_budget)
            if problem is not None:
                raise UserFacingError(f"ideas-vote-{problem.value}")
            await votes.cast(conn, idea_id, user_id, idea.partnership_id, now)
            if idea.author_id is not None:
                await self._plan_digest(conn, idea.author_id)
        return settings.vote_budget - used - 1

    async def unvote(self, user_id: int, idea_id: int) -> int:
        async with self.db.transaction() as conn:
            idea = await self.scope.idea(conn, user_id, idea_id, Want.USE)
            settings = await ideas_db.settings(conn, idea.partnership_id)
            if not settings.voting_open:
                raise UserFacingError("ideas-vote-closed")
            if not await votes.withdraw(conn, idea_id, user_id):
                raise UserFacingError("errors-stale-button")
            used = await votes.used(conn, user_id, idea.partnership_id)
        return settings.vote_budget - used

    async def leaderboard(
        self, partnership_id: int, *, theme_id: int | None = None, city_id: int | None = None
    ) -> list[tuple[int, str, str, int]]:
        async with self.db.reading() as conn:
            return await ideas_db.leaderboard(
                conn, partnership_id, theme_id=theme_id, city_id=city_id
            )

    async def _plan_digest(self, conn: aiosqlite.Connection, author_id: int) -> None:
        """One digest slot: an hour after the vote, but never within 24 hours of the last one.
        Votes that fall in the same slot share one task (its key is the slot's time)."""
        last = await ideas_db.last_digest(conn, author_id)
        slot = self.clock.now() + DIGEST_DELAY
        if last is not None:
            slot = max(slot, last + MIN_DIGEST_GAP)
        await due_tasks.plan(
            conn, VOTE_DIGEST, author_id, slot, detail=slot.strftime("%Y-%m-%dT%H")
        )

    async def send_vote_digest(
        self, conn: aiosqlite.Connection, author_id: int, detail: str = ""
    ) -> None:
        """Due task: at most one message a day telling an author about new votes."""
        now = self.clock.now()
        last = await ideas_db.last_digest(conn, author_id)
        if last is not None and now - last < MIN_DIGEST_GAP:
            await self._plan_digest(conn, author_id)
            return
        news = await ideas_db.votes_received_since(conn, author_id, last)
        if not news:
            return
        lines = "\n".join(f"• {title}: +{count}" for _, title, count in news)
        await self.notifier.send(
            conn,
            author_id,
            "ideas-vote-digest",
            now,
            priority=PRIORITY_NORMAL,
            count=sum(c for *_, c in news),
            ideas=lines,
        )
        await ideas_db.record_digest(conn, author_id, now)

    # ---------------------------------------------------------------- supporting & reporting
    async def toggle_support(self, user_id: int, idea_id: int) -> bool:
        person = await self._person(user_id)
        async with self.db.transaction() as conn:
            _, supporting = await toggle_supporter(
                conn, self.scope, person, idea_id, self.clock.now()
            )
            return supporting

    async def report(self, user_id: int, idea_id: int) -> None:
        await self._person(user_id)
        async with self.db.transaction() as conn:
            idea = await self.scope.idea(conn, user_id, idea_id, Want.USE)
            if await ideas_db.report(conn, idea_id, user_id, self.clock.now()):
                await self._tell_organisers(
                    conn, idea.partnership_id, "ideas-organisers-report", title=idea.original.title
                )

    # ---------------------------------------------------------------- human translations
    async def add_translation(
        self, user_id: int, idea_id: int, language: str, title: str, description: str
    ) -> bool:
        """Saved as pending (organisers approve); return True when it is live at once."""
        if not is_supported(language):
            raise UserFacingError("errors-stale-button")
        text = IdeaText(
            _checked(validate_title, title), _checked(validate_description, description)
        )
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

    async def decide_translation(
        self, actor: Actor, idea_id: int, language: str, approve: bool
    ) -> None:
        async with self.db.transaction() as conn:
            idea = await self._organised(conn, actor, idea_id)
            if not await ideas_db.decide_translation(conn, idea.id, language, approve):
                raise UserFacingError("errors-stale-button")

    # ---------------------------------------------------------------- moderation
    async def queue(self, actor: Actor, partnership_id: int) -> dict[str, list[Any]]:
        require_organiser(actor, partnership_id)
        async with self.db.reading() as conn:
            new, _ = await ideas_db.list_ideas(
                conn, partnership_id, statuses=(IdeaStatus.SUBMITTED,), limit=20
            )
            return {
                "new": new,
                "translations": await ideas_db.pending_translations(conn, partnership_id),
                "reports": await ideas_db.open_reports(conn, partnership_id),
            }

    async def publish(self, actor: Actor, idea_id: int) -> Idea:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            idea = await self._organised(conn, actor, idea_id)
            if idea.status is not IdeaStatus.SUBMITTED:
                raise UserFacingError("errors-stale-button")
            await ideas_db.set_status(conn, idea_id, IdeaStatus.PUBLISHED, now)
            if idea.author_id is not None:
                await self.notifier.send(
                    conn, idea.author_id, "ideas-published-notice", now, title=idea.original.title
                )
        return idea

    async def hide(self, actor: Actor, idea_id: int, raw_reason: str) -> Idea:
        reason = _checked(validate_reason, raw_reason)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            idea = await self._organised(conn, actor, idea_id)
            if idea.status not in (IdeaStatus.PUBLISHED, IdeaStatus.SUBMITTED):
                raise UserFacingError("errors-stale-button")
            for voter in await votes.voters(conn, idea_id):
                await votes.withdraw(conn, idea_id, voter)  # their dots return to them
            await ideas_db.set_status(conn, idea_id, IdeaStatus.HIDDEN, now, reason=reason)
            await ideas_db.close_reports(conn, idea_id, now)
            if idea.author_id is not None:
                await self.notifier.send(
                    conn,
                    idea.author_id,
                    "ideas-hidden-notice",
                    now,
                    priority=PRIORITY_CRITICAL,
                    title=idea.original.title,
                    reason=reason,
                )
        return idea

    async def dismiss_reports(self, actor: Actor, idea_id: int) -> None:
        async with self.db.transaction() as conn:
            await self._organised(conn, actor, idea_id)
            await ideas_db.close_reports(conn, idea_id, self.clock.now())

    async def merge(self, actor: Actor, source_id: int, target_id: int) -> tuple[int, int]:
        """Merge a duplicate into another idea. Votes move over; whoever voted for both keeps
        one vote (on the target) and gets the other back. Return (moved, returned)."""
        now = self.clock.now()
        async with self.db.transaction() as conn:
            source = await self._organised(conn, actor, source_id)  # the role first
            if source_id == target_id:
                raise UserFacingError("ideas-merge-same")
            target = await self._organised(conn, actor, target_id)
            if (
                source.partnership_id != target.partnership_id
                or target.status is not IdeaStatus.PUBLISHED
                or source.status not in (IdeaStatus.PUBLISHED, IdeaStatus.SUBMITTED)
            ):
                raise UserFacingError("ideas-merge-impossible")
            moving, returning = merge_votes(
                await votes.voters(conn, source_id), await votes.voters(conn, target_id)
            )
            for voter in returning:
                await votes.withdraw(conn, source_id, voter)
            await votes.move(conn, source_id, target_id, moving)
            await ideas_db.move_supporters(conn, source_id, target_id)
            if source.author_id is not None:
                await ideas_db.add_supporter(conn, target_id, source.author_id, now)
            await ideas_db.set_themes(conn, target_id, target.themes | source.themes)
            await ideas_db.set_status(
                conn, source_id, IdeaStatus.MERGED, now, merged_into=target_id
            )
            await ideas_db.close_reports(conn, source_id, now)
            if source.author_id is not None:
                await self.notifier.send(
                    conn,
                    source.author_id,
                    "ideas-merged-notice",
                    now,
                    priority=PRIORITY_NORMAL,
                    title=source.original.title,
                    target=target.original.title,
                )
        return len(moving), len(returning)

    async def set_themes(self, actor: Actor, idea_id: int, theme_id: int) -> Idea:
        async with self.db.transaction() as conn:
            idea = await self._organised(conn, actor, idea_id)
            partnership = await partnerships.get(conn, idea.partnership_id)
            if partnership is None or partnership.theme(theme_id) is None:
                raise UserFacingError("errors-stale-button")
            themes = idea.themes ^ {theme_id}
            if not themes:
                raise UserFacingError("ideas-error-themes-empty")
            await ideas_db.set_themes(conn, idea_id, themes)
        return replace(idea, themes=themes)

    async def organised_idea(self, actor: Actor, idea_id: int) -> Idea:
        async with self.db.reading() as conn:
            return await self._organised(conn, actor, idea_id)

    async def merge_candidates(self, actor: Actor, idea_id: int) -> list[Idea]:
        """Ideas a duplicate may be merged into: the most similar first, then the most voted."""
        async with self.db.reading() as conn:
            idea = await self._organised(conn, actor, idea_id)
            texts = await ideas_db.texts_for_similarity(conn, idea.partnership_id, idea.language)
            words = keywords(f"{idea.original.title} {idea.original.description}")
            pool: dict[int, frozenset[str]] = {}
            for other_id, text in texts:
                if other_id != idea_id:
                    pool[other_id] = pool.get(other_id, frozenset()) | keywords(text)
            ranked = [
                i
                for i, _ in most_similar(words, [Candidate(i, w) for i, w in pool.items()], limit=5)
            ]
            top, _ = await ideas_db.list_ideas(conn, idea.partnership_id, by_votes=True, limit=10)
            ordered = ranked + [t.id for t in top if t.id not in ranked and t.id != idea_id]
            found = [await ideas_db.get(conn, i) for i in ordered[:8]]
        return [i for i in found if i is not None and i.status is IdeaStatus.PUBLISHED]

    async def pending_translation(
        self, actor: Actor, idea_id: int, language: str
    ) -> tuple[str, str]:
        async with self.db.reading() as conn:
            idea = await self._organised(conn, actor, idea_id)
        for t in idea.translations:
            if t.language == language and not t.machine and not t.approved:
                return t.text.title, t.text.description
        raise UserFacingError("errors-stale-button")

    # ---------------------------------------------------------------- helpers
    async def _organised(self, conn: aiosqlite.Connection, actor: Actor, idea_id: int) -> Idea:
        return await self.scope.organised_idea(conn, actor, idea_id)

    async def _tell_organisers(
        self, conn: aiosqlite.Connection, partnership_id: int, message_id: str, **args: Any
    ) -> None:
        now = self.clock.now()
        for organiser in await roles.holders(conn, partnership_id, Role.ORGANISER):
            await self.notifier.send(
                conn, organiser, message_id, now, priority=PRIORITY_NORMAL, **args
            )

    async def _person(self, user_id: int) -> Participant:
        async with self.db.reading() as conn:
            person = await participants.get(conn, user_id)
        if person is None or not person.is_onboarded:
            raise UserFacingError("onboarding-start-first")
        return person

    async def _partnership(self, partnership_id: int) -> Partnership:
        async with self.db.reading() as conn:
            return await existing_partnership(conn, partnership_id)

    async def _save_draft(self, user_id: int, draft: dict[str, Any]) -> None:
        async with self.db.transaction() as conn:
            await dialogs.set_state(conn, user_id, DRAFT_KIND, draft, self.clock.now())


async def toggle_supporter(
    conn: aiosqlite.Connection, scope: Scope, person: Participant, idea_id: int, now: datetime
) -> tuple[Idea, bool]:
    """Support a published idea of the person's partnership, or stop; True when supporting.
    Shared with the teams service, which tells partner cities in the same transaction."""
    idea = await scope.idea(conn, person.user_id, idea_id, Want.USE)
    if person.user_id in await ideas_db.supporters(conn, idea_id):
        await ideas_db.remove_supporter(conn, idea_id, person.user_id)
        return idea, False
    await ideas_db.add_supporter(conn, idea_id, person.user_id, now)
    return idea, True
