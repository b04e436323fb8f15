"""Every keyboard of the idea exchange fits a phone in all five languages, with the longest
titles and every state (all topics and countries chosen, closed posts, machine versions)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from telegram import InlineKeyboardMarkup

from bot.callback_network import ExchangeBrowse
from bot.domain.idea_exchange import Post
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.network import FOCUS_COUNTRIES, NETWORK_TOPICS
from bot.domain.partnerships import Partnership
from bot.domain.texts import LocalizedName
from bot.i18n import Translator
from bot.keyboards import exchange as kb
from bot.telegram.limits import over_budget_labels

TR = Translator(strict=True)
TITLE = "Nachbarschaftsgärten und Stadtökologie: gemeinsam planen, pflanzen und ernten"
BIG = 9_223_372_036_854_775_807  # the largest id a button carries


def post(status: str = "open", kind: str = "offer") -> Post:
    return Post(
        BIG,
        1,
        kind,
        "de",
        TITLE,
        "…",
        NETWORK_TOPICS,
        FOCUS_COUNTRIES,
        1,
        status,  # type: ignore[arg-type]
        datetime(2027, 1, 1, tzinfo=UTC),
    )


PARTNERSHIP = Partnership(BIG, LocalizedName({"de": TITLE}))
Build = Callable[[str], InlineKeyboardMarkup]
ALL_TOPICS = ",".join(NETWORK_TOPICS)
ALL_COUNTRIES = ",".join(FOCUS_COUNTRIES)
CASES: dict[str, Build] = {
    "home": lambda lang: kb.home(TR, lang, True),
    "topics": lambda lang: kb.topics(TR, lang),
    "countries": lambda lang: kb.countries(TR, lang),
    "post_list": lambda lang: kb.post_list(
        TR, lang, [post(), post("closed", "need")] * 3, ExchangeBrowse("topic", "youth", 3), True
    ),
    "post_list[country]": lambda lang: kb.post_list(
        TR, lang, [post()], ExchangeBrowse("country", "MK", 0), False
    ),
    "card": lambda lang: kb.card(
        TR,
        lang,
        post(),
        "t.digitalisation",
        can_ask=True,
        manages=True,
        machine=True,
        original=False,
    ),
    "card[closed]": lambda lang: kb.card(
        TR,
        lang,
        post("closed"),
        "c.MK",
        can_ask=False,
        manages=True,
        machine=False,
        original=True,
    ),
    "mine": lambda lang: kb.mine(TR, lang, [post(), post("closed")]),
    "choose_partnership": lambda lang: kb.choose_partnership(TR, lang, [PARTNERSHIP] * 2),
    "kinds": lambda lang: kb.kinds(TR, lang),
    "cancel_draft": lambda lang: kb.cancel_draft(TR, lang),
    "draft_topics": lambda lang: kb.draft_topics(TR, lang, ALL_TOPICS),
    "draft_countries": lambda lang: kb.draft_countries(TR, lang, ALL_COUNTRIES),
    "draft_countries[any]": lambda lang: kb.draft_countries(TR, lang, ""),
    "preview": lambda lang: kb.preview(TR, lang),
    "confirm_publish": lambda lang: kb.confirm_publish(TR, lang),
    "note": lambda lang: kb.note(TR, lang, BIG, "t.digitalisation"),
    "confirm_request": lambda lang: kb.confirm_request(TR, lang, BIG, "t.digitalisation"),
    "answer_request": lambda lang: kb.answer_request(TR, lang, BIG),
    "confirm_introduction": lambda lang: kb.confirm_introduction(TR, lang, BIG),
    "introduced": lambda lang: kb.introduced(TR, lang, BIG),
    "reply": lambda lang: kb.reply(TR, lang, BIG),
    "cancel_relay": lambda lang: kb.cancel_relay(TR, lang),
    "to_exchange": lambda lang: kb.to_exchange(TR, lang),
    "still_open": lambda lang: kb.still_open(TR, lang, BIG),
}


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_exchange_label_fits_its_row_on_a_phone(language: str) -> None:
    problems = []
    for name, build in CASES.items():
        rows = [[b.text for b in row] for row in build(language).inline_keyboard]
        problems += [
            f"{name}: {text!r} is {w}, budget {b}" for text, w, b in over_budget_labels(rows)
        ]
    assert not problems, "\n".join(problems)


def test_every_builder_is_rendered_here() -> None:
    names = {
        name
        for name, obj in vars(kb).items()
        if inspect.isfunction(obj) and obj.__module__ == kb.__name__ and not name.startswith("_")
    } - {"back_to"}  # a single button, rendered in every card and list
    assert names - {n.split("[")[0] for n in CASES} == set()
