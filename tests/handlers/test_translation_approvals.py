"""Participants' translations of ideas and the organisers' approval, through the emulator: the
approval screen compares the original with the translation; the author's and an organiser's
own translations need no approval; the translator hears what became of theirs; only an
organiser of the partnership can decide."""

from __future__ import annotations

import pytest

from bot.callback_data import IdeaAction, IdeaModerate, IdeaSettingsStep
from bot.db import ideas as ideas_db
from bot.domain.ideas import Translation
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    idea_ids,
    make_organiser,
    popup,
    quick_participant,
    submit,
)

RU, DE, EN = (SUPPORTED_LANGUAGES.index(code) for code in ("ru", "de", "en"))
GERMAN_TITLE = "Grüne <Innenstadt> & Höfe"
GERMAN_TEXT = "Mehr Bäume & Schatten in der Innenstadt."
RUSSIAN_TITLE = "Зелёный <центр> & дворы"
RUSSIAN_TEXT = "Больше деревьев и тени в центре <города>."

SCREEN = {
    "de": (
        "🌐 Eine Übersetzung wartet auf deine Freigabe.\n\n"
        f"🇩🇪 Deutsch · Original:\n{GERMAN_TITLE}\n{GERMAN_TEXT}\n\n"
        f"🇷🇺 Russisch · Übersetzung:\n{RUSSIAN_TITLE}\n{RUSSIAN_TEXT}"
    ),
    "ru": (
        "🌐 Перевод ждёт вашего одобрения.\n\n"
        f"🇩🇪 немецкий · оригинал:\n{GERMAN_TITLE}\n{GERMAN_TEXT}\n\n"
        f"🇷🇺 русский · перевод:\n{RUSSIAN_TITLE}\n{RUSSIAN_TEXT}"
    ),
}
TOLD = {
    ("ru", True): f"🌐 Спасибо! Ваш перевод идеи «{GERMAN_TITLE}» (язык: русский) одобрен",
    ("ru", False): f"🌐 Организаторы не одобрили ваш перевод идеи «{GERMAN_TITLE}» (язык: русский)",
    ("de", True): f"🌐 Danke! Deine Übersetzung der Idee „{GERMAN_TITLE}“ (auf Russisch) wurde",
    ("de", False): f"🌐 Das Organisationsteam hat deine Übersetzung der Idee „{GERMAN_TITLE}“",
}


async def german_idea(harness: BotHarness) -> tuple[SimClient, int]:
    author = await quick_participant(harness, "Hans", language="de")
    await submit(author, GERMAN_TITLE, GERMAN_TEXT)
    return author, max(await idea_ids(harness))


async def translate(user: SimClient, idea_id: int, target: int = RU) -> None:
    """From the idea's card: ✍️ translate, the language, the title, the description."""
    await user.send("/ideas")
    await user.press_data(f"io:{idea_id}:0:0:a:n")
    await user.press(IdeaAction(idea_id, "translate", 0))
    await user.press(IdeaAction(idea_id, "translate_to", target))
    await user.send(RUSSIAN_TITLE)
    await user.send(RUSSIAN_TEXT)


async def russian(harness: BotHarness, idea_id: int) -> Translation | None:
    async with harness.services.db.reading() as conn:
        idea = await ideas_db.get(conn, idea_id)
    assert idea is not None
    return next((t for t in idea.translations if t.language == "ru" and not t.machine), None)


async def open_queue(organiser: SimClient) -> None:
    await organiser.send("/ideas")
    await organiser.press(IdeaSettingsStep(DEMO_PARTNERSHIP, "show", 0))  # 🛠 Manage ideas
    await organiser.press(IdeaSettingsStep(DEMO_PARTNERSHIP, "queue", 0))  # 📥 To review


