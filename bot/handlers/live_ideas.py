"""Posting to the live wall, the event's ideas with +1, and the room moderators' queue."""

from __future__ import annotations

from telegram.ext import BaseHandler

from bot.handlers.text_input import InputKey, MediaInput, TextInput

TEXT_INPUTS: dict[InputKey, TextInput] = {}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


def handlers() -> list[BaseHandler]:
    return []
