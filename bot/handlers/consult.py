"""Booking a consultation (/consult): topic, language, slot, confirmation, own bookings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton
from babel.lists import format_list
from telegram import InlineKeyboardMarkup, InputFile, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_consult import (
    ConsultBook,
    ConsultCancel,
    ConsultCancelConfirmed,
    ConsultCard,
    ConsultLanguage,
    ConsultOfferPass,
    ConsultOfferTake,
    ConsultPick,
    ConsultReschedule,
    ConsultSlots,
    ConsultTopic,
    ConsultWait,
)
from bot.callback_network import ConsultHome, ConsultMine
from bot.context import BotContext
from bot.domain.consultations import Slot
from bot.domain.network_dialogs import ConsultNoteInput
from bot.handlers.common import Callback, drop_keyboard, parse_button, show, user_id
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.keyboards import consult as kb
from bot.render.formatting import babel_locale, clock_time, moment, zone_label
from bot.render.names import person_name
from bot.services.consult_views import Booked, BookingView, Pick, SlotList, when_text
from bot.telegram.callback_codec import CallbackData

MAX_NOTE = 500


# ---------------------------------------------------------------- topic and language
async def consult_command(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show(update, context, context.t("consult-home"), _home(context))


async def home_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show(update, context, context.t("consult-home"), _home(context))


def _home(context: BotContext) -> InlineKeyboardMarkup:
    return kb.home(context.services.translator, context.language)


async def topic_button(update: Update, context: BotContext) -> None:
    topic = parse_button(update, ConsultTopic).topic
    choice = await context.services.consult.languages(user_id(update), topic)
    text = context.t("consult-language-ask", topic=context.label(f"network-topic-{topic}"))
    keyboard = kb.languages(context.services.translator, context.language, topic, choice.offered)
    await show(update, context, text, keyboard)


async def language_button(update: Update, context: BotContext) -> None:
    """Nobody speaks it: say so and offer the languages there are; else tips, then times."""
    picked = parse_button(update, ConsultLanguage)
    choice = await context.services.consult.languages(user_id(update), picked.topic)
    if picked.language not in choice.available:
        await _no_language(update, context, picked, choice.available)
        return
    entries = await context.services.consult.tips(picked.topic)
    if not entries:
        await _show_slots(update, context, ConsultSlots(picked.topic, picked.language))
        return
    tr, lang = context.services.translator, context.language
    keyboard = kb.tips(tr, lang, entries, picked.topic, picked.language)
    await show(update, context, context.t("consult-tips", count=len(entries)), keyboard)


async def _no_language(
    update: Update, context: BotContext, picked: ConsultLanguage, available: tuple[str, ...]
) -> None:
    tr, lang = context.services.translator, context.language
    names = [context.label(f"language-name-{code}") for code in available]
    text = context.t(
        "consult-language-none",
        language=context.label(f"language-name-{picked.language}"),
        available=format_list(names, locale=babel_locale(lang)) if names else "",
        count=len(names),
    )
    keyboard = kb.languages(tr, lang, picked.topic, available)
    await show(update, context, text, keyboard)


# ---------------------------------------------------------------- slots and confirmation
async def slots_button(update: Update, context: BotContext) -> None:
    await _show_slots(update, context, parse_button(update, ConsultSlots))


async def reschedule_button(update: Update, context: BotContext) -> None:
    """Another slot of the same host, for the same topic and language."""
    booking_id = parse_button(update, ConsultReschedule).booking_id
    b = (await context.services.consult.booking(user_id(update), booking_id)).booking
    await _show_slots(update, context, ConsultSlots(b.topic, b.language, 0, b.host_id, b.id))


async def _show_slots(update: Update, context: BotContext, nav: ConsultSlots) -> None:
    found = await context.services.consult.slots(
        user_id(update), nav.topic, nav.language, nav.host_id, nav.booking_id
    )
    tr, lang = context.services.translator, context.language
    if not found.slots:
        text = context.t("consult-slots-none", topic=context.label(f"network-topic-{found.topic}"))
        waits = "" if found.booking_id else found.language
        await show(update, context, text, kb.no_slots(tr, lang, found.topic, waits))
        return
    nav = ConsultSlots(found.topic, found.language, nav.page, found.host_id, found.booking_id)
    pages = (len(found.slots) + kb.PAGE - 1) // kb.PAGE
    page = min(nav.page, pages - 1)
    first = page * kb.PAGE
    shown = list(enumerate(found.slots[first : first + kb.PAGE], start=first + 1))
    clocks = [(n, s, clock_time(s.starts_at, lang, found.clock.zone)) for n, s in shown]
    keyboard = kb.slots(tr, lang, clocks, nav, pages, found.topic, found.language)
    await show(update, context, _slots_text(context, found, shown, page, pages), keyboard)


def _slots_text(
    context: BotContext, found: SlotList, shown: list[tuple[int, Slot]], page: int, pages: int
) -> str:
    """Grouped by day on the person's clock; the host's clock where it reads differently."""
    lang, zone = context.language, found.clock.zone
    lines: list[str] = []
    day: date | None = None
    for number, slot in shown:
        local = slot.starts_at.astimezone(ZoneInfo(zone))
        if local.date() != day:
            day = local.date()
            lines += ["", format_skeleton("MMMMEEEEd", day, locale=babel_locale(lang))]
        host = found.hosts[slot.host_id]
        lines.append(_slot_line(context, number, slot, zone, host.time_zone, found))
    return context.t(
        "consult-slots",
        topic=context.label(f"network-topic-{found.topic}"),
        language=context.label(f"language-name-{found.language}"),
        city=found.clock.label(lang),
        page=page + 1,
        pages=pages,
        slots="\n".join(lines).strip(),
    )


def _slot_line(
    context: BotContext, number: int, slot: Slot, zone: str, host_zone: str, found: SlotList
) -> str:
    lang = context.language
    host = person_name(context.services.translator, lang, found.names.get(slot.host_id))
    mine = clock_time(slot.starts_at, lang, zone)
    theirs = clock_time(slot.starts_at, lang, host_zone)
    if slot.starts_at.astimezone(ZoneInfo(zone)).utcoffset() == (
        slot.starts_at.astimezone(ZoneInfo(host_zone)).utcoffset()
    ):
        return context.label("consult-slot-line", number=number, time=mine, host=host)
    return context.label(
        "consult-slot-line-both",
        number=number,
        time=mine,
        host=host,
        theirs=theirs,
        city=zone_label(host_zone, lang),
    )


async def pick_button(update: Update, context: BotContext) -> None:
    """The confirmation screen; a note for the host may be typed while it is shown."""
    data = parse_button(update, ConsultPick)
    uid = user_id(update)
    pick = await context.services.consult.pick(
        uid, data.host_id, data.start, data.topic, data.language, data.booking_id
    )
    note = ConsultNoteInput(data.host_id, data.start, data.topic, data.language, data.booking_id)
    prompt = await _show_confirm(update, context, pick, data, "")
    await context.services.dialogs.start(uid, replace(note, prompt_message_id=prompt))


async def _show_confirm(
    update: Update, context: BotContext, pick: Pick, data: ConsultPick, note: str
) -> int:
    tr, lang = context.services.translator, context.language
    slot, host = pick.slot, pick.host
    text = context.t(
        "consult-confirm",
        host=person_name(tr, lang, pick.host_person),
        when=when_text(tr, lang, slot.starts_at, slot.ends_at, pick.clock, host.time_zone),
        minutes=host.duration_min,
        topic=context.label(f"network-topic-{pick.topic}"),
        language=context.label(f"language-name-{pick.language}"),
        note=note or "-",
        has_note="yes" if note else "no",
    )
    return await show(update, context, text, kb.confirm(tr, lang, data), new_message=bool(note))


async def note_text(update: Update, context: BotContext, asked: ConsultNoteInput) -> None:
    """The note is kept with the dialog; the confirmation is shown again with it."""
    assert update.message is not None and update.message.text is not None
    note = update.message.text.strip()
    if len(note) > MAX_NOTE:
        await show(update, context, context.t("consult-note-too-long", limit=MAX_NOTE))
        return
    data = ConsultPick(asked.host_id, asked.start, asked.topic, asked.language, asked.booking_id)
    pick = await context.services.consult.pick(
        user_id(update), data.host_id, data.start, data.topic, data.language, data.booking_id
    )
    await drop_keyboard(update, context, asked.prompt_message_id)
    prompt = await _show_confirm(update, context, pick, data, note)
    updated = replace(asked, note=note, prompt_message_id=prompt)
    await context.services.dialogs.start(user_id(update), updated)


async def book_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, ConsultBook)
    uid = user_id(update)
    asked = await context.services.dialogs.current(uid)
    same = isinstance(asked, ConsultNoteInput) and (asked.host_id, asked.start) == (
        data.host_id,
        data.start,
    )
    note = asked.note if isinstance(asked, ConsultNoteInput) and same and asked.note else None
    done = await context.services.consult.book(
        uid, data.host_id, data.start, data.topic, data.language,
        note=note, booking_id=data.booking_id, reader_language=context.language,
    )  # fmt: skip
    await context.services.dialogs.clear(uid)
    await _show_booked(update, context, done)


async def _show_booked(update: Update, context: BotContext, done: Booked) -> None:
    tr, lang = context.services.translator, context.language
    b = done.booking
    text = context.t(
        "consult-moved" if done.moved_from else "consult-booked",
        when=when_text(tr, lang, b.starts_at, b.ends_at, done.clock, done.host.time_zone),
        host=person_name(tr, lang, done.host_person),
        link=done.host.video_link or "",
        has_link="yes" if done.host.video_link else "no",
    )
    await show(update, context, text, kb.booked(tr, lang))
    await _send_calendar(update, context, done.calendar, b.id)


async def _send_calendar(update: Update, context: BotContext, data: bytes, booking_id: int) -> None:
    chat = update.effective_chat
    assert chat is not None
    name = f"consultation-{booking_id}.ics"
    await context.bot.send_document(chat.id, InputFile(data, filename=name))


# ---------------------------------------------------------------- the person's bookings
async def mine_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    views = await context.services.consult.mine(user_id(update))
    tr, lang = context.services.translator, context.language
    if not views:
        await show(update, context, context.t("consult-mine-none"), kb.mine(tr, lang, []))
        return
    lines = [_booking_line(context, v) for v in views]
    labels = [(v.booking.id, _short(context, v)) for v in views]
    text = context.t("consult-mine", count=len(views), bookings="\n".join(lines))
    await show(update, context, text, kb.mine(tr, lang, labels))


def _booking_line(context: BotContext, view: BookingView) -> str:
    tr, lang, b = context.services.translator, context.language, view.booking
    return context.label(
        "consult-mine-line",
        when=when_text(tr, lang, b.starts_at, b.ends_at, view.clock, view.host.time_zone),
        host=person_name(tr, lang, view.host_person),
        topic=context.label(f"network-topic-{b.topic}"),
    )


def _short(context: BotContext, view: BookingView) -> str:
    return moment(view.booking.starts_at, context.language, view.clock.zone)


async def card_button(update: Update, context: BotContext) -> None:
    booking_id = parse_button(update, ConsultCard).booking_id
    view = await context.services.consult.booking(user_id(update), booking_id)
    tr, lang = context.services.translator, context.language
    text = context.t(
        "consult-card",
        line=_booking_line(context, view),
        link=view.host.video_link or "",
        has_link="yes" if view.host.video_link else "no",
        note=view.booking.note or "",
        has_note="yes" if view.booking.note else "no",
    )
    await show(update, context, text, kb.card(tr, lang, booking_id))


async def cancel_button(update: Update, context: BotContext) -> None:
    """Asks first; within the host's cut-off the policy is shown."""
    booking_id = parse_button(update, ConsultCancel).booking_id
    view = await context.services.consult.booking(user_id(update), booking_id)
    tr, lang = context.services.translator, context.language
    text = context.t(
        "consult-cancel-ask",
        line=_booking_line(context, view),
        late="yes" if view.late else "no",
        hours=view.host.cutoff_hours,
    )
    await show(update, context, text, kb.cancel_confirm(tr, lang, booking_id))


