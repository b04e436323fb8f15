"""Each Telegram rule the emulator enforces, broken on purpose through a real PTB Bot."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import tornado.web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

from bot.app import OFFLINE_TOKEN
from bot.clock import FakeClock
from bot.offline.emulator import SimRequest, TelegramSim
from bot.offline.emulator.core import SimUser
from bot.offline.emulator.http import bot_api_routes
from bot.telegram.errors import retry_after_seconds
from tests.stories import png_header


@pytest.fixture
def sim(clock: FakeClock) -> TelegramSim:
    return TelegramSim(clock)


@pytest.fixture(params=["in-process", "http"])
async def bot(sim: TelegramSim, request: pytest.FixtureRequest) -> AsyncIterator[Bot]:
    """Every rule holds both in-process and through the emulator's HTTP front."""
    if request.param == "in-process":
        b = Bot(OFFLINE_TOKEN, request=SimRequest(sim), get_updates_request=SimRequest(sim))
        await b.initialize()
        yield b
        await b.shutdown()
        return
    server = HTTPServer(tornado.web.Application(bot_api_routes(sim, OFFLINE_TOKEN)))
    sockets = bind_sockets(0, "127.0.0.1")
    server.add_sockets(sockets)
    port = sockets[0].getsockname()[1]
    b = Bot(
        OFFLINE_TOKEN,
        base_url=f"http://127.0.0.1:{port}/bot",
        base_file_url=f"http://127.0.0.1:{port}/file/bot",
    )
    await b.initialize()
    yield b
    await b.shutdown()
    server.stop()


def started_user(sim: TelegramSim, name: str = "Olga") -> SimUser:
    user = sim.add_user(name, "ru")
    sim.user_sends(user.id, "/start")
    return user


def keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(f"b{i}", callback_data=d)] for i, d in enumerate(data)]
    )


async def test_get_me_answers_with_the_bot(bot: Bot, sim: TelegramSim) -> None:
    assert bot.username == sim.bot_username


async def test_text_over_4096_characters_is_rejected(
    bot: Bot, sim: TelegramSim, clock: FakeClock
) -> None:
    user = started_user(sim)
    await bot.send_message(user.id, "a" * 4096)
    clock.advance(1)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(user.id, "a" * 4097)


async def test_length_is_counted_after_entity_parsing_in_utf16(
    bot: Bot, sim: TelegramSim, clock: FakeClock
) -> None:
    user = started_user(sim)
    await bot.send_message(user.id, "<b>" + "a" * 4096 + "</b>", parse_mode=ParseMode.HTML)
    clock.advance(1)
    await bot.send_message(user.id, "😀" * 2048)  # 4096 UTF-16 units
    clock.advance(1)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(user.id, "😀" * 2049)


async def test_empty_text_is_rejected(bot: Bot, sim: TelegramSim) -> None:
    user = started_user(sim)
    with pytest.raises(BadRequest, match=r"(?i)text is empty"):
        await bot.send_message(user.id, "<b> </b>", parse_mode=ParseMode.HTML)


async def test_caption_over_1024_characters_is_rejected(
    bot: Bot, sim: TelegramSim, clock: FakeClock
) -> None:
    user = started_user(sim)
    await bot.send_document(user.id, b"x,y\n", filename="a.csv", caption="c" * 1024)
    clock.advance(1)
    with pytest.raises(BadRequest, match=r"(?i)caption is too long"):
        await bot.send_document(user.id, b"x,y\n", filename="a.csv", caption="c" * 1025)


async def test_callback_data_over_64_bytes_is_rejected(
    bot: Bot, sim: TelegramSim, clock: FakeClock
) -> None:
    user = started_user(sim)
    await bot.send_message(user.id, "ok", reply_markup=keyboard("я" * 32))  # 64 bytes
    clock.advance(1)
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(user.id, "too long", reply_markup=keyboard("я" * 33))  # 66 bytes


async def test_too_many_buttons_are_rejected(bot: Bot, sim: TelegramSim) -> None:
    user = started_user(sim)
    row = [InlineKeyboardButton(str(i), callback_data=str(i)) for i in range(9)]
    with pytest.raises(BadRequest, match=r"(?i)reply markup is too long"):
        await bot.send_message(user.id, "wide", reply_markup=InlineKeyboardMarkup([row]))


