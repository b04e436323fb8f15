"""Routes typed text (and sent files) to the question the person is answering."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import Any

from telegram import Update

from bot.context import BotContext
from bot.domain.dialogs import Dialog, decode
from bot.domain.limits import MAX_FILE_MB, MAX_TEXT_INPUT, file_too_big
from bot.handlers import menu
from bot.handlers.common import show, user_id

# A handler keyed by a dialog dataclass gets that dataclass; one keyed by a plain kind string
# gets the stored dict (kinds not yet typed).
TextInput = Callable[[Update, BotContext, Any], Awaitable[None]]
InputKey = str | type[Dialog]


def kind_of(key: InputKey) -> str:
    return key if isinstance(key, str) else key.KIND


def text_router(
    inputs: Mapping[Any, TextInput],
) -> Callable[[Update, BotContext], Coroutine[Any, Any, None]]:
    by_kind = {kind_of(key): (handler, not isinstance(key, str)) for key, handler in inputs.items()}

    async def text_message(update: Update, context: BotContext) -> None:
        message = update.effective_message
        if message is not None and len(message.text or "") > MAX_TEXT_INPUT:
            await show(update, context, context.t("limits-text-too-long", limit=MAX_TEXT_INPUT))
            return
        state = await context.services.dialogs.get(user_id(update))
        found = by_kind.get(state[0]) if state else None
        dialog = decode(*state) if state and found and found[1] else None
        if state is None or found is None or (found[1] and dialog is None):
            await menu.unexpected_text(update, context)
            return
        await found[0](update, context, dialog if found[1] else state[1])

    return text_message


MediaInput = Callable[[Update, BotContext], Awaitable[bool]]


def media_router(
    inputs: Mapping[Any, MediaInput],
) -> Callable[[Update, BotContext], Coroutine[Any, Any, None]]:
    """Photos and files go to whoever asked for one; otherwise say we cannot use them here."""

    async def media_message(update: Update, context: BotContext) -> None:
        message = update.effective_message
        if message is not None and message.document and file_too_big(message.document.file_size):
            await show(update, context, context.t("limits-file-too-big", limit=MAX_FILE_MB))
            return
        state = await context.services.dialogs.get(user_id(update))
        by_kind = {kind_of(key): handler for key, handler in inputs.items()}
        handler = by_kind.get(state[0]) if state else None
        if handler is None or not await handler(update, context):
            await menu.show_main_menu(update, context, "menu-unexpected-file")

    return media_message
