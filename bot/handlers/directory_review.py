"""The contact's answers to the yearly "still correct?": yes, edit, remove my listing."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler

from bot.callback_network import DirectoryReview
from bot.context import BotContext
from bot.domain.roles import PermissionDenied
from bot.handlers import directory_actors
from bot.handlers.common import button_handlers, menu_keyboard, parse_button, show, user_id
from bot.keyboards import directory as kb


async def review_yes_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, DirectoryReview)
    await context.services.directory.review.confirm(user_id(update), pressed.kind, pressed.entry_id)
    await show(update, context, context.t("directory-review-thanks"), menu_keyboard(context))


async def review_edit_button(update: Update, context: BotContext) -> None:
    """An organisation's contact who organises its partnership edits it here; anyone else
    learns who can (the partnership's organisers)."""
    pressed = parse_button(update, DirectoryReview)
    directory = context.services.directory
    await directory.review.check_contact(user_id(update), pressed.kind, pressed.entry_id)
    try:
        draft = await directory.drafts.edit(context.require_actor(), pressed.entry_id)
    except PermissionDenied:
        draft = None
    if pressed.kind != "a" or draft is None:
        await show(update, context, context.t("directory-review-edit-hint"), menu_keyboard(context))
        return
    await directory_actors.show_step(update, context, draft)


async def review_remove_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, DirectoryReview)
    review = context.services.directory.review
    await review.check_contact(user_id(update), pressed.kind, pressed.entry_id)
    keyboard = kb.review_remove_confirm(
        context.services.translator, context.language, pressed.kind, pressed.entry_id
    )
    await show(update, context, context.t("directory-review-remove-ask"), keyboard)


async def review_remove_ok_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, DirectoryReview)
    review = context.services.directory.review
    await review.remove_listing(user_id(update), pressed.kind, pressed.entry_id)
    await show(update, context, context.t("directory-review-removed"), menu_keyboard(context))


REVIEW_BUTTONS = {
    "yes": review_yes_button,
    "edit": review_edit_button,
    "remove": review_remove_button,
    "remove_ok": review_remove_ok_button,
}


def handlers() -> list[BaseHandler]:
    return [*button_handlers(DirectoryReview, REVIEW_BUTTONS)]
