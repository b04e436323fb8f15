"""Keyboards of the organiser's 'new workshop' conversation: one builder per step (the kinds,
the cities, a month of days, common start times, durations, seats, the preview's fields)."""

from __future__ import annotations

import calendar as pycalendar
from collections.abc import Callable
from datetime import date, time
from zoneinfo import ZoneInfo

from babel import Locale
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import CallbackData, WorkshopDraftAction, WorkshopDraftStep
from bot.domain.local_time import Gap
from bot.domain.partnerships import Partnership
from bot.domain.workshop_draft_steps import (
    CAPACITY_PRESETS,
    DURATIONS,
    EDITABLE,
    FULL_DAY_MINUTES,
    START_TIMES,
    programme_languages,
)
from bot.domain.workshop_drafts import WorkshopDraft
from bot.domain.workshops import Workshop, WorkshopKind
from bot.i18n import Translator
from bot.keyboards import button, checked, fit, markup, rows_of
from bot.render.formatting import babel_locale, wall_clock

Row = list[InlineKeyboardButton]
CALENDAR_MONTHS = 12  # how far ahead the calendar goes (a later day can be typed)


def _step(
    tr: Translator, lang: str, label: str, action: WorkshopDraftAction, value: str = "-"
) -> Row:
    return [button(tr.plain(lang, label), WorkshopDraftStep(action, value))]


def _time_choices(tr: Translator, lang: str, draft: WorkshopDraft) -> list[Row]:
    """After a gap: take the suggestion; in a fold: summer or winter time. Or type again."""
    found = draft.time_question()
    if isinstance(found, Gap):
        label = tr.plain(lang, "workshops-draft-time-use", time=wall_clock(found.suggestion, lang))
        rows = [[button(label, WorkshopDraftStep("time", "0"))]]
    else:
        rows = [
            [
                button(
                    tr.plain(lang, message, zone=at.tzname() or ""),
                    WorkshopDraftStep("time", str(i)),
                )
            ]
            for i, (message, at) in enumerate(
                (
                    ("workshops-draft-time-summer", found.earlier),
                    ("workshops-draft-time-winter", found.later),
                )
            )
        ]
    return [*rows, _step(tr, lang, "workshops-draft-time-retype", "retype")]


def draft_step(
    tr: Translator, lang: str, draft: WorkshopDraft, partnership: Partnership, today: date
) -> InlineKeyboardMarkup:
    """The buttons that fit the draft's current step, then 'back' and 'cancel' (a typed step
    shows only those: its answer is typed)."""
    build = _STEP_BUTTONS.get(draft.step)
    rows = build(tr, lang, draft, partnership, today) if build else []
    last = [button(tr.plain(lang, "buttons-cancel"), WorkshopDraftStep("cancel", "-"))]
    if draft.step != "kind":
        last.insert(0, button(tr.plain(lang, "buttons-back"), WorkshopDraftStep("back", "-")))
    return markup([*rows, last])


StepButtons = Callable[[Translator, str, WorkshopDraft, Partnership, date], list[Row]]


def _kinds(tr: Translator, lang: str, draft: WorkshopDraft, *_: object) -> list[Row]:
    kinds = [
        [
            button(
                checked(draft.kind is k, tr.plain(lang, f"workshops-kind-{k.value}")),
                WorkshopDraftStep("kind", k.value),
            )
        ]
        for k in WorkshopKind
    ]
    return [*kinds, _step(tr, lang, "workshops-draft-copy", "copy")]


def copy_choices(tr: Translator, lang: str, earlier: list[Workshop]) -> InlineKeyboardMarkup:
    """One button per earlier workshop (its date is in the message text), then back."""
    rows: list[Row] = [
        [button(fit(w.title.for_reader(lang)), WorkshopDraftStep("from", str(w.id)))]
        for w in earlier
    ]
    back = button(tr.plain(lang, "buttons-back"), WorkshopDraftStep("back", "-"))
    cancel = button(tr.plain(lang, "buttons-cancel"), WorkshopDraftStep("cancel", "-"))
    return markup([*rows, [back, cancel]])


