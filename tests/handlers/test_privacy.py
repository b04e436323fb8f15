"""Data rights end to end: /privacy, /mydata as a JSON file, /deleteme across every table."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from bot.callback_data import IdeaDraftStep, PrivacyStep, WorkshopSignup
from bot.db import checkins as checkins_db
from bot.db import ideas as ideas_db
from bot.db import roles as roles_db
from bot.db import teams as teams_db
from bot.domain.checkins import Question as CheckinQuestion
from bot.domain.checkins import RoundKind
from bot.domain.ideas import IdeaStatus
from bot.domain.roles import Role
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Question
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    ADMIN_ID,
    create_workshop,
    foreign_key_problems,
    idea_ids,
    open_voting,
    quick_participant,
    submit,
    table_names,
)

ZOE = 777_000_111
NAME = "Zoëtrope Quux"
FIRST_NAME = "Zoe Quux"
# Every text Zoe writes carries "Quux", except her idea and her translation ("Rhein"), which
# outlive her anonymised if she agrees.
IDEA_TITLE = "Rheinfest am Fluss"


async def zoe_everywhere(h: BotHarness) -> dict[str, Any]:
    """Zoe signs up, shares and votes, translates, joins a team, writes, answers a check-in."""
    # Her Telegram first name carries "Quux" too: the bot keeps it from her updates.
    zoe = await quick_participant(h, FIRST_NAME, language="de", user_id=ZOE)
    anna = await quick_participant(h, "Anna")
    bert = await quick_participant(h, "Bert")
    coach = await quick_participant(h, "Cora")
    people = h.services.onboarding
    await people.set_display_name(ZOE, NAME)
    await people.toggle_spoken_language(ZOE, "ru")
    partnership = (await h.services.partnerships.list())[0]
    await people.toggle_interest(ZOE, partnership.themes[0].id)

    question = Question(1, text=LocalizedName({"en": "Why?", "de": "Warum?"}))
    workshop = await create_workshop(h, capacity=1, questions=(question,))
    await h.services.registrations.register(ZOE, workshop.id, [(1, "Quux reasons")])
    await h.services.registrations.register(bert.id, workshop.id, [(1, "Me too")])  # waiting list

    await submit(zoe, IDEA_TITLE, "Ein Fest am Rhein für beide Städte.")
    await submit(anna, "Night buses", "Buses between the districts all night long.")
    zoe_idea, anna_idea = await idea_ids(h)
    await open_voting(h)
    ideas = h.services.ideas
    await ideas.vote(ZOE, anna_idea)
    await ideas.vote(anna.id, zoe_idea)
    await ideas.toggle_support(ZOE, anna_idea)
    await ideas.report(ZOE, anna_idea)
    await h.services.idea_translations.add_translation(
        ZOE, anna_idea, "de", "Nachtbusse", "Busse am Rhein entlang."
    )

    now = h.clock.now()
    async with h.services.db.transaction() as conn:
        team_id = await teams_db.create(conn, partnership.id, zoe_idea, [ZOE, anna.id], now)
        await roles_db.grant(conn, coach.id, partnership.id, Role.COACH, None, now)
        await teams_db.set_coach(conn, team_id, coach.id)
        round_id = await checkins_db.create_round(
            conn, team_id, RoundKind.REGULAR, now.date(), now + timedelta(days=2)
        )
        assert round_id is not None
        await checkins_db.add_delivery(conn, round_id, ZOE, now)
        await checkins_db.save_answer(
            conn, round_id, ZOE, "progress", "Quux progress", 4, "de", now
        )
    await h.services.teams.to_coach(ZOE, "Quux question for the coach")
    # An unfinished idea draft: a dialog state.
    await zoe.send("/ideas")
    await zoe.press(IdeaDraftStep("new", 0))
    await zoe.send("Quux draft title")
    await h.drain()
    return {
        "zoe": zoe,
        "anna": anna,
        "bert": bert,
        "coach": coach,
        "zoe_idea": zoe_idea,
        "anna_idea": anna_idea,
        "round_id": round_id,
    }


async def traces_of_zoe(h: BotHarness, marks: tuple[str, ...] = ()) -> list[str]:
    """Every cell of every table that still holds Zoe's id, name or words."""
    found = []
    async with h.services.db.reading() as conn:
        tables = await table_names(conn)
        assert len(tables) > 30  # the scan really covers the schema
        for table in tables:
            async with conn.execute(f"SELECT * FROM {table}") as cur:
                for row in await cur.fetchall():
                    for column, value in dict(row).items():
                        text = (
                            value.decode("utf-8", "replace") if isinstance(value, bytes) else value
                        )
                        if value == ZOE or (
                            isinstance(text, str)
                            and any(mark in text for mark in (str(ZOE), "Quux", "Zoëtrope", *marks))
                        ):
                            found.append(f"{table}.{column}={value!r}")
    return found


