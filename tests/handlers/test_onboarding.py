"""Onboarding end to end through the emulator, in every working language."""

from __future__ import annotations

import json
import re

import pytest

from bot.callback_data import (
    CallbackData,
    ChooseCity,
    OpenMenu,
    PrivacyAnswer,
    PrivacyStep,
    ProfileStep,
    SetLanguage,
    ToggleSpoken,
    UseTelegramName,
)
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.i18n import Translator
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from bot.services.demo import DEMO_CITIES
from tests.stories import (
    KARLSRUHE,
    KRASNODAR,
    create_workshop,
    onboard,
    published_ideas,
    want,
)

TR = Translator(strict=True)


def english_lines() -> set[str]:
    """Every fixed English line of at least a few words, as a German or Russian screen
    must never show it."""
    lines: set[str] = set()
    bundle = TR.bundles["en"]
    for message_id in bundle._messages:  # the bundle's own index of message ids
        try:
            text = TR.plain("en", message_id)
        except Exception:  # messages with variables are covered by the locale tests
            continue
        lines |= {ln.strip() for ln in text.splitlines() if len(ln.split()) >= 3}
    return lines


ENGLISH_LINES = english_lines()


async def press_labelled(user: SimClient, data: CallbackData, label: str) -> None:
    """Press a button by its data, after checking it carries the label a reader expects."""
    shown = {b["callback_data"]: b["text"] for b in user.last.buttons() if "callback_data" in b}
    assert shown.get(data.pack()) == label, (data, shown)
    await user.press(data)


async def onboard_in(user: SimClient, language: str) -> list[str]:
    """Onboard seeing the labels a reader of `language` expects; return every screen shown."""
    screens: list[str] = []

    def seen() -> None:
        screens.append(user.last_text)

    def done() -> str:
        return TR.plain(language, "buttons-done")

    await user.start()
    seen()
    endonym = TR.plain(language, f"language-endonym-{language}")
    await press_labelled(user, SetLanguage(language), endonym)
    seen()
    await press_labelled(user, ChooseCity(KARLSRUHE), DEMO_CITIES[0].name.for_reader(language))
    seen()
    accept = TR.plain(language, "onboarding-privacy-accept")
    await press_labelled(user, PrivacyAnswer(accept=True), accept)
    seen()
    use = TR.plain(language, "profile-name-use-telegram", name="Olena")
    await press_labelled(user, UseTelegramName(onboarding=True), use)
    seen()
    return screens


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
async def test_onboarding_in_each_language(harness: BotHarness, language: str) -> None:
    user = harness.user("Olena", language_code=language)
    screens = await onboard_in(user, language)

    assert user.last_text == (
        TR.html(language, "onboarding-finished") + "\n\n" + TR.html(language, "menu-main")
    ).replace("&amp;", "&")
    assert TR.plain(language, "menu-profile") in user.buttons()
    participant = await harness.services.onboarding.participant(user.id)
    assert participant is not None and participant.is_onboarded
    assert participant.language == language
    assert participant.display_name == "Olena"  # prefilled from Telegram, one tap
    assert participant.languages_spoken == frozenset()  # asked when matching needs them
    partnership = await harness.services.partnerships.get(participant.partnership_id or 0)
    assert partnership is not None
    assert participant.city_id == partnership.cities[0].id
    assert participant.interests == frozenset()
    if language != "en":
        leftovers = [ln for s in screens for ln in s.splitlines() if ln.strip() in ENGLISH_LINES]
        assert not leftovers, f"English text on {language} screens: {leftovers}"


async def test_telegram_language_is_suggested_first(harness: BotHarness) -> None:
    user = harness.user("Taras", language_code="uk-UA")
    await user.start()
    assert user.last_text.startswith("👋 Ласкаво просимо")
    assert user.buttons()[0] == "Українська"


async def test_unknown_telegram_language_falls_back_to_default(harness: BotHarness) -> None:
    user = harness.user("Jan", language_code="pl")
    await user.start()
    assert user.last_text.startswith("👋 Welcome")
    assert user.buttons()[0] == "English"


async def test_profile_name_is_validated_and_saved(harness: BotHarness) -> None:
    user = harness.user("Anna", "en")
    await user.start()
    await user.press(SetLanguage("en"))
    await user.press(ChooseCity(KARLSRUHE))
    await user.press(PrivacyAnswer(accept=True))
    await user.send("   ")
    assert "doesn't work" in user.last_text
    await user.send("<b>Anna</b> & Co")
    assert user.last_text.startswith("🎉 You're all set!")
    participant = await harness.services.onboarding.participant(user.id)
    assert participant is not None and participant.display_name == "<b>Anna</b> & Co"
    await user.send("/profile")
    assert "Name: <b>Anna</b> & Co" in user.last_text  # shown as typed, not as markup
    assert user.last.entities == []


