"""Honest translation of ideas: a German idea shown to a Russian reader says it is German and
not translated; with no provider "Ask for a translation" (not a machine translation) asks the
bilingual people of the partnership, each at most once a day, and their translation, once an
organiser approves it, is what the reader then sees, marked as a participant's translation.
With a provider the machine translation is shown and marked."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.callback_data import IdeaAction, IdeaList, IdeaModerate, IdeaOpen, IdeaSettingsStep
from bot.clock import FakeClock
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    KRASNODAR,
    create_workshop,
    idea_ids,
    make_organiser,
    quick_participant,
    submit,
    translated_harness,
)

RU = SUPPORTED_LANGUAGES.index("ru")
ALL_NEWEST = IdeaList(0, 0, "a", "n")
ASK = "🙋 Попросить перевод"
UNTRANSLATED = "🇩🇪 немецкий · перевода пока нет"


async def german_idea(h: BotHarness) -> int:
    hans = await quick_participant(h, "Hans", language="de")
    await submit(hans, "Grüne Innenstadt", "Mehr Bäume und Schatten für die Innenstadt.")
    return (await idea_ids(h))[0]


async def speaker(h: BotHarness, name: str, language: str, *spoken: str) -> SimClient:
    """A Krasnodar participant who uses the bot in `language` and also speaks `spoken`."""
    person = await quick_participant(h, name, language=language, city=KRASNODAR - 1)
    for code in spoken:
        await h.services.onboarding.toggle_spoken_language(person.id, code)
    return person


async def open_card(reader: SimClient, idea_id: int) -> str:
    """Open the idea from the list; the list's text as it was shown."""
    await reader.send("/ideas")
    listing = (await reader.press(ALL_NEWEST)).body
    await reader.press(IdeaOpen(idea_id, 0, 0, "a", "n"))
    return listing


def asked_to_translate(person: SimClient) -> list[str]:
    return [m.body for m in person.messages if m.body.startswith("🌐 Кто-то хочет прочитать")]


async def test_asking_reaches_a_bilingual_person_once_and_their_translation_is_then_shown(
    harness: BotHarness, clock: FakeClock
) -> None:
    grune = await german_idea(harness)
    organiser = await quick_participant(harness, "Orga", language="de")
    await make_organiser(harness, organiser)
    olga = await speaker(harness, "Olga", "ru")
    ivan = await speaker(harness, "Ivan", "ru", "de")  # speaks German and Russian
    await speaker(harness, "Pyotr", "ru", "en")  # no German: never asked
    await quick_participant(harness, "Greta", language="de")  # no Russian: never asked

    # The list line and the card say the idea is German and untranslated; no machine promise.
    assert "1. Grüne Innenstadt — 👍 0 · 🇩🇪 немецкий" in await open_card(olga, grune)
    card = olga.last
    assert UNTRANSLATED in card.body
    assert ASK in card.button_texts()
    assert "🌐 Показать на моём языке" not in card.button_texts()
    await olga.press(IdeaAction(grune, "ask", RU))
    assert card.body.startswith("🙋 Просьба отправлена 1 человеку, который знает оба языка")
    assert "🇩🇪 немецкий · перевод запрошен" in card.body
    assert ASK not in card.button_texts()  # no second request from the same reader
    await harness.drain()
    assert len(asked_to_translate(ivan)) == 1
    assert "«Grüne Innenstadt»" in asked_to_translate(ivan)[0]

    # Another reader asks the same day: Ivan is not asked again.
    lena = await speaker(harness, "Lena", "ru")
    await open_card(lena, grune)
    await lena.press(IdeaAction(grune, "ask", RU))
    assert lena.last_text.startswith("🙋 Тех, кто знает оба языка (немецкий и русский), сегодня")
    await harness.drain()
    assert len(asked_to_translate(ivan)) == 1

    # Ivan translates from the button in the request, the organiser approves.
    await ivan.press(IdeaAction(grune, "translate_to", RU))
    await ivan.send("Зелёный центр города")
    await ivan.send("Больше деревьев и тени в центре города.")
    assert ivan.last_text.startswith("🌐 Спасибо")
    await organiser.send("/ideas")
    await organiser.press(IdeaSettingsStep(DEMO_PARTNERSHIP, "show", 0))  # 🛠 Manage ideas
    await organiser.press(IdeaSettingsStep(DEMO_PARTNERSHIP, "queue", 0))  # 📥 To review (1)
    await organiser.press(IdeaModerate(grune, "tr_show", RU))
    await organiser.press(IdeaModerate(grune, "tr_ok", RU))
    await harness.drain()
    told = "🌐 Перевод, который вы просили, готов: идея «Зелёный центр города»."
    assert told in [m.body for m in olga.messages]
    assert told in [m.body for m in lena.messages]

    # What Olga now sees is Ivan's translation, labelled as a participant's.
    await open_card(olga, grune)
    assert olga.last_text.startswith("💡 Зелёный центр города\n\nБольше деревьев")
    assert "🌐 Перевод участника, язык оригинала: немецкий" in olga.last_text
    assert ASK not in olga.last.button_texts()
    # The original stays one tap away, labelled.
    await olga.press(IdeaAction(grune, "original", 0))
    assert olga.last_text.startswith("💡 Grüne Innenstadt")
    assert "🇩🇪 немецкий · оригинал" in olga.last_text
    assert "🌐 Показать на моём языке" in olga.last.button_texts()

    # The next day a new request may ask Ivan again (once a day each, not once ever).
    clock.advance(timedelta(days=1, minutes=1))
    hans_again = await quick_participant(harness, "Hilde", language="de")
    await submit(hans_again, "Fahrradwerkstatt", "Eine offene Werkstatt für Fahrräder.")
    second = max(await idea_ids(harness))
    await open_card(olga, second)
    await olga.press(IdeaAction(second, "ask", RU))
    await harness.drain()
    assert any("«Fahrradwerkstatt»" in body for body in asked_to_translate(ivan))