async def test_labels_over_the_phone_budget_are_rejected(
    bot: Bot, sim: TelegramSim, clock: FakeClock
) -> None:
    user = started_user(sim)

    def one_row(*labels: str) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup(
            [[InlineKeyboardButton(t, callback_data=str(i)) for i, t in enumerate(labels)]]
        )

    fits = [
        one_row("x" * 30),
        one_row("x" * 14, "y" * 14),
        one_row("✅ 09:00", "10:00", "12:00"),
        one_row("Mo", "Di", "Mi", "Do"),
    ]
    for keyboard_ in fits:
        await bot.send_message(user.id, "fits", reply_markup=keyboard_)
        clock.advance(1)
    with pytest.raises(BadRequest, match=r"(?i)button_text_too_long.*'x{31}'.*budget of 30"):
        await bot.send_message(user.id, "one", reply_markup=one_row("x" * 31))
    with pytest.raises(BadRequest, match=r"(?i)'✅ Dienstag' is 11 .*budget of 9 for a row of 3"):
        await bot.send_message(user.id, "three", reply_markup=one_row("Mo", "✅ Dienstag", "Mi"))
    link = InlineKeyboardButton("🌍 Karte der Partnerstädte", url="https://example.org")
    with pytest.raises(BadRequest, match=r"(?i)budget of 14 for a row of 2"):
        await bot.send_message(
            user.id,
            "url",
            reply_markup=InlineKeyboardMarkup(
                [[link, InlineKeyboardButton("ok", url="https://a.b")]]
            ),
        )
    message = await bot.send_message(user.id, "edit me", reply_markup=keyboard("a"))
    with pytest.raises(BadRequest, match=r"(?i)button_text_too_long.*budget of 9"):
        await bot.edit_message_reply_markup(
            user.id, message.message_id, reply_markup=one_row("⏸ 2 Wochen", "⏸ 4 Wochen", "x")
        )
    assert [m.text for m in sim.messages_to(user.id)] == ["fits"] * 4 + ["edit me"]
    status, body = await sim.call(
        "sendMessage",
        {"chat_id": user.id, "text": "raw", "reply_markup": one_row("x" * 31).to_json()},
    )
    assert status == 400 and body["error_code"] == 400
    assert body["description"].startswith("Bad Request: BUTTON_TEXT_TOO_LONG: label 'xxx")


@pytest.mark.parametrize(
    "bad_html",
    [
        "<b>unclosed",
        "<foo>x</foo>",
        "a < b",
        "5 &bogus; 6",
        "<b><i>x</b></i>",
        '<span class="x">s</span>',
        "x</b>",
    ],
)
async def test_bad_html_entities_are_rejected(bot: Bot, sim: TelegramSim, bad_html: str) -> None:
    user = started_user(sim)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(user.id, bad_html, parse_mode=ParseMode.HTML)
    assert sim.messages_to(user.id) == []


async def test_good_html_is_parsed_into_text_and_entities(bot: Bot, sim: TelegramSim) -> None:
    user = started_user(sim)
    message = await bot.send_message(
        user.id,
        '<b>Öko</b> &amp; <a href="https://example.org">mehr</a> &lt;3 &#128512;',
        parse_mode=ParseMode.HTML,
    )
    assert message.text == "Öko & mehr <3 😀"
    kinds = [(e.type, e.offset, e.length) for e in message.entities]
    assert kinds == [("bold", 0, 3), ("text_link", 6, 4)]


async def test_sending_faster_than_30_per_second_overall_gets_429(
    bot: Bot, sim: TelegramSim, clock: FakeClock
) -> None:
    users = [started_user(sim, f"u{i}") for i in range(31)]
    for user in users[:30]:
        await bot.send_message(user.id, "hello")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(users[30].id, "one too many")
    assert retry_after_seconds(caught.value) >= 1
    clock.advance(1)
    await bot.send_message(users[30].id, "now it fits")
    assert [m.text for m in sim.messages_to(users[30].id)] == ["now it fits"]


async def test_sending_faster_than_1_per_second_in_one_chat_gets_429(
    bot: Bot, sim: TelegramSim, clock: FakeClock
) -> None:
    user = started_user(sim)
    for i in range(sim.limits.chat_burst):  # a short burst is allowed, as in Telegram
        await bot.send_message(user.id, f"burst {i}")
    with pytest.raises(RetryAfter):
        await bot.send_message(user.id, "flood")
    clock.advance(1)
    await bot.send_message(user.id, "after a second")
    with pytest.raises(RetryAfter):
        await bot.send_message(user.id, "again too fast")


