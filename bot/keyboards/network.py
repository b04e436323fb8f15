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
    NetworkStaffStep,
    NetworkStats,
    NetworkStatsExport,
    NewsletterHome,
)
from bot.domain.roles import Actor
from bot.i18n import Translator
from bot.keyboards import button, fit_into, markup


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
        rows.append([button(tr.plain(lang, "network-staff-button"), NetworkStaffStep("list", 0))])
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


def staff_keyboard(tr: Translator, lang: str, staff: list[tuple[int, str]]) -> InlineKeyboardMarkup:
    """A new invitation link, one "remove" per person (their name cut to fit), back."""

    def remove(name: str) -> str:
        return tr.plain(lang, "network-staff-remove-button", name=name)

    rows = [[button(tr.plain(lang, "network-staff-invite-button"), NetworkStaffStep("invite", 0))]]
    rows += [
        [button(fit_into(remove, name), NetworkStaffStep("remove", uid))] for uid, name in staff
    ]
    rows.append([button(tr.plain(lang, "buttons-back"), NetworkHome())])
    return markup(rows)


def back_to_staff(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "buttons-back"), NetworkStaffStep("list", 0))]])


def remove_staff_keyboard(tr: Translator, lang: str, user_id: int) -> InlineKeyboardMarkup:
    """Yes (the person loses the office's tools) or cancel (nothing changes)."""
    return markup(
        [
            [
                button(
                    tr.plain(lang, "network-staff-remove-yes"),
                    NetworkStaffStep("remove_ok", user_id),
                ),
                button(tr.plain(lang, "buttons-cancel"), NetworkStaffStep("list", 0)),
            ]
        ]
    )
