"""Posting to the live wall, the event's ideas with +1, and the room moderators' queue."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_event import (
    LiveBrowse,
    LiveModerate,
    LiveModStep,
    LiveOriginal,
    LivePost,
    LiveVote,
)
from bot.context import BotContext
from bot.domain.event_dialogs import LiveCorrectionInput, LiveHideReasonInput
from bot.handlers.common import button_handlers, drop_keyboard, parse_button, show, user_id
from bot.handlers.idea_drafts import draft_screen
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.keyboards import live_ideas as kb
from bot.render import live_ideas as render
from bot.services.live_ideas import IdeaList
from bot.services.live_moderation import ModerationView


# ------------------------------------------------------------------ posting and +1
async def live_post_button(update: Update, context: BotContext) -> None:
    """The idea flow, for this room's wall (its workshop and the session's themes set)."""
    room = parse_button(update, LivePost).room_id
    draft = await context.services.live_ideas.start_post(user_id(update), room)
    await draft_screen(update, context, draft)


async def live_browse_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, LiveBrowse)
    listing = await context.services.live_ideas.browse(user_id(update), step.room_id, step.page)
    await show_list(update, context, listing)


async def live_plus_button(update: Update, context: BotContext) -> None:
    vote = parse_button(update, LiveVote)
    live = context.services.live_ideas
    listing = await live.plus(user_id(update), vote.room_id, vote.idea_id, vote.page)
    await show_list(update, context, listing)


async def live_undo_button(update: Update, context: BotContext) -> None:
    vote = parse_button(update, LiveVote)
    live = context.services.live_ideas
    listing = await live.undo(user_id(update), vote.room_id, vote.idea_id, vote.page)
    await show_list(update, context, listing)


async def live_original_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, LiveOriginal)
    at, idea = await context.services.live_ideas.original(
        user_id(update), step.room_id, step.idea_id
    )
    tr, lang = context.services.translator, context.language
    await show(
        update,
        context,
        render.original(tr, lang, at, idea),
        kb.original_back(tr, lang, step.room_id, step.page),
    )


async def show_list(update: Update, context: BotContext, listing: IdeaList) -> None:
    tr, lang = context.services.translator, context.language
    await show(
        update, context, render.idea_list(tr, lang, listing), kb.idea_list(tr, lang, listing)
    )


# ------------------------------------------------------------------ moderation
async def live_moderate_button(update: Update, context: BotContext) -> None:
    room = parse_button(update, LiveModerate).room_id
    await show_queue(
        update, context, await context.services.live_ideas.moderation(user_id(update), room)
    )


async def show_queue(
    update: Update, context: BotContext, view: ModerationView, done: str = "", *, new: bool = False
) -> None:
    tr, lang = context.services.translator, context.language
    header = context.t(done) if done else None
    text = render.moderation(tr, lang, view)
    await show(update, context, text, kb.moderation(tr, lang, view), header=header, new_message=new)


async def live_mod_idea_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, LiveModStep)
    found = await context.services.live_ideas.moderated_idea(
        user_id(update), step.room_id, step.idea_id
    )
    tr, lang = context.services.translator, context.language
    await show(
        update, context, render.moderated_idea(tr, lang, found), kb.moderated_idea(tr, lang, found)
    )


async def live_mod_approve_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, LiveModStep)
    view = await context.services.live_ideas.approve(user_id(update), step.room_id, step.idea_id)
    await show_queue(update, context, view, "live-ideas-done-approve")


async def live_mod_hide_button(update: Update, context: BotContext) -> None:
    """The reasons to pick from (or type one)."""
    step = parse_button(update, LiveModStep)
    found = await context.services.live_ideas.moderated_idea(
        user_id(update), step.room_id, step.idea_id
    )
    tr, lang = context.services.translator, context.language
    text = context.t("live-ideas-hide-ask", title=found.idea.original.title)
    await show(update, context, text, kb.hide_reasons(tr, lang, step.room_id, step.idea_id))


async def live_mod_reason_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, LiveModStep)
    live = context.services.live_ideas
    view = await live.hide(user_id(update), step.room_id, step.idea_id, step.value)
    await show_queue(update, context, view, "live-ideas-done-hide")


async def live_mod_own_reason_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, LiveModStep)
    found = await context.services.live_ideas.moderated_idea(
        user_id(update), step.room_id, step.idea_id
    )
    tr, lang = context.services.translator, context.language
    text = context.t("live-ideas-reason-ask", title=found.idea.original.title)
    prompt = await show(
        update, context, text, kb.back_to_idea(tr, lang, step.room_id, step.idea_id)
    )
    asked = LiveHideReasonInput(step.room_id, step.idea_id, prompt)
    await context.services.dialogs.start(user_id(update), asked)


async def live_mod_restore_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, LiveModStep)
    view = await context.services.live_ideas.restore(user_id(update), step.room_id, step.idea_id)
    await show_queue(update, context, view, "live-ideas-done-restore")


async def live_mod_merge_button(update: Update, context: BotContext) -> None:
    """The shown ideas of the event the duplicate may join."""
    step = parse_button(update, LiveModStep)
    found = await context.services.live_ideas.moderated_idea(
        user_id(update), step.room_id, step.idea_id
    )
    tr, lang = context.services.translator, context.language
    await show(
        update, context, render.merge_choice(tr, lang, found), kb.merge_targets(tr, lang, found)
    )


async def live_mod_into_button(update: Update, context: BotContext) -> None:
    """Merging cannot be undone: ask first."""
    step = parse_button(update, LiveModStep)
    live, uid = context.services.live_ideas, user_id(update)
    found, target = await live.merge_preview(uid, step.room_id, step.idea_id, step.value)
    tr, lang = context.services.translator, context.language
    keyboard = kb.merge_confirm(tr, lang, step.room_id, step.idea_id, target.id)
    await show(update, context, render.merge_confirm(tr, lang, found, target), keyboard)


async def live_mod_merge_ok_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, LiveModStep)
    live = context.services.live_ideas
    view = await live.merge(user_id(update), step.room_id, step.idea_id, step.value)
    await show_queue(update, context, view, "live-ideas-done-merge")


async def live_mod_correct_button(update: Update, context: BotContext) -> None:
    """A better translation into the room's language: the title first."""
    step = parse_button(update, LiveModStep)
    live, uid = context.services.live_ideas, user_id(update)
    found = await live.correctable(uid, step.room_id, step.idea_id)
    tr, lang = context.services.translator, context.language
    text = render.correction_ask(tr, lang, found, "title")
    prompt = await show(
        update, context, text, kb.back_to_idea(tr, lang, step.room_id, step.idea_id)
    )
    await context.services.dialogs.start(
        uid, LiveCorrectionInput(step.room_id, step.idea_id, "", prompt)
    )


