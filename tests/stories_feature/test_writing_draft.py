"""The bot drafts a team's story when the team ends its project (or when an organiser asks):
the idea and where it came from, the team from both cities, a dated timeline of check-ins and
blockers, the outcome answers; each person it names is asked once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.callback_data import CheckinStep, CoachStep
from bot.callback_toolbox import StoryDraftCard, StoryRequest
from bot.clock import FakeClock
from bot.db import partnerships as partnerships_db
from bot.db import roles as roles_db
from bot.db import stories as stories_db
from bot.domain.roles import Role
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from bot.render.formatting import long_date
from bot.services.demo import seed_demo
from tests.stories import (
    NOW,
    demo_draft,
    ended_team,
    make_organiser,
    make_team,
    popup,
    quick_participant,
    story_of,
)

STALE = "This button is out of date"


def refused(user: SimClient) -> str:
    """What answered the last press: the out-of-date note or a refusal pop-up."""
    answer = user.last_callback_answer or {}
    return str(answer.get("text", ""))


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


async def test_an_ended_team_gets_a_dated_draft_with_the_ideas_origin(tmp_path: Path) -> None:
    clock = FakeClock()
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        team = await ended_team(h)
        story = await story_of(h, team.team_id)
        # Klara (German) was asked with the draft's text about her, and opens the draft.
        asked = next(m for m in team.klara.messages if m.body.startswith("📖 Der Bot hat"))
        assert "„Grüne Innenstadt“" in asked.body
        assert "hat die Idee vorgeschlagen" in asked.body
        await team.klara.press(StoryDraftCard(story.id), message=asked)
        seen = lines_of(team.klara.last_text)
        day = [long_date(d, "de") for d in team.check_in_days]
        assert seen.count(f"• {day[0]}: Check-in 1 (Antworten: 2 von 3)") == 1
        assert f"• {day[1]}: Check-in 2 (Antworten: 2 von 3)" in seen
        assert f"• {day[2]}: Check-in 3 (Antworten: 2 von 3)" in seen
        assert sum(": Check-in " in line for line in seen) == 3
        # Where the idea came from: the kick-off (name, date) and the city; nobody named
        # before they agree.
        kickoff_day = long_date(team.kickoff.starts_at, "de")
        assert (
            f"• {long_date(clock.now() - timedelta(days=38), 'de')}:"
            " Ein Teammitglied aus Karlsruhe hat die Idee vorgeschlagen. Sie stammt aus dem"
            f" Kick-off-Workshop „Kick-off Karlsruhe“ am {kickoff_day}, aus Karlsruhe."
        ) in seen
        assert any(
            line.endswith(
                "Das Team hat sich gebildet: Karlsruhe: 2 Mitglieder und Krasnodar: 1 Mitglied."
            )
            for line in seen
        )
        # Roman's blocker named in the second check-in and resolved in the third; Karl's
        # (third check-in, never answered again) stays open.
        assert f"• {day[1]}: Ein Teammitglied aus Krasnodar hat ein Hindernis genannt." in seen
        assert (
            f"• {day[2]}: Das Hindernis, das ein Teammitglied aus Krasnodar genannt hatte,"
            " ist gelöst."
        ) in seen
        assert f"• {day[2]}: Ein Teammitglied aus Karlsruhe hat ein Hindernis genannt." in seen
        assert sum("ist gelöst" in line for line in seen) == 1
        assert (
            f"• {long_date(team.closing_day, 'de')}: Das Projekt endete mit dem"
            " Abschluss-Check-in (Antworten: 2 von 3)."
        ) in seen
        # The sections: the idea's title and text, the outcome answers as written.
        assert "Mehr Bäume in der Innenstadt." in seen
        assert "Ein Teammitglied aus Karlsruhe: Zwölf neue Bäume in der Innenstadt." in seen
        assert "Ein Teammitglied aus Krasnodar: Посадили деревья и в Краснодаре." in seen
        # Roman reads the same draft in Russian.
        asked_ru = next(m for m in team.roman.messages if m.body.startswith("📖 Бот написал"))
        await team.roman.press(StoryDraftCard(story.id), message=asked_ru)
        assert f"• {long_date(team.check_in_days[0], 'ru')}: Опрос № 1 (ответы: 2 из 3)" in (
            lines_of(team.roman.last_text)
        )


async def test_the_draft_is_stored_with_people_tokens_and_timeline(tmp_path: Path) -> None:
    clock = FakeClock()
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        team = await ended_team(h)
        story = await story_of(h, team.team_id)
        assert story.status == "draft" and story.original_language == "de"
        people = {p.user_id: p for p in story.people}
        assert set(people) == {team.klara.id, team.karl.id, team.roman.id}
        assert people[team.roman.id].name == "Роман" and people[team.roman.id].city_id == 2
        assert all(p.consent == "pending" for p in story.people)
        kinds = [e.kind for e in story.timeline]
        assert kinds == [
            "idea",
            "team",
            "checkin",
            "checkin",
            "blocker",
            "checkin",
            "blocker",
            "resolved",
            "closing",
        ]
        # Texts never hold a name: the team section names people by token only.
        team_section = story.section("team", "en")
        assert team_section is not None
        assert "Роман" not in team_section.text and f"[[person:{people[team.roman.id].id}]]" in (
            team_section.text
        )
        # The coach is not in the story; everyone named was asked exactly once.
        assert not any("📖" in m.body for m in team.coach.messages)
        assert sum(m.body.startswith("📖") for m in team.karl.messages) == 1


async def test_an_organiser_asks_for_an_active_teams_story(tmp_path: Path) -> None:
    clock = FakeClock()
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        _, _, roman, _, team_id = await make_team(h)
        organiser = await quick_participant(h, "Olga", language="en")
        await make_organiser(h, organiser)
        # /checkins, the team, then its screen (what the coach sees as "My teams").
        await organiser.send("/checkins")
        await organiser.press(CheckinStep("team", team_id, 0))
        await organiser.press(CoachStep("team", team_id, 0))
        await organiser.press(StoryRequest("ask", team_id))
        assert "asks 3 people whether the story may name them" in organiser.last_text
        await organiser.press(StoryRequest("ask_ok", team_id))
        assert organiser.last_text.startswith("📖 The draft is made. 3 people were asked")
        await h.drain()
        story = await story_of(h, team_id)
        assert [e.kind for e in story.timeline] == ["idea", "team"]  # no check-ins yet
        assert any(m.body.startswith("📖 Бот написал черновик") for m in roman.messages)
        # Asking again: the team has its story already.
        await organiser.press(CoachStep("team", team_id, 0))
        await organiser.press(StoryRequest("ask", team_id))
        assert "already has a story" in popup(organiser)


async def test_another_partnerships_organiser_cannot_ask_for_this_teams_story(
    tmp_path: Path,
) -> None:
    clock = FakeClock()
    async with BotHarness(tmp_path / "bot.sqlite3", clock=clock) as h:
        await seed_demo(h.services.db, clock)
        _, _, _, _, team_id = await make_team(h)
        stranger = await quick_participant(h, "Sven", language="en")
        async with h.services.db.transaction() as conn:
            other = await partnerships_db.create(conn, demo_draft(), 1, NOW)
            await roles_db.grant(conn, stranger.id, other, Role.ORGANISER, None, NOW)
        await stranger.send("/start")
        await stranger.press_data(StoryRequest("ask_ok", team_id).pack())
        assert refused(stranger).startswith(STALE)  # as for a team that does not exist
        await stranger.press_data(StoryRequest("ask", team_id).pack())
        assert refused(stranger).startswith(STALE)
        async with h.services.db.reading() as conn:
            assert await stories_db.story_of_team(conn, team_id) is None
        # A participant without any role is refused too.
        plain = await quick_participant(h, "Paul", language="en")
        await plain.send("/start")
        await plain.press_data(StoryRequest("ask_ok", team_id).pack())
        assert "organisers" in popup(plain)
        async with h.services.db.reading() as conn:
            assert await stories_db.story_of_team(conn, team_id) is None
