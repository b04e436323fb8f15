"""Publishing: the idea's author, voters and supporters are told once in their language
(muted people excluded, and counted before and after); the team is told; machine versions of
the missing languages when a provider exists; a review date asks the team for one line that
extends the timeline."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.callback_toolbox import StoryReviewStep, StoryUpdateStep
from bot.clock import FakeClock
from bot.db import ideas as ideas_db
from bot.db import participants as participants_db
from bot.db import stories as stories_db
from bot.db import votes as votes_db
from bot.domain.stories import Story
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    answer_consent,
    crowd,
    popup,
    quick_participant,
    story_reviewer,
    team_story,
    translated_harness,
)


async def _story(harness: BotHarness, story_id: int) -> Story:
    async with harness.services.db.reading() as conn:
        story = await stories_db.get_story(conn, story_id)
    assert story is not None
    return story


async def _consented(harness: BotHarness) -> tuple[int, tuple[SimClient, SimClient, SimClient]]:
    story_id, people, members = await team_story(harness)
    for person in people:
        await answer_consent(harness, person, "given")
    return story_id, members


async def test_publishing_tells_voters_once_and_leaves_out_the_muted(harness: BotHarness) -> None:
    story_id, (klara, karl, roman) = await _consented(harness)
    voters = await crowd(harness, 5)  # de, ru, en, uk, be
    supporter = await quick_participant(harness, "Sina", language="de")
    now = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        for voter in voters:
            await votes_db.cast(conn, 1, voter.id, DEMO_PARTNERSHIP, now)
        await votes_db.cast(conn, 1, klara.id, DEMO_PARTNERSHIP, now)  # a member: told as the team
        await ideas_db.add_supporter(conn, 1, supporter.id, now)
        await participants_db.set_muted(conn, voters[2].id, True)
    olga = await story_reviewer(harness, story_id)

    await olga.press(StoryReviewStep(story_id, "ask", 0))
    assert "5 people are told" in olga.last_text
    assert "One person muted announcements and is not told." in olga.last_text
    await olga.press(StoryReviewStep(story_id, "publish", 0))
    assert "The team and 5 people who voted for the idea are told." in olga.last_text
    await harness.drain()

    told = {
        "de": "Die Idee, für die du gestimmt hast, ist ein Projekt geworden: „Grüne Innenstadt“",
        "ru": "Идея, за которую вы голосовали, стала проектом: «Grüne Innenstadt»",
        "uk": "Ідея, за яку ви голосували, стала проєктом",
        "be": "Ідэя, за якую вы галасавалі, стала праектам",
    }
    for voter, language in zip(voters, ("de", "ru", "en", "uk", "be"), strict=True):
        if language == "en":
            assert not voter.messages  # muted
            continue
        assert told[language] in voter.last_text
        assert voter.last.button_data() == [f"stc:{story_id}"]
    assert told["de"] in supporter.last_text
    for member in (klara, karl, roman):
        texts = [m.body for m in member.messages]
        assert sum("story" in t or "Geschichte" in t or "История" in t for t in texts) == 1
        assert not any("Idee, für die du gestimmt" in t for t in texts)
    story = await _story(harness, story_id)
    assert story.status == "published" and story.published_at is not None
    async with harness.services.db.reading() as conn:
        cur = await conn.execute(
            "SELECT published_by, voters_told_at FROM stories WHERE id = ?", (story_id,)
        )
        row = await cur.fetchone()
    assert row["published_by"] == olga.id and row["voters_told_at"] is not None

    # Withdrawn and published again: nobody is told twice.
    await olga.press(StoryReviewStep(story_id, "withdraw", 0))
    await olga.press(StoryReviewStep(story_id, "withdrawn", 0))
    await olga.press(StoryReviewStep(story_id, "ask", 0))
    assert "Nobody is told" in olga.last_text
    before = len(voters[0].messages)
    await olga.press(StoryReviewStep(story_id, "publish", 0))
    await harness.drain()
    assert len(voters[0].messages) == before


async def test_machine_versions_of_missing_languages(tmp_path: Path, clock: FakeClock) -> None:
    async with translated_harness(tmp_path, clock) as (h, _fake):
        story_id, _ = await _consented(h)
        olga = await story_reviewer(h, story_id)
        await olga.press(StoryReviewStep(story_id, "ask", 0))
        await olga.press(StoryReviewStep(story_id, "publish", 0))
        story = await _story(h, story_id)
    russian = story.section("title", "ru")
    assert russian is not None and russian.language == "ru" and russian.origin == "machine"
    assert {s.language for s in story.sections if s.kind == "outcome"} == {
        "de",
        "en",
        "ru",
        "uk",
        "be",
    }
    german = story.section("title", "de")
    assert german is not None and german.origin == "team"


async def test_without_a_provider_no_machine_versions(harness: BotHarness) -> None:
    story_id, _ = await _consented(harness)
    olga = await story_reviewer(harness, story_id)
    await olga.press(StoryReviewStep(story_id, "ask", 0))
    await olga.press(StoryReviewStep(story_id, "publish", 0))
    story = await _story(harness, story_id)
    assert {s.language for s in story.sections} == {"de"}


async def test_review_date_asks_the_team_for_one_line(harness: BotHarness) -> None:
    story_id, (klara, karl, _roman) = await _consented(harness)
    olga = await story_reviewer(harness, story_id)
    await olga.press(StoryReviewStep(story_id, "ask", 0))
    await olga.press(StoryReviewStep(story_id, "ask", 3))
    assert "✅ 3 months" in olga.buttons() and "No update" in olga.buttons()
    await olga.press(StoryReviewStep(story_id, "publish", 3))
    await harness.drain()
    asked_before = sum("Was ist seitdem passiert?" in m.body for m in klara.messages)
    assert asked_before == 0

    await harness.advance(timedelta(days=80))
    assert not any("Was ist seitdem passiert?" in m.body for m in klara.messages)
    await harness.advance(timedelta(days=15))
    assert "Was ist seitdem passiert?" in klara.last_text
    assert "Was ist seitdem passiert?" in karl.last_text

    await klara.press(StoryUpdateStep(story_id))
    await klara.send("Jetzt stehen 20 Bäume, und die Schule gießt sie.")
    story = await _story(harness, story_id)
    update = story.timeline[-1]
    assert update.kind == "update" and update.happened_on == harness.clock.now().date()
    assert update.texts == {"de": "Jetzt stehen 20 Bäume, und die Schule gießt sie."}
    assert "Jetzt stehen 20 Bäume" in klara.last_text  # the story with its new line

    await karl.press(StoryUpdateStep(story_id))
    assert "already written" in popup(karl) or "schon geschrieben" in popup(karl)
    assert len((await _story(harness, story_id)).timeline) == len(story.timeline)
