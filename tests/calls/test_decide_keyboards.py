"""Every keyboard of deciding a call fits a phone in all five languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from telegram import InlineKeyboardMarkup

from bot.domain.calls import DECISIONS
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.i18n import Translator
from bot.keyboards import call_decisions as kb
from bot.telegram.limits import over_budget_labels

TR = Translator(strict=True)
BUILDERS: dict[str, Callable[[str], InlineKeyboardMarkup]] = {
    **{
        f"decision[{d}]": (lambda lang, d=d: kb.decision(TR, lang, 1, 2, d))  # type: ignore[misc]
        for d in (*DECISIONS, None)
    },
    "letters": lambda lang: kb.letters(TR, lang, 1, 12),
    "letters-nothing": lambda lang: kb.letters(TR, lang, 1, 0),
    **{
        f"preview[{d}]": (lambda lang, d=d: kb.preview(TR, lang, 1, d))  # type: ignore[misc]
        for d in DECISIONS
    },
    "editing": lambda lang: kb.editing(TR, lang, 1, "accepted"),
    "confirm": lambda lang: kb.confirm(TR, lang, 1),
    "after_sending": lambda lang: kb.after_sending(TR, lang, 1),
    "join": lambda lang: kb.join(TR, lang, "https://t.me/bot?start=inv-abcdefgh"),
}


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_label_fits_its_row_on_a_phone(language: str) -> None:
    problems = []
    for name, build in BUILDERS.items():
        rows = [[b.text for b in row] for row in build(language).inline_keyboard]
        problems += [f"{name}: {t!r} {w}/{b}" for t, w, b in over_budget_labels(rows)]
    assert not problems


def test_every_builder_is_rendered() -> None:
    public = {n for n, f in vars(kb).items() if callable(f) and f.__module__ == kb.__name__}
    assert public == {name.split("[")[0].split("-")[0] for name in BUILDERS}
