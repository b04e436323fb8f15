"""Every keyboard of booking a consultation fits a phone in all five languages, with long
data (the longest topic names, a toolbox title, dates in Belarusian)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from telegram import InlineKeyboardMarkup

from bot.callback_consult import ConsultPick, ConsultSlots
from bot.domain.consultations import Slot, slot_minute
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.toolbox import Entry, Version
from bot.i18n import Translator
from bot.keyboards import consult
from bot.render.formatting import clock_time, moment
from bot.telegram.limits import over_budget_labels

TR = Translator(strict=True)
START = datetime(2027, 11, 24, 16, 30, tzinfo=UTC)
TITLE = "Nachbarschaftsgärten und Stadtökologie: gemeinsam planen, pflanzen und ernten"
ENTRY = Entry(9, "guide", "published", "de", {"de": Version("de", TITLE, "…", "original")})
SLOTS = [
    Slot(7, START + timedelta(hours=i), START + timedelta(hours=i, minutes=30), 1) for i in range(8)
]


def builds(language: str) -> dict[str, Callable[[], InlineKeyboardMarkup]]:
    shown = [
        (n + 1, s, clock_time(s.starts_at, language, "Europe/Moscow")) for n, s in enumerate(SLOTS)
    ]
    pick = ConsultPick(7, slot_minute(START), "sustainability", "be", 12345)
    return {
        "home": lambda: consult.home(TR, language),
        "languages": lambda: consult.languages(TR, language, "municipal", SUPPORTED_LANGUAGES),
        "tips": lambda: consult.tips(TR, language, [ENTRY] * 3, "municipal", "uk"),
        "slots": lambda: consult.slots(
            TR, language, shown, ConsultSlots("municipal", "be", 1, 7, 3), 3, "municipal", "be"
        ),
        "no_slots": lambda: consult.no_slots(TR, language, "municipal", "uk"),
        "waiting": lambda: consult.waiting(TR, language),
        "offer": lambda: consult.offer(TR, language, 12345),
        "confirm": lambda: consult.confirm(TR, language, pick),
        "booked": lambda: consult.booked(TR, language),
        "mine": lambda: consult.mine(
            TR,
            language,
            [(i, moment(s.starts_at, language, "Europe/Moscow")) for i, s in enumerate(SLOTS)],
        ),
        "card": lambda: consult.card(TR, language, 12345),
        "cancel_confirm": lambda: consult.cancel_confirm(TR, language, 12345),
        "after_cancel": lambda: consult.after_cancel(TR, language),
    }


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_consult_keyboard_fits_a_phone(language: str) -> None:
    problems = []
    for name, build in builds(language).items():
        rows = [[b.text for b in row] for row in build().inline_keyboard]
        problems += [(name, *p) for p in over_budget_labels(rows)]
    assert problems == []


def test_every_builder_is_rendered_here() -> None:
    public = {
        name
        for name, obj in vars(consult).items()
        if inspect.isfunction(obj)
        and not name.startswith("_")
        and obj.__module__ == consult.__name__
    }
    assert public == set(builds("en"))
