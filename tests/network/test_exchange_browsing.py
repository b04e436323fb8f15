"""Browsing the idea exchange: by topic and by country (names in the reader's language),
newest first, paged; a card in the reader's language — a machine version marked as such with
the original one tap away, or without a provider the original with its language named — with
the partnership's cities and countries and never the contact's name or username."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.callback_network import ExchangeBrowse, ExchangeHome, ExchangePost
from bot.clock import FakeClock
from bot.db import network as network_db
from bot.domain.network import PartnershipProfile
from bot.domain.network_dialogs import ExchangePostDraft
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import (
    DEMO_PARTNERSHIP,
    exchange_member,
    post_exchange,
    translated_harness,
)


async def quick_post(
    harness: BotHarness, poster: SimClient, title: str, topics: str = "", countries: str = ""
) -> int:
    """A post through the service (a minute after the one before: newest is last)."""
    harness.clock.advance(timedelta(minutes=1))
    actor = await harness.services.access.actor(poster.id)
    draft = ExchangePostDraft(
        partnership_id=DEMO_PARTNERSHIP,
        kind="offer",
        language="en",
        title=title,
        body=f"About {title}.",
        topics=topics,
        countries=countries,
    )
    return await harness.services.idea_exchange.publish(actor, draft)


def listed(user: SimClient) -> list[int]:
    """The posts on the list on screen, top to bottom."""
    found = [ExchangePost.unpack(d) for d in user.button_data()]
    return [p.post_id for p in found if p is not None]


async def test_by_topic_and_by_country_newest_first_with_any_country_included(
    harness: BotHarness,
) -> None:
    olga = await exchange_member(harness, "Olga", organiser=True)
    youth_pl = await quick_post(harness, olga, "Youth camp", "youth", "PL")
    school_any = await quick_post(harness, olga, "School twinning", "education,youth", "")
    hungary = await quick_post(harness, olga, "Choir", "culture", "HU")
    ivan = await exchange_member(harness, "Ivan", language="ru", other_partnership=True)
    await ivan.send("/exchange")
    await ivan.press(ExchangeBrowse("topics"))
    await ivan.press(ExchangeBrowse("topic", "youth"))
    assert ivan.last_text.startswith("🏷 Биржа идей · Молодёжь")
    assert listed(ivan) == [school_any, youth_pl]
    await ivan.press(ExchangeBrowse("topics"))
    await ivan.press(ExchangeHome())
    await ivan.press(ExchangeBrowse("countries"))
    assert "Польша" in ivan.buttons() and "Венгрия" in ivan.buttons()
    await ivan.press(ExchangeBrowse("country", "PL"))
    assert ivan.last_text.startswith("🌍 Биржа идей · Польша")
    assert listed(ivan) == [school_any, youth_pl]  # open to any country counts too
    await ivan.press(ExchangeBrowse("countries"))
    await ivan.press(ExchangeBrowse("country", "HU"))
    assert listed(ivan) == [hungary, school_any]
    await ivan.press(ExchangeBrowse("countries"))
    await ivan.press(ExchangeBrowse("country", "TR"))
    assert listed(ivan) == [school_any]
    await ivan.press(ExchangeBrowse("countries"))
    await ivan.press(ExchangeHome())
    await ivan.press(ExchangeBrowse("all"))
    assert listed(ivan) == [hungary, school_any, youth_pl]


async def test_the_list_is_paged(harness: BotHarness) -> None:
    olga = await exchange_member(harness, "Olga", organiser=True)
    ids = [await quick_post(harness, olga, f"Idea {n}") for n in range(8)]
    anna = await exchange_member(harness, "Anna", other_partnership=True)
    await anna.send("/exchange")
    await anna.press(ExchangeBrowse("all"))
    assert listed(anna) == ids[::-1][:6]
    await anna.press(ExchangeBrowse("all", "-", 1))
    assert listed(anna) == ids[::-1][6:]
    assert ExchangeBrowse("all", "-", 2).pack() not in anna.button_data()
    await anna.press(ExchangeBrowse("all", "-", 0))
    assert listed(anna) == ids[::-1][:6]


async def test_without_a_provider_the_card_shows_the_original_with_its_language_named(
    harness: BotHarness,
) -> None:
    olga = await exchange_member(harness, "Olga", language="de", username="olga_ka", organiser=True)
    post_id = await post_exchange(
        olga, "Partnerschule gesucht", "Für einen Jugendaustausch.", topics=("youth",)
    )
    async with harness.services.db.transaction() as conn:
        profile = PartnershipProfile(DEMO_PARTNERSHIP, countries=("DE", "RU"))
        await network_db.save_profile(conn, profile, harness.clock.now())
    ivan = await exchange_member(harness, "Ivan", language="en", other_partnership=True)
    await ivan.send("/exchange")
    await ivan.press(ExchangeBrowse("all"))
    await ivan.press(ExchangePost("show", post_id, "a"))
    card = ivan.last_text
    assert "🔎 Need" in card and "Partnerschule gesucht" in card
    assert "🇩🇪 German · original" in card
    assert "achine" not in card and "translated" not in card  # nothing promised
    assert "🏙 Partnership: Karlsruhe and Krasnodar" in card
    assert "🗺 Its countries: Germany and Russia" in card
    assert "🏷 Topics: Youth" in card
    assert "Olga" not in card and "olga_ka" not in card
    assert ExchangePost("original", post_id, "a").pack() not in ivan.button_data()


async def test_a_machine_version_is_marked_and_the_original_is_one_tap_away(
    tmp_path: Path, clock: FakeClock
) -> None:
    async with translated_harness(tmp_path, clock) as (h, _fake):
        olga = await exchange_member(h, "Olga", language="de", username="olga_ka", organiser=True)
        post_id = await post_exchange(olga, "Partnerschule gesucht", "Für einen Austausch.")
        ivan = await exchange_member(h, "Ivan", language="ru", other_partnership=True)
        await ivan.send("/exchange")
        await ivan.press(ExchangeBrowse("all"))
        await ivan.press(ExchangePost("show", post_id, "a"))
        assert "[ru] Partnerschule gesucht" in ivan.last_text
        assert "[ru] Für einen Austausch." in ivan.last_text
        assert "🤖 Машинный перевод, язык оригинала: 🇩🇪 немецкий" in ivan.last_text
        await ivan.press(ExchangePost("original", post_id, "a"))
        assert "Partnerschule gesucht" in ivan.last_text
        assert "[ru]" not in ivan.last_text and "🤖" not in ivan.last_text
        await ivan.press(ExchangePost("show", post_id, "a"))  # back to the translation
        assert "[ru] Partnerschule gesucht" in ivan.last_text
        assert "Olga" not in ivan.last_text and "olga_ka" not in ivan.last_text
        # The poster reads their own post as written.
        await olga.press_data(ExchangePost("show", post_id, "m").pack())
        assert "[de]" not in olga.last_text and "🤖" not in olga.last_text
