"""Sending and editing a message whose result nobody reads.

python-telegram-bot builds a `Message` (with its chat, sender and every keyboard button) from
each sendMessage/editMessageText answer: about a fifth of the CPU an update costs here. Our
screens never look at that answer, so these ask for the raw result and drop it. The request is
the one `Bot.send_message`/`edit_message_text` would make: the same Defaults (parse mode) fill
the same parameters, the same rate limiter and error classes apply.
"""

from __future__ import annotations

import warnings

from telegram import Bot, InlineKeyboardMarkup
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram.warnings import PTBUserWarning


def quiet_warnings() -> None:
    """do_api_request is PTB's public way to get the raw answer; it warns that the named
    methods exist. Those two warnings only (called where the Application is built)."""
    warnings.filterwarnings(
        "ignore",
        message=r"Please use 'Bot\.(sendMessage|editMessageText)'",
        category=PTBUserWarning,
    )


# What send_message/edit_message_text pass as "the Defaults decide" (DefaultValue placeholders,
# replaced by ExtBot from Defaults or dropped when unset).
_DEFAULTED = {"parse_mode": DEFAULT_NONE, "link_preview_options": DEFAULT_NONE}
_SEND_DEFAULTED = {
    **_DEFAULTED,
    "disable_notification": DEFAULT_NONE,
    "protect_content": DEFAULT_NONE,
}


async def send_text(
    bot: Bot, chat_id: int, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> int:
    """`bot.send_message(chat_id, text, reply_markup=...)` without building a Message from
    the answer; only the new message's id is read from it."""
    result = await bot.do_api_request(
        "sendMessage",
        api_kwargs={
            "chat_id": chat_id,
            "text": text,
            "reply_markup": reply_markup,
            **_SEND_DEFAULTED,
        },
    )
    return int(result["message_id"]) if isinstance(result, dict) else 0


async def edit_text(
    bot: Bot,
    chat_id: int,
    message_id: int,
    text: str,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> None:
    """`bot.edit_message_text(text, chat_id, message_id, reply_markup=...)` without parsing."""
    await bot.do_api_request(
        "editMessageText",
        api_kwargs={
            "chat_id": chat_id,
            "message_id": message_id,
            "text": text,
            "reply_markup": reply_markup,
            **_DEFAULTED,
        },
    )
