"""Messages put together from optional parts read cleanly in every language: no stray or
double spaces when a part is absent, no "18 confirmed of unlimited"."""

from __future__ import annotations

import itertools

import pytest

from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.texts import LocalizedName
from bot.i18n import Translator
from bot.services.matching import proposal_reasons

TR = Translator(strict=True)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_matching_reasons_have_no_stray_spaces_and_no_placeholders(language: str) -> None:
    """Any mix of known reasons reads cleanly; a reason that is not known is left out."""
    themes = {1: LocalizedName({"en": "Ecology & Health"}), 2: LocalizedName({"en": "Culture"})}
    for wanted, voted, cared, shared in itertools.product(
        (True, False), (True, False), ([], [1], [1, 2]), ([], ["de"], ["de", "ru"])
    ):
        reasons = {"wanted": wanted, "voted": voted, "themes": cared, "languages": shared}
        text = proposal_reasons(TR, language, reasons, themes)
        assert text == text.strip(), f"{language} {reasons}: {text!r}"
        assert "  " not in text and " ;" not in text and " ," not in text, f"{language}: {text!r}"
        assert " - " not in text and not text.endswith("-"), f"{language}: {text!r}"
        assert ("Ecology & Health" in text) == bool(cared)
        assert text.count(";") == wanted + voted + bool(cared) + bool(shared) - 1 or not text
    assert proposal_reasons(TR, language, {}, themes) == ""


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
