"""Consent: each person a story names is asked once, in their language, with what the story
says about them; who declines reads as "a team member from <city>" in every language; the
answer can be changed later; the draft screen shows who agreed, declined, has not answered."""

from __future__ import annotations

from pathlib import Path

from bot.callback_toolbox import StoryDraftCard, StoryWrite
from bot.clock import FakeClock
from bot.db import stories as stories_db
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.offline.harness import BotHarness
from bot.services.demo import seed_demo
from tests.stories import (
    consent,
    ended_team,
    make_organiser,
    make_team,
    quick_participant,
    story_of,
    translated_harness,
)


async def story_people(h: BotHarness, story_id: int) -> list[int]:
    """The user ids a story names."""
    async with h.services.db.reading() as conn:
        story = await stories_db.get_story(conn, story_id)
    assert story is not None
    return [p.user_id for p in story.people if p.user_id is not None]


# How Roman (Krasnodar) reads once he declined, per reader's language.
ANONYMOUS = {
    "de": "ein Teammitglied aus Krasnodar",
    "en": "a team member from Krasnodar",
    "ru": "участник команды из города Краснодар",
    "uk": "учасник команди з міста Краснодар",
    "be": "удзельнік каманды з горада Краснадар",
}
CONSENT_HEAD = {
    "de": "🤝 Wer mit Namen genannt werden darf",
    "en": "🤝 Who agreed to be named",
    "ru": "🤝 Кого можно назвать по имени",
    "uk": "🤝 Кого можна назвати на ім'я",
    "be": "🤝 Каго можна назваць па імені",
}


async def test_a_declined_consent_replaces_the_name_in_every_language(tmp_path: Path) -> None:
    async with translated_harness(tmp_path, FakeClock()) as (h, _):
        team = await ended_team(h)
        story = await story_of(h, team.team_id)
        await consent(team.klara, story.id, True)
        await consent(team.roman, story.id, False)
        stored = await story_of(h, team.team_id)
        # Machine versions exist: the outcome was translated into every other language.
        assert {s.language for s in stored.sections if s.kind == "outcome"} == set(
            SUPPORTED_LANGUAGES
        )
        for language in SUPPORTED_LANGUAGES:
            await h.services.onboarding.choose_language(team.klara.id, language)
            await team.klara.press_data(StoryDraftCard(story.id).pack())
            story_text = team.klara.last_text.split(CONSENT_HEAD[language])[0]
            assert "Роман" not in story_text and "Roman" not in story_text, language
            anonymous = ANONYMOUS[language]
            # In the team, the outcome (machine versions too) and the timeline.
            assert (
                story_text.count(anonymous)
                + story_text.count(anonymous[:1].upper() + anonymous[1:])
                >= 4
            ), language
            assert "Klara" in story_text, language  # she agreed: named everywhere


async def test_each_person_is_asked_once_with_the_text_about_them(tmp_path: Path) -> None:
    clock = FakeClock()
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        team = await ended_team(h)
        story = await story_of(h, team.team_id)
        asked = [m for m in team.roman.messages if m.body.startswith("📖")]
        assert len(asked) == 1
        body = asked[0].body
        assert "Вот что в ней сказано о вас:" in body
        # The lines about him, as they read once he agrees, in Russian.
        assert "• Роман: Посадили деревья и в Краснодаре." in body
        assert "Роман: названо препятствие." in body
        assert "Может ли история назвать вас по имени" in body
        assert StoryWrite("consent_yes", story.id, 0).pack() in asked[0].button_data()
        # A second draft of the same team (the bot refreshes what it wrote) asks nobody again.
        async with h.services.db.transaction() as conn:
            await h.services.stories.draft_for_team(conn, team.team_id)
        await h.drain()
        assert len([m for m in team.roman.messages if m.body.startswith("📖")]) == 1


async def test_the_draft_shows_who_agreed_declined_or_not_answered(tmp_path: Path) -> None:
    clock = FakeClock()
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        team = await ended_team(h)
        story = await story_of(h, team.team_id)
        await h.services.onboarding.choose_language(team.klara.id, "en")
        await consent(team.klara, story.id, True)
        await consent(team.roman, story.id, False)
        await team.klara.press_data(StoryDraftCard(story.id).pack())
        lines = team.klara.last_text.split(CONSENT_HEAD["en"])[1].splitlines()
        assert "✅ Klara: agreed" in lines
        assert (
            "⏳ Karl: not answered yet, shown as “a team member from Karlsruhe” until they agree"
            in (lines)
        )
        assert "❌ Роман: declined, shown as “a team member from Krasnodar”" in lines
        # Roman changes his mind on the draft screen: his choice is the one marked.
        await team.roman.press_data(StoryDraftCard(story.id).pack())
        assert "✅ Нет, без моего имени" in team.roman.buttons()
        await team.roman.press(StoryWrite("consent_yes", story.id, 0))
        assert team.roman.last_text.startswith("Спасибо: история может назвать вас.")
        assert "✅ Да, можно назвать меня" in team.roman.buttons()
        assert "Нет, без моего имени" in team.roman.buttons()
        stored = await story_of(h, team.team_id)
        assert next(p for p in stored.people if p.user_id == team.roman.id).consent == "given"


async def test_an_idea_author_outside_the_team_is_asked_too(tmp_path: Path) -> None:
    clock = FakeClock()
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        _, _, _, _, team_id = await make_team(h)
        alma = await quick_participant(h, "Alma", language="en", city=1)
        await h.services.onboarding.set_display_name(alma.id, "Alma Petrova")
        async with h.services.db.transaction() as conn:
            await conn.execute("UPDATE ideas SET author_id = ? WHERE id = 1", (alma.id,))
        olga = await quick_participant(h, "Olga", language="en")
        await make_organiser(h, olga)
        actor = await h.services.access.actor(olga.id)
        assert await h.services.stories.request_count(actor, team_id) == 4
        story_id = await h.services.stories.request_story(actor, team_id)
        await h.drain()
        asked = alma.last
        assert asked.body.startswith("📖 The team working on your idea is writing its story")
        assert "• The idea came from Alma." in asked.body  # her first name only
        assert ": Alma proposed the idea." in asked.body
        assert StoryDraftCard(story_id).pack() not in asked.button_data()  # not her draft
        await alma.press(StoryWrite("consent_no", story_id, 0), message=asked)
        assert alma.last_text.startswith("The story will not name you.")
        assert "✅ No, leave my name out" in alma.buttons()
        # The team's screen names her as the idea's author from her city, not by name.
        story = await h.services.stories.draft_view(
            next(u for u in (await story_people(h, story_id)) if u != alma.id), story_id
        )
        team_section = story.story.section("team", "en")
        assert team_section is not None and "The idea came from [[person:" in team_section.text
