"""The live wall for organisers (workshop card → Live wall): setting up the event across
simultaneous workshops, then its screen (moderators, moderation mode, exchange moments, start,
close). Checking in to a room (/room CODE, ?start=room-CODE) is in live_rooms.py."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_data import CallbackData
from bot.callback_event import (
    LiveEventStep,
    LiveModerator,
    LiveMomentAdd,
    LiveMomentRemove,
    LiveMomentWhen,
    LiveRoomLanguage,
    LiveRoomLanguages,
    LiveRoomMods,
    LiveSetupLanguage,
    LiveSetupLanguages,
    LiveSetupMode,
    LiveSetupRoom,
    LiveSetupStep,
    LiveSetupTheme,
    LiveWallHome,
)
from bot.context import BotContext
from bot.domain.event_dialogs import LiveMomentTimeInput
from bot.handlers import live_rooms
from bot.handlers.common import (
    Callback,
    button_handlers,
    drop_keyboard,
    parse_button,
    show,
    user_id,
)
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.keyboards import live_setup as kb
from bot.render import live_setup as render
from bot.services.errors import Unreachable
from bot.services.live_setup import EventView, SetupView


# ------------------------------------------------------------ setting up
async def wall_home_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveWallHome)
    found = await context.services.live_setup.wall_home(context.require_actor(), data.workshop_id)
    if isinstance(found, EventView):
        await show_event(update, context, found)
        return
    tr, lang = context.services.translator, context.language
    await show(
        update, context, render.intro(tr, lang, found), kb.intro(tr, lang, found.workshop.id)
    )


async def setup_rooms_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveSetupStep)
    view = await context.services.live_setup.draft_rooms(context.require_actor(), data.workshop_id)
    await _show_rooms(update, context, view)


async def setup_room_toggled(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveSetupRoom)
    setup = context.services.live_setup
    view = await setup.toggle_room(context.require_actor(), data.workshop_id, data.room_workshop_id)
    await _show_rooms(update, context, view)


async def _show_rooms(update: Update, context: BotContext, view: SetupView) -> None:
    tr, lang = context.services.translator, context.language
    await show(update, context, render.rooms(tr, lang, view), kb.rooms(tr, lang, view))


async def setup_mode_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveSetupStep)
    setup = context.services.live_setup
    view = await setup.ready(context.require_actor(), data.workshop_id, themes=False)
    tr, lang = context.services.translator, context.language
    await show(update, context, render.mode(tr, lang), kb.mode(tr, lang, view))


async def setup_mode_chosen(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveSetupMode)
    view = await context.services.live_setup.set_mode(
        context.require_actor(), data.workshop_id, data.pre
    )
    await _show_themes(update, context, view)


async def setup_themes_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveSetupStep)
    setup = context.services.live_setup
    await _show_themes(
        update, context, await setup.ready(context.require_actor(), data.workshop_id, themes=False)
    )


async def setup_theme_toggled(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveSetupTheme)
    setup = context.services.live_setup
    view = await setup.toggle_theme(context.require_actor(), data.workshop_id, data.theme_id)
    await _show_themes(update, context, view)


async def _show_themes(update: Update, context: BotContext, view: SetupView) -> None:
    tr, lang = context.services.translator, context.language
    await show(update, context, render.themes(tr, lang), kb.themes(tr, lang, view))


async def setup_preview_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveSetupStep)
    setup = context.services.live_setup
    await _show_preview(
        update, context, await setup.ready(context.require_actor(), data.workshop_id, themes=True)
    )


async def _show_preview(update: Update, context: BotContext, view: SetupView) -> None:
    tr, lang = context.services.translator, context.language
    await show(update, context, render.preview(tr, lang, view), kb.preview(tr, lang, view))


async def setup_languages_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveSetupLanguages)
    setup = context.services.live_setup
    view = await setup.ready(context.require_actor(), data.workshop_id, themes=True)
    room = next((w for w in view.rooms if w.id == data.room_workshop_id), None)
    if room is None:
        raise Unreachable("live-setup-gone")
    tr, lang = context.services.translator, context.language
    text = render.language_ask(tr, lang, room)
    await show(update, context, text, kb.languages(tr, lang, view, room.id))


async def setup_language_chosen(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveSetupLanguage)
    view = await context.services.live_setup.set_language(
        context.require_actor(), data.workshop_id, data.room_workshop_id, data.language
    )
    await _show_preview(update, context, view)


async def setup_create_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveSetupStep)
    view = await context.services.live_setup.create(context.require_actor(), data.workshop_id)
    await show_event(update, context, view, context.t("live-setup-created"))


# ------------------------------------------------------------ the event
async def show_event(
    update: Update, context: BotContext, view: EventView, header: str | None = None
) -> None:
    tr, lang = context.services.translator, context.language
    origin = context.services.settings.public_origin
    text = render.event(tr, lang, view, origin)
    await show(update, context, text, kb.event(tr, lang, view), header=header)


async def event_show_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveEventStep)
    await context.services.dialogs.clear(user_id(update))  # a moment's time was asked
    await show_event(
        update,
        context,
        await context.services.live_setup.event(context.require_actor(), data.event_id),
    )


async def event_start_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveEventStep)
    view = await context.services.live_setup.start(context.require_actor(), data.event_id)
    await show_event(update, context, view, context.t("live-setup-started"))


async def event_close_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveEventStep)
    view = await context.services.live_setup.event(context.require_actor(), data.event_id)
    tr, lang = context.services.translator, context.language
    await show(
        update, context, render.close_ask(tr, lang, view), kb.close_ask(tr, lang, view.event.id)
    )


async def event_close_confirmed(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveEventStep)
    view, count = await context.services.live_setup.close(context.require_actor(), data.event_id)
    await show_event(update, context, view, context.t("live-setup-closed", count=count))


async def event_mode_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveEventStep)
    view = await context.services.live_setup.switch_mode(context.require_actor(), data.event_id)
    await show_event(update, context, view)


async def room_languages_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveRoomLanguages)
    room = await context.services.live_setup.room_language(context.require_actor(), data.room_id)
    tr, lang = context.services.translator, context.language
    text = render.language_ask(tr, lang, room.workshop)
    await show(update, context, text, kb.room_languages(tr, lang, room, room.room.event_id))


async def room_language_chosen(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveRoomLanguage)
    view = await context.services.live_setup.set_room_language(
        context.require_actor(), data.room_id, data.language
    )
    await show_event(update, context, view)


# ------------------------------------------------------------ exchange moments
async def moments_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveEventStep)
    await context.services.dialogs.clear(user_id(update))
    view = await context.services.live_setup.event(context.require_actor(), data.event_id)
    await show_moments(update, context, view)


async def show_moments(
    update: Update, context: BotContext, view: EventView, header: str | None = None
) -> None:
    tr, lang = context.services.translator, context.language
    clocks = [render.moment_clock(tr, lang, view, m.due_at) for m in view.moments]
    keyboard = kb.moments(tr, lang, view, clocks)
    await show(update, context, render.moments(tr, lang, view), keyboard, header=header)


async def moment_when_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveMomentWhen)
    setup = context.services.live_setup
    view, when = await setup.moment_soon(context.require_actor(), data.event_id, data.minutes)
    await _ask_length(update, context, view, int(when.timestamp() // 60))


async def _ask_length(update: Update, context: BotContext, view: EventView, due: int) -> None:
    tr, lang = context.services.translator, context.language
    when = datetime.fromtimestamp(due * 60, UTC)
    text = render.moment_length(tr, lang, view, when)
    await show(update, context, text, kb.moment_length(tr, lang, view.event.id, due))


async def moment_type_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveEventStep)
    view = await context.services.live_setup.event(context.require_actor(), data.event_id)
    tr, lang = context.services.translator, context.language
    text = render.moment_time_ask(tr, lang, view)
    prompt = await show(update, context, text, kb.back_to_moments(tr, lang, view.event.id))
    await context.services.dialogs.start(
        user_id(update), LiveMomentTimeInput(view.event.id, prompt)
    )


async def moment_time_text(update: Update, context: BotContext, asked: LiveMomentTimeInput) -> None:
    assert update.message is not None and update.message.text is not None
    setup, actor = context.services.live_setup, context.require_actor()
    when = await setup.moment_start(actor, asked.event_id, update.message.text)
    await context.services.dialogs.clear(user_id(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    await _ask_length(
        update, context, await setup.event(actor, asked.event_id), int(when.timestamp() // 60)
    )


async def moment_add_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveMomentAdd)
    when = datetime.fromtimestamp(data.due * 60, UTC)
    view = await context.services.live_setup.add_moment(
        context.require_actor(), data.event_id, when, data.length
    )
    await show_moments(update, context, view, context.t("live-setup-moment-added"))


async def moment_remove_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveMomentRemove)
    view = await context.services.live_setup.remove_moment(context.require_actor(), data.moment_id)
    await show_moments(update, context, view, context.t("live-setup-moment-removed"))


# ------------------------------------------------------------ moderators
async def moderators_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveRoomMods)
    setup = context.services.live_setup
    view = await setup.moderators(context.require_actor(), data.room_id, data.page)
    tr, lang = context.services.translator, context.language
    await show(update, context, render.moderators(tr, lang, view), kb.moderators(tr, lang, view))


async def moderator_add_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveModerator)
    setup = context.services.live_setup
    view = await setup.add_moderator(context.require_actor(), data.room_id, data.user_id)
    tr, lang = context.services.translator, context.language
    await show(update, context, render.moderators(tr, lang, view), kb.moderators(tr, lang, view))


async def moderator_remove_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveModerator)
    setup, actor = context.services.live_setup, context.require_actor()
    person = await setup.moderator(actor, data.room_id, data.user_id)
    view = await setup.moderators(actor, data.room_id, 0)
    tr, lang = context.services.translator, context.language
    text = render.remove_ask(tr, lang, view.room, person)
    await show(update, context, text, kb.remove_ask(tr, lang, data.room_id, data.user_id))


async def moderator_removed_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, LiveModerator)
    setup = context.services.live_setup
    view = await setup.remove_moderator(context.require_actor(), data.room_id, data.user_id)
    tr, lang = context.services.translator, context.language
    await show(update, context, render.moderators(tr, lang, view), kb.moderators(tr, lang, view))


# One callback per button action; a test checks every action has one.
SETUP_BUTTONS = {
    "rooms": setup_rooms_button,
    "mode": setup_mode_button,
    "themes": setup_themes_button,
    "preview": setup_preview_button,
    "create": setup_create_button,
}
EVENT_BUTTONS = {
    "show": event_show_button,
    "start": event_start_button,
    "close": event_close_button,
    "close_ok": event_close_confirmed,
    "mode": event_mode_button,
    "moments": moments_button,
    "moment_type": moment_type_button,
}
MODERATOR_BUTTONS = {
    "add": moderator_add_button,
    "remove": moderator_remove_button,
    "remove_ok": moderator_removed_button,
}


def handlers() -> list[BaseHandler]:
    plain: dict[type[CallbackData], Callback] = {
        LiveWallHome: wall_home_button,
        LiveSetupRoom: setup_room_toggled,
        LiveSetupMode: setup_mode_chosen,
        LiveSetupTheme: setup_theme_toggled,
        LiveSetupLanguages: setup_languages_button,
        LiveSetupLanguage: setup_language_chosen,
        LiveRoomMods: moderators_button,
        LiveRoomLanguages: room_languages_button,
        LiveRoomLanguage: room_language_chosen,
        LiveMomentWhen: moment_when_button,
        LiveMomentAdd: moment_add_button,
        LiveMomentRemove: moment_remove_button,
    }
    return [
        *(CallbackQueryHandler(cb, pattern=kind.pattern()) for kind, cb in plain.items()),
        *button_handlers(LiveSetupStep, SETUP_BUTTONS),
        *button_handlers(LiveEventStep, EVENT_BUTTONS),
        *button_handlers(LiveModerator, MODERATOR_BUTTONS),
        *live_rooms.handlers(),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    LiveMomentTimeInput: moment_time_text,
    **live_rooms.TEXT_INPUTS,
}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}