def _places(
    tr: Translator, lang: str, draft: WorkshopDraft, partnership: Partnership, _: date
) -> list[Row]:
    chosen = "place" in draft.answered
    cities = [
        button(
            checked(chosen and draft.city_id == c.id, fit(c.name.for_reader(lang), 11)),
            WorkshopDraftStep("place", str(c.id)),
        )
        for c in partnership.cities
    ]
    online = checked(chosen and draft.online, tr.plain(lang, "workshops-place-online"))
    return [*rows_of(cities, 2), [button(online, WorkshopDraftStep("place", "0"))]]


def _skip(label: str) -> StepButtons:
    def rows(tr: Translator, lang: str, *_: object) -> list[Row]:
        return [_step(tr, lang, label, "skip")]

    return rows


def _addresses(tr: Translator, lang: str, draft: WorkshopDraft, *_: object) -> list[Row]:
    """The last address used in that city (read in the message text) as the default."""
    rows = [_step(tr, lang, "workshops-draft-same-address", "addr")] if draft.last_address else []
    rows.append(_step(tr, lang, "workshops-draft-skip-address", "skip"))
    if draft.home_city:  # the organiser's own city was taken without asking
        rows.append(_step(tr, lang, "workshops-draft-other-city", "city"))
    return rows


def _calendar(
    tr: Translator, lang: str, draft: WorkshopDraft, _: Partnership, today: date
) -> list[Row]:
    return calendar_rows(
        lang,
        draft.calendar_month(today),
        draft.day,
        today,
        lambda day: WorkshopDraftStep("day", str(day)),
        lambda month: WorkshopDraftStep("month", month.strftime("%Y-%m")),
    )


def calendar_rows(
    lang: str,
    month: date,
    chosen: date | None,
    today: date,
    day_data: Callable[[date], CallbackData],
    month_data: Callable[[date], CallbackData],
) -> list[Row]:
    """A month of day buttons under weekday letters; days gone by are blank; ◀️/▶️ months up
    to CALENDAR_MONTHS ahead."""
    locale = Locale.parse(babel_locale(lang))
    noop = WorkshopDraftStep("noop", "-")  # answered silently, whoever presses it
    letters = locale.days["stand-alone"]["narrow"]
    weekdays = [(locale.first_week_day + i) % 7 for i in range(7)]
    rows: list[Row] = [[button(str(letters[d]), noop) for d in weekdays]]
    for week in pycalendar.Calendar(locale.first_week_day).monthdatescalendar(
        month.year, month.month
    ):
        rows.append(
            [
                button(checked(day == chosen, str(day.day)), day_data(day))
                if day.month == month.month and day >= today
                else button("·", noop)
                for day in week
            ]
        )
    names = locale.months["stand-alone"]["wide"]
    earlier, later = _shift(month, -1), _shift(month, 1)
    nav: Row = []
    if earlier >= today.replace(day=1):
        nav.append(button("◀️ " + str(names[earlier.month]), month_data(earlier)))
    if later <= _shift(today.replace(day=1), CALENDAR_MONTHS):
        nav.append(button(str(names[later.month]) + " ▶️", month_data(later)))
    return [*rows, nav]


