"""Introductions through the idea exchange (double opt-in): "I'm interested" with an optional
note, a confirmation that says what the contact will see, the contact's Agree / Decline, the
requester's second confirmation — and only then both get each other's first name, city and
@username, with a "Write" relay. Before that, neither side sees the other's contact; a third
person never does; forged answers fail; a second request for the same post is refused."""

from __future__ import annotations

import json

from bot.callback_network import ExchangeBrowse, ExchangeIntro, ExchangePost
from bot.offline.emulator.client import SimClient
from bot.offline.harness import BotHarness
from tests.stories import exchange_member, popup, post_exchange, shown

NOT_YOURS = "This button is not meant for you."


def leaks(user: SimClient, *secrets: str) -> list[str]:
    """Messages in the person's chat that show any of `secrets` (in the text, a link or a
    button), or that link to an account at all."""
    found = []
    for message in user.messages:
        markup = json.dumps(message.reply_markup or {})
        seen = " ".join([message.body, message.source or "", json.dumps(message.entities), markup])
        if any(s in seen for s in secrets) or "tg://user" in seen or "text_mention" in seen:
            found.append(message.body)
    return found


async def setup(harness: BotHarness) -> tuple[SimClient, SimClient, int]:
    """Olga (de, Karlsruhe, @olga_ka) posts; Ivan (ru, Minsk ↔ Berlin, @ivan_msk) reads it."""
    olga = await exchange_member(harness, "Olga", language="de", username="olga_ka", organiser=True)
    post_id = await post_exchange(olga, "Partnerschule gesucht", "Für einen Jugendaustausch.")
    ivan = await exchange_member(
        harness, "Ivan", language="ru", username="ivan_msk", other_partnership=True
    )
    await ivan.send("/exchange")
    await ivan.press(ExchangeBrowse("all"))
    await ivan.press(ExchangePost("show", post_id, "a"))
    return olga, ivan, post_id


async def request(harness: BotHarness, ivan: SimClient, post_id: int, note: str = "") -> None:
    await ivan.press(ExchangePost("interested", post_id, "a"))
    if note:
        await ivan.send(note)
    else:
        await ivan.press(ExchangePost("skip_note", post_id, "a"))
    await ivan.press(ExchangePost("send_request", post_id, "a"))
    await harness.drain()


def private(olga: SimClient, ivan: SimClient) -> list[str]:
    """What either side would see of the other's contact before both agreed."""
    return leaks(olga, "ivan_msk", str(ivan.id)) + leaks(ivan, "olga_ka", str(olga.id))


async def test_both_agree_before_anyone_sees_a_contact(harness: BotHarness) -> None:
    olga, ivan, post_id = await setup(harness)
    anna = await exchange_member(harness, "Anna", username="anna_third", other_partnership=True)
    await ivan.press(ExchangePost("interested", post_id, "a"))
    await ivan.send("Мы школа в Минске, ищем партнёров.")
    confirmation = ivan.last_text
    assert confirmation.startswith("🤝 Отправить заявку на знакомство? Контактное лицо увидит:")
    assert "👤 Ivan" in confirmation and "🏙 Minsk" in confirmation
    assert "Мы школа в Минске, ищем партнёров." in confirmation
    assert "ivan_msk" not in confirmation
    await ivan.press(ExchangePost("send_request", post_id, "a"))
    assert ivan.last_text.startswith("📨 Отправлено.")
    assert "📨 Вы уже отправили заявку на знакомство" in ivan.last_text
    await harness.drain()
    asked = olga.last_text
    assert asked.startswith("🤝 Jemand interessiert sich für deinen Beitrag „Partnerschule")
    assert "👤 Ivan" in asked and "🏙 Minsk" in asked and "Minsk ↔ Berlin" in asked
    assert "Мы школа в Минске" in asked
    assert private(olga, ivan) == []

    await olga.press(shown(olga, ExchangeIntro, action="agree"))
    assert olga.last_text.startswith("🤝 Danke. Ivan wird noch einmal um Bestätigung gebeten")
    await harness.drain()
    assert ivan.last_text.startswith("🤝 Хорошая новость: контактное лицо записи")
    assert "👤 Olga" in ivan.last_text and "🏙 Карлсруэ" in ivan.last_text
    assert private(olga, ivan) == []  # one side agreed: still nothing

    await ivan.press(shown(ivan, ExchangeIntro, action="confirm"))
    assert ivan.last_text.startswith("🤝 Знакомство состоялось")
    assert "📱 В Telegram: @olga_ka" in ivan.last_text
    await harness.drain()
    assert olga.last_text.startswith("🤝 Ihr seid jetzt miteinander bekannt")
    assert "👤 Ivan" in olga.last_text and "📱 In Telegram: @ivan_msk" in olga.last_text
    assert leaks(ivan, "olga_ka") and leaks(olga, "ivan_msk")  # the check sees them now
    assert leaks(anna, "olga_ka", "ivan_msk", str(olga.id), str(ivan.id)) == []