async def test_declining_privacy_keeps_nothing(harness: BotHarness) -> None:
    user = harness.user("Ivan", "ru")
    await user.start()
    await user.press(SetLanguage("ru"))
    await user.press(ChooseCity(KRASNODAR))
    await user.press(PrivacyAnswer(accept=False))
    assert "ничего о вас не сохранил" in user.last_text
    assert await harness.services.onboarding.participant(user.id) is None


async def test_no_partnership_yet_is_explained(empty_harness: BotHarness) -> None:
    user = empty_harness.user("Eva", "de")
    await user.start()
    await user.press(SetLanguage("de"))
    assert "noch keine Städtepartnerschaft" in user.last_text


async def test_unfinished_onboarding_resumes_where_it_stopped(harness: BotHarness) -> None:
    user = harness.user("Anna", "de")
    await user.start()
    await user.press(SetLanguage("de"))
    await user.send("/menu")
    assert user.messages[-2].body.startswith("Lass uns zuerst")
    assert user.buttons() == ["Karlsruhe", "Krasnodar"]


async def test_unknown_deep_link_is_explained_then_onboarding_starts(harness: BotHarness) -> None:
    user = harness.user("Anna", "en")
    await user.start("bogus!payload")
    assert user.messages[-2].body.startswith("I don't recognise this link")
    assert user.last_text.startswith("👋 Welcome")


async def test_partnership_link_presets_partnership_and_city(harness: BotHarness) -> None:
    partnership = (await harness.services.partnerships.list())[0]
    krasnodar = partnership.cities[1]
    user = harness.user("Olga", "ru")
    await user.start(f"p{partnership.id}-c{krasnodar.id}")
    await user.press(SetLanguage("ru"))
    # the partnership came from the link; its city is suggested (first, marked), not set
    assert user.buttons() == ["✅ Краснодар", "Карлсруэ"]
    before = await harness.services.onboarding.participant(user.id)
    assert before is not None and before.city_id is None
    await user.press(ChooseCity(krasnodar.id))
    await user.press(PrivacyAnswer(accept=True))
    participant = await harness.services.onboarding.participant(user.id)
    assert participant is not None and participant.city_id == krasnodar.id


async def test_returning_user_gets_the_menu(harness: BotHarness) -> None:
    user = harness.user("Anna", "en")
    await onboard(user)
    await user.start()
    assert user.last_text.startswith("👋 Welcome back!")


async def test_changing_language_switches_screens_and_command_menu(harness: BotHarness) -> None:
    user = harness.user("Anna", "en")
    await onboard(user)
    await user.press(OpenMenu("language"))
    await user.press(SetLanguage("be"))
    assert user.last_text.startswith("Гатова — цяпер я пішу вам па-беларуску.")
    scope = json.dumps({"chat_id": user.id, "type": "chat"}, sort_keys=True)
    commands = harness.sim.commands[(scope, "")]
    assert [c["description"] for c in commands][1] == "Галоўнае меню"


async def test_command_menus_are_published_per_language(harness: BotHarness) -> None:
    default_scope = '{"type": "default"}'
    for language in SUPPORTED_LANGUAGES:
        commands = harness.sim.commands[(default_scope, language)]
        assert {c["command"] for c in commands} == {
            "start",
            "menu",
            "workshops",
            "ideas",
            "team",
            "coach",
            "profile",
            "privacy",
            "language",
            "apply",
            "stories",
            "toolbox",
            "network",
            "consult",
            "room",
            "barcamp",
            "help",
        }
    assert harness.sim.commands[(default_scope, "ru")][1]["description"] == "Главное меню"
    assert harness.sim.commands[(default_scope, "be")][2]["description"] == "Варкшопы і запіс"
    assert harness.sim.commands[(default_scope, "uk")][3]["description"] == "Ідеї та голосування"


async def test_editing_the_profile(harness: BotHarness) -> None:
    user = harness.user("Anna", "en")
    await onboard(user)
    await user.send("/profile")
    await user.press(ProfileStep("city", onboarding=False))
    await user.press(ChooseCity(KRASNODAR))
    assert "City: Krasnodar" in user.last_text
    await user.press(ProfileStep("spoken", onboarding=False))
    await user.press(ToggleSpoken("ru", onboarding=False))
    await user.press(ToggleSpoken("de", onboarding=False))
    assert "✅ Russian" in user.buttons()
    await user.press(ToggleSpoken("ru", onboarding=False))  # pressing again takes it away
    await user.press(ProfileStep("show", onboarding=False))  # ✅ Done
    assert "Languages: German" in user.last_text
    await user.press(ProfileStep("name", onboarding=False))
    assert "Use “Anna”" in user.buttons()
    await user.press(UseTelegramName(onboarding=False))
    assert "Name: Anna" in user.last_text


async def test_unexpected_text_points_to_the_buttons(harness: BotHarness) -> None:
    user = harness.user("Anna", "en")
    await onboard(user)
    await user.send("hello?")
    assert user.last_text.startswith("I didn't expect a message just now.")
    assert "👤 My profile" in user.buttons()


