"""Posts do not go stale silently: 90 days after posting the poster is asked once whether the
post is still open; without an answer within 14 days it closes (and the poster is told)."""

from __future__ import annotations

from datetime import timedelta

from bot.callback_network import ExchangePost
from bot.db import idea_exchange as exchange_db
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import exchange_member, post_exchange

QUESTION = "has been in the idea exchange for three months"


async def is_open(harness: BotHarness, post_id: int) -> bool:
    async with harness.services.db.reading() as conn:
        post = await exchange_db.get_post(conn, post_id)
    assert post is not None
    return post.is_open


def questions(user: SimClient) -> int:
    return len([m for m in user.messages if QUESTION in m.body])


async def test_an_unanswered_question_closes_the_post_after_14_days(harness: BotHarness) -> None:
    olga = await exchange_member(harness, "Olga", organiser=True)
    post_id = await post_exchange(olga, "Choir exchange", "Our choir visits you.")
    await harness.advance(timedelta(days=89))
    assert questions(olga) == 0
    await harness.advance(timedelta(days=1, minutes=1))
    assert questions(olga) == 1
    assert "Without an answer it closes in 14 days." in olga.last_text
    await harness.advance(timedelta(days=13))
    assert await is_open(harness, post_id)
    await harness.advance(timedelta(days=1, minutes=1))
    assert not await is_open(harness, post_id)
    assert olga.last_text.startswith('🔒 Your post "Choir exchange" was closed')
    await harness.advance(timedelta(days=200))
    assert questions(olga) == 1  # asked once


async def test_still_open_keeps_it_open(harness: BotHarness) -> None:
    olga = await exchange_member(harness, "Olga", organiser=True)
    post_id = await post_exchange(olga, "Choir exchange", "Our choir visits you.")
    await harness.advance(timedelta(days=90, minutes=1))
    await olga.press(ExchangePost("still_open", post_id, "m"))
    assert olga.last_text.startswith("Thanks — it stays open.")
    await harness.advance(timedelta(days=30))
    assert await is_open(harness, post_id)


async def test_close_it_from_the_question_closes_now(harness: BotHarness) -> None:
    olga = await exchange_member(harness, "Olga", organiser=True)
    post_id = await post_exchange(olga, "Choir exchange", "Our choir visits you.")
    await harness.advance(timedelta(days=90, minutes=1))
    await olga.press(ExchangePost("close", post_id, "m"))
    assert not await is_open(harness, post_id)
    await harness.advance(timedelta(days=30))
    assert not any("was closed (no answer" in m.body for m in olga.messages)


async def test_a_post_closed_before_90_days_is_not_asked_about(harness: BotHarness) -> None:
    olga = await exchange_member(harness, "Olga", organiser=True)
    post_id = await post_exchange(olga, "Choir exchange", "Our choir visits you.")
    await olga.press(ExchangePost("close", post_id, "m"))
    await harness.advance(timedelta(days=120))
    assert questions(olga) == 0
