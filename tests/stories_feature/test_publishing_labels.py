"""Every button label of the story reading and publishing screens fits a phone in all five
languages, with the longest values (a long title, 12 months selected, the longest language
name)."""

from __future__ import annotations

import pytest

from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.handlers import story_reading, story_review
from bot.i18n import Translator
from bot.telegram.limits import over_budget_labels

TR = Translator(strict=True)
SINGLE = (
    "menu-stories",
    "stories-review-button",
    "stories-as-readers-see",
    "stories-publish",
    "stories-send-back",
    "stories-withdraw",
    "stories-publish-now",
    "stories-withdraw-yes",
    "stories-all",
    "stories-in-my-language",
    "stories-back-to-story",
    "stories-open",
    "stories-update-write",
)
LONG_TITLE = "Grüne Innenstadt für beide Städte: Bäume, Bänke und ein Fest"


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_story_labels_fit_a_phone(language: str) -> None:
    def t(mid: str, **args: object) -> str:
        return TR.plain(language, mid, **args)

    rows = [[t(mid)] for mid in SINGLE]
    rows.append([t("stories-photos", count=6)])
    for code in SUPPORTED_LANGUAGES:
        rows.append([t("stories-original", mark="🇺🇦", language=t(f"language-name-{code}"))])
    for chosen in (0, 3, 6, 12):
        months = [
            ("✅ " if m == chosen else "") + t("stories-review-months", months=m)
            for m in (0, 3, 6, 12)
        ]
        rows += [months[:2], months[2:]]
    rows.append([t("stories-page-previous"), t("stories-page-next")])
    rows.append([f"📥 {story_review._short(LONG_TITLE)}"])
    rows.append([f"128. {story_reading._short(LONG_TITLE)}"])
    assert not over_budget_labels(rows)
