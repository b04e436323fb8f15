"""Every keyboard of writing a story fits a phone in all five languages (UX.md's budget)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from telegram import InlineKeyboardMarkup

from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.stories import MAX_PHOTOS, StoryPhoto
from bot.i18n import Translator
from bot.keyboards import checkins, teams
from bot.keyboards import story_drafts as kb
from bot.telegram.limits import over_budget_labels

TR = Translator(strict=True)
PHOTOS = tuple(StoryPhoto(10**6 + n, 1, f"F{n}", 2560, 1920) for n in range(MAX_PHOTOS))
BIG = 10**12  # long ids: the data must still fit 64 bytes

Build = Callable[[str], InlineKeyboardMarkup]
CASES: list[tuple[str, Build]] = (
    [
        (
            f"draft_card[{e},{c}]",
            lambda lang, e=e, c=c: kb.draft_card(
                TR, lang, BIG, editable=e, photos=MAX_PHOTOS, consent=c
            ),
        )
        for e in (True, False)
        for c in ("given", "declined", "pending", None)
    ]
    + [
        (f"consent_answered[{c}]", lambda lang, c=c: kb.consent_answered(TR, lang, BIG, c, True))
        for c in ("given", "declined", "pending")
    ]
    + [
        ("consent_question", lambda lang: kb.consent_question(TR, lang, BIG, False)),
        ("photos", lambda lang: kb.photos(TR, lang, BIG, PHOTOS)),
        ("back_to_draft", lambda lang: kb.back_to_draft(TR, lang, BIG)),
        ("confirm_review", lambda lang: kb.confirm_review(TR, lang, BIG, 12)),
        ("review_notice", lambda lang: kb.review_notice(TR, lang, BIG)),
        ("confirm_request", lambda lang: kb.confirm_request(TR, lang, BIG, 12)),
        ("requested", lambda lang: kb.requested(TR, lang, BIG)),
        ("teams.team_card+story", lambda lang: teams.team_card(TR, lang, True, BIG, BIG)),
        ("checkins.coach_team", lambda lang: checkins.coach_team(TR, lang, BIG, [])),
    ]
)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_story_writing_label_fits_a_phone(language: str) -> None:
    problems = {}
    for name, build in CASES:
        rows = [[b.text for b in row] for row in build(language).inline_keyboard]
        for text, width, budget in over_budget_labels(rows):
            problems[f"{text!r} is {width}, budget {budget}"] = name
    assert not problems, "\n".join(f"{n}: {p}" for p, n in problems.items())


def test_every_builder_of_the_module_is_rendered_here() -> None:
    builders = {
        n
        for n, f in vars(kb).items()
        if callable(f) and getattr(f, "__module__", "") == kb.__name__
    }
    assert builders <= {name.split("[")[0] for name, _ in CASES}
