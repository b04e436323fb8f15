"""Keyboards of applying to a call: the calls, the call page, city details, one question at a
time, the review screen."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardMarkup

from bot.callback_calls import (
    ApplyChoice,
    ApplyCountry,
    ApplyEdit,
    ApplyHome,
    ApplyJoin,
    ApplyLanguage,
    ApplyStart,
    ApplyStep,
    ApplyZone,
    CallApply,
)
from bot.callback_data import OpenMenu
from bot.domain.applying import question_number, unchanged_since_submission
from bot.domain.calls import Application, Call, Party, Question
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.i18n import Translator
from bot.keyboards import Row, button, fit, markup, rows_of
from bot.render.applications import country_name
from bot.render.formatting import zone_label
from bot.telegram.limits import LABEL_BUDGETS

HALF = LABEL_BUDGETS[2]


def call_list(
    tr: Translator, lang: str, calls: Sequence[Call], onboarded: bool
) -> InlineKeyboardMarkup:
    rows = [[button(fit(c.title.for_reader(lang)), CallApply(c.id))] for c in calls]
    if onboarded:
        rows.append([button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))])
    return markup(rows)


def join(tr: Translator, lang: str, token: str) -> InlineKeyboardMarkup:
    """Under the call, from the partner city's link: join, or look at the open calls."""
    return markup(
        [
            [button(tr.plain(lang, "apply-button-join"), ApplyJoin(token))],
            [button(tr.plain(lang, "apply-button-calls"), ApplyHome())],
        ]
    )


def back_to_calls(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "apply-button-calls"), ApplyHome())]])


def call_page(
    tr: Translator,
    lang: str,
    call: Call,
    application: Application | None,
    *,
    open_now: bool,
    ask_language: bool,
) -> InlineKeyboardMarkup:
    """Apply (or continue / open one's application), a language choice, and back."""
    rows: list[Row] = []
    if application is not None:
        label = "apply-button-continue" if open_now else "apply-button-open"
        rows.append([button(tr.plain(lang, label), ApplyStep("resume", application.id))])
    elif open_now:
        rows.append([button(tr.plain(lang, "apply-button-apply"), ApplyStart(call.id))])
    if ask_language:
        rows.extend(
            rows_of(
                [
                    button(tr.plain(lang, f"language-endonym-{code}"), ApplyLanguage(call.id, code))
                    for code in SUPPORTED_LANGUAGES
                ],
                2,
            )
        )
    rows.append([button(tr.plain(lang, "apply-button-calls"), ApplyHome())])
    return markup(rows)


def countries(tr: Translator, lang: str, call: Call) -> InlineKeyboardMarkup:
    buttons = [
        button(fit(country_name(lang, code), HALF), ApplyCountry(code)) for code in call.countries
    ]
    return markup(
        [*rows_of(buttons, 2), [button(tr.plain(lang, "buttons-cancel"), CallApply(call.id))]]
    )


def city_prompt(tr: Translator, lang: str, call_id: int) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "buttons-cancel"), CallApply(call_id))]])


def zones(
    tr: Translator, lang: str, application_id: int, options: Sequence[str]
) -> InlineKeyboardMarkup:
    buttons = [
        button(fit(zone_label(zone, lang), HALF), ApplyZone(application_id, i))
        for i, zone in enumerate(options)
    ]
    return markup(rows_of(buttons, 2))


def question(
    tr: Translator, lang: str, application_id: int, q: Question, *, single: bool
) -> InlineKeyboardMarkup:
    """A question's buttons: its choices, Skip when optional, and Later / the review."""
    rows: list[Row] = [
        [button(fit(choice.for_reader(lang)), ApplyChoice(application_id, q.id, i))]
        for i, choice in enumerate(q.choices)
    ]
    if not q.required and not single:
        rows.append([button(tr.plain(lang, "buttons-skip"), ApplyStep("skip", application_id))])
    rows.append(
        [
            button(tr.plain(lang, "apply-button-later"), ApplyStep("later", application_id)),
            button(tr.plain(lang, "apply-button-review"), ApplyStep("review", application_id)),
        ]
    )
    return markup(rows)


def review(
    tr: Translator, lang: str, call: Call, app: Application, party: Party, *, open_now: bool
) -> InlineKeyboardMarkup:
    """Edit per answer (numbered as on the screen), invite, sign off, submit, back."""
    rows: list[Row] = []
    if open_now:
        rows.extend(
            rows_of(
                [
                    button(
                        tr.plain(lang, "apply-button-edit", number=question_number(call, q)),
                        ApplyEdit(app.id, q.id),
                    )
                    for q in call.questions
                ],
                3,
            )
        )
        if len(app.parties) < 2:
            rows.append(
                [button(tr.plain(lang, "apply-button-invite"), ApplyStep("invite", app.id))]
            )
        if party.signed_off_at is None:
            rows.append(
                [
                    button(
                        fit(tr.plain(lang, "apply-button-sign", city=party.city or "")),
                        ApplyStep("sign", app.id),
                    )
                ]
            )
        if not unchanged_since_submission(app):
            rows.append(
                [button(tr.plain(lang, "apply-button-submit"), ApplyStep("submit", app.id))]
            )
    rows.append([button(tr.plain(lang, "apply-button-call"), CallApply(call.id))])
    return markup(rows)


def to_application(tr: Translator, lang: str, application_id: int) -> InlineKeyboardMarkup:
    """Under a notice to the other party: open the application."""
    return markup(
        [[button(tr.plain(lang, "apply-button-open"), ApplyStep("review", application_id))]]
    )


def paused(tr: Translator, lang: str, application_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "apply-button-continue"), ApplyStep("resume", application_id))],
            [button(tr.plain(lang, "apply-button-calls"), ApplyHome())],
        ]
    )


def back_to_review(tr: Translator, lang: str, application_id: int) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "buttons-back"), ApplyStep("review", application_id))]])


def sign_confirm(tr: Translator, lang: str, application_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "apply-button-sign-ok"), ApplyStep("sign_ok", application_id))],
            [button(tr.plain(lang, "buttons-back"), ApplyStep("review", application_id))],
        ]
    )


def submit_confirm(tr: Translator, lang: str, application_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [
                button(
                    tr.plain(lang, "apply-button-submit-ok"), ApplyStep("submit_ok", application_id)
                )
            ],
            [button(tr.plain(lang, "buttons-back"), ApplyStep("review", application_id))],
        ]
    )
