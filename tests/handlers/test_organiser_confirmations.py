"""Actions that end something for many people ask first and say how many they reach;
cancelling changes nothing; toggles say the state they are in and what pressing does."""

from __future__ import annotations

import pytest

from bot.callback_data import IdeaDraftStep, IdeaSettingsStep, OrganiserStep
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    idea_ids,
    make_organiser,
    open_voting,
    quick_participant,
    submit,
)

P = DEMO_PARTNERSHIP
SETTINGS = IdeaSettingsStep(P, "show", 0)
TEXTS = {
    "en": {
        "open": "🗳 Voting open · close",
        "closed": "🗳 Voting closed · open",
        "ask": "🗳 Close voting? 2 people have voted.",
        "done": "🔒 Voting is closed.",
        "budget": "🗳 2 people have already voted. Change the votes per person from 5 to 3?",
        "writing": "✍️ Close submissions? 1 person is writing an idea right now",
        "sub-closed": "✍️ Submissions closed · open",
    },
    "ru": {
        "open": "🗳 Голосование идёт · закрыть",
        "closed": "🗳 Голосования нет · открыть",
        "ask": "🗳 Закрыть голосование? Уже проголосовали 2 человека.",
        "done": "🔒 Голосование закрыто.",
        "budget": "🗳 Уже проголосовали 2 человека. Изменить число голосов на человека с 5 на 3?",
        "writing": "✍️ Закрыть приём идей? Сейчас 1 человек пишет идею",
        "sub-closed": "✍️ Приёма идей нет · открыть",
    },
}


async def settings_screen(harness: BotHarness, language: str) -> SimClient:
    """An organiser on the idea settings, reached from the organiser tools."""
    orga = await quick_participant(harness, "Orga", language=language)
    await make_organiser(harness, orga)
    await orga.send("/organise")
    await orga.press(OrganiserStep("ideas", 0))
    await orga.press(SETTINGS)  # 🛠 Submissions and voting
    return orga


async def two_voters(harness: BotHarness) -> None:
    author = await quick_participant(harness, "Author")
    await submit(author, "Night buses", "Buses between the districts all night long.")
    await open_voting(harness)
    idea_id = (await idea_ids(harness))[0]
    for name in ("V1", "V2"):
        voter = await quick_participant(harness, name)
        await voter.start()
        await voter.press_data(f"ia:{idea_id}:vote:0")


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_closing_voting_asks_with_the_count_and_cancel_changes_nothing(
    harness: BotHarness, language: str
) -> None:
    text = TEXTS[language]
    await two_voters(harness)
    orga = await settings_screen(harness, language)
    assert text["open"] in orga.buttons()
    await orga.press(IdeaSettingsStep(P, "voting", 0))
    assert orga.last_text.startswith(text["ask"])
    await orga.press(SETTINGS)  # ✖️ Cancel
    assert (await harness.services.ideas.settings(P)).voting_open
    assert text["open"] in orga.buttons()
    await orga.press(IdeaSettingsStep(P, "voting", 0))
    await orga.press(IdeaSettingsStep(P, "voting_ok", 0))
    assert orga.last_text.startswith(text["done"])
    assert not (await harness.services.ideas.settings(P)).voting_open
    assert text["closed"] in orga.buttons()  # the label reads the new state
    await orga.press(IdeaSettingsStep(P, "voting", 0))  # opening needs no question
    assert (await harness.services.ideas.settings(P)).voting_open
    assert text["open"] in orga.buttons()


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_a_new_vote_budget_during_voting_asks_first(
    harness: BotHarness, language: str
) -> None:
    text = TEXTS[language]
    await two_voters(harness)
    orga = await settings_screen(harness, language)
    await orga.press(IdeaSettingsStep(P, "budget", 3))
    assert orga.last_text.startswith(text["budget"])
    await orga.press(SETTINGS)  # ✖️ Cancel
    assert (await harness.services.ideas.settings(P)).vote_budget == 5
    await orga.press(IdeaSettingsStep(P, "budget", 3))
    await orga.press(IdeaSettingsStep(P, "budget_ok", 3))
    assert (await harness.services.ideas.settings(P)).vote_budget == 3


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_closing_submissions_counts_people_writing_an_idea(
    harness: BotHarness, language: str
) -> None:
    text = TEXTS[language]
    writer = await quick_participant(harness, "Writer")
    await writer.send("/ideas")
    await writer.press(IdeaDraftStep("new", 0))
    await writer.send("Half an idea")
    orga = await settings_screen(harness, language)
    await orga.press(IdeaSettingsStep(P, "submissions", 0))
    assert orga.last_text.startswith(text["writing"])
    await orga.press(SETTINGS)  # ✖️ Cancel
    assert (await harness.services.ideas.settings(P)).submissions_open
    await orga.press(IdeaSettingsStep(P, "submissions", 0))
    await orga.press(IdeaSettingsStep(P, "submissions_ok", 0))
    assert not (await harness.services.ideas.settings(P)).submissions_open
    assert text["sub-closed"] in orga.buttons()


async def test_participants_cannot_confirm_closing(harness: BotHarness) -> None:
    await two_voters(harness)
    before = await harness.services.ideas.settings(P)
    intruder = await quick_participant(harness, "Intruder")
    await intruder.start()
    for action, value in (("voting_ok", 0), ("submissions_ok", 0), ("budget_ok", 3)):
        await intruder.press_data(IdeaSettingsStep(P, action, value).pack())  # type: ignore[arg-type]
        assert intruder.last_text == (
            "Sorry, this is only available to organisers of the partnership."
        )
    assert await harness.services.ideas.settings(P) == before
