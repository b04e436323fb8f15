"""The command menu Telegram shows: per language, and per chat for what this person's roles
allow (participants are not offered organiser commands)."""

from __future__ import annotations

from telegram import Bot, BotCommand, BotCommandScopeChat

from bot.domain.roles import Actor
from bot.i18n import Translator

# Commands everyone has; their descriptions come from locales (commands-<name>).
PARTICIPANT_COMMANDS = (
    "start",
    "menu",
    "workshops",
    "ideas",
    "team",
    "coach",
    "profile",
    "language",
    "privacy",
    "apply",
    "stories",
    "toolbox",
    "network",
    "consult",
    "room",
    "barcamp",
    "help",
)
# Added for coaches: the teams they look after.
COACH_COMMANDS = ("checkins",)
# Added for organisers (and admins): the organiser tools.
ORGANISER_COMMANDS = ("organise", "broadcast", "matching", "stats", "invite", "checkins")
# Added for admins only.
ADMIN_COMMANDS = ("newpartnership", "calls")


def commands_for(actor: Actor | None) -> tuple[str, ...]:
    """The commands this person can use, participant commands first, each once."""
    names = list(PARTICIPANT_COMMANDS)
    if actor is not None:
        if actor.is_coach:
            names += COACH_COMMANDS
        if actor.is_staff:
            names += ORGANISER_COMMANDS
        if actor.is_admin:
            names += ADMIN_COMMANDS
    return tuple(dict.fromkeys(names))


# For coaches these open "My teams", and their descriptions say so.
COACH_DESCRIBED = frozenset({"team", "coach"})


def command_menu(tr: Translator, language: str, actor: Actor | None = None) -> list[BotCommand]:
    coach = actor is not None and actor.coaches
    return [
        BotCommand(
            name,
            tr.plain(
                language,
                f"commands-{name}-as-coach"
                if coach and name in COACH_DESCRIBED
                else f"commands-{name}",
            ),
        )
        for name in commands_for(actor)
    ]


async def publish_command_menus(bot: Bot, tr: Translator, default_language: str) -> None:
    """One participant menu per language_code, plus the default for clients in other
    languages; a person with a role gets their own per chat (publish_chat_menu)."""
    await bot.set_my_commands(command_menu(tr, default_language))
    for language in tr.languages:
        await bot.set_my_commands(command_menu(tr, language), language_code=language)


async def publish_chat_menu(
    bot: Bot, tr: Translator, chat_id: int, language: str, actor: Actor
) -> None:
    """This person's menu in their language: after a language change or a role granted or
    gone (a /start refreshes it too)."""
    await bot.set_my_commands(command_menu(tr, language, actor), scope=BotCommandScopeChat(chat_id))
