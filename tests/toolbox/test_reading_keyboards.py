"""The toolbox reader's keyboards fit a phone in every language, with long titles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from telegram import InlineKeyboardMarkup

from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.toolbox import ENTRY_KINDS, Entry, Funding, TemplateFile, Version
from bot.i18n import Translator
from bot.keyboards import toolbox as kb
from bot.telegram.limits import over_budget_labels

NOW = datetime(2027, 3, 1, tzinfo=UTC)
TR = Translator(strict=True)
LONG = "Digitalisierung im Verein: Mitgliederverwaltung, Termine und Abstimmungen online"


def entry(kind: str = "funding", origin: str = "machine") -> Entry:
    return Entry(
        id=123456,
        kind=kind,  # type: ignore[arg-type]
        status="published",
        original_language="de",
        versions={
            "de": Version("de", LONG, "Text", "original"),
            "ru": Version("ru", LONG, "Текст", origin),  # type: ignore[arg-type]
        },
        link="https://example.org/grant",
        template=TemplateFile("F1", "a.docx", 10, "application/msword"),
        funding=Funding(NOW + timedelta(days=30), "Europe/Berlin", "5,000 EUR"),
    )


def keyboards(lang: str) -> list[InlineKeyboardMarkup]:
    many = [entry(kind) for kind in ENTRY_KINDS] * 4
    return [
        kb.home(TR, lang, {k: 1234 for k in ENTRY_KINDS}, True),
        kb.results(TR, lang, many, 1, expired_hidden=3, include_expired=False),
        kb.card(
            TR, lang, entry(), NOW, shown_language="ru", member=True, helpful=True, reminded=False
        ),
        kb.card(
            TR, lang, entry(), NOW, shown_language="de", member=True, helpful=False, reminded=True
        ),
        kb.card(
            TR,
            lang,
            entry("tutorial"),
            NOW,
            shown_language=lang,
            member=False,
            helpful=None,
            reminded=False,
        ),
        kb.open_in_bot(TR, lang, "https://t.me/TwinCityTestBot?start=tb1"),
    ]


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_toolbox_label_fits_a_phone(language: str) -> None:
    for markup in keyboards(language):
        rows = [[b.text for b in row] for row in markup.inline_keyboard]
        assert over_budget_labels(rows) == []
