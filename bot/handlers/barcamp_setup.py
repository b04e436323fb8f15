"""The organiser's BarCamp setup: rooms (name, seats, languages, video link; edit, remove
after a question), time slots on the workshop's clock, the interest limit, the documentation."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler

from bot.callback_event import BarcampSetup
from bot.context import BotContext
from bot.domain.barcamp_people import local_clock, parse_clock, start_choices
from bot.domain.dialog_base import selection, toggled
from bot.domain.event_dialogs import BarcampRoomDraft, BarcampSlotDraft
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.handlers.barcamp_screens import room_line, show_home
from bot.handlers.common import answer_button, button_handlers, drop_keyboard, parse_button, show
from bot.handlers.common import user_id as uid
from bot.handlers.text_input import InputKey, TextInput
from bot.keyboards import barcamp as kb
from bot.render.barcamp import slot_text, workshop_city
from bot.render.formatting import clock_time
from bot.services.barcamp_sessions import BarcampInputError, input_error
from bot.services.errors import UserFacingError

ROOM_STEPS = ("name", "capacity", "languages", "bridge")


# ------------------------------------------------------------------ rooms
async def show_rooms(
    update: Update, context: BotContext, workshop_id: int, header: str | None = None
) -> None:
    view = await context.services.barcamp.slot_setup(context.require_actor(), workshop_id)
    lines = [context.t("barcamp-rooms-title", count=len(view.rooms))]
    lines += [room_line(context, r) for r in view.rooms]
    tr, lang = context.services.translator, context.language
    keyboard = kb.rooms(tr, lang, workshop_id, view.rooms)
    await show(update, context, "\n".join(lines), keyboard, header=header)


async def show_room(
    update: Update, context: BotContext, workshop_id: int, room_id: int, header: str | None = None
) -> None:
    room = await context.services.barcamp.room(context.require_actor(), workshop_id, room_id)
    text = room_line(context, room)
    if room.bridge_url:
        text += "\n" + context.t("barcamp-room-bridge-link", link=room.bridge_url)
    keyboard = kb.room_card(context.services.translator, context.language, workshop_id, room_id)
    await show(update, context, text, keyboard, header=header)


def _room_question(
    context: BotContext, draft: BarcampRoomDraft
) -> tuple[str, InlineKeyboardMarkup]:
    tr, lang, ws = context.services.translator, context.language, draft.workshop_id
    if draft.step == "capacity":
        return context.t("barcamp-room-ask-capacity"), kb.capacities(tr, lang, ws)
    if draft.step == "languages":
        chosen = selection(draft.languages)
        return context.t("barcamp-room-ask-languages"), kb.languages(tr, lang, ws, chosen)
    if draft.step == "bridge":
        return context.t("barcamp-room-ask-bridge"), kb.bridge(tr, lang, ws)
    return context.t("barcamp-room-ask-name"), kb.room_step_cancel(tr, lang, ws)


async def _ask_room(update: Update, context: BotContext, draft: BarcampRoomDraft) -> None:
    text, keyboard = _room_question(context, draft)
    prompt = await show(update, context, text, keyboard)
    await context.services.dialogs.start(uid(update), replace(draft, prompt_message_id=prompt))


async def _room_draft(update: Update, context: BotContext, step: str) -> BarcampRoomDraft:
    """The organiser's room draft at this step; an old question's button is out of date."""
    draft = await context.services.dialogs.current(uid(update))
    pressed = parse_button(update, BarcampSetup)
    if not isinstance(draft, BarcampRoomDraft) or draft.step != step:
        raise UserFacingError("errors-stale-button")
    if draft.workshop_id != pressed.workshop_id:
        raise UserFacingError("errors-stale-button")
    return draft


async def _advance(update: Update, context: BotContext, draft: BarcampRoomDraft) -> None:
    """The next step of a new room; a room's one change (or the last step) is saved."""
    if draft.room_id or draft.step == ROOM_STEPS[-1]:
        await context.services.barcamp.save_room(
            context.require_actor(),
            draft.workshop_id,
            draft.room_id,
            draft.name,
            draft.capacity,
            selection(draft.languages),
            draft.bridge_url or None,
        )
        await context.services.dialogs.clear(uid(update))
        if draft.room_id:
            await show_room(
                update, context, draft.workshop_id, draft.room_id, context.t("barcamp-room-saved")
            )
        else:
            await show_rooms(update, context, draft.workshop_id, context.t("barcamp-room-added"))
        return
    following = ROOM_STEPS[ROOM_STEPS.index(draft.step) + 1]
    await _ask_room(update, context, replace(draft, step=following))


