"""The idea exchange (/exchange): offers and needs, "I'm interested", introductions."""

from __future__ import annotations

from telegram.ext import BaseHandler

from bot.handlers.text_input import InputKey, MediaInput, TextInput

TEXT_INPUTS: dict[InputKey, TextInput] = {}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


def handlers() -> list[BaseHandler]:
    return []
