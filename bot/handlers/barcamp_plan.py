"""A BarCamp's plan: build, move / swap / lock / merge, announce; a person's sessions."""

from __future__ import annotations

from telegram.ext import BaseHandler

from bot.handlers.text_input import InputKey, MediaInput, TextInput

TEXT_INPUTS: dict[InputKey, TextInput] = {}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


def handlers() -> list[BaseHandler]:
    return []
