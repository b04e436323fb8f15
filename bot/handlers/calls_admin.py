"""Programme calls for administrators: prepare, publish, link and poster, reviewers."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler

from bot.context import BotContext
from bot.handlers.text_input import InputKey, MediaInput, TextInput

TEXT_INPUTS: dict[InputKey, TextInput] = {}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


def handlers() -> list[BaseHandler]:
    return []


async def join_as_reviewer(update: Update, context: BotContext, token: str) -> None:
    """A reviewer's link: become a reviewer of the call, saying which cities one is linked to."""
    raise NotImplementedError