# ------------------------------------------------------------------ typed text
async def hide_reason_text(update: Update, context: BotContext, asked: LiveHideReasonInput) -> None:
    """A reason that is too long is refused as a reply; the question stays."""
    assert update.message is not None and update.message.text is not None
    uid, live = user_id(update), context.services.live_ideas
    view = await live.hide_typed(uid, asked.room_id, asked.idea_id, update.message.text)
    await context.services.dialogs.clear(uid)
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show_queue(update, context, view, "live-ideas-done-hide", new=True)


async def correction_text(update: Update, context: BotContext, asked: LiveCorrectionInput) -> None:
    assert update.message is not None and update.message.text is not None
    uid, live, typed = user_id(update), context.services.live_ideas, update.message.text
    if asked.title:
        view = await live.correct(uid, asked.room_id, asked.idea_id, asked.title, typed)
        await context.services.dialogs.clear(uid)
        await drop_keyboard(update, context, asked.prompt_message_id)
        await show_queue(update, context, view, "live-ideas-done-correct", new=True)
        return
    found, title = await live.corrected_title(uid, asked.room_id, asked.idea_id, typed)
    await drop_keyboard(update, context, asked.prompt_message_id)
    tr, lang = context.services.translator, context.language
    text = render.correction_ask(tr, lang, found, "description")
    prompt = await show(
        update, context, text, kb.back_to_idea(tr, lang, asked.room_id, asked.idea_id)
    )
    await context.services.dialogs.start(uid, replace(asked, title=title, prompt_message_id=prompt))


# One callback per button action (LiveVote.action, LiveModStep.action).
VOTE_BUTTONS = {"plus": live_plus_button, "undo": live_undo_button}
MODERATOR_BUTTONS = {
    "idea": live_mod_idea_button,
    "approve": live_mod_approve_button,
    "hide": live_mod_hide_button,
    "reason": live_mod_reason_button,
    "own_reason": live_mod_own_reason_button,
    "restore": live_mod_restore_button,
    "merge": live_mod_merge_button,
    "into": live_mod_into_button,
    "merge_ok": live_mod_merge_ok_button,
    "correct": live_mod_correct_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(live_post_button, pattern=LivePost.pattern()),
        CallbackQueryHandler(live_browse_button, pattern=LiveBrowse.pattern()),
        CallbackQueryHandler(live_original_button, pattern=LiveOriginal.pattern()),
        CallbackQueryHandler(live_moderate_button, pattern=LiveModerate.pattern()),
        *button_handlers(LiveVote, VOTE_BUTTONS),
        *button_handlers(LiveModStep, MODERATOR_BUTTONS),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    LiveHideReasonInput: hide_reason_text,
    LiveCorrectionInput: correction_text,
}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}
