"""Messages put together from optional parts read cleanly in every language: no stray or
double spaces when a part is absent, no "18 confirmed of unlimited"."""

from __future__ import annotations

import itertools

import pytest

from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.i18n import Translator

TR = Translator(strict=True)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_matching_reasons_have_no_stray_spaces(language: str) -> None:
    for wanted, voted in itertools.product(("yes", "no"), repeat=2):
        text = TR.plain(
            language,
            "matching-reasons",
            wanted=wanted,
            voted=voted,
            themes="Ecology & Health",
            languages="German",
        )
        assert text == text.strip(), f"{language} {wanted}/{voted}: {text!r}"
        assert "  " not in text, f"{language} {wanted}/{voted}: {text!r}"
        assert " ;" not in text and " ," not in text, f"{language}: {text!r}"


@pytest.mark.parametrize(
    ("language", "unlimited"), [("en", "Confirmed: 18 (no seat limit)"), ("de", "Bestätigt: 18")]
)
def test_organiser_card_without_capacity_has_its_own_wording(language: str, unlimited: str) -> None:
    args = {
        "title": "Kick-off",
        "status": "published",
        "when": "today",
        "place": "Karlsruhe",
        "confirmed": 18,
        "attended": 0,
        "waitlisted": 0,
        "offered": 0,
    }
    text = TR.plain(language, "workshops-manage-card", capacity=-1, **args)
    assert unlimited in text
    assert "unlimited" not in text and "unbegrenzt von" not in text and "von unbegrenzt" not in text
    limited = TR.plain(language, "workshops-manage-card", capacity=50, **args)
    assert "18" in limited and "50" in limited
