"""Abuse limits at the door: the flood gate, and messages the bot cannot read."""

from __future__ import annotations

import contextlib

from telegram import Update
from telegram.error import Forbidden
from telegram.ext import ApplicationHandlerStop

from bot.context import BotContext
from bot.handlers import menu
from bot.handlers.common import menu_keyboard
from bot.handlers.gatekeeper import identify_user


async def flood_guard(update: Update, context: BotContext) -> None:
    """Runs before the gatekeeper: a flooding person is warned once, then ignored a while."""
    user = update.effective_user
    if user is None:
        return
    # When it arrived, not when its turn came: one chat's updates are handled one by one.
    inbox = context.bot_data.inbox
    arrived = inbox.arrival(update) if inbox is not None else None
    now = (arrived or context.services.clock.now()).timestamp()
    verdict = context.bot_data.flood.check(user.id, now, press=update.callback_query is not None)
    if verdict.outcome == "ok":
        return
    if verdict.outcome == "warn" and update.effective_chat is not None:
        await identify_user(update, context)
        text = context.t("limits-slow-down", seconds=verdict.wait_seconds)
        with contextlib.suppress(Forbidden):
            # The next step once they have waited: the menu, one tap away.
            await context.bot.send_message(
                update.effective_chat.id, text, reply_markup=menu_keyboard(context)
            )
    raise ApplicationHandlerStop


async def unsupported_message(update: Update, context: BotContext) -> None:
    """Stickers, voice, locations…: say what the bot can read instead of staying silent."""
    await menu.show_main_menu(update, context, "limits-unsupported-message")
