"""A provider is not a promise: with no machine translation configured, the idea form, the
matching proposal and the team screens say messages arrive as written; with a provider (the
fake DeepL server) they say the bot translates, and it does. In German and Russian."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from bot.callback_data import MatchingStep, ProposalAnswer, TeamStep
from bot.clock import FakeClock
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from bot.services.demo import seed_demo
from tests.fake_deepl import KEY, fake_deepl
from tests.stories import (
    DEMO_PARTNERSHIP,
    idea_ids,
    make_organiser,
    proposal,
    quick_participant,
    shown,
    submit,
    want,
)

# What each screen says, with a provider (True) and without (False).
PROMISES = {
    "de": {
        "idea": "andere können sie in ihrer lesen",
        "proposal": "Der Bot übersetzt die Team-Nachrichten.",
        "write": "Alle bekommen sie in ihrer Sprache.",
    },
    "ru": {
        "proposal": "бот переводит сообщения команды.",
        "write": "Каждый получит его на своём языке.",
    },
}
AS_WRITTEN = {
    "de": {
        "idea": "Beschreibe deine Idee in ein paar Sätzen (bis zu 1500 Zeichen), in deiner Sprache",
        "proposal": "Es gibt keine automatische Übersetzung.",
        "write": "Sie kommt so an, wie du sie schreibst: Es gibt keine automatische Übersetzung.",
    },
    "ru": {
        "proposal": "автоматического перевода нет.",
        "write": "Оно придёт в том виде, в каком вы его напишете: автоматического перевода нет.",
    },
}


@asynccontextmanager
async def bot(tmp_path: Path, clock: FakeClock, provider: bool) -> AsyncIterator[BotHarness]:
    with fake_deepl() as fake:
        settings = BotHarness(tmp_path / "x").settings
        if provider:
            settings = replace(
                settings,
                translation_provider="deepl",
                translation_api_key=KEY,
                translation_url=fake.url,
            )
        async with BotHarness(tmp_path / "bot.sqlite3", clock=clock, settings=settings) as h:
            await seed_demo(h.services.db, clock)
            yield h


def bodies(user: SimClient) -> str:
    return "\n".join(m.body for m in user.messages)


@pytest.mark.parametrize("provider", [False, True], ids=["no-provider", "deepl"])
async def test_screens_promise_translation_only_with_a_provider(
    tmp_path: Path, clock: FakeClock, provider: bool
) -> None:
    async with bot(tmp_path, clock, provider) as h:
        organiser = await quick_participant(h, "Orga")
        await make_organiser(h, organiser)
        klara, karl = [await quick_participant(h, n, language="de") for n in ("Klara", "Karl")]
        roman, raisa = [
            await quick_participant(h, n, language="ru", city=1) for n in ("Roman", "Raisa")
        ]
        await submit(klara, "Grüne Innenstadt", "Mehr Bäume in der Innenstadt.")
        (greening,) = await idea_ids(h)
        for person in (karl, roman, raisa):
            await person.start()
            await want(person, greening)
        await organiser.send("/matching")
        await organiser.press(MatchingStep("dry", DEMO_PARTNERSHIP, 0, 0))
        assert "🗣 needs interpretation" in organiser.last_text
        publish = shown(organiser, MatchingStep, action="publish")
        await organiser.press(publish)
        await organiser.press(shown(organiser, MatchingStep, action="publish_ok"))
        await h.drain()

        said = {
            "de": {"idea": bodies(klara), "proposal": proposal(klara).body},  # type: ignore[attr-defined]
            "ru": {"proposal": proposal(roman).body},  # type: ignore[attr-defined]
        }
        for person in (klara, karl, roman):
            await person.press(ProposalAnswer(publish.value, True), message=proposal(person))  # type: ignore[arg-type]
        await h.drain()
        for person, lang in ((klara, "de"), (roman, "ru")):
            await person.send("/team")
            assert "🤝" in person.last_text and TeamStep("write", 0).pack() in person.button_data()
            await person.press(TeamStep("write", 0))
            said[lang]["write"] = person.last_text

        promised, as_written = (PROMISES, AS_WRITTEN) if provider else (AS_WRITTEN, PROMISES)
        for lang, screens in said.items():
            for screen, text in screens.items():
                assert promised[lang][screen] in text, (lang, screen, text)
                assert as_written[lang][screen] not in text, (lang, screen, text)

        # And the promise holds: with DeepL the Russian speaker reads it in Russian.
        await klara.send("Hallo Team!")
        await h.drain()
        if provider:
            assert roman.last_text.endswith(
                "Карлсруэ:\n[ru] Hallo Team!\n🤖 Машинный перевод, язык оригинала: немецкий"
            )
        else:
            assert roman.last_text.endswith("Карлсруэ:\nHallo Team!")
