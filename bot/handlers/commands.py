"""The command menu Telegram shows, per language."""

from __future__ import annotations

from telegram import Bot, BotCommand

from bot.i18n import Translator

# Commands every user sees; their descriptions come from locales (commands-<name>).
PUBLIC_COMMANDS = (
    "start",
    "menu",
    "workshops",
    "ideas",
    "team",
    "coach",
    "profile",
    "language",
    "privacy",
    "help",
)


def command_menu(tr: Translator, language: str) -> list[BotCommand]:
    return [BotCommand(name, tr.plain(language, f"commands-{name}")) for name in PUBLIC_COMMANDS]


async def publish_command_menus(bot: Bot, tr: Translator, default_language: str) -> None:
    """One menu per language_code, plus the default for clients in other languages."""
    await bot.set_my_commands(command_menu(tr, default_language))
    for language in tr.languages:
        await bot.set_my_commands(command_menu(tr, language), language_code=language)
