"""Plural mistakes are loud: a count is never lost, "exactly one" has its own [1] variant in
ru/uk/be, and no count stands before a noun outside a selector. Each check is also run on a
deliberately broken copy to show it fails."""

from __future__ import annotations

import pytest

from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.paths import LOCALES_DIR
from tests.i18n.ftl_checks import (
    SLAVIC,
    Locales,
    exact_one_missing,
    numbers_before_nouns,
    numbers_lost,
)

LOCALES = Locales.from_directory(LOCALES_DIR, SUPPORTED_LANGUAGES)


def _report(problems: list[str]) -> str:
    return f"{len(problems)} problem(s):\n" + "\n".join(problems)


@pytest.mark.parametrize("language", [lang for lang in SUPPORTED_LANGUAGES if lang != "en"])
def test_every_count_shown_in_english_is_shown_in_every_language(language: str) -> None:
    problems = numbers_lost(LOCALES, language)
    assert not problems, _report(problems)


@pytest.mark.parametrize("language", SLAVIC)
def test_one_shows_the_number_and_exactly_one_has_its_own_variant(language: str) -> None:
    problems = exact_one_missing(LOCALES, language)
    assert not problems, _report(problems)


@pytest.mark.parametrize("language", SLAVIC)
def test_no_count_before_a_noun_outside_a_selector(language: str) -> None:
    problems = numbers_before_nouns(LOCALES, language)
    assert not problems, _report(problems)


# --- the checks themselves -----------------------------------------------------------

ENGLISH = """
# Variables:
#   $count (Number) - ideas removed
ideas-removed = { $count ->
    [one] Your idea was removed.
   *[other] Your { $count } ideas were removed.
}
# Variables:
#   $count (Number) - seats
seats = { $count ->
    [one] 1 seat
   *[other] { $count } seats
}
# Variables:
#   $length (Number) - characters
#   $limit (Number) - maximum
title-long = That title has { $length } characters; please keep it to { $limit }.
"""

RUSSIAN_GOOD = """
ideas-removed = { $count ->
    [1] Ваша идея удалена.
    [one] Удалена { $count } ваша идея.
    [few] Удалены { $count } ваши идеи.
   *[many] Удалено { $count } ваших идей.
}
seats = { $count ->
    [one] { $count } место
    [few] { $count } места
   *[many] { $count } мест
}
title-long = Символов в названии: { $length }; можно не больше { $limit }.
"""

# What issue #18 found: [one] drops the count (wrong for 21), no [1], a bare count before
# a noun, and a [one] variant that shows no number at all.
RUSSIAN_BROKEN = """
ideas-removed = { $count ->
    [one] Ваша идея удалена.
    [few] Удалены { $count } ваши идеи.
   *[many] Удалено { $count } ваших идей.
}
seats = { $count ->
    [one] одно место
    [few] { $count } места
   *[many] { $count } мест
}
title-long = В названии { $length } символов; можно не больше { $limit }.
"""


def _pair(russian: str) -> Locales:
    return Locales.from_sources({"en": [ENGLISH], "ru": [russian]})


def test_lost_numbers_are_found_in_a_broken_copy() -> None:
    assert numbers_lost(_pair(RUSSIAN_GOOD), "ru") == []
    problems = numbers_lost(_pair(RUSSIAN_BROKEN), "ru")
    assert any(p.startswith("ru/ideas-removed: $count = 21, 101") for p in problems), problems
    assert any(p.startswith("ru/seats: $count = 1, 21, 101") for p in problems), problems


def test_missing_exact_one_is_found_in_a_broken_copy() -> None:
    assert exact_one_missing(_pair(RUSSIAN_GOOD), "ru") == []
    problems = exact_one_missing(_pair(RUSSIAN_BROKEN), "ru")
    assert "ru/ideas-removed: English means exactly one $count; add a [1] variant" in problems
    assert "ru/ideas-removed: [one] of $count does not show the number" in problems
    assert "ru/seats: [one] of $count does not show the number" in problems
    # "1 seat" shows the number, so it does not mean "exactly one": no [1] is required.
    assert not any("ru/seats: English means exactly one" in p for p in problems)


def test_count_before_noun_is_found_in_a_broken_copy() -> None:
    assert numbers_before_nouns(_pair(RUSSIAN_GOOD), "ru") == []
    problems = numbers_before_nouns(_pair(RUSSIAN_BROKEN), "ru")
    assert problems == ["ru/title-long: { $length } символов"]


def test_prepositions_units_and_selected_counts_may_follow_a_number() -> None:
    russian = """
ok = { $sent } из { $total } · за { $hours } ч · { $limit } МБ · { $count } { $count ->
    [one] идея
    [few] идеи
   *[many] идей
}
"""
    assert numbers_before_nouns(Locales.from_sources({"ru": [russian]}), "ru") == []
