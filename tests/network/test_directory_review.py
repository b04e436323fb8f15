"""The yearly "still correct?" with the fake clock: asked once a year, "may be outdated" after
the grace time without an answer, yes keeps it fresh, "remove my listing" names nobody; only the
contact can answer."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.callback_network import (
    DirectoryActorCard,
    DirectoryBrowse,
    DirectoryPartnership,
    DirectoryResults,
    DirectoryReview,
)
from bot.db import directory as directory_db
from bot.db import network as network_db
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.network import REVIEW_EVERY, REVIEW_GRACE
from bot.i18n import Translator
from bot.keyboards import directory as kb
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from bot.telegram.limits import over_budget_labels
from tests.stories import (
    DEMO_PARTNERSHIP,
    answer_text,
    directory_actor,
    listed_partnership,
    named_person,
    onboard,
)

YES = DirectoryReview("yes", "p", DEMO_PARTNERSHIP)


async def contact_and_reader(h: BotHarness) -> tuple[SimClient, SimClient]:
    sergei = h.user("Sergei", "ru")
    await named_person(h, sergei, "Sergei")
    await listed_partnership(h, contact=sergei.id)
    anna = h.user("Anna", "en")
    await onboard(anna)
    await anna.send("/directory")  # any use of the directory keeps the daily check planned
    return sergei, anna


async def card_of_demo(reader: SimClient) -> str:
    await reader.send("/directory")
    await reader.press(DirectoryBrowse("countries"))
    await reader.press(DirectoryResults("c", "DE", 0))
    await reader.press(DirectoryPartnership(DEMO_PARTNERSHIP, "c", "DE", 0))
    return reader.last_text


async def test_asked_once_a_year_and_outdated_without_an_answer(harness: BotHarness) -> None:
    sergei, anna = await contact_and_reader(harness)
    await harness.advance(REVIEW_EVERY - timedelta(days=2))
    assert not any("Раз в год" in m.body for m in sergei.messages)
    await harness.advance(timedelta(days=3))
    asks = [m for m in sergei.messages if "Раз в год" in m.body]
    assert len(asks) == 1 and "Карлсруэ ↔ Краснодар" in asks[0].body
    assert YES.pack() in asks[0].button_data()
    await harness.advance(timedelta(days=5))
    assert len([m for m in sergei.messages if "Раз в год" in m.body]) == 1  # not again
    assert "May be outdated" not in await card_of_demo(anna)
    await harness.advance(REVIEW_GRACE)
    assert "May be outdated" in await card_of_demo(anna)


async def test_yes_keeps_the_entry_fresh(harness: BotHarness) -> None:
    sergei, anna = await contact_and_reader(harness)
    await harness.advance(REVIEW_EVERY + timedelta(days=1))
    await sergei.press(YES)
    assert "Спасибо" in sergei.last_text and YES.pack() not in sergei.button_data()
    await harness.advance(REVIEW_GRACE * 2)
    assert "May be outdated" not in await card_of_demo(anna)
    async with harness.services.db.reading() as conn:
        profile = await network_db.get_profile(conn, DEMO_PARTNERSHIP)
    assert profile.reviewed_at is not None and not profile.review_due(harness.clock.now())


async def test_remove_my_listing_asks_first_and_then_names_nobody(harness: BotHarness) -> None:
    sergei, anna = await contact_and_reader(harness)
    await harness.advance(REVIEW_EVERY + timedelta(days=1))
    await sergei.press(DirectoryReview("remove", "p", DEMO_PARTNERSHIP))
    assert "Убрать вас как контактное лицо" in sergei.last_text
    await sergei.press(DirectoryReview("remove_ok", "p", DEMO_PARTNERSHIP))
    assert "больше не указаны" in sergei.last_text
    card = await card_of_demo(anna)
    assert "Sergei" not in card and "Contact" not in card and "Karlsruhe ↔ Krasnodar" in card


async def test_an_organisation_listed_on_its_contacts_word_leaves_with_them(
    harness: BotHarness,
) -> None:
    sergei, _ = await contact_and_reader(harness)
    actor_id = await directory_actor(harness, contact=sergei.id)
    kept_id = await directory_actor(harness, name="Kulturverein", contact=None)
    await harness.advance(REVIEW_EVERY + timedelta(days=1))
    ask = DirectoryReview("remove", "a", actor_id)
    assert any(ask.pack() in m.button_data() for m in sergei.messages)
    await sergei.press(ask)
    await sergei.press(DirectoryReview("remove_ok", "a", actor_id))
    async with harness.services.db.reading() as conn:
        assert await directory_db.get_actor(conn, actor_id) is None
        assert await directory_db.get_actor(conn, kept_id) is not None


async def test_an_unanswered_organisation_is_marked_outdated(harness: BotHarness) -> None:
    sergei, anna = await contact_and_reader(harness)
    actor_id = await directory_actor(harness, contact=sergei.id)
    await harness.advance(REVIEW_EVERY + timedelta(days=1))  # asked
    await harness.advance(REVIEW_GRACE + timedelta(days=1))  # no answer
    await anna.send("/directory")
    await anna.send("Neureut")
    await anna.press(DirectoryActorCard(actor_id, "q", "", 0))
    assert "May be outdated" in anna.last_text


async def test_only_the_contact_can_answer(harness: BotHarness) -> None:
    _, anna = await contact_and_reader(harness)
    await harness.advance(REVIEW_EVERY + timedelta(days=1))
    for action in ("yes", "remove", "remove_ok", "edit"):
        await anna.press_data(DirectoryReview(action, "p", DEMO_PARTNERSHIP).pack())  # type: ignore[arg-type]
        assert "out of date" in answer_text(anna)
    async with harness.services.db.reading() as conn:
        profile = await network_db.get_profile(conn, DEMO_PARTNERSHIP)
    assert profile.reviewed_at is None and profile.contact_listed


TR = Translator(strict=True)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_review_keyboard_fits_a_phone(language: str) -> None:
    for markup in (
        kb.review(TR, language, "a", 123456),
        kb.review_remove_confirm(TR, language, "p", 1),
    ):
        rows = [[b.text for b in row] for row in markup.inline_keyboard]
        assert over_budget_labels(rows) == [], rows
