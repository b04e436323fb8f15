"""Abuse limits a person would notice: the flood gate, hourly quotas, unreadable input."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.callback_data import IdeaDraftStep
from bot.db import ideas as ideas_db
from bot.domain.limits import FLOOD_UPDATES, HOURLY_QUOTAS
from bot.offline.harness import BotHarness
from bot.services.errors import UserFacingError
from tests.stories import (
    make_team,
    onboard,
    open_voting,
    popup,
    published_ideas,
    quick_participant,
    submit,
)


async def test_flooding_gets_one_slow_down_then_silence_then_service_again(
    harness: BotHarness,
) -> None:
    user = await quick_participant(harness, "Olga", language="ru")
    harness.think_time = 0  # a script, not a person: all at once
    await asyncio.gather(*(user.send("/help") for _ in range(FLOOD_UPDATES + 10)))
    replies = [m.body for m in user.messages if m.from_bot]
    slow_down = harness.services.translator.plain("ru", "limits-slow-down", seconds=30)
    assert replies.count(slow_down) == 1
    assert len(replies) == FLOOD_UPDATES + 1  # the rest were ignored
    harness.clock.advance(31)
    await user.send("/help")
    assert user.last.from_bot and "🐢" not in user.last_text


async def test_a_script_sending_50_messages_in_10_seconds_is_slowed_down_once(
    harness: BotHarness,
) -> None:
    user = await quick_participant(harness, "Bot-ish", language="de")
    harness.think_time = 0.2  # each send starts 0.2 s after the previous one, replies or not
    start = harness.clock.now()
    await asyncio.gather(*(user.send("/help") for _ in range(50)))
    assert harness.clock.now() - start >= timedelta(seconds=10)
    warnings = [m.body for m in user.messages if "🐢" in m.body]
    assert warnings == [
        "🐢 Das war sehr viel auf einmal. Bitte warte etwa 30 Sekunden, dann höre ich dir"
        " wieder zu."
    ]
    answered = sum(1 for m in user.messages if m.from_bot and "🐢" not in m.body)
    assert FLOOD_UPDATES <= answered < 30  # the burst, plus what trickled in meanwhile


async def test_fast_voting_through_30_ideas_is_never_slowed_down(harness: BotHarness) -> None:
    """Open each idea, vote, back to the list: an idea every 1.2 s, 90 presses in 36 s."""
    user = await quick_participant(harness, "Vera")
    ids = await published_ideas(harness, 30)
    await open_voting(harness, budget=30)
    await user.send("/ideas")
    # She taps every 0.4 s, without waiting for each answer to arrive.
    harness.think_time = 0.4
    start = harness.clock.now()
    await asyncio.gather(
        *(
            user.press_data(data)
            for idea_id in ids
            for data in (f"io:{idea_id}:0:0:a:n", f"ia:{idea_id}:vote:0", "il:0:0:a:n")
        )
    )
    assert harness.clock.now() - start < timedelta(seconds=60)
    harness.think_time = 1.0
    await user.send("/ideas")
    assert user.last.from_bot and user.last.button_texts()
    assert not any("🐢" in m.body for m in user.messages)
    async with harness.services.db.reading() as conn:
        votes = await conn.execute_fetchall(
            "SELECT COUNT(*) FROM votes WHERE user_id = ?", (user.id,)
        )
    assert next(iter(votes))[0] == 30


async def test_people_taking_their_time_are_never_slowed_down(harness: BotHarness) -> None:
    user = await quick_participant(harness, "Anna")
    for _ in range(3 * FLOOD_UPDATES):  # one tap a second (the harness's think time)
        await user.send("/help")
    assert not any("🐢" in m.body for m in user.messages)


async def test_the_eleventh_idea_in_an_hour_waits_and_the_draft_is_kept(
    harness: BotHarness,
) -> None:
    user = await quick_participant(harness, "Anna")
    partnership = (await harness.services.partnerships.list())[0]
    await published_ideas(harness, HOURLY_QUOTAS["idea"], author_id=user.id)
    await submit(user, "Night buses between the districts", "Buses every 30 minutes.")
    assert popup(user) == "You can share 10 ideas per hour. Please try again a little later."
    harness.clock.advance(3600)
    await user.press(IdeaDraftStep("submit", 0))
    async with harness.services.db.reading() as conn:
        mine, _ = await ideas_db.list_ideas(conn, partnership.id, limit=50)
    assert "Night buses between the districts" in [i.original.title for i in mine]


async def test_translation_and_team_message_quotas(harness: BotHarness) -> None:
    klara, _karl, _roman, _coach, _team = await make_team(harness)
    quota = HOURLY_QUOTAS["translation"]
    ids = await published_ideas(harness, quota + 1, language="ru")
    ideas = harness.services.idea_translations
    for idea_id in ids[:quota]:
        await ideas.add_translation(klara.id, idea_id, "de", "Eine Idee", "Beschreibung der Idee.")
    with pytest.raises(UserFacingError) as refused:
        await ideas.add_translation(klara.id, ids[-1], "de", "Eine Idee", "Beschreibung.")
    assert refused.value.message_id == "limits-hourly-translation"

    teams = harness.services.teams
    for n in range(HOURLY_QUOTAS["team-message"]):
        await teams.to_coach(klara.id, f"Frage {n}")
    with pytest.raises(UserFacingError) as refused:
        await teams.to_coach(klara.id, "Noch eine Frage")
    assert refused.value.message_id == "limits-hourly-team-message"
    harness.clock.advance(3601)
    await teams.to_coach(klara.id, "Eine Stunde später")


async def test_over_long_text_stickers_and_huge_files_are_refused_politely(
    harness: BotHarness,
) -> None:
    user = harness.user("Anna", "de")
    await onboard(user, language="de")
    await user.send("x" * 4097)  # only a forged update can be this long
    assert user.last_text == "Dieser Text ist mir zu lang: bitte höchstens 4.096 Zeichen."
    await user.send_sticker()
    assert user.last_text.startswith("Ich kann nur Text, Fotos und Dateien lesen.")
    await user.send_document("film.mp4", b"\0" * (21 * 1024 * 1024), "video/mp4")
    assert user.last_text == "Diese Datei ist zu groß: erlaubt sind 20 MB."
