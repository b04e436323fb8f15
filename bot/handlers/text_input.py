"""Routes typed text to the question the person is answering (stored dialog state)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import Any

from telegram import Update

from bot.context import BotContext
from bot.handlers import menu
from bot.handlers.common import user_id

TextInput = Callable[[Update, BotContext, dict[str, object]], Awaitable[None]]


def text_router(
    inputs: Mapping[str, TextInput],
) -> Callable[[Update, BotContext], Coroutine[Any, Any, None]]:
    async def text_message(update: Update, context: BotContext) -> None:
        state = await context.services.dialogs.get(user_id(update))
        handler = inputs.get(state[0]) if state else None
        if state is None or handler is None:
            await menu.unexpected_text(update, context)
            return
        await handler(update, context, state[1])

    return text_message
