"""Every BarCamp keyboard of the people's side fits a phone in all five languages (UX.md's
budget), in every state its labels change with."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from telegram import InlineKeyboardMarkup

from bot.domain.barcamp import PHASE_ORDER, Barcamp, CampRoom, CampSlot
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.i18n import Translator
from bot.keyboards import barcamp as kb
from bot.telegram.limits import over_budget_labels

tr = Translator(strict=True)
NOW = datetime(2027, 4, 24, 8, 0, tzinfo=UTC)
ROOMS = [
    CampRoom(i, name, 20, frozenset({"de"}), None, i)
    for i, name in enumerate(["Saal", "Комната для большой дискуссии о городе", "B"], 1)
]
SLOTS = [
    CampSlot(i, NOW + timedelta(hours=i), NOW + timedelta(hours=i, minutes=45), i)
    for i in range(1, 10)
]


def camp(index: int) -> Barcamp:
    return Barcamp(7, 3, PHASE_ORDER[index], 3, NOW)


Build = Callable[[str], InlineKeyboardMarkup]


def cases() -> Iterator[tuple[str, Build]]:
    for i in range(len(PHASE_ORDER)):
        yield f"home[{i}]", lambda lang, i=i: kb.home(tr, lang, 3, camp(i))
        yield f"person_home[{i}]", lambda lang, i=i: kb.person_home(tr, lang, camp(i))
    yield "create", lambda lang: kb.create(tr, lang, 3)
    yield "rooms", lambda lang: kb.rooms(tr, lang, 3, ROOMS)
    yield "room_card", lambda lang: kb.room_card(tr, lang, 3, 1)
    yield "room_remove", lambda lang: kb.room_remove(tr, lang, 3, 1)
    yield "room_step_cancel", lambda lang: kb.room_step_cancel(tr, lang, 3)
    yield "capacities", lambda lang: kb.capacities(tr, lang, 3)
    yield "languages[none]", lambda lang: kb.languages(tr, lang, 3, ())
    yield "languages[all]", lambda lang: kb.languages(tr, lang, 3, SUPPORTED_LANGUAGES)
    yield "bridge", lambda lang: kb.bridge(tr, lang, 3)
    yield "slots", lambda lang: kb.slots(tr, lang, 3, SLOTS)
    yield "slot_remove", lambda lang: kb.slot_remove(tr, lang, 3, 1)
    starts = [(f"{9 + n // 2:02d}:{30 * (n % 2):02d}", n) for n in range(12)]
    yield "slot_starts", lambda lang: kb.slot_starts(tr, lang, 3, starts)
    yield "slot_lengths", lambda lang: kb.slot_lengths(tr, lang, 3)
    yield "limits", lambda lang: kb.limits(tr, lang, 3, 3)
    yield "phase_question", lambda lang: kb.phase_question(tr, lang, 3, 1)
    yield "open_notice", lambda lang: kb.open_notice(tr, lang, 3)
    yield "notes_notice", lambda lang: kb.notes_notice(tr, lang, 5)
    yield "proposal_cancel", lambda lang: kb.proposal_cancel(tr, lang, 3)
    yield "proposal_description", lambda lang: kb.proposal_description(tr, lang, 7, 3)
    yield "proposal_language", lambda lang: kb.proposal_language(tr, lang, 7, 3, "ru")
    yield "proposal_similar", lambda lang: kb.proposal_similar(tr, lang, 7, 3, 5)
    yield "proposal_preview", lambda lang: kb.proposal_preview(tr, lang, 7, 3)
    ids = list(range(100, 106))
    yield (
        "proposal_list",
        lambda lang: kb.proposal_list(tr, lang, camp(1), ids, 7, 1, 3, mine=False),
    )
    yield "proposal_card[host]", lambda lang: kb.proposal_card(tr, lang, camp(1), 5, host=True)
    yield "proposal_card", lambda lang: kb.proposal_card(tr, lang, camp(1), 5, host=False)
    yield "withdraw_question", lambda lang: kb.withdraw_question(tr, lang, camp(1), 5)
    entries = [(n, 100 + n, n % 2 == 0) for n in range(95, 101)]
    for originals in (None, True, False):
        yield (
            f"interest[{originals}]",
            lambda lang, o=originals: kb.interest(tr, lang, camp(2), entries, 1, 3, originals=o),
        )
    yield "notes_cancel", lambda lang: kb.notes_cancel(tr, lang)


CASES = list(cases())


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_barcamp_label_fits_its_row_on_a_phone(language: str) -> None:
    problems = [
        f"{name}: {text!r} is {width}, budget {budget}"
        for name, build in CASES
        for text, width, budget in over_budget_labels(
            [[b.text for b in row] for row in build(language).inline_keyboard]
        )
    ]
    assert not problems, "\n".join(problems)


def test_every_barcamp_keyboard_is_rendered_here() -> None:
    builders = {
        name
        for name, obj in vars(kb).items()
        if inspect.isfunction(obj) and obj.__module__ == kb.__name__ and not name.startswith("_")
    }
    assert builders - {name.split("[")[0] for name, _ in CASES} == set()