async def test_write_relays_one_message_with_a_reply_button(harness: BotHarness) -> None:
    olga, ivan, post_id = await setup(harness)
    await request(harness, ivan, post_id)
    await olga.press(shown(olga, ExchangeIntro, action="agree"))
    await harness.drain()
    await ivan.press(shown(ivan, ExchangeIntro, action="confirm"))
    await harness.drain()
    request_id = shown(olga, ExchangeIntro, action="write").request_id
    await olga.press(ExchangeIntro("write", request_id))
    await olga.send("Hallo Ivan, <b>ruf</b> mich an!")
    assert olga.last_text == "✉️ Weitergegeben."
    await harness.drain()
    assert ivan.last_text == "✉️ Olga пишет (биржа идей):\n\nHallo Ivan, <b>ruf</b> mich an!"
    await ivan.press(ExchangeIntro("write", request_id))  # the reply button
    await ivan.send("Спасибо!")
    await harness.drain()
    assert olga.last_text.endswith("Спасибо!")
    anna = await exchange_member(harness, "Anna", other_partnership=True)
    await anna.send("/exchange")
    await anna.press_data(ExchangeIntro("write", request_id).pack())
    assert popup(anna) == NOT_YOURS


async def test_a_decline_is_polite_and_shares_nothing(harness: BotHarness) -> None:
    olga, ivan, post_id = await setup(harness)
    await request(harness, ivan, post_id)
    request_id = shown(olga, ExchangeIntro, action="decline").request_id
    await olga.press(ExchangeIntro("decline", request_id))
    assert olga.last_text.startswith("Abgelehnt.")
    await harness.drain()
    assert ivan.last_text.startswith("По записи «Partnerschule gesucht»: контактное лицо")
    assert "Olga" not in ivan.last_text
    assert private(olga, ivan) == []
    await olga.press_data(ExchangeIntro("agree", request_id).pack())  # an old button
    assert popup(olga) == "Das wurde schon beantwortet."


async def test_forged_answers_by_anyone_but_the_right_side_fail(harness: BotHarness) -> None:
    olga, ivan, post_id = await setup(harness)
    await request(harness, ivan, post_id)
    request_id = shown(olga, ExchangeIntro, action="agree").request_id
    anna = await exchange_member(harness, "Anna", username="anna_third", other_partnership=True)
    await anna.send("/exchange")
    for action in ("agree", "decline", "confirm", "withdraw"):
        await anna.press_data(ExchangeIntro(action, request_id).pack())  # type: ignore[arg-type]
        assert popup(anna) == NOT_YOURS, action
    await ivan.press_data(ExchangeIntro("agree", request_id).pack())  # agreeing to oneself
    assert popup(ivan) == "Эта кнопка предназначена не вам."
    await olga.press(ExchangeIntro("agree", request_id))
    await harness.drain()
    await olga.press_data(ExchangeIntro("confirm", request_id).pack())  # the requester's step
    assert popup(olga) == "Dieser Knopf ist nicht für dich bestimmt."
    assert private(olga, ivan) == []
    assert leaks(anna, "olga_ka", "ivan_msk") == []


async def test_asking_twice_or_about_ones_own_partnership_is_refused_kindly(
    harness: BotHarness,
) -> None:
    olga, ivan, post_id = await setup(harness)
    await request(harness, ivan, post_id)
    assert ExchangePost("interested", post_id, "a").pack() not in ivan.button_data()
    await ivan.press_data(ExchangePost("interested", post_id, "a").pack())
    assert popup(ivan).startswith("Вы уже отправили заявку по этой записи")
    await ivan.press_data(ExchangePost("send_request", post_id, "a").pack())
    assert popup(ivan).startswith("Вы уже отправили заявку по этой записи")
    karl = await exchange_member(harness, "Karl")  # the post's own partnership
    await karl.send("/exchange")
    await karl.press(ExchangeBrowse("all"))
    await karl.press(ExchangePost("show", post_id, "a"))
    assert ExchangePost("interested", post_id, "a").pack() not in karl.button_data()
    await karl.press_data(ExchangePost("interested", post_id, "a").pack())
    assert popup(karl) == "This post is from your own partnership."
    assert len([m for m in olga.messages if "interessiert sich" in m.body]) == 1


async def test_the_requester_may_still_say_no_and_the_contact_hears_it(
    harness: BotHarness,
) -> None:
    olga, ivan, post_id = await setup(harness)
    await request(harness, ivan, post_id)
    await olga.press(shown(olga, ExchangeIntro, action="agree"))
    await harness.drain()
    await ivan.press(shown(ivan, ExchangeIntro, action="withdraw"))
    assert ivan.last_text == "Хорошо — ничего не передано."
    await harness.drain()
    assert "möchte doch nicht" in olga.last_text or "nicht weitermachen" in olga.last_text
    assert private(olga, ivan) == []


async def test_without_a_username_the_introduction_offers_the_relay(harness: BotHarness) -> None:
    olga = await exchange_member(harness, "Olga", organiser=True)  # no username
    post_id = await post_exchange(olga, "Choir exchange", "Our choir visits you.")
    ivan = await exchange_member(harness, "Ivan", username="ivan_msk", other_partnership=True)
    await ivan.send("/exchange")
    await ivan.press(ExchangeBrowse("all"))
    await ivan.press(ExchangePost("show", post_id, "a"))
    await request(harness, ivan, post_id)
    await olga.press(shown(olga, ExchangeIntro, action="agree"))
    await harness.drain()
    await ivan.press(shown(ivan, ExchangeIntro, action="confirm"))
    assert "No Telegram username: write through the bot" in ivan.last_text
    assert ExchangeIntro.unpack(ivan.button_data()[0]) is not None
