"""The network home (/network and the main menu's "🌐 Network"), staff tools: staff
invitations, partnership profiles, roll-up statistics."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_network import NetworkHome
from bot.context import BotContext
from bot.handlers.common import show, user_id
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.keyboards.network import network_home


async def network_command(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_home(update, context)


async def home_button(update: Update, context: BotContext) -> None:
    await show_home(update, context)


async def show_home(update: Update, context: BotContext, header: str | None = None) -> None:
    """What the network offers everyone, and the office's tools for its staff."""
    tr, lang = context.services.translator, context.language
    keyboard = network_home(tr, lang, context.actor)
    await show(update, context, context.t("network-home"), keyboard, header=header)


# ------------------------------------------------------------------ network family's screens


TEXT_INPUTS: dict[InputKey, TextInput] = {}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("network", network_command),
        CallbackQueryHandler(home_button, pattern=NetworkHome.pattern()),
    ]
