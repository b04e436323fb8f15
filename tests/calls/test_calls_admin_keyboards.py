"""Every keyboard of the administrators' call screens fits a phone in all five languages (the
tests/keyboards/test_phone_budget.py check, for bot/keyboards/calls_admin.py)."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from telegram import InlineKeyboardMarkup

from bot.callback_calls import CallItem
from bot.domain.calls import Call, CallPhase, Criterion, Question
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.texts import LocalizedName
from bot.i18n import Translator
from bot.keyboards import calls_admin
from bot.telegram.limits import over_budget_labels

TR = Translator(strict=True)
LONG_TITLE = {
    "de": "Twin City Booster 2027: Bewerbt euch gemeinsam als Partnerstädte und Initiativen",
    "en": "Twin City Booster 2027: apply together as partner cities, associations and initiatives",
    "ru": "Twin City Booster 2027: подавайте заявку вместе как города-партнёры и инициативы",
    "uk": "Twin City Booster 2027: подавайте заявку разом як міста-партнери та ініціативи",
    "be": "Twin City Booster 2027: падавайце заяўку разам як гарады-партнёры і ініцыятывы",
}
PERSON = "Aleksandra-Viktoriya Konstantinopolskaya · Krasnodar"
MOMENT = datetime(2027, 1, 1, tzinfo=UTC)
CRITERION = Criterion(5, 7, 0, LocalizedName(LONG_TITLE), weight=2)
QUESTION = Question(3, 7, 0, "text", LocalizedName(LONG_TITLE))
CONTACT = Question(4, 7, 1, "contact", None, field="institution")
CALL = Call(
    7,
    LocalizedName(LONG_TITLE),
    LocalizedName(LONG_TITLE),
    ("BY", "DE", "RU", "UA"),
    "Europe/Berlin",
    MOMENT,
    MOMENT,
    MOMENT,
    1,
)

Case = tuple[str, Callable[[str], InlineKeyboardMarkup]]


def cases() -> Iterator[Case]:
    tr, kb = TR, calls_admin
    yield "home", lambda lang: kb.home(tr, lang, [(7, LONG_TITLE[lang]), (8, "Short")])
    for phase in CallPhase:
        for submitted in (0, 12):
            yield (
                f"card[{phase.value},{submitted}]",
                lambda lang, p=phase, s=submitted: kb.card(tr, lang, CALL, p, s),
            )
    yield "back_to_card", lambda lang: kb.back_to_card(tr, lang, 7)
    yield "confirm_publish", lambda lang: kb.confirm_publish(tr, lang, 7)
    yield "reviewers", lambda lang: kb.reviewers(tr, lang, 7, [(5, PERSON), (6, "Олег")])
    yield "back_to_reviewers", lambda lang: kb.back_to_reviewers(tr, lang, 7)
    yield "confirm_remove", lambda lang: kb.confirm_remove(tr, lang, 7, 5)
    yield "reviewer_links", lambda lang: kb.reviewer_links(tr, lang, 7)
    yield "reviewer_joined", lambda lang: kb.reviewer_joined(tr, lang, 7)
    for blind in (False, True):
        yield f"edit[{blind}]", lambda lang, b=blind: kb.edit(tr, lang, replace(CALL, blind=b))
    yield "back_to_edit", lambda lang: kb.back_to_edit(tr, lang, 7)
    for action in ("title_lang", "text_lang"):
        yield f"languages[{action}]", lambda lang, a=action: kb.languages(tr, lang, 7, a)
    for chosen in (("DE",), ("BY", "DE", "RU", "UA")):
        yield (
            f"countries[{len(chosen)}]",
            lambda lang, c=chosen: kb.countries(
                tr, lang, replace(CALL, countries=c), ["Weißrussland", "Deutschland", "R", "U"]
            ),
        )
    for zone in ("Europe/Berlin", "Europe/Minsk"):
        yield f"zones[{zone}]", lambda lang, z=zone: kb.zones(tr, lang, replace(CALL, time_zone=z))
    yield "reviewers_per_application", lambda lang: kb.reviewers_per_application(tr, lang, CALL)
    for locked in (False, True):
        yield f"criteria[{locked}]", lambda lang, lk=locked: kb.criteria(tr, lang, CALL, lk)
        yield (
            f"criterion[{locked}]",
            lambda lang, lk=locked: kb.criterion(tr, lang, 7, CRITERION, lk),
        )
        yield (
            f"questions[{locked}]",
            lambda lang, lk=locked: kb.questions(tr, lang, 7, [(3, f"12. {LONG_TITLE[lang]}")], lk),
        )
        for item in (QUESTION, CONTACT, replace(QUESTION, required=False)):
            yield (
                f"question[{locked},{item.kind},{item.required}]",
                lambda lang, lk=locked, q=item: kb.question(tr, lang, 7, q, lk),
            )
    yield "question_languages", lambda lang: kb.question_languages(tr, lang, 7, 3)
    yield (
        "confirm_item_drop",
        lambda lang: kb.confirm_item_drop(
            tr, lang, CallItem("q_drop_ok", 7, 3, 0), CallItem("q", 7, 3, 0)
        ),
    )
    yield "back_to_item", lambda lang: kb.back_to_item(tr, lang, CallItem("q", 7, 3, 0))


CASES = list(cases())


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_label_fits_its_row_on_a_phone(language: str) -> None:
    problems: dict[str, str] = {}
    for name, build in CASES:
        rows = [[b.text for b in row] for row in build(language).inline_keyboard]
        for text, width, budget in over_budget_labels(rows):
            problems.setdefault(f"{text!r} is {width}, budget {budget}", name)
    assert not problems, "\n".join(f"{name}: {p}" for p, name in problems.items())


def test_every_keyboard_builder_is_rendered_here() -> None:
    builders = {
        name
        for name, obj in vars(calls_admin).items()
        if not name.startswith("_")
        and inspect.isfunction(obj)
        and obj.__module__ == calls_admin.__name__
    }
    assert builders - {name.split("[")[0] for name, _ in CASES} == set()
