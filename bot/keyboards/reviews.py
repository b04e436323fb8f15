"""Keyboards of reviewing: the reviewer's calls and applications, one question, the score
sheet, the assignment's confirmation and the administrators' ranked list."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_calls import (
    AssignStep,
    CallCard,
    CallDecide,
    CallLetters,
    CallRanking,
    RankedApplication,
    RankingPage,
    ReviewAll,
    ReviewCalls,
    ReviewList,
    ReviewQuestion,
    ReviewScore,
    ReviewStep,
)
from bot.callback_data import OpenMenu
from bot.domain.calls import DECISIONS, Criterion
from bot.i18n import Translator
from bot.keyboards import button, checked, fit, fit_into, markup, rows_of
from bot.telegram.limits import LABEL_BUDGETS, label_width

Row = list[InlineKeyboardButton]


class ReviewButtons:
    """Buttons of queued messages to reviewers."""

    def __init__(self, translator: Translator) -> None:
        self.tr = translator

    def open_list(self, language: str, call_id: int) -> InlineKeyboardMarkup:
        return markup([[button(self.tr.plain(language, "review-open-list"), ReviewList(call_id))]])


def my_calls(tr: Translator, lang: str, calls: Sequence[tuple[int, str]]) -> InlineKeyboardMarkup:
    """One button per call the person reviews (its title), and the main menu."""
    rows = [[button(short_title(title), ReviewList(call_id))] for call_id, title in calls]
    return markup([*rows, [button(tr.plain(lang, "buttons-main-menu"), OpenMenu("main"))]])


def short_title(title: str) -> str:
    """A call's title for a button: "Twin City Booster: apply as partner cities" keeps its
    name before the colon when the whole does not fit (the message shows it in full)."""
    if label_width(title) > LABEL_BUDGETS[1] and ":" in title:
        title = title.split(":", 1)[0]
    return fit(title)


def item_label(render: Callable[[str], str], label: str) -> str:
    """An application's label with its state word kept whole: the cities give way
    ("Санкт-Петербург – Frankf… · to score")."""
    return fit_into(render, label)


def review_list(
    tr: Translator, lang: str, items: Sequence[tuple[int, str]]
) -> InlineKeyboardMarkup:
    """One button per assigned application (its label says whether it is scored)."""
    rows = [[button(fit(label), ReviewQuestion(app, 0, 0, False))] for app, label in items]
    return markup([*rows, [button(tr.plain(lang, "review-back-calls"), ReviewCalls())]])


def question(
    tr: Translator,
    lang: str,
    shown: ReviewQuestion,
    count: int,
    parts: int,
    translatable: bool,
    back: ReviewList | RankedApplication,
) -> InlineKeyboardMarkup:
    """Previous and next question (or the next party's answer), the original or the
    translation, scoring (for reviewers), and the way back."""
    app, index, original = shown.application_id, shown.index, shown.original
    steps: Row = []
    if shown.part > 0 or index > 0:
        before = (index, shown.part - 1) if shown.part > 0 else (index - 1, 0)
        steps.append(
            button(tr.plain(lang, "review-previous"), ReviewQuestion(app, *before, original))
        )
    if shown.part + 1 < parts or index + 1 < count:
        after = (index, shown.part + 1) if shown.part + 1 < parts else (index + 1, 0)
        steps.append(button(tr.plain(lang, "review-next"), ReviewQuestion(app, *after, original)))
    rows: list[Row] = [steps, [button(tr.plain(lang, "review-all-answers"), ReviewAll(app))]]
    if translatable:
        label = "review-show-translation" if original else "review-show-original"
        rows.append(
            [button(tr.plain(lang, label), ReviewQuestion(app, index, shown.part, not original))]
        )
    if isinstance(back, ReviewList):
        rows.append([button(tr.plain(lang, "review-to-scores"), ReviewStep("sheet", app))])
        rows.append([button(tr.plain(lang, "review-back-list"), back)])
    else:
        rows.append([button(tr.plain(lang, "review-back-application"), back)])
    return markup(rows)


def after_all(
    tr: Translator, lang: str, application_id: int, back: ReviewList | RankedApplication
) -> InlineKeyboardMarkup:
    """Below every answer: back to the one-question pages, scoring (reviewers), the way back."""
    rows: list[Row] = [
        [
            button(
                tr.plain(lang, "review-back-questions"), ReviewQuestion(application_id, 0, 0, False)
            )
        ]
    ]
    if isinstance(back, ReviewList):
        rows.append(
            [button(tr.plain(lang, "review-to-scores"), ReviewStep("sheet", application_id))]
        )
        rows.append([button(tr.plain(lang, "review-back-list"), back)])
    else:
        rows.append([button(tr.plain(lang, "review-back-application"), back)])
    return markup(rows)


def criterion(
    tr: Translator, lang: str, application_id: int, item: Criterion, current: int | None
) -> InlineKeyboardMarkup:
    """Scores 1..scale_max of one criterion (the one given is ticked), and the sheet."""
    scores = [
        button(checked(s == current, str(s)), ReviewScore(application_id, item.id, s))
        for s in range(1, item.scale_max + 1)
    ]
    back = button(tr.plain(lang, "review-back-sheet"), ReviewStep("sheet", application_id))
    return markup([*rows_of(scores, 5), [back]])


def sheet(
    tr: Translator,
    lang: str,
    application_id: int,
    call_id: int,
    criteria: Sequence[Criterion],
    submitted: bool,
) -> InlineKeyboardMarkup:
    """The score sheet: each criterion to (re)score, the note, submit; read-only once sent."""
    rows: list[Row] = []
    if not submitted:
        rows += [
            [button(fit(tr.plain(lang, "review-score-criterion", name=c.name.for_reader(lang))),
                    ReviewScore(application_id, c.id, 0))]
            for c in criteria
        ]  # fmt: skip
        rows.append(
            [button(tr.plain(lang, "review-write-note"), ReviewStep("note", application_id))]
        )
        rows.append([button(tr.plain(lang, "review-submit"), ReviewStep("ask", application_id))])
    rows.append(
        [button(tr.plain(lang, "review-back-answers"), ReviewQuestion(application_id, 0, 0, False))]
    )
    rows.append([button(tr.plain(lang, "review-back-list"), ReviewList(call_id))])
    return markup(rows)


def confirm_submit(tr: Translator, lang: str, application_id: int) -> InlineKeyboardMarkup:
    """The question before a review becomes final: Submit, or back to the sheet."""
    return markup(
        [
            [button(tr.plain(lang, "review-submit-yes"), ReviewStep("submit", application_id))],
            [button(tr.plain(lang, "buttons-back"), ReviewStep("sheet", application_id))],
        ]
    )


def back_to_sheet(tr: Translator, lang: str, application_id: int) -> InlineKeyboardMarkup:
    return markup(
        [[button(tr.plain(lang, "review-back-sheet"), ReviewStep("sheet", application_id))]]
    )


def confirm_assign(tr: Translator, lang: str, call_id: int, new: int) -> InlineKeyboardMarkup:
    """ "Assign" (when there is anything to assign) and "Cancel"."""
    rows: list[Row] = []
    if new:
        rows.append([button(tr.plain(lang, "review-assign-confirm"), AssignStep("ok", call_id))])
    rows.append([button(tr.plain(lang, "buttons-cancel"), AssignStep("cancel", call_id))])
    return markup(rows)


def after_assign(tr: Translator, lang: str, call_id: int) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "review-open-ranking"), CallRanking(call_id))],
            [button(tr.plain(lang, "review-back-call"), CallCard(call_id))],
        ]
    )


def ranking(
    tr: Translator,
    lang: str,
    call_id: int,
    rows_shown: Sequence[tuple[int, str]],
    page: int,
    pages: int,
) -> InlineKeyboardMarkup:
    """One button per application of the page, paging, the letters and the way back."""
    rows: list[Row] = [[button(fit(label), RankedApplication(app))] for app, label in rows_shown]
    paging: Row = []
    if page > 0:
        paging.append(button(tr.plain(lang, "review-previous"), RankingPage(call_id, page - 1)))
    if page + 1 < pages:
        paging.append(button(tr.plain(lang, "review-next"), RankingPage(call_id, page + 1)))
    rows.append(paging)
    rows.append([button(tr.plain(lang, "review-open-letters"), CallLetters(call_id))])
    rows.append([button(tr.plain(lang, "review-back-call"), CallCard(call_id))])
    return markup(rows)


def admin_application(
    tr: Translator, lang: str, application_id: int, call_id: int
) -> InlineKeyboardMarkup:
    """The answers, the three decisions, and back to the ranked list."""
    rows: list[Row] = [
        [button(tr.plain(lang, "review-read-answers"), ReviewQuestion(application_id, 0, 0, False))]
    ]
    rows += [
        [button(tr.plain(lang, f"review-decide-{d}"), CallDecide(application_id, d))]
        for d in DECISIONS
    ]
    rows.append([button(tr.plain(lang, "review-back-ranking"), CallRanking(call_id))])
    return markup(rows)
