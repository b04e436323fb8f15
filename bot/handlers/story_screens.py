"""A story on screen: longer than one message, it is split between blocks (the text itself is
bot/render/story_text.py)."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot.context import BotContext
from bot.handlers.common import show
from bot.telegram.limits import Limits
from bot.telegram.unread import send_text

# Room under Telegram's limit for the entities' markup (the limit counts visible text).
MESSAGE_LIMIT = Limits.text_max - 96


def pack(blocks: list[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Blocks joined into messages under Telegram's limit (a block longer than that is cut
    at a line break)."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        while len(block) > limit:
            cut = block.rfind("\n", 0, limit)
            cut = cut if cut > 0 else limit
            messages, current = _add(messages, current, block[:cut], limit)
            block = block[cut:].lstrip("\n")
        messages, current = _add(messages, current, block, limit)
    if current:
        messages.append(current)
    return messages


def _add(messages: list[str], current: str, block: str, limit: int) -> tuple[list[str], str]:
    joined = f"{current}\n\n{block}" if current else block
    if len(joined) <= limit:
        return messages, joined
    return [*messages, current], block


async def show_long(
    update: Update, context: BotContext, blocks: list[str], keyboard: InlineKeyboardMarkup
) -> None:
    """The first message in place of the pressed one, the rest below; the buttons under the
    last message (where the reader is when they finish reading)."""
    messages = pack(blocks)
    if len(messages) == 1:
        await show(update, context, messages[0], keyboard)
        return
    await show(update, context, messages[0])
    chat = update.effective_chat
    assert chat is not None
    for number, text in enumerate(messages[1:], start=2):
        await send_text(context.bot, chat.id, text, keyboard if number == len(messages) else None)