async def test_privacy_shows_what_is_stored_and_mydata_sends_it_all(harness: BotHarness) -> None:
    world = await zoe_everywhere(harness)
    zoe: SimClient = world["zoe"]
    await zoe.send("/privacy")
    assert zoe.last_text.startswith("🔒 Deine Daten")
    assert zoe.buttons() == ["📦 Meine Daten schicken", "🗑 Meine Daten löschen", "⬅️ Hauptmenü"]
    await zoe.press(PrivacyStep("mydata"))
    summary = zoe.messages[-2].body
    assert summary.startswith(
        "📦 Was ich über dich speichere\nName: Zoëtrope Quux\nStadt: Karlsruhe"
    )
    assert "Sprache: Deutsch\nDabei seit 2. März 2026" in summary
    assert (
        "📅 1 Anmeldung zu einem Workshop:\n• Kick-off Karlsruhe, 9. März 2026 (bestätigt)"
        in summary
    )
    assert f"💡 1 Idee geteilt:\n• {IDEA_TITLE}" in summary
    assert "🗳 1 Stimme abgegeben" in summary
    assert f"👥 1 Team:\n• {IDEA_TITLE}" in summary
    assert "📝 1 Antwort auf einen Check-in" in summary
    sent = zoe.last
    assert sent.document is not None and sent.document.file_name == "my-data.json"
    assert sent.caption == "📦 Alles, was ich über dich speichere, als JSON-Datei."
    data = json.loads(sent.document.content)
    assert data["telegram_id"] == ZOE
    profile = data["profile"][0]
    assert profile["display_name"] == NAME
    assert profile["first_name"] == FIRST_NAME
    # Names instead of numbers, yes/no instead of 0/1, in her language.
    assert profile["city"] == "Karlsruhe" and "city_id" not in profile
    assert profile["bot_can_message_you"] is True and "reachable" not in profile
    assert "user_id" not in profile  # said once, as telegram_id
    theme = (await harness.services.partnerships.list())[0].themes[0].name.for_reader("de")
    assert data["interests"] == [{"theme": theme}]
    assert data["workshop_signups"][0]["workshop"] == "Kick-off Karlsruhe"
    assert data["languages_spoken"] == [{"language": "ru"}]
    assert [a["answer"] for a in data["signup_answers"]] == ["Quux reasons"]
    assert [i["title"] for i in data["ideas"]] == [IDEA_TITLE]
    assert [v["idea"] for v in data["votes"]] == ["Night buses"]
    assert data["teams"][0]["team"] == IDEA_TITLE
    assert {key for key in keys_of(data) if key.endswith("_id")} == {"telegram_id"}
    assert [m["text"] for m in data["team_messages"]] == ["Quux question for the coach"]
    assert [a["answer"] for a in data["checkin_answers"]] == ["Quux progress"]
    assert data["unfinished_dialog"][0]["kind"] == "idea"
    # Nothing about anybody else.
    assert str(world["anna"].id) not in json.dumps(data["votes"] + data["teams"])

    stranger = harness.user("Nobody", "en")
    await stranger.send("/mydata")
    assert stranger.last_text == "I store nothing about you."


def keys_of(value: Any) -> list[str]:
    """Every key at every depth of a JSON document."""
    if isinstance(value, dict):
        return [*value, *(k for v in value.values() for k in keys_of(v))]
    if isinstance(value, list):
        return [k for v in value for k in keys_of(v)]
    return []


async def test_mydata_summary_in_russian(harness: BotHarness) -> None:
    olga = await quick_participant(harness, "Ольга", language="ru", city=1)
    workshop = await create_workshop(harness, title="Kick-off Karlsruhe")
    await olga.start(f"w{workshop.id}")
    await olga.press(WorkshopSignup(workshop.id))
    await olga.send("/mydata")
    summary = olga.messages[-2].body
    assert summary.startswith("📦 Что я о вас храню\nИмя: Ольга\nГород: Краснодар")
    assert "Язык: русский\nС нами с 2 марта 2026\u202fг." in summary
    signup = "• Kick-off Karlsruhe, 9 марта 2026\u202fг. (подтверждено)"
    assert f"📅 1 запись на воркшоп:\n{signup}" in summary
    assert "💡 Идей нет" in summary and "🗳 Голосов нет" in summary
    assert olga.last.document is not None


