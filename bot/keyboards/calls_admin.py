"""Keyboards of the administrators' call screens: the list, the card, publishing, reviewers,
editing."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_calls import (
    CallAdmin,
    CallAdminAction,
    CallAssign,
    CallCard,
    CallExport,
    CallItem,
    CallLetters,
    CallRanking,
    CallReviewerJoin,
    CallsHome,
    ReviewList,
)
from bot.callback_data import OpenMenu
from bot.domain.call_admin import (
    CALL_TIME_ZONES,
    MAX_REVIEWERS_PER_APPLICATION,
    MAX_WEIGHT,
    MIN_WEIGHT,
)
from bot.domain.calls import CALL_COUNTRIES, Call, CallPhase, Criterion, Question
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.i18n import Translator
from bot.keyboards import Row, button, checked, fit, fit_into, markup, rows_of
from bot.render.formatting import zone_label
from bot.telegram.limits import LABEL_BUDGETS


def _do(
    tr: Translator, lang: str, label: str, action: CallAdminAction, call_id: int, value: int = 0
) -> InlineKeyboardButton:
    return button(tr.plain(lang, label), CallAdmin(action, call_id, value))


def home(tr: Translator, lang: str, calls: Sequence[tuple[int, str]]) -> InlineKeyboardMarkup:
    """One button per call (its title), "New call" and the way back."""
    rows: list[Row] = [[button(fit(title), CallCard(call_id))] for call_id, title in calls]
    rows.append([_do(tr, lang, "calls-new", "new", 0)])
    rows.append([button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))])
    return markup(rows)


def card(
    tr: Translator, lang: str, call: Call, phase: CallPhase, submitted: int
) -> InlineKeyboardMarkup:
    """Publish (while prepared) or the poster; editing and reviewers; after the deadline the
    reviewing and decision screens."""
    cid = call.id
    first = (
        _do(tr, lang, "calls-button-publish", "publish", cid)
        if phase is CallPhase.PREPARING
        else _do(tr, lang, "calls-button-poster", "poster", cid)
    )
    rows: list[Row] = [
        [first],
        [_do(tr, lang, "calls-button-edit", "edit", cid)],
        [_do(tr, lang, "calls-button-reviewers", "reviewers", cid)],
    ]
    if phase is CallPhase.CLOSED and submitted:
        rows.append(
            [
                button(tr.plain(lang, "calls-button-assign"), CallAssign(cid)),
                button(tr.plain(lang, "calls-button-ranking"), CallRanking(cid)),
            ]
        )
        rows.append(
            [
                button(tr.plain(lang, "calls-button-letters"), CallLetters(cid)),
                button(tr.plain(lang, "calls-button-export"), CallExport(cid)),
            ]
        )
    rows.append([button(tr.plain(lang, "calls-all"), CallsHome())])
    return markup(rows)


def back_to_card(tr: Translator, lang: str, call_id: int) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "buttons-back"), CallCard(call_id))]])


def confirm_publish(tr: Translator, lang: str, call_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [_do(tr, lang, "calls-publish-yes", "publish_ok", call_id)],
            [button(tr.plain(lang, "buttons-cancel"), CallCard(call_id))],
        ]
    )


# ------------------------------------------------------------------ reviewers
def reviewers(
    tr: Translator, lang: str, call_id: int, people: Sequence[tuple[int, str]]
) -> InlineKeyboardMarkup:
    """A remove button per reviewer (their name), "Invite a reviewer" and back to the card."""
    rows: list[Row] = [
        [
            button(
                fit_into(lambda n: tr.plain(lang, "calls-reviewers-remove", name=n), name),
                CallAdmin("drop", call_id, user_id),
            )
        ]
        for user_id, name in people
    ]
    rows.append([_do(tr, lang, "calls-reviewers-invite", "invite", call_id)])
    rows.append([button(tr.plain(lang, "buttons-back"), CallCard(call_id))])
    return markup(rows)


def back_to_reviewers(tr: Translator, lang: str, call_id: int) -> InlineKeyboardMarkup:
    return markup([[_do(tr, lang, "buttons-back", "reviewers", call_id)]])


def confirm_remove(
    tr: Translator, lang: str, call_id: int, reviewer_id: int
) -> InlineKeyboardMarkup:
    return markup(
        [
            [_do(tr, lang, "calls-reviewers-remove-yes", "drop_ok", call_id, reviewer_id)],
            [_do(tr, lang, "buttons-cancel", "reviewers", call_id)],
        ]
    )


def reviewer_links(tr: Translator, lang: str, call_id: int) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "calls-reviewer-none"), CallReviewerJoin(call_id))]])


def reviewer_joined(tr: Translator, lang: str, call_id: int) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "calls-reviewer-open-list"), ReviewList(call_id))]])


# ------------------------------------------------------------------ editing
def edit(tr: Translator, lang: str, call: Call) -> InlineKeyboardMarkup:
    cid = call.id
    blind = "calls-edit-blind-on" if call.blind else "calls-edit-blind-off"
    return markup(
        [
            [
                _do(tr, lang, "calls-edit-title", "title", cid),
                _do(tr, lang, "calls-edit-text", "text", cid),
            ],
            [
                _do(tr, lang, "calls-edit-countries", "countries", cid),
                _do(tr, lang, "calls-edit-zone", "zone", cid),
            ],
            [
                _do(tr, lang, "calls-edit-opens", "opens", cid),
                _do(tr, lang, "calls-edit-deadline", "deadline", cid),
                _do(tr, lang, "calls-edit-decision", "decision", cid),
            ],
            [
                _do(tr, lang, "calls-edit-questions", "questions", cid),
                _do(tr, lang, "calls-edit-criteria", "criteria", cid),
            ],
            [_do(tr, lang, "calls-edit-per-app", "per_app", cid)],
            [_do(tr, lang, blind, "blind", cid)],
            [_do(tr, lang, "calls-edit-retention", "retention", cid)],
            [button(tr.plain(lang, "buttons-back"), CallCard(cid))],
        ]
    )


def back_to_edit(tr: Translator, lang: str, call_id: int) -> InlineKeyboardMarkup:
    return markup([[_do(tr, lang, "buttons-back", "edit", call_id)]])


def languages(
    tr: Translator, lang: str, call_id: int, action: CallAdminAction
) -> InlineKeyboardMarkup:
    """The five languages to write a title or text in (`action`: title_lang or text_lang)."""
    buttons = [
        button(tr.plain(lang, f"language-name-{code}"), CallAdmin(action, call_id, i))
        for i, code in enumerate(SUPPORTED_LANGUAGES)
    ]
    return markup([*rows_of(buttons, 2), [_do(tr, lang, "buttons-back", "edit", call_id)]])


def countries(tr: Translator, lang: str, call: Call, names: Sequence[str]) -> InlineKeyboardMarkup:
    """A toggle per programme country (`names`: theirs in the reader's language)."""
    budget = LABEL_BUDGETS[2]
    buttons = [
        button(fit(checked(code in call.countries, name), budget), CallAdmin("country", call.id, i))
        for i, (code, name) in enumerate(zip(CALL_COUNTRIES, names, strict=True))
    ]
    return markup([*rows_of(buttons, 2), [_do(tr, lang, "buttons-back", "edit", call.id)]])


def zones(tr: Translator, lang: str, call: Call) -> InlineKeyboardMarkup:
    """The programme's clocks by their city; the call's own is marked."""
    buttons = [
        button(
            fit(checked(zone == call.time_zone, zone_label(zone, lang)), LABEL_BUDGETS[2]),
            CallAdmin("zone_set", call.id, i),
        )
        for i, zone in enumerate(CALL_TIME_ZONES)
    ]
    return markup([*rows_of(buttons, 2), [_do(tr, lang, "buttons-back", "edit", call.id)]])


def reviewers_per_application(tr: Translator, lang: str, call: Call) -> InlineKeyboardMarkup:
    buttons = [
        button(
            checked(n == call.reviewers_per_application, str(n)), CallAdmin("per_set", call.id, n)
        )
        for n in range(1, MAX_REVIEWERS_PER_APPLICATION + 1)
    ]
    return markup([buttons, [_do(tr, lang, "buttons-back", "edit", call.id)]])


# ------------------------------------------------------------------ criteria and questions
def criteria(tr: Translator, lang: str, call: Call, locked: bool) -> InlineKeyboardMarkup:
    """A button per criterion (its name); "New criterion" while nobody has scored."""
    rows: list[Row] = [
        [button(fit(c.name.for_reader(lang)), CallItem("crit", call.id, c.id, 0))]
        for c in call.criteria
    ]
    if not locked:
        rows.append([_do(tr, lang, "calls-criteria-add", "crit_add", call.id)])
    rows.append([_do(tr, lang, "buttons-back", "edit", call.id)])
    return markup(rows)


def criterion(
    tr: Translator, lang: str, call_id: int, item: Criterion, locked: bool
) -> InlineKeyboardMarkup:
    """Its weight (1-3, the current one marked) and remove, unless scoring has started."""
    rows: list[Row] = []
    if not locked:
        rows.append(
            [
                button(checked(w == item.weight, str(w)), CallItem("weight", call_id, item.id, w))
                for w in range(MIN_WEIGHT, MAX_WEIGHT + 1)
            ]
        )
        remove = CallItem("crit_drop", call_id, item.id, 0)
        rows.append([button(tr.plain(lang, "calls-criterion-remove"), remove)])
    rows.append([_do(tr, lang, "buttons-back", "criteria", call_id)])
    return markup(rows)


def questions(
    tr: Translator, lang: str, call_id: int, labels: Sequence[tuple[int, str]], locked: bool
) -> InlineKeyboardMarkup:
    """A button per question (`labels`: its id and "5. What do you hope…"); adding ones while
    nobody has applied."""
    rows: list[Row] = [
        [button(fit(label), CallItem("q", call_id, qid, 0))] for qid, label in labels
    ]
    if not locked:
        rows.append(
            [
                _do(tr, lang, "calls-questions-add-text", "q_add_text", call_id),
                _do(tr, lang, "calls-questions-add-choice", "q_add_choice", call_id),
            ]
        )
    rows.append([_do(tr, lang, "buttons-back", "edit", call_id)])
    return markup(rows)


def question(
    tr: Translator, lang: str, call_id: int, item: Question, locked: bool
) -> InlineKeyboardMarkup:
    """Required on/off, the maximum length, its text and remove (contact fields: only the
    first two), unless someone has applied."""
    rows: list[Row] = []
    qid = item.id
    if not locked:
        required = "calls-question-required-on" if item.required else "calls-question-required-off"
        rows.append([button(tr.plain(lang, required), CallItem("required", call_id, qid, 0))])
        rows.append(
            [
                button(
                    tr.plain(lang, "calls-question-max-length"), CallItem("q_len", call_id, qid, 0)
                )
            ]
        )
        if item.kind != "contact":
            change = CallItem("q_text", call_id, qid, 0)
            rows.append([button(tr.plain(lang, "calls-question-change-text"), change)])
            remove = CallItem("q_drop", call_id, qid, 0)
            rows.append([button(tr.plain(lang, "calls-question-remove"), remove)])
    rows.append([_do(tr, lang, "buttons-back", "questions", call_id)])
    return markup(rows)


def question_languages(
    tr: Translator, lang: str, call_id: int, question_id: int
) -> InlineKeyboardMarkup:
    buttons = [
        button(tr.plain(lang, f"language-name-{code}"), CallItem("q_lang", call_id, question_id, i))
        for i, code in enumerate(SUPPORTED_LANGUAGES)
    ]
    back = button(tr.plain(lang, "buttons-back"), CallItem("q", call_id, question_id, 0))
    return markup([*rows_of(buttons, 2), [back]])


def confirm_item_drop(
    tr: Translator, lang: str, yes: CallItem, no: CallItem
) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "calls-item-remove-yes"), yes)],
            [button(tr.plain(lang, "buttons-cancel"), no)],
        ]
    )


def back_to_item(tr: Translator, lang: str, back: CallItem | CallAdmin) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "buttons-back"), back)]])
