"""Published stories for everyone, and publishing them as an organiser."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler

from bot.context import BotContext
from bot.handlers.text_input import InputKey, MediaInput, TextInput


async def open_story(update: Update, context: BotContext, story_id: int) -> None:
    """The deep link `st<id>`: a published story in the reader's language."""
    raise NotImplementedError  # the story reading family builds it


def handlers() -> list[BaseHandler]:
    return []


TEXT_INPUTS: dict[InputKey, TextInput] = {}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}
