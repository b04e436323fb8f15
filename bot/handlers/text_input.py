"""Routes typed text (and sent files) to the question the person is answering."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Coroutine, Mapping
from typing import Any

from telegram import Update

from bot.context import BotContext
from bot.domain.dialogs import Dialog
from bot.domain.limits import MAX_FILE_MB, MAX_TEXT_INPUT, file_too_big
from bot.handlers import menu
from bot.handlers.common import show, user_id

# Each handler is keyed by its dialog's dataclass and gets the person's state as that class.
TextInput = Callable[[Update, BotContext, Any], Awaitable[None]]
InputKey = type[Dialog]


def kind_of(key: InputKey) -> str:
    return key.KIND


def text_router(
    inputs: Mapping[Any, TextInput],
) -> Callable[[Update, BotContext], Coroutine[Any, Any, None]]:
    async def text_message(update: Update, context: BotContext) -> None:
        message = update.effective_message
        if message is not None and len(message.text or "") > MAX_TEXT_INPUT:
            await show(update, context, context.t("limits-text-too-long", limit=MAX_TEXT_INPUT))
            return
        dialog = await context.services.dialogs.current(user_id(update))
        handler = inputs.get(type(dialog)) if dialog is not None else None
        if handler is None:
            await menu.unexpected_text(update, context)
            return
        await handler(update, context, dialog)

    return text_message


MediaInput = Callable[[Update, BotContext], Awaitable[bool]]


def media_router(
    inputs: Mapping[Any, MediaInput],
    own_limits: Collection[Any] = (),
) -> Callable[[Update, BotContext], Coroutine[Any, Any, None]]:
    """Photos and files go to whoever asked for one; otherwise say we cannot use them here.
    Dialogs in `own_limits` refuse big files themselves (naming their own, smaller limit)."""

    async def media_message(update: Update, context: BotContext) -> None:
        message = update.effective_message
        dialog = await context.services.dialogs.current(user_id(update))
        too_big = (
            message is not None and message.document and file_too_big(message.document.file_size)
        )
        if too_big and type(dialog) not in own_limits:
            await show(update, context, context.t("limits-file-too-big", limit=MAX_FILE_MB))
            return
        handler = inputs.get(type(dialog)) if dialog is not None else None
        if handler is None or not await handler(update, context):
            await menu.show_main_menu(update, context, "menu-unexpected-file")

    return media_message