async def cancel_confirmed_button(update: Update, context: BotContext) -> None:
    booking_id = parse_button(update, ConsultCancelConfirmed).booking_id
    view, calendar = await context.services.consult.cancel(user_id(update), booking_id)
    tr, lang = context.services.translator, context.language
    text = context.t("consult-cancelled", line=_booking_line(context, view))
    await show(update, context, text, kb.after_cancel(tr, lang))
    await _send_calendar(update, context, calendar, booking_id)


# ---------------------------------------------------------------- the waiting list
async def wait_button(update: Update, context: BotContext) -> None:
    wish = parse_button(update, ConsultWait)
    await context.services.consult.join_waiting(user_id(update), wish.topic, wish.language)
    text = context.t(
        "consult-waiting-joined",
        topic=context.label(f"network-topic-{wish.topic}"),
        language=context.label(f"language-name-{wish.language}"),
    )
    await show(update, context, text, kb.waiting(context.services.translator, context.language))


async def offer_take_button(update: Update, context: BotContext) -> None:
    waiting_id = parse_button(update, ConsultOfferTake).waiting_id
    done = await context.services.consult.take_offer(user_id(update), waiting_id, context.language)
    await _show_booked(update, context, done)


async def offer_pass_button(update: Update, context: BotContext) -> None:
    waiting_id = parse_button(update, ConsultOfferPass).waiting_id
    await context.services.consult.pass_offer(user_id(update), waiting_id)
    tr, lang = context.services.translator, context.language
    await show(update, context, context.t("consult-offer-passed"), kb.after_cancel(tr, lang))


TEXT_INPUTS: dict[InputKey, TextInput] = {ConsultNoteInput: note_text}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}

CONSULT_BUTTONS: dict[type[CallbackData], Callback] = {
    ConsultHome: home_button,
    ConsultTopic: topic_button,
    ConsultLanguage: language_button,
    ConsultSlots: slots_button,
    ConsultPick: pick_button,
    ConsultBook: book_button,
    ConsultMine: mine_button,
    ConsultCard: card_button,
    ConsultReschedule: reschedule_button,
    ConsultCancel: cancel_button,
    ConsultCancelConfirmed: cancel_confirmed_button,
    ConsultWait: wait_button,
    ConsultOfferTake: offer_take_button,
    ConsultOfferPass: offer_pass_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("consult", consult_command),
        *(
            CallbackQueryHandler(callback, pattern=kind.pattern())
            for kind, callback in CONSULT_BUTTONS.items()
        ),
    ]
