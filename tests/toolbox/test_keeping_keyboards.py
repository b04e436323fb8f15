"""Every keyboard of the keepers' toolbox fits a phone in all five languages, with the
longest titles and every state (all tags chosen, machine versions in every language)."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import pytest
from telegram import InlineKeyboardMarkup

from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.toolbox import PHASES, TOPICS, Entry, Version
from bot.domain.toolbox_keeping import COUNTRIES, KeeperOverview
from bot.i18n import Translator
from bot.keyboards import markup
from bot.keyboards import toolbox_admin as kb
from bot.telegram.limits import over_budget_labels

TR = Translator(strict=True)
TITLE = "Nachbarschaftsgärten und Stadtökologie: gemeinsam planen, pflanzen und ernten"


def entry(status: str = "published") -> Entry:
    versions = {
        lang: Version(lang, TITLE, "…", "original" if lang == "de" else "machine")
        for lang in SUPPORTED_LANGUAGES
    }
    return Entry(1234567, "funding", status, "de", versions)  # type: ignore[arg-type]


Build = Callable[[str], InlineKeyboardMarkup]
BUTTONS = kb.ToolboxKeepButtons(TR)
CASES: dict[str, Build] = {
    "manage": lambda lang: kb.manage(TR, lang, KeeperOverview(1234, 1234, 12345)),
    "entry_list": lambda lang: kb.entry_list(TR, lang, [entry()] * 8, page=3, more=True),
    "card": lambda lang: kb.card(TR, lang, entry()),
    "card[suggested]": lambda lang: kb.card(TR, lang, entry("suggested")),
    "confirm_archive": lambda lang: kb.confirm_archive(TR, lang, 1234567),
    "back_to_card": lambda lang: kb.back_to_card(TR, lang, 1234567),
    "cancel_draft": lambda lang: kb.cancel_draft(TR, lang),
    "kinds": lambda lang: kb.kinds(TR, lang),
    "tags[topic]": lambda lang: kb.tags(TR, lang, "topic", ",".join(TOPICS)),
    "tags[country]": lambda lang: kb.tags(TR, lang, "country", ",".join(COUNTRIES)),
    "tags[phase]": lambda lang: kb.tags(TR, lang, "phase", ",".join(PHASES)),
    "zones": lambda lang: kb.zones(TR, lang),
    "preview": lambda lang: kb.preview(TR, lang, "funding"),
    "preview[template]": lambda lang: kb.preview(TR, lang, "template"),
    "confirm_publish": lambda lang: kb.confirm_publish(TR, lang),
    "suggest_kinds": lambda lang: kb.suggest_kinds(TR, lang),
    "cancel_suggestion": lambda lang: kb.cancel_suggestion(TR, lang, skip=True),
    "credit": lambda lang: kb.credit(TR, lang),
    "phase_link": lambda lang: markup([[kb.phase_link(TR, lang, p)] for p in PHASES]),
    "ToolboxKeepButtons.manage": BUTTONS.manage,
    "ToolboxKeepButtons.review": lambda lang: BUTTONS.review(1234567)(lang),
    "ToolboxKeepButtons.entry": lambda lang: BUTTONS.entry(1234567)(lang),
}


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_keepers_label_fits_its_row_on_a_phone(language: str) -> None:
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
    } - {"language_name", "tag_label"}  # label helpers, not keyboards
    names |= {f"ToolboxKeepButtons.{m}" for m in ("manage", "review", "entry")}
    assert names - {n.split("[")[0] for n in CASES} == set()