async def rooms_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(uid(update))
    await show_rooms(update, context, parse_button(update, BarcampSetup).workshop_id)


async def room_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, BarcampSetup)
    await context.services.dialogs.clear(uid(update))
    await show_room(update, context, pressed.workshop_id, pressed.value)


async def room_new_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, BarcampSetup)
    await context.services.barcamp.slot_setup(context.require_actor(), pressed.workshop_id)
    await _ask_room(update, context, BarcampRoomDraft(pressed.workshop_id))


async def _edit(update: Update, context: BotContext, step: str) -> None:
    """Change one thing of a room: the draft starts from what the room has now."""
    pressed = parse_button(update, BarcampSetup)
    room = await context.services.barcamp.room(
        context.require_actor(), pressed.workshop_id, pressed.value
    )
    draft = BarcampRoomDraft(
        pressed.workshop_id,
        room.id,
        step,
        room.name,
        room.capacity,
        ",".join(sorted(room.languages)),
        room.bridge_url or "",
    )
    await _ask_room(update, context, draft)


async def room_name_button(update: Update, context: BotContext) -> None:
    await _edit(update, context, "name")


async def room_cap_button(update: Update, context: BotContext) -> None:
    await _edit(update, context, "capacity")


async def room_langs_button(update: Update, context: BotContext) -> None:
    await _edit(update, context, "languages")


async def room_bridge_button(update: Update, context: BotContext) -> None:
    await _edit(update, context, "bridge")


async def room_cap_set_button(update: Update, context: BotContext) -> None:
    draft = await _room_draft(update, context, "capacity")
    await _advance(
        update, context, replace(draft, capacity=parse_button(update, BarcampSetup).value)
    )


async def room_lang_button(update: Update, context: BotContext) -> None:
    draft = await _room_draft(update, context, "languages")
    index = parse_button(update, BarcampSetup).value
    if index >= len(SUPPORTED_LANGUAGES):
        raise UserFacingError("errors-stale-button")
    languages = toggled(draft.languages, SUPPORTED_LANGUAGES[index])
    await _ask_room(update, context, replace(draft, languages=languages))


async def room_next_button(update: Update, context: BotContext) -> None:
    draft = await _room_draft(update, context, "languages")
    if not selection(draft.languages):
        raise UserFacingError("barcamp-input-room-languages")
    await _advance(update, context, draft)


async def room_skip_button(update: Update, context: BotContext) -> None:
    """No video link (or, for a room that had one, none any more)."""
    draft = await _room_draft(update, context, "bridge")
    await _advance(update, context, replace(draft, bridge_url=""))


async def room_remove_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, BarcampSetup)
    room = await context.services.barcamp.room(
        context.require_actor(), pressed.workshop_id, pressed.value
    )
    keyboard = kb.room_remove(
        context.services.translator, context.language, pressed.workshop_id, room.id
    )
    await show(update, context, context.t("barcamp-room-remove-ask", name=room.name), keyboard)


async def room_remove_ok_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, BarcampSetup)
    await context.services.barcamp.remove_room(
        context.require_actor(), pressed.workshop_id, pressed.value
    )
    await show_rooms(update, context, pressed.workshop_id, context.t("barcamp-room-removed"))


