"""Reading: /stories and the main menu's button list published stories by topic and city
pair; a story reads in the reader's language with names per consent, babel dates, the
original language named or machine translation marked (the original one tap away), only
consented photos, split under 4096 characters; the deep link st<id> works before onboarding;
an unpublished story is never shown to readers outside its team."""

from __future__ import annotations

from pathlib import Path

from bot.callback_data import OpenMenu
from bot.callback_toolbox import StoriesHome, StoryCard, StoryExtra, StoryReviewStep
from bot.clock import FakeClock
from bot.db import ideas as ideas_db
from bot.db import stories as stories_db
from bot.offline.harness import BotHarness
from tests.stories import (
    ECOLOGY,
    add_story_photo,
    answer_consent,
    make_organiser,
    popup,
    publish_story,
    quick_participant,
    seed_story,
    team_story,
    translated_harness,
)


async def _published(harness: BotHarness) -> tuple[int, list[int]]:
    """Klara consents, Karl declines, Roman has not answered (a story published before he
    was added, as after an erasure); the idea is about ecology."""
    story_id, people, _ = await team_story(harness)
    await answer_consent(harness, people[0], "given")
    await answer_consent(harness, people[1], "declined")
    await answer_consent(harness, people[2], "given")
    async with harness.services.db.transaction() as conn:
        await ideas_db.set_themes(conn, 1, [ECOLOGY])
    await publish_story(harness, story_id)
    return story_id, people


async def test_stories_listed_by_topic_and_city_pair(harness: BotHarness) -> None:
    story_id, _ = await _published(harness)
    draft_id, _ = await _draft_of_another_team(harness)
    vera = await quick_participant(harness, "Vera", language="en")
    await vera.send("/menu")
    await vera.press(StoriesHome())
    text = vera.last_text
    assert "one story" in text
    assert "Ecology & Health · Karlsruhe – Krasnodar" in text
    assert "1. Grüne Innenstadt" in text
    assert f"stc:{story_id}" in vera.last.button_data()
    assert f"stc:{draft_id}" not in vera.last.button_data()
    assert "Geheimprojekt" not in text
    await vera.send("/stories")
    assert "Ecology & Health · Karlsruhe – Krasnodar" in vera.last_text
    assert OpenMenu("main").pack() in vera.last.button_data()


async def _draft_of_another_team(harness: BotHarness) -> tuple[int, list[int]]:
    return await seed_story(harness, None, [], idea_id=None, status="review", title="Geheimprojekt")


async def test_a_story_in_the_readers_language_with_names_per_consent(harness: BotHarness) -> None:
    story_id, _ = await _published(harness)
    vera = await quick_participant(harness, "Вера", language="ru")
    await vera.send("/stories")
    await vera.press(StoryCard(story_id))
    text = vera.last_text
    assert text.startswith("Grüne Innenstadt")
    assert "«Grüne Innenstadt 🇩🇪», предложена в городе Карлсруэ" in text
    assert "Klara" in text and "Роман" in text
    assert "Karl " not in text and "Karl," not in text
    assert "Klara, участник команды из города Карлсруэ и Роман" in text
    assert "12 марта 2026" in text and "2 апреля 2026" in text  # babel, in Russian
    assert "Erste Bäume gepflanzt" in text
    assert "🇩🇪 Части показаны на языке «немецкий»: перевода пока нет." in text
    assert "машинный перевод" not in text  # nothing is promised without a provider
    assert StoriesHome().pack() in vera.last.button_data()


async def test_machine_translation_is_marked_and_the_original_one_tap_away(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with translated_harness(tmp_path, clock) as (h, _fake):
        story_id, people, _ = await team_story(h)
        for person in people:
            await answer_consent(h, person, "given")
        olga = await quick_participant(h, "Olga")
        await make_organiser(h, olga)
        await h.services.story_publishing.publish(
            await h.services.access.actor(olga.id), story_id, 0
        )
        vera = await quick_participant(h, "Вера", language="ru")
        await vera.send("/stories")
        await vera.press(StoryCard(story_id))
        assert "машинный перевод" in vera.last_text
        await vera.press(StoryExtra(story_id, "original"))
        original = vera.last_text
        assert "Оригинал" in original and "Grüne Innenstadt" in original
        assert "Zwölf Bäume stehen jetzt in beiden Innenstädten." in original
        assert StoryCard(story_id).pack() in vera.last.button_data()


async def test_only_consented_photos_are_shown(harness: BotHarness) -> None:
    story_id, people = await _published(harness)
    await add_story_photo(harness, story_id, people[0], "photo-klara")  # consents
    await add_story_photo(harness, story_id, people[1], "photo-karl")  # declined
    vera = await quick_participant(harness, "Vera")
    await vera.send("/stories")
    await vera.press(StoryCard(story_id))
    await vera.press(StoryExtra(story_id, "photos"))
    photos = [m.photo.file_id for m in vera.messages if m.photo is not None]
    assert photos == ["photo-klara"]
    assert StoryCard(story_id).pack() in vera.last.button_data()


async def test_deep_link_before_onboarding_and_unpublished_stories_stay_hidden(
    harness: BotHarness,
) -> None:
    story_id, _ = await _published(harness)
    draft_id, _ = await _draft_of_another_team(harness)
    stranger = harness.user("Fremder", "de")
    await stranger.start(f"st{story_id}")
    assert "Grüne Innenstadt" in stranger.last_text
    assert "Das Team" in stranger.last_text  # German, from Telegram's language

    other = harness.user("Fremde", "de")
    await other.start(f"st{draft_id}")
    assert "Geheimprojekt" not in other.last_text
    assert "nicht (oder nicht mehr) veröffentlicht" in other.last_text
    vera = await quick_participant(harness, "Vera")
    await vera.send("/stories")
    await vera.press_data(StoryCard(draft_id).pack())
    assert "out of date" in (vera.last_callback_answer or {}).get("text", "")
    assert "Geheimprojekt" not in vera.last_text
    await vera.press_data(StoryReviewStep(draft_id, "ask", 0).pack())
    assert popup(vera)


async def test_a_long_story_is_split_under_telegrams_limit(harness: BotHarness) -> None:
    story_id, _ = await _published(harness)
    now = harness.clock.now()
    async with harness.services.db.transaction() as conn:
        for kind in ("idea", "team", "blockers", "outcome"):
            text = ("Ein langer Absatz über das Projekt & seine Leute. " * 30)[:1500]
            await stories_db.set_section(conn, story_id, kind, "de", text, "team", None, now)  # type: ignore[arg-type]
    vera = await quick_participant(harness, "Vera", language="de")
    await vera.send("/stories")
    before = len(vera.messages)
    await vera.press(StoryCard(story_id))
    shown = [m for m in vera.messages[before - 1 :] if m.text]
    assert len(shown) >= 2
    assert all(len(m.text or "") < 4096 for m in shown)
    assert StoriesHome().pack() in vera.last.button_data()
    assert "&amp;" not in vera.last_text  # escaped once, shown as typed
