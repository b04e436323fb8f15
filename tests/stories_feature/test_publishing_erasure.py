"""/deleteme of a named member after publishing: their name (and only theirs) leaves the
story, the city stays ("a team member from Karlsruhe"), the photos they added go, the story
stays readable and in the feed; /mydata lists the stories that name a person and their
answer."""

from __future__ import annotations

from bot.callback_data import PrivacyStep
from bot.callback_toolbox import StoryCard, StoryExtra
from bot.db import stories as stories_db
from bot.domain.stories import Story
from bot.offline.harness import BotHarness
from tests.stories import (
    KARLSRUHE,
    add_story_photo,
    answer_consent,
    make_organiser,
    quick_participant,
    team_story,
)


async def _story(harness: BotHarness, story_id: int) -> Story:
    async with harness.services.db.reading() as conn:
        story = await stories_db.get_story(conn, story_id)
    assert story is not None
    return story


async def test_deleteme_after_publishing_removes_the_name_and_photos_and_keeps_the_story(
    harness: BotHarness,
) -> None:
    story_id, people, (klara, _karl, roman) = await team_story(harness)
    for person in people:
        await answer_consent(harness, person, "given")
    await add_story_photo(harness, story_id, people[0], "photo-klara")
    await add_story_photo(harness, story_id, people[2], "photo-roman")
    olga = await quick_participant(harness, "Olga")
    await make_organiser(harness, olga)
    actor = await harness.services.access.actor(olga.id)
    await harness.services.story_publishing.publish(actor, story_id, 0)

    await klara.send("/mydata")
    summary = next(m.body for m in reversed(klara.messages) if "Geschichte" in m.body)
    assert "Eine Geschichte darf dich nennen:" in summary
    assert "„Grüne Innenstadt“: du bist einverstanden, genannt zu werden" in summary

    await klara.send("/deleteme")
    await klara.press(PrivacyStep("erase"))
    await klara.press(PrivacyStep("keep"))  # she proposed the idea: it stays without her
    assert "Dein Name und deine Fotos wurden aus einer Geschichte entfernt" in klara.last_text

    story = await _story(harness, story_id)
    assert story.status == "published"
    erased = next(p for p in story.people if p.id == people[0])
    assert (erased.consent, erased.user_id, erased.name) == ("erased", None, None)
    assert erased.city_id == KARLSRUHE
    assert [p.file_id for p in story.photos] == ["photo-roman"]
    assert roman.id in {p.user_id for p in story.people}

    vera = await quick_participant(harness, "Vera")
    await vera.send("/stories")
    await vera.press(StoryCard(story_id))
    text = vera.last_text
    assert "Klara" not in text
    assert "a team member from Karlsruhe, Karl and Роман" in text
    await vera.press(StoryExtra(story_id, "photos"))
    assert [m.photo.file_id for m in vera.messages if m.photo] == ["photo-roman"]

    items = await harness.services.story_publishing.feed("de", "twincity_bot")
    assert [i.story_id for i in items] == [story_id]
    assert "Klara" not in items[0].text and "ein Teammitglied aus Karlsruhe" in items[0].text


async def test_mydata_lists_a_declined_answer(harness: BotHarness) -> None:
    _story_id, people, (_klara, _karl, roman) = await team_story(harness)
    await answer_consent(harness, people[2], "declined")
    await roman.send("/mydata")
    summary = next(m.body for m in reversed(roman.messages) if "истори" in m.body)
    assert "Вас может называть одна история:" in summary
    assert "«Grüne Innenstadt»: вы отказались" in summary
    document = next(m.document for m in reversed(roman.messages) if m.document)
    assert b'"stories_naming_you"' in document.content and b'"declined"' in document.content
