"""Writing an idea through the emulator: one theme reaches the review, which offers what is
optional (more themes, needs, a photo); typed questions lose their buttons once answered; the
review says which name the idea will show."""

from __future__ import annotations

import pytest

from bot.callback_data import IdeaDraftStep, IdeasHome
from bot.db import ideas as ideas_db
from bot.domain.ideas import Idea
from bot.offline.emulator import SimMessage
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import ECOLOGY, png_header, quick_participant

CULTURE = 2  # the demo partnership's second theme

SUBMIT = IdeaDraftStep("submit", 0)
ADD_NEEDS = IdeaDraftStep("add_needs", 0)
MORE_THEMES = IdeaDraftStep("edit_themes", 0)
AUTHOR = IdeaDraftStep("author", 0)

NEEDS_LINE = {
    "de": "🤝 Braucht von der Partnerstadt: Musik",
    "ru": "🤝 Нужно от города-партнёра: Musik",
}
NAME_SHOWN = {"de": "👤 Dein Name wird gezeigt: {}", "ru": "👤 Ваше имя будет видно: {}"}
NAME_HIDDEN = {
    "de": "👤 Dein Name wird nicht gezeigt ({})",
    "ru": "👤 Ваше имя не будет видно ({})",
}


async def to_review(user: SimClient) -> SimMessage:
    """Menu, ideas home, ➕ new, title, description, one theme: the review."""
    await user.send("/menu")
    await user.press(IdeasHome(0))
    await user.press(IdeaDraftStep("new", 0))
    await user.send("Hoffest")
    await user.send("Ein Fest im Hof für beide Städte.")
    return await user.press(IdeaDraftStep("theme", ECOLOGY))


async def only_idea(harness: BotHarness) -> Idea:
    async with harness.services.db.reading() as conn:
        [row] = await (await conn.execute("SELECT id FROM ideas")).fetchall()
        idea = await ideas_db.get(conn, row[0])
    assert idea is not None
    return idea


def now_shown(user: SimClient, message: SimMessage) -> SimMessage:
    """The message as the chat shows it now (after later edits)."""
    return next(m for m in user.messages if m.message_id == message.message_id)


@pytest.mark.parametrize("language", ["de", "ru"])
async def test_the_review_adds_needs_and_more_themes_and_each_comes_back(
    harness: BotHarness, language: str
) -> None:
    ida = await quick_participant(harness, "Ida", language=language)
    review = await to_review(ida)
    partnership = (await harness.services.partnerships.list())[0]
    ecology, culture = (partnership.theme(t) for t in (ECOLOGY, CULTURE))
    assert ecology is not None and culture is not None
    assert f"🏷 {ecology.name.for_reader(language)}" in review.body
    assert NEEDS_LINE[language].split(":")[0] not in review.body  # no needs: no line, no "—"

    asked = await ida.press(ADD_NEEDS)
    assert IdeaDraftStep("skip", 0).pack() in asked.button_data()  # ⬅️ back to the review
    await ida.send("Musik")
    assert NEEDS_LINE[language] in ida.last_text

    await ida.press(MORE_THEMES)
    await ida.press(IdeaDraftStep("theme", CULTURE))  # a second theme: stays on the themes
    assert f"✅ {culture.name.for_reader(language)}" in ida.last.button_texts()
    await ida.press(IdeaDraftStep("themes", 0))  # Done: back to the review
    assert culture.name.for_reader(language) in ida.last_text
    await ida.press(SUBMIT)
    idea = await only_idea(harness)
    assert idea.themes == {ECOLOGY, CULTURE}
    assert idea.original.needs == "Musik"


async def test_going_back_from_an_optional_step_changes_nothing(harness: BotHarness) -> None:
    ida = await quick_participant(harness, "Ida")
    review = await to_review(ida)
    before = review.body
    await ida.press(IdeaDraftStep("add_photo", 0))
    assert ida.last_text.startswith("Send a photo for your idea")
    await ida.press(IdeaDraftStep("skip", 0))  # ⬅️ Back
    assert ida.last_text == before
    await ida.press(SUBMIT)
    idea = await only_idea(harness)
    assert idea.photo_file_id is None and idea.original.needs is None


