"""Inline keyboards: (translator, language, domain data) -> InlineKeyboardMarkup."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_data import CallbackData
from bot.telegram.limits import LABEL_BUDGETS, label_width

Row = list[InlineKeyboardButton]


def button(text: str, data: CallbackData) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=data.pack())


def rows_of(buttons: Sequence[InlineKeyboardButton], width: int) -> list[Row]:
    return [list(buttons[i : i + width]) for i in range(0, len(buttons), width)]


def markup(rows: Sequence[Row]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([list(r) for r in rows if r])


def checked(selected: bool, text: str) -> str:
    return f"✅ {text}" if selected else text


def fit(text: str, budget: int = LABEL_BUDGETS[1]) -> str:
    """`text` cut with "…" to fit `budget` (a title or a name inside a label)."""
    if label_width(text) <= budget:
        return text
    while text and label_width(text) > budget - 1:
        text = text[:-1]
    return text.rstrip(" ·:,–-") + "…"


def fit_into(render: Callable[[str], str], value: str, budget: int = LABEL_BUDGETS[1]) -> str:
    """A label with `value` (a title, a name) placed by `render`, the value cut to fit."""
    room = budget - label_width(render(""))
    return render(fit(value, max(room, 4)))
