"""Keyboards of the live wall's people and moderators: the event's ideas with +1, an idea's
original, the moderator's queue and steps. Ideas are picked by their number in the text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from telegram import InlineKeyboardMarkup

from bot.callback_event import (
    LiveBrowse,
    LiveModAction,
    LiveModerate,
    LiveModStep,
    LiveOriginal,
    LiveRoomHome,
    LiveVote,
    LiveVoteAction,
)
from bot.domain.ideas import Idea
from bot.i18n import Translator
from bot.keyboards import Row, button, markup, rows_of
from bot.services.live_ideas import IdeaList
from bot.services.live_moderation import HIDE_REASONS, ModeratedIdea, ModerationView

NUMBERS_PER_ROW = 5  # "#12" fits the budget of five buttons in a row
# What a moderator may do to an idea of their room, by its place on the walls.
IDEA_ACTIONS: dict[str, tuple[LiveModAction, ...]] = {
    "waiting": ("approve", "hide"),
    "shown": ("hide", "merge"),
    "hidden": ("restore",),
}


def _room_back(tr: Translator, lang: str, room_id: int) -> Row:
    return [button(tr.plain(lang, "live-ideas-back-room"), LiveRoomHome(room_id))]


def idea_list(tr: Translator, lang: str, listing: IdeaList) -> InlineKeyboardMarkup:
    """Per idea: +1 (or taking it back; not on one's own) and its original when translated."""
    room_id, page = listing.at.room.id, listing.page
    rows: list[Row] = []
    for item in listing.ideas:
        row: Row = []
        if not item.own:
            action: LiveVoteAction = "undo" if item.mine else "plus"
            label = tr.plain(lang, f"live-ideas-{action}", number=item.number)
            row.append(button(label, LiveVote(action, room_id, item.idea.id, page)))
        if item.shown.translated:
            label = tr.plain(lang, "live-ideas-original", number=item.number)
            row.append(button(label, LiveOriginal(room_id, item.idea.id, page)))
        rows.append(row)
    pages: Row = []
    if page > 0:
        pages.append(button(tr.plain(lang, "live-ideas-page-back"), LiveBrowse(room_id, page - 1)))
    if page + 1 < listing.pages:
        pages.append(button(tr.plain(lang, "live-ideas-page-next"), LiveBrowse(room_id, page + 1)))
    rows.append(pages)
    rows.append(_room_back(tr, lang, room_id))
    return markup(rows)


def original_back(tr: Translator, lang: str, room_id: int, page: int) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "live-ideas-back-list"), LiveBrowse(room_id, page))]])


def _numbered(ideas: Sequence[Idea], step: Callable[[Idea], LiveModStep]) -> list[Row]:
    """One "#n" button per idea (numbered as in the text)."""
    buttons = [button(f"#{n}", step(i)) for n, i in enumerate(ideas, start=1)]
    return rows_of(buttons, NUMBERS_PER_ROW)


def moderation(tr: Translator, lang: str, view: ModerationView) -> InlineKeyboardMarkup:
    """Every idea of the screen by its number, then refresh and back to the room."""
    room_id = view.at.room.id
    listed = [*view.waiting, *view.shown, *view.hidden, *view.others]
    rows = _numbered(listed, lambda i: LiveModStep("idea", room_id, i.id, 0))
    rows.append([button(tr.plain(lang, "live-ideas-refresh"), LiveModerate(room_id))])
    rows.append(_room_back(tr, lang, room_id))
    return markup(rows)


def _step(tr: Translator, lang: str, label: str, step: LiveModStep) -> Row:
    return [button(tr.plain(lang, label), step)]


def moderated_idea(tr: Translator, lang: str, found: ModeratedIdea) -> InlineKeyboardMarkup:
    """What may be done to the idea as it stands; back to the queue."""
    room_id, idea_id = found.at.room.id, found.idea.id
    status = found.entry.status.value if found.own_room else "other"
    rows = [
        _step(tr, lang, f"live-ideas-do-{a}", LiveModStep(a, room_id, idea_id, 0))
        for a in IDEA_ACTIONS.get(status, ())
    ]
    if found.correctable:
        rows.append(
            _step(tr, lang, "live-ideas-do-correct", LiveModStep("correct", room_id, idea_id, 0))
        )
    rows.append([button(tr.plain(lang, "live-ideas-back-queue"), LiveModerate(room_id))])
    return markup(rows)


def hide_reasons(tr: Translator, lang: str, room_id: int, idea_id: int) -> InlineKeyboardMarkup:
    rows = [
        _step(tr, lang, f"live-ideas-reason-{n}", LiveModStep("reason", room_id, idea_id, n))
        for n in HIDE_REASONS
    ]
    rows.append(
        _step(tr, lang, "live-ideas-reason-own", LiveModStep("own_reason", room_id, idea_id, 0))
    )
    rows.append(_step(tr, lang, "buttons-back", LiveModStep("idea", room_id, idea_id, 0)))
    return markup(rows)


def merge_targets(tr: Translator, lang: str, found: ModeratedIdea) -> InlineKeyboardMarkup:
    room_id, idea_id = found.at.room.id, found.idea.id
    rows = _numbered(found.targets, lambda i: LiveModStep("into", room_id, idea_id, i.id))
    rows.append(_step(tr, lang, "buttons-back", LiveModStep("idea", room_id, idea_id, 0)))
    return markup(rows)


def merge_confirm(
    tr: Translator, lang: str, room_id: int, idea_id: int, target_id: int
) -> InlineKeyboardMarkup:
    return markup(
        [
            _step(
                tr,
                lang,
                "live-ideas-do-merge-ok",
                LiveModStep("merge_ok", room_id, idea_id, target_id),
            ),
            _step(tr, lang, "buttons-cancel", LiveModStep("idea", room_id, idea_id, 0)),
        ]
    )


def back_to_idea(tr: Translator, lang: str, room_id: int, idea_id: int) -> InlineKeyboardMarkup:
    """Under a typed question (a reason, a correction): back to the idea, nothing changed."""
    return markup([_step(tr, lang, "buttons-back", LiveModStep("idea", room_id, idea_id, 0))])