@pytest.mark.parametrize("language", ["de", "ru"])
async def test_each_typed_question_loses_its_buttons_once_answered(
    harness: BotHarness, language: str
) -> None:
    ida = await quick_participant(harness, "Ida", language=language)
    await ida.send("/ideas")
    title_question = await ida.press(IdeaDraftStep("new", 0))
    cancel = IdeaDraftStep("cancel", 0).pack()
    assert title_question.button_data() == [cancel]
    await ida.send("Hoffest")
    assert now_shown(ida, title_question).button_data() == []
    description_question = ida.last
    assert description_question.button_data() == [cancel]
    await ida.send("y" * 1600)  # too long: asked again, the old question loses its button
    assert now_shown(ida, description_question).button_data() == []
    again = ida.last
    assert again.button_data() == [cancel]
    await ida.send("Ein Fest im Hof für beide Städte.")
    assert now_shown(ida, again).button_data() == []
    await ida.press(IdeaDraftStep("theme", ECOLOGY))
    needs_question = await ida.press(ADD_NEEDS)
    await ida.send("Musik")
    assert now_shown(ida, needs_question).button_data() == []
    assert SUBMIT.pack() in ida.last.button_data()  # the review, below
    # An old button of an answered question (another device) is out of date.
    await ida.press_data(cancel, message=now_shown(ida, title_question))
    answer = ida.last_callback_answer
    assert answer is not None and answer["text"]
    assert SUBMIT.pack() in ida.last.button_data()


@pytest.mark.parametrize("language", ["de", "ru"])
async def test_the_review_names_the_name_the_idea_will_show(
    harness: BotHarness, language: str
) -> None:
    ida = await quick_participant(harness, "Ida", language=language)
    review = await to_review(ida)
    assert NAME_SHOWN[language].format("Ida") in review.body
    await harness.services.onboarding.set_display_name(ida.id, "Ida Keller")
    await ida.press(AUTHOR)  # name hidden now, and the chosen display name is the one meant
    assert NAME_HIDDEN[language].format("Ida Keller") in ida.last_text
    await ida.press(AUTHOR)
    assert NAME_SHOWN[language].format("Ida Keller") in ida.last_text


async def test_someone_without_any_name_is_not_offered_to_show_it(harness: BotHarness) -> None:
    flower = await quick_participant(harness, "🌸")  # a Telegram name with no letters
    review = await to_review(flower)
    assert "👤" not in review.body
    assert AUTHOR.pack() not in review.button_data()
    await flower.press(SUBMIT)
    assert "✍️" not in flower.last_text  # the card names no author


@pytest.mark.parametrize("language", ["de", "ru"])
async def test_a_photo_before_the_review_is_refused_kindly_and_taken_at_the_review(
    harness: BotHarness, language: str
) -> None:
    ida = await quick_participant(harness, "Ida", language=language)
    await ida.send("/ideas")
    await ida.press(IdeaDraftStep("new", 0))
    await ida.send_photo(png_header(64, 64))  # at the title: not yet
    later = {"de": "Ein Foto kannst du beim Prüfen", "ru": "Фото можно будет добавить"}
    assert ida.last_text.startswith(later[language])
    assert ida.last.button_data() == [IdeaDraftStep("cancel", 0).pack()]  # the title again
    await ida.send("Hoffest")
    await ida.send("Ein Fest im Hof für beide Städte.")
    await ida.press(IdeaDraftStep("theme", ECOLOGY))
    await ida.send_photo(png_header(64, 64))  # at the review: taken
    assert {"de": "🖼 Mit Foto", "ru": "🖼 С фото"}[language] in ida.last_text
    await ida.press(SUBMIT)
    assert (await only_idea(harness)).photo_file_id is not None
