"""/menu, /help, the main menu buttons, and text nobody asked for. A leaf: the screens other
menu items open (profile, language, staff tools) register their own OpenMenu handlers."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import OpenMenu
from bot.context import BotContext
from bot.domain.roles import Actor
from bot.handlers.common import show
from bot.keyboards import menu as kb


async def show_main_menu(
    update: Update, context: BotContext, header_id: str | None = None, *, header: str | None = None
) -> None:
    """The main menu; a header (what just happened, by id or as text) stands above it, so a
    finished flow always ends with the next step."""
    await show(
        update,
        context,
        context.t("menu-main"),
        kb.main_menu(context.services.translator, context.language, context.require_actor()),
        header=context.t(header_id) if header_id is not None else header,
    )


async def menu_command(update: Update, context: BotContext) -> None:
    await show_main_menu(update, context)


async def help_command(update: Update, context: BotContext) -> None:
    """What this person can do: the participant commands, then those of their roles."""
    sections = ["help-text", *help_sections(context.require_actor()), "help-footer"]
    await show(
        update,
        context,
        "\n\n".join(context.t(section) for section in sections),
        kb.back_to_menu(context.services.translator, context.language),
    )


def help_sections(actor: Actor) -> list[str]:
    sections = []
    if actor.is_coach and not actor.is_staff:
        sections.append("help-coach")  # organisers' own list has /checkins already
    if actor.is_staff:
        sections.append("help-organiser")
    if actor.is_admin:
        sections.append("help-admin")
    return sections


async def main_menu_button(update: Update, context: BotContext) -> None:
    await show_main_menu(update, context)


async def menu_help_button(update: Update, context: BotContext) -> None:
    await help_command(update, context)


async def unexpected_text(update: Update, context: BotContext) -> None:
    """Text outside any question: say what the bot can do instead of staying silent."""
    await show_main_menu(update, context, "menu-unexpected-text")


async def unknown_command(update: Update, context: BotContext) -> None:
    """A command nobody handles (a typo, an old one): say so, with the menu."""
    await show_main_menu(update, context, "menu-unknown-command")


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("menu", menu_command),
        CommandHandler("help", help_command),
        CallbackQueryHandler(main_menu_button, pattern=OpenMenu.pattern(action="main")),
        CallbackQueryHandler(menu_help_button, pattern=OpenMenu.pattern(action="help")),
    ]