async def test_nobody_speaks_both_languages(harness: BotHarness) -> None:
    grune = await german_idea(harness)
    olga = await speaker(harness, "Olga", "ru")
    await open_card(olga, grune)
    await olga.press(IdeaAction(grune, "ask", RU))
    assert olga.last_text.startswith(
        "🙋 В партнёрстве пока никто не знает оба языка (немецкий и русский), поэтому показан"
    )
    assert "Grüne Innenstadt" in olga.last_text  # the original is shown
    # A second press of the old button is answered with a pop-up, nobody new is asked.
    await olga.press_data(IdeaAction(grune, "ask", RU).pack(), message=olga.last)
    answer = olga.last_callback_answer
    assert answer is not None and answer.get("text", "").startswith("Вы уже попросили")


async def test_with_a_provider_the_machine_translation_is_shown_and_marked(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with translated_harness(tmp_path, clock) as (h, _fake):
        grune = await german_idea(h)
        olga = await speaker(h, "Olga", "ru")
        # Translated on first read: until then the list says the title is German.
        assert "1. Grüne Innenstadt — 👍 0 · 🇩🇪 немецкий" in await open_card(olga, grune)
        card = olga.last
        assert card.body.startswith("💡 [ru] Grüne Innenstadt")
        assert "🤖 Машинный перевод, язык оригинала: немецкий" in card.body
        assert ASK not in card.button_texts()
        await olga.press(IdeaAction(grune, "original", 0))
        assert "🇩🇪 немецкий · оригинал" in card.body
        assert "🌐 Показать на моём языке" in card.button_texts()
        listing = await open_card(olga, grune)
        assert "1. Grüne Innenstadt — 👍 0 · 🇩🇪 немецкий" in listing  # originals chosen
        await olga.press(IdeaAction(grune, "original", 0))
        listing = await open_card(olga, grune)
        assert "1. [ru] Grüne Innenstadt — 👍 0 · 🤖 машинный перевод" in listing


async def test_a_workshop_title_in_another_language_says_which(harness: BotHarness) -> None:
    workshop = await create_workshop(harness, title="Kick-off Karlsruhe")  # English only
    greta = await quick_participant(harness, "Greta", language="de")
    await greta.start(f"w{workshop.id}")
    assert "🇬🇧 Englisch · noch keine Übersetzung" in greta.last_text
    anna = await quick_participant(harness, "Anna", language="en")
    await anna.start(f"w{workshop.id}")
    assert "Kick-off Karlsruhe" in anna.last_text
    assert "no translation yet" not in anna.last_text