async def test_stale_button_gets_a_friendly_popup(harness: BotHarness) -> None:
    user = harness.user("Anna", "en")
    await onboard(user)
    before = len(user.messages)
    await user.press_data("gone:1:2")
    assert user.last_callback_answer is not None
    assert user.last_callback_answer["text"].startswith("This button is out of date")
    await user.press_data("ptn:notanumber")  # malformed data of a known kind: a pop-up too
    assert user.last_callback_answer is not None
    assert user.last_callback_answer["text"].startswith("This button is out of date")
    assert len(user.messages) == before


async def test_help_lists_the_commands(harness: BotHarness) -> None:
    user = harness.user("Anna", "de")
    await user.send("/help")
    assert re.search(r"/deleteme — deine Daten löschen", user.last_text)


async def test_deleteme_erases_after_confirmation(harness: BotHarness) -> None:
    user = harness.user("Anna", "en")
    await onboard(user)
    await user.send("/deleteme")
    await user.press(PrivacyStep("cancel"))
    assert await harness.services.onboarding.participant(user.id) is not None
    await user.send("/deleteme")
    await user.press(PrivacyStep("erase"))
    assert user.last_text.startswith("✅ Done. I erased your profile")
    assert await harness.services.onboarding.participant(user.id) is None


async def test_stale_name_button_after_the_name_was_typed_changes_nothing(
    harness: BotHarness,
) -> None:
    user = harness.user("Anna", "en")
    await user.start()
    await user.press(SetLanguage("en"))
    await user.press(ChooseCity(KARLSRUHE))
    question = await user.press(PrivacyAnswer(accept=True))  # edited into the name question
    assert UseTelegramName(onboarding=True).pack() in question.button_data()
    await user.send("Anna Keller")
    question = next(m for m in user.messages if m.message_id == question.message_id)
    assert question.button_data() == []  # the answered question lost its buttons
    before = len(user.messages)
    # An old "Use “Anna”" (another device, a cached chat) is pressed anyway:
    await user.press_data(UseTelegramName(onboarding=True).pack(), message=question)
    answer = user.last_callback_answer
    assert answer is not None and answer["text"].startswith("This button is out of date")
    participant = await harness.services.onboarding.participant(user.id)
    assert participant is not None and participant.display_name == "Anna Keller"
    assert len(user.messages) == before  # a pop-up, not a message


async def test_stale_consent_button_keeps_the_profile(harness: BotHarness) -> None:
    user = harness.user("Ivan", "ru")
    await user.start()
    await user.press(SetLanguage("ru"))
    consent = await user.press(ChooseCity(KRASNODAR))
    await user.press(PrivacyAnswer(accept=True))
    await user.press(UseTelegramName(onboarding=True))
    await user.press_data(PrivacyAnswer(accept=False).pack(), message=consent)
    answer = user.last_callback_answer
    assert answer is not None and answer["text"] == TR.plain("ru", "errors-stale-button")
    participant = await harness.services.onboarding.participant(user.id)
    assert participant is not None and participant.display_name == "Ivan"


@pytest.mark.parametrize("language", ["de", "ru"])
async def test_karlsruhe_poster_suggests_its_city_the_person_picks_their_own(
    harness: BotHarness, language: str
) -> None:
    workshop = await create_workshop(harness, title="Kick-off Karlsruhe", city=0)
    roman = harness.user("Roman", language)
    await roman.start(f"w{workshop.id}")
    await roman.press(SetLanguage(language))
    karlsruhe = DEMO_CITIES[0].name.for_reader(language)
    assert roman.buttons()[0] == f"✅ {karlsruhe}"  # suggested by the poster, not chosen
    before = await harness.services.onboarding.participant(roman.id)
    assert before is not None and before.city_id is None
    await roman.press(ChooseCity(KRASNODAR))  # he lives in Krasnodar
    await roman.press(PrivacyAnswer(accept=True))
    await roman.press(UseTelegramName(onboarding=True))
    assert roman.last_text.startswith("📅 Kick-off Karlsruhe")  # the poster's workshop
    participant = await harness.services.onboarding.participant(roman.id)
    assert participant is not None and participant.city_id == KRASNODAR


@pytest.mark.parametrize("language", ["en", "uk"])
async def test_languages_are_asked_when_matching_needs_them(
    harness: BotHarness, language: str
) -> None:
    [idea_id] = await published_ideas(harness, 1)
    user = harness.user("Anna", language)
    await onboard(user, language=language)  # onboarding did not ask for languages
    await want(user, idea_id)  # "I want to work on this"
    assert user.last_text.startswith(TR.plain(language, "profile-ask-spoken-for-matching"))
    await user.press(ToggleSpoken("de", onboarding=False))
    await user.press(ProfileStep("show", onboarding=False))
    participant = await harness.services.onboarding.participant(user.id)
    assert participant is not None and participant.languages_spoken == {"de"}
    other = (await published_ideas(harness, 1))[0]
    before = len(user.messages)
    await want(user, other)  # known now: not asked again
    assert not any(
        m.body.startswith(TR.plain(language, "profile-ask-spoken-for-matching"))
        for m in user.messages[before:]
    )
