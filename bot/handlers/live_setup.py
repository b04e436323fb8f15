"""The live wall for organisers (workshop card → Live wall) and checking in to a room (/room CODE,
?start=room-CODE): the room screen."""

from __future__ import annotations

from telegram.ext import BaseHandler

from bot.handlers.text_input import InputKey, MediaInput, TextInput

TEXT_INPUTS: dict[InputKey, TextInput] = {}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


def handlers() -> list[BaseHandler]:
    return []
