"""Keyboards of the admin's 'new partnership' conversation and of invitations."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import DraftAction, InviteStep, OpenMenu
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.partnerships import MIN_CITIES, Partnership, PartnershipDraft
from bot.domain.roles import INVITABLE_ROLES
from bot.domain.texts import LocalizedName
from bot.i18n import Translator
from bot.keyboards import button, fit, markup, rows_of

# Offered as buttons; any other IANA zone can be typed.
COMMON_TIME_ZONES = (
    "Europe/Berlin",
    "Europe/Moscow",
    "Europe/Kyiv",
    "Europe/Minsk",
    "Europe/Warsaw",
    "Europe/Vienna",
    "Europe/Paris",
    "Europe/London",
)


def _cancel(tr: Translator, lang: str) -> InlineKeyboardButton:
    return button(tr.plain(lang, "buttons-cancel"), DraftAction("cancel", "-", 0, "-"))


def cancel_only(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([[_cancel(tr, lang)]])


def translations(
    tr: Translator,
    lang: str,
    draft: PartnershipDraft,
    target: str,
    index: int,
    name: LocalizedName,
) -> InlineKeyboardMarkup:
    missing = [code for code in SUPPORTED_LANGUAGES if code not in name.values]
    add = [
        button(
            tr.plain(
                lang,
                "admin-draft-add-translation",
                language=tr.plain(lang, f"language-name-{code}"),
            ),
            DraftAction("translate", target, index, code),
        )
        for code in missing
    ]
    rows = rows_of(add, 2)
    if target == "name":
        rows.append(
            [button(tr.plain(lang, "admin-draft-next-cities"), DraftAction("cities", "-", 0, "-"))]
        )
    elif target == "city":
        rows.append(
            [button(tr.plain(lang, "admin-draft-add-city"), DraftAction("city", "-", 0, "-"))]
        )
        if len(draft.cities) >= MIN_CITIES:
            rows.append(
                [
                    button(
                        tr.plain(lang, "admin-draft-next-themes"),
                        DraftAction("themes", "-", 0, "-"),
                    )
                ]
            )
    else:
        rows.append(
            [button(tr.plain(lang, "admin-draft-add-theme"), DraftAction("theme", "-", 0, "-"))]
        )
        rows.append(
            [button(tr.plain(lang, "admin-draft-next-review"), DraftAction("review", "-", 0, "-"))]
        )
    rows.append([_cancel(tr, lang)])
    return markup(rows)


def time_zones(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    buttons = [
        button(zone, DraftAction("tz", str(i), 0, "-")) for i, zone in enumerate(COMMON_TIME_ZONES)
    ]
    return markup([*rows_of(buttons, 2), [_cancel(tr, lang)]])


def themes_start(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "admin-draft-next-review"), DraftAction("review", "-", 0, "-"))],
            [_cancel(tr, lang)],
        ]
    )


def review(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "admin-draft-create"), DraftAction("create", "-", 0, "-"))],
            [_cancel(tr, lang)],
        ]
    )


def invite_partnerships(
    tr: Translator, lang: str, options: list[Partnership]
) -> InlineKeyboardMarkup:
    rows = [[button(fit(p.name.for_reader(lang)), InviteStep(p.id, "-"))] for p in options]
    rows.append([button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))])
    return markup(rows)


def invite_roles(tr: Translator, lang: str, partnership_id: int) -> InlineKeyboardMarkup:
    rows = [
        [button(tr.plain(lang, f"role-{role.value}"), InviteStep(partnership_id, role.value))]
        for role in INVITABLE_ROLES
    ]
    rows.append([button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))])
    return markup(rows)
