"""The network home's keyboard: what everyone can reach, then the network office's tools."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.callback_data import OpenMenu
from bot.callback_network import (
    CalendarHome,
    ConsultHome,
    DirectoryHome,
    ExchangeHome,
    HostHome,
    NetworkHome,
    NetworkStats,
    NetworkStatsExport,
    NewsletterHome,
)
from bot.domain.roles import Actor
from bot.i18n import Translator
from bot.keyboards import button, markup


def network_home(tr: Translator, lang: str, actor: Actor | None) -> InlineKeyboardMarkup:
    """One button to a row: the labels are long in German and the Slavic languages."""
    rows = [
        [button(tr.plain(lang, "network-consult-button"), ConsultHome())],
        [button(tr.plain(lang, "network-directory-button"), DirectoryHome())],
        [button(tr.plain(lang, "network-exchange-button"), ExchangeHome())],
        [button(tr.plain(lang, "network-calendar-button"), CalendarHome())],
    ]
    if actor is not None and (actor.in_network_office or actor.coaches):
        rows.append([button(tr.plain(lang, "network-hosting-button"), HostHome())])
    if actor is not None and actor.in_network_office:
        rows.append([button(tr.plain(lang, "network-newsletter-button"), NewsletterHome())])
        rows.append([button(tr.plain(lang, "network-stats-button"), NetworkStats())])
    rows.append([button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))])
    return markup(rows)


def stats_keyboard(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    """Under the roll-up: the spreadsheet, then back to the network home."""
    return markup(
        [
            [button(tr.plain(lang, "network-stats-export-button"), NetworkStatsExport())],
            [button(tr.plain(lang, "buttons-back"), NetworkHome())],
        ]
    )
