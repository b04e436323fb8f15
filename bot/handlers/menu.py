"""/menu, /help, the main menu buttons, and text nobody asked for."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import OpenMenu
from bot.context import BotContext
from bot.handlers.common import parse_button, show
from bot.keyboards import menu as kb


async def show_main_menu(update: Update, context: BotContext, header_id: str | None = None) -> None:
    text = context.t("menu-main")
    if header_id is not None:
        text = context.t(header_id) + "\n\n" + text
    await show(
        update,
        context,
        text,
        kb.main_menu(context.services.translator, context.language, context.require_actor()),
    )


async def ensure_onboarded(update: Update, context: BotContext) -> bool:
    """Send people who have not finished onboarding back to the step they left."""
    participant = context.participant
    if participant is not None and participant.is_onboarded:
        return True
    # Imported here: onboarding renders menus, so the modules refer to each other.
    from bot.handlers import onboarding

    if participant is None:
        await onboarding.ask_language(update, context, "onboarding-welcome")
    else:
        await show(update, context, context.t("onboarding-finish-first"), new_message=True)
        await onboarding.continue_onboarding(update, context, participant)
    return False


async def menu_command(update: Update, context: BotContext) -> None:
    if await ensure_onboarded(update, context):
        await show_main_menu(update, context)


async def help_command(update: Update, context: BotContext) -> None:
    await show(
        update,
        context,
        context.t("help-text"),
        kb.back_to_menu(context.services.translator, context.language),
    )


async def menu_button(update: Update, context: BotContext) -> None:
    item = parse_button(update, OpenMenu).item
    if item == "help":
        await help_command(update, context)
        return
    if not await ensure_onboarded(update, context):
        return
    from bot.handlers import admin, onboarding, profile

    screens = {
        "main": lambda: show_main_menu(update, context),
        "profile": lambda: profile.show_profile(update, context),
        "language": lambda: onboarding.ask_language(update, context, "language-choose"),
        "staff": lambda: admin.show_staff_menu(update, context),
    }
    await screens.get(item, lambda: show_main_menu(update, context))()


async def unexpected_text(update: Update, context: BotContext) -> None:
    """Text outside any question: say what the bot can do instead of staying silent."""
    if await ensure_onboarded(update, context):
        await show_main_menu(update, context, "menu-unexpected-text")


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("menu", menu_command),
        CommandHandler("help", help_command),
        CallbackQueryHandler(menu_button, pattern=OpenMenu.pattern()),
    ]
