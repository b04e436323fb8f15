"""Checking in to a live room: /room CODE, /room (the code asked), the deep link
?start=room-CODE; the room screen (post an idea, the ideas of all rooms, moderation, the wall)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_event import LiveRoomHome
from bot.context import BotContext
from bot.domain.event_dialogs import LiveRoomCodeInput
from bot.handlers.common import drop_keyboard, menu_keyboard, parse_button, show, user_id
from bot.handlers.text_input import InputKey, TextInput
from bot.keyboards import live_setup as kb
from bot.render import live_setup as render
from bot.services.live_rooms import CheckIn, CheckInOutcome

_HEADERS = {
    CheckInOutcome.IN: "live-setup-checked-in",
    CheckInOutcome.MOVED: "live-setup-moved",
}


async def room_command(update: Update, context: BotContext) -> None:
    """/room CODE checks in at once; /room alone asks for the code."""
    if context.args:
        await open_room(update, context, " ".join(context.args))
        return
    text = context.t("live-setup-code-ask")
    prompt = await show(update, context, text, menu_keyboard(context))
    await context.services.dialogs.start(user_id(update), LiveRoomCodeInput(prompt))


async def room_code_text(update: Update, context: BotContext, asked: LiveRoomCodeInput) -> None:
    assert update.message is not None and update.message.text is not None
    await context.services.dialogs.clear(user_id(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    await open_room(update, context, update.message.text)


async def open_room(update: Update, context: BotContext, code: str) -> None:
    """Check in with a typed or scanned code (the deep link ?start=room-CODE comes here)."""
    result = await context.services.live_setup.check_in(user_id(update), code)
    if result.outcome in _HEADERS:
        await show_room(update, context, result.room_id, context.t(_HEADERS[result.outcome]))
        return
    await _refused(update, context, result, code)


async def _refused(update: Update, context: BotContext, result: CheckIn, code: str) -> None:
    tr, lang = context.services.translator, context.language
    if result.outcome is CheckInOutcome.CLOSED:
        text = context.t("live-setup-code-closed", title=result.event_title)
        await show(update, context, text, kb.closed(tr, lang))
    elif result.outcome is CheckInOutcome.NOT_LIVE:
        text = context.t("live-setup-code-not-live", title=result.event_title)
        await show(update, context, text, menu_keyboard(context))
    else:
        text = context.t("live-setup-code-unknown", code=code.strip()[:20])
        await show(update, context, text, menu_keyboard(context))


async def room_home_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveRoomHome)
    await show_room(update, context, data.room_id)


async def show_room(
    update: Update, context: BotContext, room_id: int, header: str | None = None
) -> None:
    screen = await context.services.live_setup.room_screen(context.require_actor(), room_id)
    tr, lang = context.services.translator, context.language
    url = render.wall_url(context.services.settings.public_origin, screen.room)
    text = render.room(tr, lang, screen)
    await show(update, context, text, kb.room(tr, lang, screen, url), header=header)


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("room", room_command),
        CallbackQueryHandler(room_home_button, pattern=LiveRoomHome.pattern()),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {LiveRoomCodeInput: room_code_text}
