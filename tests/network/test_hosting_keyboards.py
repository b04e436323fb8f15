"""Every keyboard of a host's consultation hours, in every language and every state, fits a
phone (UX.md's budget); the module's builders are all rendered here."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from datetime import time

import pytest
from telegram import InlineKeyboardMarkup

from bot.domain.consult_hosting import HOST_NUMBERS, NUMBER_CHOICES
from bot.domain.consultations import Host, Window
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.network import NETWORK_TOPICS
from bot.i18n import Translator
from bot.keyboards import consult_hosting as kb
from bot.telegram.limits import over_budget_labels

TR = Translator(strict=True)
# Every day with two windows, every language and topic ticked: the widest labels there are.
FULL = Host(
    user_id=1,
    time_zone="Europe/Berlin",
    languages=SUPPORTED_LANGUAGES,
    topics=NETWORK_TOPICS,
    windows=tuple(
        Window(day, start, end)
        for day in range(7)
        for start, end in ((time(9, 30), time(11, 45)), (time(14), time(23, 59)))
    ),
    video_link="https://meet.example.org/room",
)
EMPTY = Host(user_id=1, time_zone="Europe/Berlin", languages=("de",), active=False)

Build = Callable[[str], InlineKeyboardMarkup]


def cases() -> Iterator[tuple[str, Build]]:
    yield "intro", lambda lang: kb.intro(TR, lang)
    for host in (FULL, EMPTY):
        yield "settings", lambda lang, h=host: kb.settings(TR, lang, h)
        yield "weekdays", lambda lang, h=host: kb.weekdays(TR, lang, h)
        yield "day", lambda lang, h=host: kb.day(TR, lang, h, 2)
        yield "languages", lambda lang, h=host: kb.languages(TR, lang, h)
        yield "topics", lambda lang, h=host: kb.topics(TR, lang, h)
        yield "video", lambda lang, h=host: kb.video(TR, lang, bool(h.video_link))
    for setting in HOST_NUMBERS:
        for current in NUMBER_CHOICES[setting]:
            yield (
                "number_choices",
                lambda lang, s=setting, c=current: kb.number_choices(TR, lang, s, c),
            )
    yield "zone", lambda lang: kb.zone(TR, lang, "Krasnodar")
    yield "zone", lambda lang: kb.zone(TR, lang, None)
    yield "confirm", lambda lang: kb.confirm(TR, lang, "pause")
    yield "confirm", lambda lang: kb.confirm(TR, lang, "stop")
    for status in ("booked", "attended", "no_show"):
        yield (
            "mark_buttons",
            lambda lang, s=status: kb.mark_buttons(TR, lang, 12345, on_list=False, status=s),
        )
    yield "bookings", lambda lang: kb.bookings(TR, lang, list(range(100, 108)))
    yield "after_mark", lambda lang: kb.after_mark(TR, lang)


CASES = list(cases())


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_hosting_label_fits_a_phone(language: str) -> None:
    problems = {
        f"{name}: {text!r} is {width}, budget {budget}"
        for name, build in CASES
        for text, width, budget in over_budget_labels(
            [[b.text for b in row] for row in build(language).inline_keyboard]
        )
    }
    assert not problems, "\n".join(sorted(problems))


def test_every_builder_is_rendered_here() -> None:
    builders = {
        name
        for name, obj in vars(kb).items()
        if inspect.isfunction(obj) and obj.__module__ == kb.__name__ and not name.startswith("_")
    }
    # unit_label is the label inside number_choices, rendered there.
    assert builders - {name for name, _ in CASES} == {"unit_label"}


def test_the_selected_value_is_ticked_and_the_day_with_hours_too() -> None:
    labels = [
        b.text for row in kb.number_choices(TR, "en", "duration", 45).inline_keyboard for b in row
    ]
    assert "✅ 45 min" in labels and "30 min" in labels
    days = [b.text for row in kb.weekdays(TR, "de", FULL).inline_keyboard for b in row]
    assert days[:2] == ["✅ Mo", "✅ Di"]
