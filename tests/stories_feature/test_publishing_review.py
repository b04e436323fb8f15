"""Organisers review their partnership's stories: publishing waits for every named person's
answer and says whose is missing; a forged button of another partnership's organiser fails;
a story goes back to the team with a note; a published story is withdrawn after a question."""

from __future__ import annotations

from bot.callback_data import OrganiserStep
from bot.callback_toolbox import StoriesReview, StoryReviewCard, StoryReviewStep
from bot.db import roles as roles_db
from bot.db import stories as stories_db
from bot.domain.roles import Role
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    answer_consent,
    make_organiser,
    partnership_with_people,
    popup,
    quick_participant,
    shown,
    story_reviewer,
    team_story,
)


async def _status(h: BotHarness, story_id: int) -> str:
    async with h.services.db.reading() as conn:
        story = await stories_db.get_story(conn, story_id)
    assert story is not None
    return story.status


async def test_publishing_waits_for_consent_and_names_whose_is_missing(harness: BotHarness) -> None:
    story_id, (klara, karl, roman), _ = await team_story(harness)
    await answer_consent(harness, klara, "given")
    await answer_consent(harness, roman, "declined")
    olga = await quick_participant(harness, "Olga")
    await make_organiser(harness, olga)

    await olga.send("/organise")
    await olga.press(shown(olga, OrganiserStep, action="news"))
    await olga.press(StoriesReview(DEMO_PARTNERSHIP))
    assert "one waits for review" in olga.last_text
    await olga.press(StoryReviewCard(story_id))
    card = olga.last_text
    assert "Grüne Innenstadt" in card
    assert "Klara · Karlsruhe: agreed" in card
    assert "Роман · Krasnodar: declined" in card
    assert "Karl · Karlsruhe: has not answered yet" in card
    # As readers will see it: the declined name is replaced, the others consent or wait.
    assert "a team member from Krasnodar" in card

    await olga.press(StoryReviewStep(story_id, "ask", 0))
    refusal = olga.last_text
    assert "Not yet: one person" in refusal
    assert "• Karl · Karlsruhe" in refusal
    assert "Klara" not in refusal and "Роман" not in refusal
    assert not any(d.startswith("sts:") and ":publish:" in d for d in olga.last.button_data())

    # Pressing the publish button anyway (an old or forged one) changes nothing.
    await olga.press_data(StoryReviewStep(story_id, "publish", 0).pack())
    assert "Not yet" in popup(olga)
    assert await _status(harness, story_id) == "review"

    await answer_consent(harness, karl, "given")
    await olga.press(StoryReviewCard(story_id))
    await olga.press(StoryReviewStep(story_id, "ask", 0))
    assert "Publish «Grüne Innenstadt»?" in olga.last_text


async def test_another_partnerships_organiser_cannot_review_or_publish(harness: BotHarness) -> None:
    story_id, people, _ = await team_story(harness)
    for person in people:
        await answer_consent(harness, person, "given")
    other = await quick_participant(harness, "Otto")
    other_pid = await partnership_with_people(harness.services.db)
    async with harness.services.db.transaction() as conn:
        await roles_db.grant(conn, other.id, other_pid, Role.ORGANISER, None, harness.clock.now())

    await other.send("/organise")
    await other.press_data(StoryReviewCard(story_id).pack())
    assert popup(other)
    assert "Grüne Innenstadt" not in other.last_text
    for action in ("ask", "publish", "withdraw", "note"):
        await other.press_data(StoryReviewStep(story_id, action, 0).pack())  # type: ignore[arg-type]
        assert popup(other), action
    await other.press_data(StoriesReview(DEMO_PARTNERSHIP).pack())
    assert popup(other)
    assert await _status(harness, story_id) == "review"


async def test_back_to_the_team_with_a_note(harness: BotHarness) -> None:
    story_id, _, (klara, karl, roman) = await team_story(harness)
    olga = await story_reviewer(harness, story_id)
    await olga.press(StoryReviewStep(story_id, "note", 0))
    assert "What should the team change" in olga.last_text
    question = olga.last
    await olga.send("Bitte ein Foto vom Pflanzen ergänzen.")
    assert "3 members got your note" in olga.last_text
    assert question.reply_markup is None or not question.button_data()
    assert await _status(harness, story_id) == "draft"
    await harness.drain()
    for member in (klara, karl, roman):
        assert "Bitte ein Foto vom Pflanzen ergänzen." in member.last_text


async def test_withdrawing_asks_first_and_cancel_changes_nothing(harness: BotHarness) -> None:
    story_id, people, _ = await team_story(harness)
    for person in people:
        await answer_consent(harness, person, "given")
    olga = await story_reviewer(harness, story_id)
    await olga.press(StoryReviewStep(story_id, "ask", 0))
    await olga.press(StoryReviewStep(story_id, "publish", 0))
    assert await _status(harness, story_id) == "published"

    await olga.press(StoryReviewStep(story_id, "withdraw", 0))
    assert "Withdraw «Grüne Innenstadt»?" in olga.last_text
    await olga.press(StoryReviewCard(story_id))
    assert await _status(harness, story_id) == "published"
    await olga.press(StoryReviewStep(story_id, "withdraw", 0))
    await olga.press(StoryReviewStep(story_id, "withdrawn", 0))
    assert "Withdrawn" in olga.last_text
    assert await _status(harness, story_id) == "withdrawn"
