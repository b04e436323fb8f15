"""UX.md's tap budgets, counted through the emulator: every press and typed message a person
needs for each flow, in two languages. A flow over its budget fails here."""

from __future__ import annotations

import pytest

from bot.callback_data import (
    ChooseCity,
    IdeaDraftStep,
    IdeaList,
    IdeaListVote,
    IdeasHome,
    OpenMenu,
    PrivacyAnswer,
    SetLanguage,
    UseTelegramName,
    WorkshopList,
    WorkshopOpen,
    WorkshopSignup,
)
from bot.domain.workshop_drafts import WorkshopDraft
from bot.domain.workshops import Workshop
from bot.offline.harness import BotHarness
from tests.stories import (
    ECOLOGY,
    KARLSRUHE,
    KRASNODAR,
    Counted,
    create_workshop,
    onboard,
    open_voting,
    published_ideas,
    statuses,
)

# UX.md "Flow"
ONBOARDING = 4  # from /start
SIGN_UP = 3  # from the main menu, no required question
POSTER_SIGN_UP = 6  # interactions, /start from the poster included
VOTE = 2  # from the ideas' home: the list, then the vote
SUBMIT_IDEA, SUBMIT_IDEA_TYPED = 6, 2  # from the main menu

LANGUAGES = ("de", "ru")


@pytest.mark.parametrize("language", LANGUAGES)
async def test_onboarding_from_start(harness: BotHarness, language: str) -> None:
    anna = Counted(harness.user("Anna", language))
    await anna.user.start()  # the budget counts from /start
    await anna.press(SetLanguage(language))
    await anna.press(ChooseCity(KARLSRUHE))
    await anna.press(PrivacyAnswer(accept=True))
    await anna.press(UseTelegramName(onboarding=True))  # „Anna“, prefilled from Telegram
    assert anna.taps <= ONBOARDING, anna.taps
    person = await harness.services.onboarding.participant(anna.id)
    assert person is not None and person.is_onboarded and person.display_name == "Anna"
    assert OpenMenu("profile").pack() in anna.button_data()  # the main menu


@pytest.mark.parametrize("language", LANGUAGES)
async def test_workshop_sign_up_from_the_main_menu(harness: BotHarness, language: str) -> None:
    # A new workshop asks nothing unless its organiser adds questions.
    assert WorkshopDraft(1, language, "Europe/Berlin").questions == []
    assert Workshop.__dataclass_fields__["questions"].default == ()
    workshop = await create_workshop(harness)
    karl = Counted(harness.user("Karl", language))
    await onboard(karl.user, language=language)
    karl.reset()
    await karl.press(WorkshopList(False))
    await karl.press(WorkshopOpen(workshop.id))
    await karl.press(WorkshopSignup(workshop.id))
    assert karl.taps <= SIGN_UP, karl.taps
    assert karl.id in await statuses(harness, workshop.id)
    assert karl.last.document is not None  # the calendar file


@pytest.mark.parametrize("language", LANGUAGES)
async def test_sign_up_from_a_poster(harness: BotHarness, language: str) -> None:
    workshop = await create_workshop(harness, city=1)  # the Krasnodar poster
    olga = Counted(harness.user("Olga", language))
    await olga.start(f"w{workshop.id}")
    await olga.press(SetLanguage(language))
    await olga.press(ChooseCity(KRASNODAR))  # suggested by the poster, confirmed
    await olga.press(PrivacyAnswer(accept=True))
    await olga.press(UseTelegramName(onboarding=True))  # lands on the workshop's card
    await olga.press(WorkshopSignup(workshop.id))
    assert olga.taps <= POSTER_SIGN_UP, olga.taps
    assert olga.id in await statuses(harness, workshop.id)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_vote_from_the_list(harness: BotHarness, language: str) -> None:
    ideas = await published_ideas(harness, 3, language=language)  # in her language: no label
    await open_voting(harness)
    vera = Counted(harness.user("Vera", language))
    await onboard(vera.user, language=language)
    await vera.user.press(IdeasHome(0))  # the ideas' home
    vera.reset()
    await vera.press(IdeaList(0, 0, "a", "n"))
    lines = vera.last_text.splitlines()
    assert any(line.startswith("3. ") and line.endswith("👍 0") for line in lines)
    newest = ideas[0]  # the list is newest first: number 3 is the oldest idea
    await vera.press(IdeaListVote(newest, True, 0, 0, "a", "n"))  # "👍 3"
    assert vera.taps <= VOTE, vera.taps
    assert any(
        line.startswith("3. ") and line.endswith("👍 1") for line in vera.last_text.splitlines()
    )
    assert "✅ 3" in vera.buttons()  # pressing it again takes the vote back


@pytest.mark.parametrize("language", LANGUAGES)
async def test_submit_an_idea(harness: BotHarness, language: str) -> None:
    ida = Counted(harness.user("Ida", language))
    await onboard(ida.user, language=language)
    ida.reset()
    await ida.press(IdeasHome(0))
    await ida.press(IdeaDraftStep("new", 0))
    await ida.send("Grüner Hof")
    await ida.send("Ein Garten für beide Städte.")
    await ida.press(IdeaDraftStep("theme", ECOLOGY))  # one theme: on to the review
    await ida.press(IdeaDraftStep("submit", 0))  # needs and a photo are optional there
    assert ida.typed <= SUBMIT_IDEA_TYPED
    assert ida.taps <= SUBMIT_IDEA, ida.taps
    page = await harness.services.ideas.browse(
        ida.id, page=0, theme_id=None, scope="all", by_votes=False, mine=True
    )
    [idea] = page.ideas
    assert idea.original.title == "Grüner Hof" and idea.themes == {ECOLOGY}
