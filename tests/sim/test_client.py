"""The simulated user presses buttons by their data or their place, never by their label."""

from __future__ import annotations

import pytest

from bot.callback_data import IdeaDraftStep, IdeaList, WorkshopSignup
from bot.offline.emulator.client import ButtonNotFound
from bot.offline.harness import BotHarness
from tests.stories import quick_participant


async def test_a_button_is_pressed_by_its_data_on_the_message_showing_it(
    harness: BotHarness,
) -> None:
    user = await quick_participant(harness, "Anna")
    await user.send("/ideas")
    home = user.last
    await user.send("/help")  # a newer message without that button
    pressed = await user.press(IdeaDraftStep("new", 0))
    assert pressed is home
    assert any(m.body.startswith("What is your idea called?") for m in user.messages)


async def test_a_button_not_on_screen_fails_and_names_what_is_shown(harness: BotHarness) -> None:
    user = await quick_participant(harness, "Anna")
    await user.send("/ideas")
    with pytest.raises(ButtonNotFound) as missing:
        await user.press(WorkshopSignup(1))
    assert "'ws:1'" in str(missing.value) and "'id:new:0'" in str(missing.value)
    await user.send("/help")
    with pytest.raises(ButtonNotFound):  # shown on another message is not enough
        await user.press(IdeaList(0, 0, "a", "n"), message=user.last)


async def test_a_label_is_refused(harness: BotHarness) -> None:
    user = await quick_participant(harness, "Anna")
    await user.send("/ideas")
    with pytest.raises(TypeError, match="takes button data"):
        await user.press("➕ Submit an idea")  # type: ignore[arg-type]


async def test_a_button_is_pressed_by_its_place(harness: BotHarness) -> None:
    user = await quick_participant(harness, "Anna")
    await user.send("/ideas")
    first = user.last.button_rows()[0][0]["callback_data"]
    assert first == IdeaDraftStep("new", 0).pack()
    await user.press_at(0, 0)
    assert user.last_text.startswith("What is your idea called?")
    with pytest.raises(ButtonNotFound, match=r"no button at \(9, 0\)"):
        await user.press_at(9, 0)
