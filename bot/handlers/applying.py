"""Applying to a call in chat: answers saved as typed, the partner city, documents, submission."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler

from bot.context import BotContext
from bot.handlers.text_input import InputKey, MediaInput, TextInput

TEXT_INPUTS: dict[InputKey, TextInput] = {}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


def handlers() -> list[BaseHandler]:
    return []


async def open_call(update: Update, context: BotContext, call_id: int) -> None:
    """The call's page (from its link or /apply): what it asks, until when, and "Apply"."""
    raise NotImplementedError


async def join_as_partner(update: Update, context: BotContext, token: str) -> None:
    """The partner city's link: join the joint application and answer in one's own language."""
    raise NotImplementedError