def _shift(month: date, by: int) -> date:
    index = month.year * 12 + month.month - 1 + by
    return date(index // 12, index % 12 + 1, 1)


def _start_times(tr: Translator, lang: str, draft: WorkshopDraft, *_: object) -> list[Row]:
    chosen = (
        draft.starts_at.astimezone(ZoneInfo(draft.time_zone)).time()
        if draft.starts_at and "time" in draft.answered
        else None
    )
    return start_time_rows(lang, chosen, lambda t: WorkshopDraftStep("start", f"{t:%H%M}"))


def start_time_rows(
    lang: str, chosen: time | None, data: Callable[[time], CallbackData]
) -> list[Row]:
    """The common start times, three a row."""
    times = [button(checked(t == chosen, wall_clock(t, lang)), data(t)) for t in START_TIMES]
    return rows_of(times, 3)


def _durations(tr: Translator, lang: str, draft: WorkshopDraft, *_: object) -> list[Row]:
    chosen = draft.duration_minutes() if "duration" in draft.answered else None
    return duration_rows(tr, lang, chosen, lambda m: WorkshopDraftStep("dur", str(m)))


def duration_rows(
    tr: Translator, lang: str, chosen: int | None, data: Callable[[int], CallbackData]
) -> list[Row]:
    """2 h and 3 h in a row, the full day under them."""

    def label(minutes: int) -> str:
        if minutes == FULL_DAY_MINUTES:
            text = tr.plain(lang, "workshops-draft-full-day", hours=minutes // 60)
        else:
            text = tr.plain(lang, "workshops-draft-hours", hours=minutes // 60)
        return checked(minutes == chosen, text)

    buttons = [button(label(m), data(m)) for m in DURATIONS]
    return [buttons[:2], buttons[2:]]


def _capacities(tr: Translator, lang: str, draft: WorkshopDraft, *_: object) -> list[Row]:
    presets = [
        button(checked(draft.capacity == n, str(n)), WorkshopDraftStep("cap", str(n)))
        for n in CAPACITY_PRESETS
    ]
    unlimited = checked(draft.capacity is None, tr.plain(lang, "workshops-draft-unlimited"))
    return [presets, [button(unlimited, WorkshopDraftStep("skip", "-"))]]


def _quotas(tr: Translator, lang: str, *_: object) -> list[Row]:
    return [
        _step(tr, lang, "workshops-draft-quotas-split", "split"),
        _step(tr, lang, "workshops-draft-quotas-yes", "quotas"),
        _step(tr, lang, "workshops-draft-quotas-no", "skip"),
    ]


def _questions(tr: Translator, lang: str, draft: WorkshopDraft, *_: object) -> list[Row]:
    rows: list[Row] = []
    for q in draft.questions:
        label = tr.plain(
            lang,
            "workshops-draft-question-required"
            if q.required
            else "workshops-draft-question-optional",
            number=q.position + 1,
        )
        rows.append(
            [
                button(label, WorkshopDraftStep("req", str(q.position))),
                button(
                    tr.plain(lang, "workshops-draft-question-remove", number=q.position + 1),
                    WorkshopDraftStep("rm", str(q.position)),
                ),
            ]
        )
    rows.append(_step(tr, lang, "workshops-draft-add-text-question", "addq", "text"))
    rows.append(_step(tr, lang, "workshops-draft-add-choice-question", "addq", "choice"))
    rows.append(_step(tr, lang, "workshops-draft-questions-done", "qdone"))
    return rows


def _review(tr: Translator, lang: str, draft: WorkshopDraft, *_: object) -> list[Row]:
    """One button per field (its step returns here), then publish or keep as a draft."""
    fields = [
        button(
            tr.plain(lang, f"workshops-draft-edit-{'link' if draft.online else 'address'}")
            if field == "venue"
            else tr.plain(lang, f"workshops-draft-edit-{field}"),
            WorkshopDraftStep("edit", field),
        )
        for field in EDITABLE
    ]
    return [
        *rows_of(fields, 2),
        _step(tr, lang, "workshops-draft-publish", "publish"),
        _step(tr, lang, "workshops-draft-save", "save"),
    ]


def _languages(
    tr: Translator, lang: str, draft: WorkshopDraft, partnership: Partnership, _: date
) -> list[Row]:
    """One button per other language of the programme (✅: it has a title in it)."""
    return [
        [
            button(
                checked(code in draft.translations.titles, tr.plain(lang, f"language-name-{code}")),
                WorkshopDraftStep("lang", code),
            )
        ]
        for code in programme_languages(partnership)
        if code != draft.language
    ] + [_step(tr, lang, "workshops-draft-languages-done", "back")]


def _time_check(tr: Translator, lang: str, draft: WorkshopDraft, *_: object) -> list[Row]:
    return _time_choices(tr, lang, draft)


_STEP_BUTTONS: dict[str, StepButtons] = {
    "kind": _kinds,
    "place": _places,
    "description": _skip("workshops-draft-skip-description"),
    "address": _addresses,
    "deadline": _skip("workshops-draft-skip-deadline"),
    "date": _calendar,
    "time": _start_times,
    "duration": _durations,
    "capacity": _capacities,
    "quotas": _quotas,
    "questions": _questions,
    "time_check": _time_check,
    "review": _review,
    "languages": _languages,
    "tr_title": _skip("workshops-draft-skip-language"),
    "tr_description": _skip("workshops-draft-skip-description"),
}
