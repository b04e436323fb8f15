"""Keyboards for a workshop's new time from its card: the calendar, the common start times and
the durations of the 'new workshop' wizard, each with the way back to the card."""

from __future__ import annotations

from datetime import date, time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import WorkshopManage
from bot.i18n import Translator
from bot.keyboards import button, markup
from bot.keyboards.workshop_drafts import calendar_rows, duration_rows, start_time_rows

Row = list[InlineKeyboardButton]


def _with_back(
    tr: Translator, lang: str, workshop_id: int, rows: list[Row]
) -> InlineKeyboardMarkup:
    back = button(tr.plain(lang, "workshops-manage-back"), WorkshopManage(workshop_id, "card", 0))
    return markup([*rows, [back]])


def new_day(
    tr: Translator, lang: str, workshop_id: int, month: date, chosen: date, today: date
) -> InlineKeyboardMarkup:
    rows = calendar_rows(
        lang,
        month,
        chosen,
        today,
        lambda day: WorkshopManage(workshop_id, "day", int(f"{day:%Y%m%d}")),
        lambda first: WorkshopManage(workshop_id, "month", int(f"{first:%Y%m}")),
    )
    return _with_back(tr, lang, workshop_id, rows)


def new_start(
    tr: Translator, lang: str, workshop_id: int, chosen: time | None
) -> InlineKeyboardMarkup:
    rows = start_time_rows(
        lang, chosen, lambda t: WorkshopManage(workshop_id, "at", t.hour * 100 + t.minute)
    )
    return _with_back(tr, lang, workshop_id, rows)


def new_duration(
    tr: Translator, lang: str, workshop_id: int, chosen: int | None
) -> InlineKeyboardMarkup:
    rows = duration_rows(tr, lang, chosen, lambda m: WorkshopManage(workshop_id, "dur", m))
    return _with_back(tr, lang, workshop_id, rows)
