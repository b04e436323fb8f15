"""The network family's keyboards fit a phone in every language (UX.md's budget), for the
people who see the most buttons (network staff who coach, too)."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import pytest
from telegram import InlineKeyboardMarkup

from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.network import FOCUS_COUNTRIES, NETWORK_TOPICS
from bot.domain.roles import Actor, Role
from bot.i18n import Translator
from bot.keyboards import network
from bot.services.network import country_name
from bot.telegram.limits import over_budget_labels

TR = Translator(strict=True)
LONG_NAME = "Aleksandra-Viktoriya Konstantinopolskaya"
# Every focus country and the longest typed ones, named as the handler names them.
COUNTRY_NAMES = {
    lang: {c: country_name(c, lang) for c in (*FOCUS_COUNTRIES, "PL", "SE", "BA")}
    for lang in SUPPORTED_LANGUAGES
}
STAFF_COACH = Actor(7, False, frozenset({(1, Role.COACH)}), frozenset({1}))

CASES: dict[str, Callable[[str], InlineKeyboardMarkup]] = {
    "network_home": lambda lang: network.network_home(TR, lang, STAFF_COACH),
    "stats_keyboard": lambda lang: network.stats_keyboard(TR, lang),
    "staff_keyboard": lambda lang: network.staff_keyboard(TR, lang, [(7, LONG_NAME), (8, "Ada")]),
    "back_to_staff": lambda lang: network.back_to_staff(TR, lang),
    "remove_staff_keyboard": lambda lang: network.remove_staff_keyboard(TR, lang, 7),
    "profile_keyboard": lambda lang: network.profile_keyboard(TR, lang, 1, True),
    "countries_keyboard": lambda lang: network.countries_keyboard(
        TR, lang, 1, ("PL", "SE", "BA"), COUNTRY_NAMES[lang]
    ),
    "topics_keyboard": lambda lang: network.topics_keyboard(TR, lang, 1, NETWORK_TOPICS),
    "contact_keyboard": lambda lang: network.contact_keyboard(TR, lang, 1, [(7, LONG_NAME)]),
    "back_to_profile": lambda lang: network.back_to_profile(TR, lang, 1),
    "consent_keyboard": lambda lang: network.consent_keyboard(TR, lang, 1),
    "withdraw_keyboard": lambda lang: network.withdraw_keyboard(TR, lang, 1),
}


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_network_label_fits_its_row(language: str) -> None:
    problems = []
    for name, build in CASES.items():
        rows = [[b.text for b in row] for row in build(language).inline_keyboard]
        problems += [(name, *found) for found in over_budget_labels(rows)]
    assert problems == []


def test_every_network_keyboard_builder_is_rendered_here() -> None:
    builders = {
        name
        for name, obj in vars(network).items()
        if inspect.isfunction(obj) and obj.__module__ == network.__name__
    }
    assert builders - set(CASES) == set()
