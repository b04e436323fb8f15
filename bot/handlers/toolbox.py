"""The toolbox for readers: /toolbox, search, entries, inline mode."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler

from bot.context import BotContext
from bot.handlers.text_input import InputKey, MediaInput, TextInput


async def open_entry(update: Update, context: BotContext, entry_id: int) -> None:
    """The deep link `tb<id>` (an inline card shared into a chat): the entry's page."""
    raise NotImplementedError  # the toolbox reading family builds it


def handlers() -> list[BaseHandler]:
    return []


TEXT_INPUTS: dict[InputKey, TextInput] = {}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}
