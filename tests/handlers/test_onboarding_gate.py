"""The onboarding gate (bot/handlers/onboarding_gate.py): people who have not finished
onboarding are sent back into it, their deep link kept; onboarding, help, privacy and staff
tools pass."""

from __future__ import annotations

from bot.callback_data import (
    ChooseCity,
    IdeasHome,
    OpenMenu,
    PrivacyAnswer,
    ProfileStep,
    SetLanguage,
    WorkshopList,
)
from bot.handlers.onboarding_gate import command_name
from bot.offline.harness import BotHarness
from tests.stories import ADMIN_ID, KARLSRUHE, create_workshop


async def test_a_poster_link_survives_a_detour_through_the_gate(harness: BotHarness) -> None:
    workshop = await create_workshop(harness, title="Kick-off Karlsruhe")
    anna = harness.user("Anna", "en")
    await anna.start(f"w{workshop.id}")
    await anna.press(SetLanguage("en"))
    await anna.send("/workshops")  # not onboarded yet: back to the step she left
    assert anna.messages[-2].body.startswith("Let's finish setting you up first")
    assert anna.buttons() == ["✅ Karlsruhe", "Krasnodar"]  # the poster's city, suggested
    await anna.press(ChooseCity(KARLSRUHE))
    await anna.press(PrivacyAnswer(accept=True))
    await anna.press(ProfileStep("finish", onboarding=True))  # skip the name
    assert anna.last_text.startswith("📅 Kick-off Karlsruhe")


async def test_someone_new_pressing_a_feature_button_is_welcomed(harness: BotHarness) -> None:
    for data in (WorkshopList(False).pack(), IdeasHome(0).pack(), OpenMenu("main").pack()):
        stranger = harness.user("Stranger", "en")
        await stranger.send("/help")  # open to everyone; its message carries the button
        await stranger.press_data(data)
        assert stranger.last_text.startswith("👋 Welcome")
        assert await harness.services.onboarding.participant(stranger.id) is None


async def test_text_outside_a_question_starts_onboarding(harness: BotHarness) -> None:
    stranger = harness.user("Stranger", "en")
    await stranger.send("hello?")
    assert stranger.last_text.startswith("👋 Welcome")


async def test_help_privacy_and_staff_tools_pass_the_gate(harness: BotHarness) -> None:
    stranger = harness.user("Stranger", "en")
    await stranger.send("/help")
    assert stranger.last_text.startswith("ℹ️ Twin City Bot")
    await stranger.press_data(OpenMenu("help").pack())
    assert stranger.last_text.startswith("ℹ️ Twin City Bot")
    admin = harness.user("Admin", "en", user_id=ADMIN_ID)
    await admin.send("/admin")
    assert not admin.last_text.startswith("👋 Welcome")
    assert await harness.services.onboarding.participant(ADMIN_ID) is None


def test_command_names() -> None:
    assert command_name("/start@twincity_bot w12") == "start"
    assert command_name("/Help") == "help"
    assert command_name("hello /start") is None
    assert command_name("/") is None
