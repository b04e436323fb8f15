"""Every newsletter keyboard, in every language, with the longest data, fits a phone."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from telegram import InlineKeyboardMarkup

from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.network import FOCUS_COUNTRIES, NETWORK_TOPICS
from bot.domain.network_calendar import CalendarFilter
from bot.domain.newsletter import NEWSLETTER_ROLES, NewsletterAudience, NewsletterDraft, Section
from bot.domain.partnerships import City
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop, WorkshopKind, WorkshopStatus
from bot.i18n import Translator
from bot.keyboards import newsletter as kb
from bot.keyboards import workshops
from bot.telegram.limits import over_budget_labels

TR = Translator(strict=True)
CITIES = [
    City(i, 1, LocalizedName({"de": name}), "Europe/Berlin")
    for i, name in enumerate(("Karlsruhe", "Krasnodar", "Sankt Wendel-Bliesen an der Saar"), 1)
]
WORKSHOP = Workshop(
    7,
    1,
    WorkshopKind.KICKOFF,
    LocalizedName({"en": "Garden day"}),
    datetime(2027, 4, 24, 16, 30, tzinfo=UTC),
    datetime(2027, 4, 24, 19, 0, tzinfo=UTC),
    "Europe/Berlin",
    WorkshopStatus.PUBLISHED,
)


def draft(written: str, role: str = "everyone") -> NewsletterDraft:
    section = [Section("Heading", "Text")]
    versions = {code: section for code in SUPPORTED_LANGUAGES}
    audience = NewsletterAudience.from_dict({"country": "MK", "topic": "municipal", "role": role})
    return NewsletterDraft(1, written, "sections", versions, ["ru"], None, audience)


def cases() -> Iterator[tuple[str, Callable[[str], InlineKeyboardMarkup]]]:
    yield "home", lambda lang: kb.home(TR, lang)
    yield "cancel_only", lambda lang: kb.cancel_only(TR, lang)
    for written in SUPPORTED_LANGUAGES:
        yield "sections", lambda lang, w=written: kb.sections(TR, lang, draft(w), True)
    for role in NEWSLETTER_ROLES:
        yield "audience", lambda lang, r=role: kb.audience(TR, lang, draft("en", r))
    countries = sorted({*FOCUS_COUNTRIES, "BA", "CF", "VC", "GS"})  # long names too
    for chosen in (None, "MK", "BA"):
        yield "countries", lambda lang, c=chosen: kb.countries(TR, lang, countries, c)
    for topic in (None, *NETWORK_TOPICS):
        yield "topics", lambda lang, t=topic: kb.topics(TR, lang, list(NETWORK_TOPICS), t)
    for count in (0, 1, 3, 22, 123456):
        yield "confirm", lambda lang, c=count: kb.confirm(TR, lang, c)
    yield "scheduled", lambda lang: kb.scheduled(TR, lang, 123456)
    yield "event_cancel", lambda lang: kb.event_cancel(TR, lang)
    yield "event_created", lambda lang: kb.event_created(TR, lang)
    yield "event_cities", lambda lang: kb.event_cities(TR, lang, CITIES)
    filters = [CalendarFilter(), CalendarFilter("MK", "municipal"), CalendarFilter("BA", None)]
    for chosen in filters:
        yield "calendar", lambda lang, f=chosen: kb.calendar(TR, lang, f)
        yield "calendar", lambda lang, f=chosen: kb.calendar(TR, lang, f, True)  # staff
        yield (
            "calendar_countries",
            lambda lang, f=chosen: kb.calendar_countries(TR, lang, countries, f),
        )
        yield (
            "calendar_topics",
            lambda lang, f=chosen: kb.calendar_topics(TR, lang, list(NETWORK_TOPICS), f),
        )
    for public in (False, True):
        yield (
            "public_toggle",
            lambda lang, p=public: InlineKeyboardMarkup([[kb.public_toggle(TR, lang, 7, p)]]),
        )
        # The organiser's workshop card with the toggle (bot/keyboards/workshops.py).
        yield (
            "workshops.organiser_card",
            lambda lang, p=public: workshops.organiser_card(TR, lang, WORKSHOP, p),
        )
    yield "original", lambda lang: kb.original(TR, lang, 12345)


CASES = list(cases())


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_newsletter_label_fits_its_row_on_a_phone(language: str) -> None:
    problems = {}
    for name, build in CASES:
        rows = [[b.text for b in row] for row in build(language).inline_keyboard]
        for text, width, budget in over_budget_labels(rows):
            problems[f"{text!r} is {width}, budget {budget}"] = name
    assert not problems, "\n".join(f"{name}: {p}" for p, name in problems.items())


def test_every_newsletter_keyboard_is_rendered_here() -> None:
    builders = {
        name
        for name, obj in vars(kb).items()
        if inspect.isfunction(obj) and obj.__module__ == kb.__name__ and not name.startswith("_")
    }
    assert builders == {name for name, _ in CASES if "." not in name}
