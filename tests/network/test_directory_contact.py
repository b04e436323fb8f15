"""Writing to a listed contact: one message confirmed first, relayed with first name and city
(no username), one answer back; one open message per reader and contact; forged presses fail."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.callback_network import (
    DirectoryBrowse,
    DirectoryContact,
    DirectoryPartnership,
    DirectoryResults,
)
from bot.domain.directory import MESSAGE_OPEN_FOR
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.i18n import Translator
from bot.keyboards import directory as kb
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from bot.telegram.limits import over_budget_labels
from tests.stories import (
    DEMO_PARTNERSHIP,
    KRASNODAR,
    answer_text,
    listed_partnership,
    named_person,
    onboard,
    popup,
    shown,
)

CARD = DirectoryPartnership(DEMO_PARTNERSHIP, "c", "DE", 0)
WRITE = DirectoryContact("write", "p", DEMO_PARTNERSHIP)


async def setting(h: BotHarness, agreed: bool = True) -> tuple[SimClient, SimClient]:
    """Sergei (Karlsruhe, Russian) is the demo partnership's contact; Olga (Krasnodar) reads."""
    sergei = h.user("Sergei", "ru", username="sergei_k")
    await named_person(h, sergei, "Sergei Ivanov")
    await listed_partnership(h, contact=sergei.id, agreed=agreed)
    olga = h.user("Olga", "en", username="olga_private")
    await onboard(olga, city=KRASNODAR)
    return sergei, olga


async def open_card(user: SimClient) -> None:
    await user.send("/directory")
    await user.press(DirectoryBrowse("countries"))
    await user.press(DirectoryResults("c", "DE", 0))
    await user.press(CARD)


async def test_a_message_goes_after_confirmation_and_one_answer_comes_back(
    harness: BotHarness,
) -> None:
    sergei, olga = await setting(harness)
    await open_card(olga)
    await olga.press(WRITE)
    assert "Type your message to Sergei" in olga.last_text
    await olga.send("We look for a partner school for a youth exchange.")
    assert "Send this message to Sergei (1 person)?" in olga.last_text
    assert "partner school" in olga.last_text
    await harness.drain()
    assert not any("partner school" in m.body for m in sergei.messages)
    await olga.press(DirectoryContact("send", "p", DEMO_PARTNERSHIP))
    assert "Sent to Sergei" in olga.last_text
    await harness.drain()
    relayed = sergei.last_text
    assert "We look for a partner school" in relayed and "Olga · Краснодар" in relayed
    assert "olga_private" not in relayed and "@" not in relayed
    reply = shown(sergei, DirectoryContact, action="reply")
    await sergei.press(reply)
    await sergei.send("Gladly — our Gymnasium Neureut is interested.")
    assert "Ваш ответ отправлен" in sergei.last_text
    await harness.drain()
    assert "Sergei · Karlsruhe answered" in olga.last_text
    assert "Gymnasium Neureut is interested" in olga.last_text and "Ivanov" not in olga.last_text
    assert reply.pack() not in [d for m in sergei.messages for d in m.button_data()]
    await sergei.press_data(reply.pack())  # a second answer, forged
    assert "уже ответили" in popup(sergei)


async def test_one_open_message_per_reader_and_contact(harness: BotHarness) -> None:
    _, olga = await setting(harness)
    await open_card(olga)
    await olga.press(WRITE)
    await olga.send("First question")
    await olga.press(DirectoryContact("send", "p", DEMO_PARTNERSHIP))
    await open_card(olga)
    await olga.press(WRITE)
    assert "waiting for an answer" in popup(olga)
    harness.clock.advance(MESSAGE_OPEN_FOR + timedelta(hours=1))
    await olga.press(WRITE)
    assert "Type your message to Sergei" in olga.last_text


async def test_cancel_on_the_confirmation_sends_nothing(harness: BotHarness) -> None:
    sergei, olga = await setting(harness)
    await open_card(olga)
    await olga.press(WRITE)
    await olga.send("Maybe not")
    await olga.press(DirectoryContact("cancel", "p", DEMO_PARTNERSHIP))
    assert "Nothing was sent" in olga.last_text
    await harness.drain()
    assert not any("Maybe not" in m.body for m in sergei.messages)


async def test_no_write_button_without_consent_and_forged_presses_fail(
    harness: BotHarness,
) -> None:
    sergei, olga = await setting(harness, agreed=False)
    await open_card(olga)
    assert WRITE.pack() not in olga.button_data()
    await olga.press_data(WRITE.pack())
    assert "no contact you can write to" in popup(olga)
    await olga.press_data(DirectoryContact("reply", "m", 1).pack())
    assert "out of date" in answer_text(olga)
    assert not any("Olga" in m.body for m in sergei.messages)


TR = Translator(strict=True)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_directory_contact_keyboard_fits_a_phone(language: str) -> None:
    long_name = "Aleksandra-Viktoriya"
    for markup in (
        kb.card(
            TR,
            language,
            DirectoryResults("q", "", 2),
            kb.write_row(TR, language, "p", 9, long_name),
        ),
        kb.write_cancel(TR, language, "a", 123456),
        kb.write_confirm(TR, language, "a", 123456),
        kb.reply(TR, language, 123456),
    ):
        rows = [[b.text for b in row] for row in markup.inline_keyboard]
        assert over_budget_labels(rows) == [], rows
