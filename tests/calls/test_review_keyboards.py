"""Every reviewing keyboard, in every language, with long realistic data, fits a phone."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator

import pytest
from telegram import InlineKeyboardMarkup

from bot.callback_calls import RankedApplication, ReviewList, ReviewQuestion
from bot.domain.calls import Criterion
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.texts import LocalizedName
from bot.i18n import Translator
from bot.keyboards import reviews
from bot.telegram.limits import over_budget_labels

TR = Translator(strict=True)
LONG = {
    "de": "Partnerschaftspotenzial und langfristige Zusammenarbeit der Städte",
    "en": "Partnership potential and long-term cooperation between the cities",
    "ru": "Потенциал партнёрства и долгосрочное сотрудничество городов",
    "uk": "Потенціал партнерства та довгострокова співпраця міст",
    "be": "Патэнцыял партнёрства і доўгатэрміновае супрацоўніцтва гарадоў",
}
CRITERION = Criterion(3, 1, 1, LocalizedName(LONG), weight=2, scale_max=10)
PAIR = "Sankt Petersburg – Frankfurt am Main · to score"

TITLE = "Twin City Booster: apply as partner cities"

Build = Callable[[str], InlineKeyboardMarkup]


def item(lang: str, state: str) -> str:
    def render(part: str) -> str:
        return TR.plain(lang, "review-item", label=part, state=state)

    return reviews.item_label(render, "Санкт-Петербург – Frankfurt am Main")


def cases() -> Iterator[tuple[str, Build]]:
    rb = reviews.ReviewButtons(TR)
    yield "ReviewButtons.open_list", lambda lang: rb.open_list(lang, 1)
    yield "my_calls", lambda lang: reviews.my_calls(TR, lang, [(1, LONG[lang])])
    yield "review_list", lambda lang: reviews.review_list(TR, lang, [(1, PAIR), (2, PAIR)])
    yield "short_title", lambda lang: reviews.my_calls(TR, lang, [(1, reviews.short_title(TITLE))])
    yield "item_label", lambda lang: reviews.review_list(TR, lang, [(1, item(lang, "todo"))])
    for original in (False, True):
        for back in (ReviewList(1), RankedApplication(2)):
            here = ReviewQuestion(2, 3, 0, original)
            yield (
                f"question[{original},{type(back).__name__}]",
                lambda lang, h=here, b=back: reviews.question(TR, lang, h, 7, 2, True, b),
            )
    for current in (None, 1, 10):
        yield (
            f"criterion[{current}]",
            lambda lang, c=current: reviews.criterion(TR, lang, 2, CRITERION, c),
        )
    for submitted in (False, True):
        yield (
            f"sheet[{submitted}]",
            lambda lang, s=submitted: reviews.sheet(TR, lang, 2, 1, [CRITERION] * 4, s),
        )
    yield "back_to_sheet", lambda lang: reviews.back_to_sheet(TR, lang, 2)
    for back in (ReviewList(1), RankedApplication(2)):
        yield (
            f"after_all[{type(back).__name__}]",
            lambda lang, b=back: reviews.after_all(TR, lang, 2, b),
        )
    yield "confirm_submit", lambda lang: reviews.confirm_submit(TR, lang, 2)
    for new in (0, 5):
        yield f"confirm_assign[{new}]", lambda lang, n=new: reviews.confirm_assign(TR, lang, 1, n)
    yield "after_assign", lambda lang: reviews.after_assign(TR, lang, 1)
    for page in (0, 1, 2):
        yield (
            f"ranking[{page}]",
            lambda lang, p=page: reviews.ranking(TR, lang, 1, [(9, f"12. {PAIR}")] * 8, p, 3),
        )
    yield "admin_application", lambda lang: reviews.admin_application(TR, lang, 2, 1)


CASES = list(cases())


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_reviewing_label_fits_its_row_on_a_phone(language: str) -> None:
    problems = []
    for name, build in CASES:
        rows = [[b.text for b in row] for row in build(language).inline_keyboard]
        problems += [f"{name}: {p}" for p in over_budget_labels(rows)]
    assert problems == []


def test_every_reviewing_keyboard_builder_is_rendered_here() -> None:
    builders = {
        name for name, f in inspect.getmembers(reviews, inspect.isfunction)
        if f.__module__ == reviews.__name__
    } | {
        f"ReviewButtons.{name}" for name, _ in inspect.getmembers(
            reviews.ReviewButtons, inspect.isfunction
        ) if not name.startswith("_")
    }  # fmt: skip
    assert builders - {name.split("[")[0] for name, _ in CASES} == set()


def test_long_call_titles_and_city_pairs_keep_what_a_reviewer_must_read() -> None:
    """The call's name before the colon, and the state word whole (the cities give way)."""
    assert reviews.short_title(TITLE) == "Twin City Booster"
    assert reviews.short_title("Short call") == "Short call"
    assert item("en", "todo").endswith("… · to score")
    assert item("en", "todo").startswith("Санкт-Петербург")
    assert item("de", "done").endswith(" · eingereicht")
    for lang in SUPPORTED_LANGUAGES:
        for state in ("todo", "started", "done"):
            whole = TR.plain(lang, "review-item", label="", state=state)
            assert item(lang, state).endswith(whole.strip()), (lang, state)
