"""Keyboards of onboarding and the profile."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import (
    ChooseCity,
    ChoosePartnership,
    OpenMenu,
    PrivacyAnswer,
    ProfileAction,
    ProfileStep,
    SetLanguage,
    ToggleInterest,
    ToggleSpoken,
    UseTelegramName,
)
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.participants import Participant
from bot.domain.partnerships import Partnership
from bot.i18n import Translator
from bot.keyboards import button, checked, fit, fit_into, markup, rows_of


def languages(tr: Translator, lang: str, suggested: str) -> InlineKeyboardMarkup:
    order = [suggested, *[code for code in SUPPORTED_LANGUAGES if code != suggested]]
    buttons = [
        button(tr.plain(lang, f"language-endonym-{code}"), SetLanguage(code)) for code in order
    ]
    return markup([buttons[:1], *rows_of(buttons[1:], 2)])


def partnerships(tr: Translator, lang: str, options: list[Partnership]) -> InlineKeyboardMarkup:
    return markup(
        [[button(fit(p.name.for_reader(lang)), ChoosePartnership(p.id))] for p in options]
    )


def cities(
    tr: Translator, lang: str, partnership: Partnership, suggested: int | None = None
) -> InlineKeyboardMarkup:
    """The partnership's cities; a city a link suggests comes first, marked, never chosen."""
    ordered = sorted(partnership.cities, key=lambda c: c.id != suggested)
    buttons = [
        button(checked(c.id == suggested, fit(c.name.for_reader(lang), 11)), ChooseCity(c.id))
        if c.id == suggested
        else button(fit(c.name.for_reader(lang), 14), ChooseCity(c.id))
        for c in ordered
    ]
    return markup(rows_of(buttons, 2))


def privacy(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "onboarding-privacy-accept"), PrivacyAnswer(True))],
            [button(tr.plain(lang, "onboarding-privacy-decline"), PrivacyAnswer(False))],
        ]
    )


def name_prompt(
    tr: Translator, lang: str, telegram_name: str | None, onboarding: bool
) -> InlineKeyboardMarkup:
    """While onboarding: use the Telegram name (the usual last tap), type another, or skip."""
    rows = []
    if telegram_name:
        rows.append(
            [
                button(
                    fit_into(
                        lambda name: tr.plain(lang, "profile-name-use-telegram", name=name),
                        telegram_name,
                    ),
                    UseTelegramName(onboarding),
                )
            ]
        )
    if onboarding and telegram_name:
        change = button(tr.plain(lang, "profile-name-change"), ProfileStep("name", True))
        rows.append([change])
    rows.append([_skip_or_back(tr, lang, "name", onboarding)])
    return markup(rows)


def spoken(tr: Translator, lang: str, p: Participant, onboarding: bool) -> InlineKeyboardMarkup:
    buttons = [
        button(
            checked(code in p.languages_spoken, tr.plain(lang, f"language-name-{code}")),
            ToggleSpoken(code, onboarding),
        )
        for code in SUPPORTED_LANGUAGES
    ]
    return markup([*rows_of(buttons, 2), [_done(tr, lang, "spoken", onboarding)]])


def interests(
    tr: Translator, lang: str, p: Participant, partnership: Partnership, onboarding: bool
) -> InlineKeyboardMarkup:
    rows = [
        [
            button(
                checked(t.id in p.interests, fit(t.name.for_reader(lang), 27)),
                ToggleInterest(t.id, onboarding),
            )
        ]
        for t in partnership.themes
    ]
    return markup([*rows, [_done(tr, lang, "interests", onboarding)]])


def profile(tr: Translator, lang: str, muted: bool = False) -> InlineKeyboardMarkup:
    def edit(message_id: str, step: ProfileAction) -> list[InlineKeyboardButton]:
        return [button(tr.plain(lang, message_id), ProfileStep(step, False))]

    return markup(
        [
            edit("profile-edit-name", "name"),
            edit("profile-edit-spoken", "spoken"),
            edit("profile-edit-interests", "interests"),
            edit("profile-edit-city", "city"),
            edit("profile-unmute" if muted else "profile-mute", "mute"),
            edit("profile-quiet-hours", "quiet"),
            [button(tr.plain(lang, "menu-language"), OpenMenu("language"))],
            [button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))],
        ]
    )


def _done(tr: Translator, lang: str, step: str, onboarding: bool) -> InlineKeyboardButton:
    return button(tr.plain(lang, "buttons-done"), ProfileStep(_after(step, onboarding), onboarding))


def _skip_or_back(tr: Translator, lang: str, step: str, onboarding: bool) -> InlineKeyboardButton:
    message_id = "buttons-skip" if onboarding else "buttons-back"
    return button(tr.plain(lang, message_id), ProfileStep(_after(step, onboarding), onboarding))


def _after(step: str, onboarding: bool) -> ProfileAction:
    """Where 'done'/'skip' leads: the next optional step while onboarding, else the profile."""
    if not onboarding:
        return "show"
    following: dict[str, ProfileAction] = {
        "name": "finish",  # languages and interests are asked when matching or ideas need them
        "spoken": "interests",
        "interests": "finish",
    }
    return following[step]