async def test_user_who_blocked_the_bot_gets_403(bot: Bot, sim: TelegramSim) -> None:
    user = started_user(sim)
    sim.block(user.id)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(user.id, "are you there?")
    sim.user_sends(user.id, "hi again")  # writing to the bot lifts the block
    await bot.send_message(user.id, "welcome back")


async def test_chat_that_never_wrote_to_the_bot_is_not_found(bot: Bot, sim: TelegramSim) -> None:
    stranger = sim.add_user("Stranger", "de")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(stranger.id, "hello")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(999_999_999, "nobody")


async def test_editing_to_the_same_content_is_not_modified(bot: Bot, sim: TelegramSim) -> None:
    user = started_user(sim)
    message = await bot.send_message(user.id, "Seats left: 3", reply_markup=keyboard("a"))
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text(
            "Seats left: 3", user.id, message.message_id, reply_markup=keyboard("a")
        )
    await bot.edit_message_text(
        "Seats left: 2", user.id, message.message_id, reply_markup=keyboard("a")
    )
    assert sim.messages_to(user.id)[-1].text == "Seats left: 2"
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_reply_markup(user.id, message.message_id, reply_markup=keyboard("a"))


async def test_edit_and_delete_need_an_existing_bot_message(bot: Bot, sim: TelegramSim) -> None:
    user = started_user(sim)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", user.id, 12345)
    with pytest.raises(BadRequest, match=r"(?i)can't be edited"):
        await bot.edit_message_text("x", user.id, 1)  # the user's own /start
    message = await bot.send_message(user.id, "temporary")
    assert await bot.delete_message(user.id, message.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(user.id, message.message_id)


async def test_callback_query_is_answered_once_and_short(bot: Bot, sim: TelegramSim) -> None:
    user = started_user(sim)
    message = await bot.send_message(user.id, "pick", reply_markup=keyboard("x"))
    query_id = sim.user_presses(user.id, message.message_id, "x")["callback_query"]["id"]
    with pytest.raises(BadRequest, match=r"(?i)message_too_long"):
        await bot.answer_callback_query(query_id, "t" * 201)
    assert await bot.answer_callback_query(query_id, "ok")
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query_id, "again")


async def test_commands_are_validated_per_language(bot: Bot, sim: TelegramSim) -> None:
    await bot.set_my_commands([("menu", "Hauptmenü")], language_code="de")
    assert [c.command for c in await bot.get_my_commands(language_code="de")] == ["menu"]
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([("Main-Menu", "x")])
    with pytest.raises(BadRequest, match=r"(?i)description_invalid"):
        await bot.set_my_commands([("menu", "")])


async def test_photos_must_be_images(bot: Bot, sim: TelegramSim, clock: FakeClock) -> None:
    user = started_user(sim)
    png = png_header(640, 480)
    message = await bot.send_photo(user.id, png, caption="chart")
    assert message.photo[-1].width == 640
    clock.advance(1)
    with pytest.raises(BadRequest, match=r"(?i)image_process_failed"):
        await bot.send_photo(user.id, b"not an image")


async def test_unknown_method_is_not_found(sim: TelegramSim) -> None:
    status, body = await sim.call("sendRocket", {})
    assert status == 404 and body["ok"] is False


async def test_every_call_spends_the_configured_round_trip_on_the_network() -> None:
    """Latency (±jitter, seeded) passes through the injected sleep: half there, half back."""
    from bot.clock import FakeClock
    from bot.offline.emulator import TelegramSim

    waits: list[float] = []

    async def network(seconds: float) -> None:
        waits.append(seconds)

    def run(seed: int) -> TelegramSim:
        return TelegramSim(FakeClock(), latency=0.04, jitter=0.01, seed=seed, sleep=network)

    sim = run(seed=1)
    for _ in range(20):
        assert (await sim.call("getMe", {}))[0] == 200
    trips = [a + b for a, b in zip(waits[::2], waits[1::2], strict=True)]
    assert len(trips) == 20 and all(0.03 <= t <= 0.05 for t in trips)
    assert len(set(trips)) > 1  # jitter
    first = list(waits)
    waits.clear()
    again = run(seed=1)
    for _ in range(20):
        await again.call("getMe", {})
    assert waits == first  # the same seed, the same run
    waits.clear()
    await TelegramSim(FakeClock(), sleep=network).call("getMe", {})
    assert waits == []  # 0 by default: tests do not wait
