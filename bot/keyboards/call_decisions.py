"""Keyboards of deciding a call: the decision buttons, the letters, their preview and sending."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_calls import CallDecide, CallExport, CallLetters, CallLetterStep, CallRanking
from bot.domain.calls import DECISIONS
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.i18n import Translator
from bot.keyboards import button, checked, markup
from bot.render.languages import language_label


def decision(
    tr: Translator, language: str, call_id: int, application_id: int, current: str | None
) -> InlineKeyboardMarkup:
    """Accept, decline or waitlist (the current one ticked), the letters, the ranked list."""
    rows = [
        [
            button(
                checked(d == current, tr.plain(language, f"decide-button-{d}")),
                CallDecide(application_id, d),
            )
        ]
        for d in DECISIONS
    ]
    return markup(
        [
            *rows,
            [
                button(tr.plain(language, "decide-button-ranking"), CallRanking(call_id)),
                button(tr.plain(language, "decide-button-letters"), CallLetters(call_id)),
            ],
        ]
    )


def letters(tr: Translator, language: str, call_id: int, reach: int) -> InlineKeyboardMarkup:
    """A preview per decision, sending (when anyone is waiting for a letter), the export, the
    way back."""
    previews = [
        [
            button(
                tr.plain(language, f"decide-button-preview-{d}"),
                CallLetterStep(call_id, "preview", d, "-"),
            )
        ]
        for d in DECISIONS
    ]
    send = (
        [button(tr.plain(language, "decide-button-send"), CallLetterStep(call_id, "ask", "-", "-"))]
        if reach
        else []
    )
    export = [button(tr.plain(language, "decide-button-export"), CallExport(call_id))]
    back = [button(tr.plain(language, "decide-button-ranking"), CallRanking(call_id))]
    return markup([*previews, send, export, back])


def preview(tr: Translator, language: str, call_id: int, decision: str) -> InlineKeyboardMarkup:
    """Edit the letter in one of the five languages (named in the reader's language, one a
    row so every name fits); back to the letters."""
    edits = [
        [
            button(
                tr.plain(
                    language, "decide-button-edit-language", language=language_label(lang, language)
                ),
                CallLetterStep(call_id, "edit", decision, lang),
            )
        ]
        for lang in SUPPORTED_LANGUAGES
    ]
    back = [button(tr.plain(language, "decide-button-back-letters"), CallLetters(call_id))]
    return markup([*edits, back])


def editing(tr: Translator, language: str, call_id: int, decision: str) -> InlineKeyboardMarkup:
    """While a wording is typed: back to the preview, changing nothing."""
    return markup(
        [
            [
                button(
                    tr.plain(language, "decide-button-cancel"),
                    CallLetterStep(call_id, "preview", decision, "-"),
                )
            ]
        ]
    )


def confirm(tr: Translator, language: str, call_id: int) -> InlineKeyboardMarkup:
    """Send the letters, or go back to them without sending anything."""
    return markup(
        [
            [
                button(
                    tr.plain(language, "decide-button-send-now"),
                    CallLetterStep(call_id, "send", "-", "-"),
                ),
                button(tr.plain(language, "decide-button-cancel"), CallLetters(call_id)),
            ]
        ]
    )


def after_sending(tr: Translator, language: str, call_id: int) -> InlineKeyboardMarkup:
    """Back to the ranked list, or to the letters (what was sent, what is left)."""
    return markup(
        [
            [
                button(tr.plain(language, "decide-button-ranking"), CallRanking(call_id)),
                button(tr.plain(language, "decide-button-letters"), CallLetters(call_id)),
            ]
        ]
    )


def join(tr: Translator, language: str, link: str) -> InlineKeyboardMarkup:
    """Under an acceptance letter: the applicant's own link to become an organiser."""
    label = tr.plain(language, "decide-letter-join")
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, url=link)]])