@pytest.mark.parametrize("keep_ideas", [True, False])
async def test_deleteme_leaves_no_trace_in_any_table(harness: BotHarness, keep_ideas: bool) -> None:
    world = await zoe_everywhere(harness)
    zoe: SimClient = world["zoe"]
    assert await traces_of_zoe(harness)  # the scan finds her before…

    await zoe.send("/deleteme")
    await zoe.press(PrivacyStep("erase"))
    assert zoe.last_text.startswith("Du hast eine Idee geteilt.")
    await zoe.press(PrivacyStep("cancel"))
    assert zoe.last_text.startswith("Es wurde nichts gelöscht.")
    assert await harness.services.onboarding.participant(ZOE) is not None

    await zoe.send("/deleteme")
    await zoe.press(PrivacyStep("erase"))
    await zoe.press(PrivacyStep("keep" if keep_ideas else "remove"))
    told = zoe.last_text
    assert told.startswith("✅ Erledigt.")
    assert "• Workshop-Anmeldungen: 1\n• Stimmen: 1\n• Check-in-Antworten: 1" in told
    assert "• Team-Nachrichten: 1" in told
    if keep_ideas:
        assert "Deine Idee bleibt ohne deinen Namen im Programm." in told
    else:
        assert "Deine Idee wurde entfernt." in told
    await harness.drain()

    contributions = () if keep_ideas else ("Rhein",)
    assert await traces_of_zoe(harness, contributions) == []  # …and nowhere after
    async with harness.services.db.reading() as conn:
        idea = await ideas_db.get(conn, world["zoe_idea"])
        anna_idea = await ideas_db.get(conn, world["anna_idea"])
    assert idea is not None and anna_idea is not None
    assert idea.author_id is None
    # Kept: anonymised and still published. Removed: her team keeps the row, not her words.
    assert (idea.original.title == IDEA_TITLE) is keep_ideas
    assert (idea.status is IdeaStatus.PUBLISHED) is keep_ideas
    # Her vote is gone from the count; Anna's vote for her idea is not.
    assert anna_idea.vote_count == 0
    assert idea.vote_count == 1
    # Her freed seat went to Bert, who was waiting.
    bert: SimClient = world["bert"]
    assert any("Kick-off Karlsruhe" in m.body and m.button_texts() for m in bert.messages[-2:])


async def test_deleteme_succeeds_when_an_idea_of_hers_is_a_merge_target(
    harness: BotHarness,
) -> None:
    """Bert's duplicate was merged into Zoe's second idea; removing her ideas still erases her."""
    world = await zoe_everywhere(harness)
    zoe: SimClient = world["zoe"]
    bert: SimClient = world["bert"]
    await submit(zoe, "Quux bridge", "Eine Brücke für beide Städte am Rhein.")
    await submit(bert, "A bridge", "A bridge between both cities.")
    *_, target, source = await idea_ids(harness)
    actor = await harness.services.access.actor(ADMIN_ID)
    await harness.services.idea_moderation.merge(actor, source, target)
    await harness.drain()

    await zoe.send("/deleteme")
    await zoe.press_data("erase:erase")
    await zoe.press_data("erase:remove")
    assert zoe.last_text.startswith("✅ Erledigt.")
    assert "Deine 2 Ideen wurden entfernt." in zoe.last_text
    await harness.drain()

    assert await traces_of_zoe(harness, ("Rhein",)) == []
    assert await harness.services.onboarding.participant(ZOE) is None
    async with harness.services.db.reading() as conn:
        merged = await ideas_db.get(conn, source)
        assert await ideas_db.get(conn, target) is None
        problems = await foreign_key_problems(conn)
    # Bert's idea stays merged, pointing at nothing rather than at a removed idea.
    assert merged is not None and merged.status is IdeaStatus.MERGED
    assert merged.merged_into is None
    assert list(problems) == []


@pytest.mark.parametrize("delivered", [True, False])
async def test_deleteme_removes_messages_about_her_from_the_outbox(
    harness: BotHarness, delivered: bool
) -> None:
    """Her low mood alerted the coach: that message (its dedupe key names her) goes too."""
    world = await zoe_everywhere(harness)
    zoe: SimClient = world["zoe"]
    coach: SimClient = world["coach"]
    await harness.services.checkins.answer(ZOE, world["round_id"], CheckinQuestion.MOOD, mood=1)
    if delivered:
        await harness.drain()
        assert "Zoëtrope Quux" in coach.last_text and "going badly" in coach.last_text
    async with harness.services.db.reading() as conn:
        keys = [r[0] for r in await conn.execute_fetchall("SELECT dedupe_key FROM outbox")]
    assert any(f":{ZOE}:" in (key or "") for key in keys)
    seen = len(coach.messages)

    await zoe.send("/deleteme")
    await zoe.press_data("erase:erase")
    await zoe.press_data("erase:keep")
    assert zoe.last_text.startswith("✅ Erledigt.")
    assert await traces_of_zoe(harness) == []
    await harness.drain()
    # A waiting alert about her is not sent after she left.
    assert not any("going badly" in m.body for m in coach.messages[seen:])
