"""/deleteme: erase everything about the person, after a confirmation."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import ConfirmErase
from bot.context import BotContext
from bot.handlers.common import parse_button, show, user_id
from bot.keyboards import button, markup


async def deleteme_command(update: Update, context: BotContext) -> None:
    keyboard = markup(
        [
            [button(context.label("buttons-yes-delete"), ConfirmErase(True))],
            [button(context.label("buttons-cancel"), ConfirmErase(False))],
        ]
    )
    await show(update, context, context.t("privacy-delete-confirm"), keyboard)


async def erase_button(update: Update, context: BotContext) -> None:
    if not parse_button(update, ConfirmErase).confirm:
        await show(update, context, context.t("privacy-delete-kept"))
        return
    await context.services.privacy.erase(user_id(update))
    await show(update, context, context.t("privacy-deleted"))


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("deleteme", deleteme_command),
        CallbackQueryHandler(erase_button, pattern=ConfirmErase.pattern()),
    ]
