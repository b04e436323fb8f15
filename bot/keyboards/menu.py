"""The main menu (the organiser tools are in bot.keyboards.organiser)."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.callback_data import (
    CoachStep,
    IdeasHome,
    OpenMenu,
    TeamStep,
    WorkshopList,
)
from bot.callback_network import NetworkHome
from bot.callback_toolbox import StoriesHome, ToolboxHome
from bot.domain.roles import Actor
from bot.i18n import Translator
from bot.keyboards import button, markup


def main_menu(tr: Translator, lang: str, actor: Actor) -> InlineKeyboardMarkup:
    # Two buttons to a row where both labels fit a phone in every language; the toolbox's
    # name is too long for half a row in German and the Slavic languages, and "📖 Geschichten"
    # was cut off at half the width of a short message's bubble.
    rows = [
        [
            button(tr.plain(lang, "menu-workshops"), WorkshopList(False)),
            button(tr.plain(lang, "menu-ideas"), IdeasHome(0)),
        ],
        [
            button(tr.plain(lang, "menu-team"), TeamStep("show", 0)),
            button(tr.plain(lang, "menu-network"), NetworkHome()),
        ],
        [button(tr.plain(lang, "menu-stories"), StoriesHome())],
        [button(tr.plain(lang, "toolbox-menu-button"), ToolboxHome())],
        [
            button(tr.plain(lang, "menu-profile"), OpenMenu("profile")),
            button(tr.plain(lang, "menu-language"), OpenMenu("language")),
        ],
        [button(tr.plain(lang, "menu-help"), OpenMenu("help"))],
    ]
    if actor.is_staff:
        rows.append([button(tr.plain(lang, "menu-staff"), OpenMenu("staff"))])
    if actor.is_coach:
        rows.append([button(tr.plain(lang, "menu-my-teams"), CoachStep("teams", 0, 0))])
    return markup(rows)


def back_to_menu(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))]])
