"""Routes typed text (and sent files) to the question the person is answering."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import Any

from telegram import Update

from bot.context import BotContext
from bot.domain.limits import MAX_FILE_MB, MAX_TEXT_INPUT, file_too_big
from bot.handlers import menu
from bot.handlers.common import show, user_id

TextInput = Callable[[Update, BotContext, dict[str, object]], Awaitable[None]]


def text_router(
    inputs: Mapping[str, TextInput],
) -> Callable[[Update, BotContext], Coroutine[Any, Any, None]]:
    async def text_message(update: Update, context: BotContext) -> None:
        message = update.effective_message
        if message is not None and len(message.text or "") > MAX_TEXT_INPUT:
            await show(update, context, context.t("limits-text-too-long", limit=MAX_TEXT_INPUT))
            return
        state = await context.services.dialogs.get(user_id(update))
        handler = inputs.get(state[0]) if state else None
        if state is None or handler is None:
            await menu.unexpected_text(update, context)
            return
        await handler(update, context, state[1])

    return text_message


MediaInput = Callable[[Update, BotContext], Awaitable[bool]]


def media_router(
    inputs: Mapping[str, MediaInput],
) -> Callable[[Update, BotContext], Coroutine[Any, Any, None]]:
    """Photos and files go to whoever asked for one; otherwise say we cannot use them here."""

    async def media_message(update: Update, context: BotContext) -> None:
        message = update.effective_message
        if message is not None and message.document and file_too_big(message.document.file_size):
            await show(update, context, context.t("limits-file-too-big", limit=MAX_FILE_MB))
            return
        state = await context.services.dialogs.get(user_id(update))
        handler = inputs.get(state[0]) if state else None
        if handler is None or not await handler(update, context):
            await show(update, context, context.t("menu-unexpected-file"))

    return media_message