@pytest.mark.parametrize("language", ["de", "ru"])
async def test_the_approval_screen_shows_the_original_then_the_translation(
    harness: BotHarness, language: str
) -> None:
    _, idea_id = await german_idea(harness)
    ivan = await quick_participant(harness, "Ivan", language="ru")
    await translate(ivan, idea_id)
    organiser = await quick_participant(harness, "Orga", language=language)
    await make_organiser(harness, organiser)
    await open_queue(organiser)
    screen = await organiser.press(IdeaModerate(idea_id, "tr_show", RU))
    assert screen.body == SCREEN[language]
    assert screen.entities == []  # "<Innenstadt>" and "<города>" stay text, escaped
    assert IdeaModerate(idea_id, "tr_ok", RU).pack() in screen.button_data()


@pytest.mark.parametrize(("language", "approve"), [("ru", True), ("de", False)])
async def test_the_translator_hears_back_in_their_language(
    harness: BotHarness, language: str, approve: bool
) -> None:
    _, idea_id = await german_idea(harness)
    translator = await quick_participant(harness, "Tanja", language=language)
    await translate(translator, idea_id)
    assert (found := await russian(harness, idea_id)) is not None and not found.approved
    organiser = await quick_participant(harness, "Orga", language="en")
    await make_organiser(harness, organiser)
    await open_queue(organiser)
    await organiser.press(IdeaModerate(idea_id, "tr_show", RU))
    await organiser.press(IdeaModerate(idea_id, "tr_ok" if approve else "tr_no", RU))
    await harness.drain()
    assert translator.last_text.startswith(TOLD[language, approve])
    translation = await russian(harness, idea_id)
    assert (translation is not None and translation.approved) if approve else translation is None


@pytest.mark.parametrize("language", ["de", "ru"])
async def test_the_authors_own_translation_needs_no_approval(
    harness: BotHarness, language: str
) -> None:
    author = await quick_participant(harness, "Hans", language=language)
    await submit(author, GERMAN_TITLE, GERMAN_TEXT)
    idea_id = max(await idea_ids(harness))
    organiser = await quick_participant(harness, "Orga", language="en")
    await make_organiser(harness, organiser)
    await translate(author, idea_id)
    live = {"de": "🌐 Danke — deine Übersetzung ist sichtbar.", "ru": "🌐 Спасибо — ваш перевод"}
    assert author.last_text.startswith(live[language])
    translation = await russian(harness, idea_id)
    assert translation is not None and translation.approved
    await harness.drain()
    assert not any("🌐" in m.body for m in organiser.messages)  # nothing to approve
    olga = await quick_participant(harness, "Olga", language="ru")
    await olga.send("/ideas")
    await olga.press_data(f"io:{idea_id}:0:0:a:n")
    assert olga.last_text.startswith(f"💡 {RUSSIAN_TITLE}")


@pytest.mark.parametrize("language", ["de", "ru"])
async def test_an_organisers_translation_needs_no_approval(
    harness: BotHarness, language: str
) -> None:
    _, idea_id = await german_idea(harness)
    organiser = await quick_participant(harness, "Orga", language=language)
    await make_organiser(harness, organiser)
    await translate(organiser, idea_id)
    translation = await russian(harness, idea_id)
    assert translation is not None and translation.approved


async def test_a_forged_approval_by_a_participant_changes_nothing(harness: BotHarness) -> None:
    _, idea_id = await german_idea(harness)
    ivan = await quick_participant(harness, "Ivan", language="ru")
    await translate(ivan, idea_id)
    told = len(ivan.messages)
    intruder = await quick_participant(harness, "Mallory", language="en")
    await intruder.start()
    for action in ("tr_show", "tr_ok", "tr_no"):
        await intruder.press_data(IdeaModerate(idea_id, action, RU).pack())
        assert popup(intruder).startswith("Sorry, this is only available to organisers"), action
    translation = await russian(harness, idea_id)
    assert translation is not None and not translation.approved
    await harness.drain()
    assert len(ivan.messages) == told  # nobody decided: the translator hears nothing
