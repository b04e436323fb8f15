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
    PartnershipProfileCard,
    ProfileAction,
    ProfileConsent,
    ProfileContact,
    ProfileCountry,
    ProfileStep,
    ProfileTopic,
)
from bot.domain.network import FOCUS_COUNTRIES, NETWORK_TOPICS
from bot.domain.roles import Actor
from bot.i18n import Translator
from bot.keyboards import button, checked, fit_into, markup


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
    if actor is not None and actor.organises():
        rows.append([button(tr.plain(lang, "network-profile-button"), PartnershipProfileCard(0))])
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


def profile_keyboard(
    tr: Translator, lang: str, partnership_id: int, has_contact: bool
) -> InlineKeyboardMarkup:
    """What an organiser edits on the profile card; back to the network home."""
    actions: list[ProfileAction] = ["countries", "topics", "since", "contact"]
    if has_contact:
        actions.append("unlist")
    rows = [
        [button(tr.plain(lang, f"network-profile-{a}-button"), ProfileStep(partnership_id, a))]
        for a in actions
    ]
    rows.append([button(tr.plain(lang, "buttons-back"), NetworkHome())])
    return markup(rows)


def countries_keyboard(
    tr: Translator, lang: str, partnership_id: int, chosen: tuple[str, ...], names: dict[str, str]
) -> InlineKeyboardMarkup:
    """The focus countries and any typed ones as toggles (✅ chosen), typing a code, done."""
    codes = [*FOCUS_COUNTRIES, *(c for c in chosen if c not in FOCUS_COUNTRIES)]
    rows = [
        [button(checked(c in chosen, names[c]), ProfileCountry(partnership_id, c))] for c in codes
    ]
    code = ProfileStep(partnership_id, "code")
    rows.append([button(tr.plain(lang, "network-profile-code-button"), code)])
    rows.append([button(tr.plain(lang, "buttons-done"), PartnershipProfileCard(partnership_id))])
    return markup(rows)


def topics_keyboard(
    tr: Translator, lang: str, partnership_id: int, chosen: tuple[str, ...]
) -> InlineKeyboardMarkup:
    rows = [
        [
            button(
                checked(t in chosen, tr.plain(lang, f"network-topic-{t}")),
                ProfileTopic(partnership_id, t),
            )
        ]
        for t in NETWORK_TOPICS
    ]
    rows.append([button(tr.plain(lang, "buttons-done"), PartnershipProfileCard(partnership_id))])
    return markup(rows)


def contact_keyboard(
    tr: Translator, lang: str, partnership_id: int, people: list[tuple[int, str]]
) -> InlineKeyboardMarkup:
    """One organiser or coach per row (their name cut to fit), back to the card."""
    rows = [
        [button(fit_into(lambda n: n, name), ProfileContact(partnership_id, uid))]
        for uid, name in people
    ]
    rows.append([button(tr.plain(lang, "buttons-back"), PartnershipProfileCard(partnership_id))])
    return markup(rows)


def back_to_profile(tr: Translator, lang: str, partnership_id: int) -> InlineKeyboardMarkup:
    """Under a typed step's question: cancel (nothing changes)."""
    card = PartnershipProfileCard(partnership_id)
    return markup([[button(tr.plain(lang, "buttons-cancel"), card)]])


def consent_keyboard(tr: Translator, lang: str, partnership_id: int) -> InlineKeyboardMarkup:
    """The proposed contact's answer."""
    return markup(
        [
            [
                button(
                    tr.plain(lang, "network-contact-yes"), ProfileConsent("yes", partnership_id)
                ),
                button(tr.plain(lang, "network-contact-no"), ProfileConsent("no", partnership_id)),
            ]
        ]
    )


def withdraw_keyboard(tr: Translator, lang: str, partnership_id: int) -> InlineKeyboardMarkup:
    """Under "you are listed": withdrawing, any time."""
    withdraw = ProfileConsent("withdraw", partnership_id)
    return markup(
        [
            [button(tr.plain(lang, "network-contact-withdraw-button"), withdraw)],
            [button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))],
        ]
    )
