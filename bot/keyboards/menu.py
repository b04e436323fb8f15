"""The main menu and the organiser tools."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.callback_data import (
    BroadcastStep,
    CoachStep,
    DraftAction,
    IdeasHome,
    InsightStep,
    InviteStep,
    MatchingStep,
    OpenMenu,
    TeamStep,
    WorkshopList,
    WorkshopManage,
)
from bot.domain.roles import Actor
from bot.i18n import Translator
from bot.keyboards import button, markup


def main_menu(tr: Translator, lang: str, actor: Actor) -> InlineKeyboardMarkup:
    rows = [
        [
            button(tr.plain(lang, "menu-workshops"), WorkshopList(False)),
            button(tr.plain(lang, "menu-ideas"), IdeasHome(0)),
        ],
        [
            button(tr.plain(lang, "menu-team"), TeamStep("show", 0)),
            button(tr.plain(lang, "menu-profile"), OpenMenu("profile")),
        ],
        [
            button(tr.plain(lang, "menu-language"), OpenMenu("language")),
            button(tr.plain(lang, "menu-help"), OpenMenu("help")),
        ],
    ]
    if actor.is_staff:
        rows.append([button(tr.plain(lang, "menu-staff"), OpenMenu("staff"))])
    if actor.is_coach:
        rows.append([button(tr.plain(lang, "menu-my-teams"), CoachStep("teams", 0, 0))])
    return markup(rows)


def back_to_menu(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))]])


def staff_menu(tr: Translator, lang: str, actor: Actor) -> InlineKeyboardMarkup:
    rows = []
    if actor.is_admin:
        rows.append(
            [button(tr.plain(lang, "staff-new-partnership"), DraftAction("start", "-", 0, "-"))]
        )
    rows.append([button(tr.plain(lang, "staff-workshops"), WorkshopManage(0, "list", 0))])
    rows.append([button(tr.plain(lang, "staff-broadcast"), BroadcastStep("new", "-", 0))])
    rows.append([button(tr.plain(lang, "staff-matching"), MatchingStep("home", 0, 0, 0))])
    rows.append([button(tr.plain(lang, "staff-stats"), InsightStep("show", 0))])
    rows.append([button(tr.plain(lang, "staff-invite"), InviteStep(0, "-"))])
    rows.append([button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))])
    return markup(rows)
