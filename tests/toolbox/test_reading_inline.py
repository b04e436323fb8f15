"""Inline mode: `@bot visa` in any chat, and the emulator's answerInlineQuery rules."""

from __future__ import annotations

from datetime import date

import pytest

from bot.db import toolbox as toolbox_db
from bot.domain.deeplinks import toolbox_payload
from bot.domain.toolbox import Entry, Version
from bot.offline.emulator.core import ApiError
from bot.offline.harness import BotHarness
from tests.stories import onboard


async def visa_entries(h: BotHarness, count: int) -> list[int]:
    ids = []
    async with h.services.db.transaction() as conn:
        for i in range(count):
            entry = Entry(
                id=0,
                kind="guide",
                status="published",
                original_language="en",
                versions={
                    "en": Version(
                        "en", f"Visa for delegation {i}", "Invitation letters.", "original"
                    )
                },
                review_due=date(2030, 1, 1),
            )
            ids.append(await toolbox_db.create_entry(conn, entry, h.clock.now()))
    return ids


async def test_at_most_50_results_and_the_chosen_card_carries_the_deep_link(
    harness: BotHarness,
) -> None:
    ids = await visa_entries(harness, 60)
    anna = harness.user("Anna")  # inline mode needs no chat with the bot
    results = await anna.inline("visa")
    assert 0 < len(results) <= 50
    assert all(r["id"].startswith("tb") for r in results)
    group_chat = -100123
    card = await anna.choose_inline(results[0]["id"], group_chat)
    url = card.reply_markup["inline_keyboard"][0][0]["url"]  # type: ignore[index]
    entry_id = int(results[0]["id"].removeprefix("tb"))
    assert entry_id in ids
    assert url == f"https://t.me/TwinCityTestBot?start={toolbox_payload(entry_id)}"
    assert "Visa for delegation" in card.body
    # A stranger taps the link: the entry opens for them.
    boris = harness.user("Boris", "en")
    await boris.start(toolbox_payload(entry_id))
    assert "Visa for delegation" in boris.last_text


async def test_a_card_shared_into_the_chat_with_the_bot_gets_no_reply(
    harness: BotHarness,
) -> None:
    # Telegram hands the bot a card posted via inline mode into its own chat: a stranger is
    # not pushed into onboarding for it, and a member gets no "I didn't understand".
    ids = await visa_entries(harness, 1)
    for name, onboarded in (("Vera", False), ("Olga", True)):
        person = harness.user(name, "ru")
        if onboarded:
            await onboard(person, language="ru")
        results = await person.inline("visa")
        before = len(person.messages)
        card = await person.choose_inline(results[0]["id"], person.user.id)
        assert toolbox_payload(ids[0]) in card.reply_markup["inline_keyboard"][0][0]["url"]  # type: ignore[index]
        assert len(person.messages) == before  # nothing from the bot


async def test_an_empty_inline_query_shows_the_newest_entries(harness: BotHarness) -> None:
    ids = await visa_entries(harness, 3)
    results = await harness.user().inline("")
    assert [r["id"] for r in results] == [toolbox_payload(i) for i in reversed(ids)]


def _answer(h: BotHarness, results: list[dict[str, object]]) -> None:
    sim = h.sim
    query_id = sim.user_inline_query(sim.add_user().id, "x")["inline_query"]["id"]
    sim._api_answerInlineQuery({"inline_query_id": query_id, "results": results}, {})


def _article(result_id: str, text: str = "Hi", url: str = "https://t.me/x") -> dict[str, object]:
    return {
        "type": "article",
        "id": result_id,
        "title": "T",
        "input_message_content": {"message_text": text, "parse_mode": "HTML"},
        "reply_markup": {"inline_keyboard": [[{"text": "Open", "url": url}]]},
    }


@pytest.mark.parametrize(
    ("results", "error"),
    [
        ([_article(f"r{i}") for i in range(51)], "RESULTS_TOO_MUCH"),
        ([_article("x" * 65)], "RESULT_ID_INVALID"),
        ([_article("a"), _article("a")], "RESULT_ID_DUPLICATE"),
        ([_article("a", text="x" * 4097)], "message is too long"),
        ([_article("a", text="<b>open")], "can't parse entities"),
        ([_article("a", url="javascript:alert(1)")], "BUTTON_URL_INVALID"),
    ],
)
async def test_the_emulator_refuses_what_telegram_refuses(
    harness: BotHarness, results: list[dict[str, object]], error: str
) -> None:
    with pytest.raises(ApiError, match=error):
        _answer(harness, results)