async def room_text(update: Update, context: BotContext, draft: BarcampRoomDraft) -> None:
    """A typed name, number of seats or video link, by the step the draft is at."""
    assert update.message is not None and update.message.text is not None
    typed, service = update.message.text, context.services.barcamp
    if draft.step == "name":
        draft = replace(draft, name=service.check_room_name(typed))
    elif draft.step == "capacity":
        draft = replace(draft, capacity=service.check_capacity(typed))
    elif draft.step == "bridge":
        draft = replace(draft, bridge_url=service.check_bridge(typed))
    else:
        raise UserFacingError("barcamp-input-room-languages")
    await drop_keyboard(update, context, draft.prompt_message_id)
    await _advance(update, context, draft)


# ------------------------------------------------------------------ slots
async def show_slots(
    update: Update, context: BotContext, workshop_id: int, header: str | None = None
) -> None:
    view = await context.services.barcamp.slot_setup(context.require_actor(), workshop_id)
    tr, lang = context.services.translator, context.language
    lines = [context.t("barcamp-slots-title", count=len(view.slots))]
    lines += [f"{i}. {slot_text(tr, lang, view.workshop, s)}" for i, s in enumerate(view.slots, 1)]
    keyboard = kb.slots(tr, lang, workshop_id, view.slots)
    await show(update, context, "\n".join(lines), keyboard, header=header)


async def slots_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(uid(update))
    await show_slots(update, context, parse_button(update, BarcampSetup).workshop_id)


async def slot_new_button(update: Update, context: BotContext) -> None:
    """Starts from the workshop's start in steps (free ones), or a typed HH:MM."""
    pressed = parse_button(update, BarcampSetup)
    view = await context.services.barcamp.slot_setup(context.require_actor(), pressed.workshop_id)
    ws, lang = view.workshop, context.language
    choices = [
        (clock_time(when, lang, ws.time_zone), _minutes(local_clock(when, ws.time_zone)))
        for when in start_choices(ws.starts_at, ws.ends_at, view.slots)
    ]
    text = context.t("barcamp-slot-ask-start", city=workshop_city(ws, lang))
    keyboard = kb.slot_starts(context.services.translator, lang, ws.id, choices)
    prompt = await show(update, context, text, keyboard)
    await context.services.dialogs.start(uid(update), BarcampSlotDraft(ws.id, "", prompt))


def _minutes(clock: time) -> int:
    return clock.hour * 60 + clock.minute


async def _slot_start(
    update: Update, context: BotContext, draft: BarcampSlotDraft, start: str
) -> None:
    tr, lang = context.services.translator, context.language
    text = context.t("barcamp-slot-ask-length", start=start)
    prompt = await show(update, context, text, kb.slot_lengths(tr, lang, draft.workshop_id))
    await context.services.dialogs.start(
        uid(update), BarcampSlotDraft(draft.workshop_id, start, prompt)
    )


async def _slot_draft(update: Update, context: BotContext) -> BarcampSlotDraft:
    draft = await context.services.dialogs.current(uid(update))
    if not isinstance(draft, BarcampSlotDraft):
        raise UserFacingError("errors-stale-button")
    if draft.workshop_id != parse_button(update, BarcampSetup).workshop_id:
        raise UserFacingError("errors-stale-button")
    return draft


async def slot_start_button(update: Update, context: BotContext) -> None:
    draft = await _slot_draft(update, context)
    minutes = parse_button(update, BarcampSetup).value
    if draft.start or minutes >= 24 * 60:
        raise UserFacingError("errors-stale-button")
    await _slot_start(update, context, draft, f"{minutes // 60:02d}:{minutes % 60:02d}")


async def slot_text_input(update: Update, context: BotContext, draft: BarcampSlotDraft) -> None:
    """A typed start (HH:MM on the workshop's clock)."""
    assert update.message is not None and update.message.text is not None
    try:
        start = parse_clock(update.message.text)
    except BarcampInputError as error:
        raise input_error(error) from error
    await drop_keyboard(update, context, draft.prompt_message_id)
    await _slot_start(update, context, draft, start.strftime("%H:%M"))


