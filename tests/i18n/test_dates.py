"""Dates read as a European reader expects: English as in Britain (24-hour clock, day before
month), Belarusian with whole month names (CLDR's abbreviations are cut words)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.i18n import local_date, local_datetime
from bot.render.formatting import clock_time, moment

# Wednesday 24 November 2027, 18:30 in Berlin.
WHEN = datetime(2027, 11, 24, 17, 30, tzinfo=UTC)
BERLIN = "Europe/Berlin"


def test_english_uses_the_24_hour_clock_and_day_before_month() -> None:
    assert moment(WHEN, "en", BERLIN) == "Wed, 24 Nov 2027, 18:30"
    assert clock_time(WHEN, "en", BERLIN) == "18:30"
    assert local_datetime(WHEN, "en", BERLIN) == "Wed, 24 Nov 2027, 18:30"
    assert local_date(WHEN, "en", BERLIN) == "24 November 2027"


def test_belarusian_spells_the_month_out() -> None:
    text = moment(WHEN, "be", BERLIN)
    assert "лістапада" in text
    assert "18:30" in text
    assert " ліс " not in text
    assert "лістапада" in local_datetime(WHEN, "be", BERLIN)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_no_language_shows_am_or_pm(language: str) -> None:
    text = moment(WHEN, language, BERLIN)
    assert "18:30" in text
    assert "PM" not in text and "AM" not in text
