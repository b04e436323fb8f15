"""A workshop's BarCamp: the organiser's setup and phases; proposing, interest and notes."""

from __future__ import annotations

from telegram.ext import BaseHandler

from bot.handlers.text_input import InputKey, MediaInput, TextInput

TEXT_INPUTS: dict[InputKey, TextInput] = {}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


def handlers() -> list[BaseHandler]:
    return []