async def slot_len_button(update: Update, context: BotContext) -> None:
    draft = await _slot_draft(update, context)
    if not draft.start:
        raise UserFacingError("errors-stale-button")
    minutes = parse_button(update, BarcampSetup).value
    start = parse_clock(draft.start)
    await context.services.barcamp.add_slot(
        context.require_actor(), draft.workshop_id, start, minutes
    )
    await context.services.dialogs.clear(uid(update))
    await show_slots(update, context, draft.workshop_id, context.t("barcamp-slot-added"))


async def slot_remove_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, BarcampSetup)
    view = await context.services.barcamp.slot_setup(context.require_actor(), pressed.workshop_id)
    slot = next((s for s in view.slots if s.id == pressed.value), None)
    if slot is None:
        raise UserFacingError("errors-stale-button")
    when = slot_text(context.services.translator, context.language, view.workshop, slot)
    keyboard = kb.slot_remove(
        context.services.translator, context.language, view.workshop.id, slot.id
    )
    await show(update, context, context.t("barcamp-slot-remove-ask", slot=when), keyboard)


async def slot_remove_ok_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, BarcampSetup)
    await context.services.barcamp.remove_slot(
        context.require_actor(), pressed.workshop_id, pressed.value
    )
    await show_slots(update, context, pressed.workshop_id, context.t("barcamp-slot-removed"))


# ------------------------------------------------------------------ the rest of the home
async def create_button(update: Update, context: BotContext) -> None:
    workshop_id = parse_button(update, BarcampSetup).workshop_id
    await context.services.barcamp.create(context.require_actor(), workshop_id)
    await show_home(update, context, workshop_id, header=context.t("barcamp-created"))


async def limit_button(update: Update, context: BotContext) -> None:
    workshop_id = parse_button(update, BarcampSetup).workshop_id
    view = await context.services.barcamp.slot_setup(context.require_actor(), workshop_id)
    assert view.camp is not None
    tr, lang = context.services.translator, context.language
    keyboard = kb.limits(tr, lang, workshop_id, view.camp.interest_limit)
    await show(
        update, context, context.t("barcamp-limit-ask", limit=view.camp.interest_limit), keyboard
    )


async def limit_set_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, BarcampSetup)
    await context.services.barcamp.set_limit(
        context.require_actor(), pressed.workshop_id, pressed.value
    )
    header = context.t("barcamp-limit-saved", limit=pressed.value)
    await show_home(update, context, pressed.workshop_id, header=header)


async def docs_button(update: Update, context: BotContext) -> None:
    """📄 Documentation: every session as a Markdown file, in the organiser's language."""
    workshop_id = parse_button(update, BarcampSetup).workshop_id
    actor = context.require_actor()
    data = await context.services.barcamp.documentation(actor, workshop_id, context.language)
    await answer_button(update, context)
    name = context.label("barcamp-doc-file", workshop=workshop_id)
    await context.bot.send_document(uid(update), data, filename=name)


# One callback per action of BarcampSetup; a test checks every action has one.
SETUP_BUTTONS = {
    "create": create_button,
    "rooms": rooms_button,
    "room": room_button,
    "room_new": room_new_button,
    "room_name": room_name_button,
    "room_cap": room_cap_button,
    "room_cap_set": room_cap_set_button,
    "room_langs": room_langs_button,
    "room_lang": room_lang_button,
    "room_next": room_next_button,
    "room_bridge": room_bridge_button,
    "room_skip": room_skip_button,
    "room_remove": room_remove_button,
    "room_remove_ok": room_remove_ok_button,
    "slots": slots_button,
    "slot_new": slot_new_button,
    "slot_start": slot_start_button,
    "slot_len": slot_len_button,
    "slot_remove": slot_remove_button,
    "slot_remove_ok": slot_remove_ok_button,
    "limit": limit_button,
    "limit_set": limit_set_button,
    "docs": docs_button,
}


def handlers() -> list[BaseHandler]:
    return [*button_handlers(BarcampSetup, SETUP_BUTTONS)]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    BarcampRoomDraft: room_text,
    BarcampSlotDraft: slot_text_input,
}
