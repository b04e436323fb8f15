"""Hosting consultation hours: settings, weekly windows, bookings, attended / no-show.

Every button asks the service, which checks that the person may host (network staff or a
coach): a forged press by anyone else is refused there."""

from __future__ import annotations

from babel.lists import format_list
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_consult import (
    HostConfirm,
    HostDay,
    HostLanguage,
    HostMark,
    HostNumberAsk,
    HostNumberSet,
    HostStep,
    HostTopic,
    HostWindowRemove,
    HostZoneOwn,
)
from bot.callback_network import HostHome
from bot.context import BotContext
from bot.domain.consult_hosting import Mark, number_value
from bot.domain.network_dialogs import HostingVideoInput, HostingWindowInput, HostingZoneInput
from bot.handlers.common import button_handlers, drop_keyboard, parse_button, show, user_id
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.keyboards import consult_hosting as kb
from bot.render.consult_hosting import (
    clock_name,
    day_hours,
    host_time,
    weekday_name,
    windows_text,
)
from bot.render.formatting import babel_locale
from bot.services.consult_hosting import BookingLine, BookingsView, HostView, person_label


# ------------------------------------------------------------------ home and setup
async def host_home_button(update: Update, context: BotContext) -> None:
    await show_home(update, context)


async def show_home(
    update: Update, context: BotContext, header: str | None = None, *, new: bool = False
) -> None:
    """Not a host yet: what hosting means and how to start; a host: the summary in words of
    what people will see, the next slots, the attended / no-show counts and the settings."""
    await context.services.dialogs.clear(user_id(update))
    view = await context.services.consult_hosting.view(context.require_actor())
    tr, lang = context.services.translator, context.language
    if view is None:
        await show(update, context, context.t("hosting-intro"), kb.intro(tr, lang), header=header)
        return
    keyboard = kb.settings(tr, lang, view.host)
    await show(update, context, _summary(context, view), keyboard, header=header, new_message=new)


async def setup_button(update: Update, context: BotContext) -> None:
    await context.services.consult_hosting.set_up(context.require_actor())
    await show_home(update, context, context.t("hosting-setup-done"))


def _summary(context: BotContext, view: HostView) -> str:
    tr, lang, host = context.services.translator, context.language, view.host
    windows = windows_text(tr, host, view.home, lang)
    state = "open" if host.active else "paused"
    parts = [
        context.t("hosting-home", state=state),
        context.t("hosting-summary-windows", windows=windows)
        if windows
        else context.t("hosting-summary-no-windows"),
        context.t(
            "hosting-summary-rules",
            duration=kb.unit_label(tr, lang, "duration", host.duration_min),
            buffer=kb.unit_label(tr, lang, "buffer", host.buffer_min),
            notice=kb.unit_label(tr, lang, "notice", host.notice_hours),
            horizon=kb.unit_label(tr, lang, "horizon", host.horizon_days),
            cutoff=kb.unit_label(tr, lang, "cutoff", host.cutoff_hours),
        ),
        context.t("hosting-summary-people", limit=host.person_limit, capacity=host.capacity),
        _languages_and_topics(context, view),
        context.t("hosting-summary-video", link=host.video_link)
        if host.video_link
        else context.t("hosting-summary-no-video"),
        _next_slots(context, view),
        context.t("hosting-summary-counts", attended=view.attended, no_show=view.no_show),
    ]
    return "\n\n".join(parts)


def _languages_and_topics(context: BotContext, view: HostView) -> str:
    lang = context.language
    names = [context.label(f"language-name-{code}") for code in view.host.languages]
    topics = [context.label(f"network-topic-{t}") for t in view.host.topics]
    languages = context.t("hosting-summary-languages", languages=_joined(lang, names))
    if not topics:
        return f"{languages}\n{context.t('hosting-summary-topics-all')}"
    return f"{languages}\n{context.t('hosting-summary-topics', topics=_joined(lang, topics))}"


def _joined(language: str, items: list[str]) -> str:
    return format_list(items, locale=babel_locale(language)) if items else ""


def _next_slots(context: BotContext, view: HostView) -> str:
    if not view.next_slots:
        return context.t("hosting-summary-no-slots")
    tr, lang = context.services.translator, context.language
    lines = [
        context.t(
            "hosting-summary-slot",
            when=host_time(tr, view.host, view.home, lang, s.starts_at, s.ends_at),
        )
        for s in view.next_slots
    ]
    return "\n".join([context.t("hosting-summary-next"), *lines])


# ------------------------------------------------------------------ numbers: one tap each
async def number_ask_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    setting = parse_button(update, HostNumberAsk).setting
    host, _ = await context.services.consult_hosting.host(context.require_actor())
    current = number_value(host, setting)
    tr, lang = context.services.translator, context.language
    text = context.t(
        f"hosting-number-ask-{setting}", current=kb.unit_label(tr, lang, setting, current)
    )
    await show(update, context, text, kb.number_choices(tr, lang, setting, current))


async def number_set_button(update: Update, context: BotContext) -> None:
    chosen = parse_button(update, HostNumberSet)
    await context.services.consult_hosting.set_number(
        context.require_actor(), chosen.setting, chosen.value
    )
    await show_home(update, context, context.t("hosting-saved"))


# ------------------------------------------------------------------ weekly windows
async def windows_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    host, home = await context.services.consult_hosting.host(context.require_actor())
    tr, lang = context.services.translator, context.language
    windows = windows_text(tr, host, home, lang)
    text = (
        context.t("hosting-windows", windows=windows)
        if windows
        else context.t("hosting-windows-none")
    )
    await show(update, context, text, kb.weekdays(tr, lang, host))


async def day_button(update: Update, context: BotContext) -> None:
    await show_day(update, context, parse_button(update, HostDay).weekday)


async def show_day(
    update: Update, context: BotContext, weekday: int, header: str | None = None
) -> None:
    """A weekday's windows (each removable) and the question for a new one."""
    host, home = await context.services.consult_hosting.host(context.require_actor())
    tr, lang = context.services.translator, context.language
    windows = day_hours(tr, host, home, lang, weekday)
    text = context.t(
        "hosting-day",
        day=weekday_name(weekday, lang),
        windows=windows or context.label("hosting-day-none"),
        clock=clock_name(host, home, lang),
    )
    keyboard = kb.day(tr, lang, host, weekday)
    prompt = await show(update, context, text, keyboard, header=header)
    await context.services.dialogs.start(user_id(update), HostingWindowInput(weekday, prompt))


async def window_text(update: Update, context: BotContext, asked: HostingWindowInput) -> None:
    assert update.message is not None and update.message.text is not None
    actor = context.require_actor()
    await context.services.consult_hosting.add_window(actor, asked.weekday, update.message.text)
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show_day(update, context, asked.weekday, context.t("hosting-window-added"))


async def window_remove_button(update: Update, context: BotContext) -> None:
    removing = parse_button(update, HostWindowRemove)
    actor = context.require_actor()
    await context.services.consult_hosting.remove_window(actor, removing.weekday, removing.starts)
    await show_day(update, context, removing.weekday, context.t("hosting-window-removed"))


# ------------------------------------------------------------------ time zone
async def zone_button(update: Update, context: BotContext) -> None:
    host, home = await context.services.consult_hosting.host(context.require_actor())
    tr, lang = context.services.translator, context.language
    city = home.name.for_reader(lang) if home else None
    text = context.t("hosting-zone", clock=clock_name(host, home, lang))
    prompt = await show(update, context, text, kb.zone(tr, lang, city))
    await context.services.dialogs.start(user_id(update), HostingZoneInput(prompt))


async def zone_own_button(update: Update, context: BotContext) -> None:
    await context.services.consult_hosting.use_own_zone(context.require_actor())
    await show_home(update, context, context.t("hosting-saved"))


async def zone_text(update: Update, context: BotContext, asked: HostingZoneInput) -> None:
    assert update.message is not None and update.message.text is not None
    await context.services.consult_hosting.set_zone(context.require_actor(), update.message.text)
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show_home(update, context, context.t("hosting-saved"))


# ------------------------------------------------------------------ languages and topics
async def languages_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    host, _ = await context.services.consult_hosting.host(context.require_actor())
    keyboard = kb.languages(context.services.translator, context.language, host)
    await show(update, context, context.t("hosting-languages"), keyboard)


async def language_toggle_button(update: Update, context: BotContext) -> None:
    code = parse_button(update, HostLanguage).language
    await context.services.consult_hosting.toggle_language(context.require_actor(), code)
    await languages_button(update, context)


async def topics_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    host, _ = await context.services.consult_hosting.host(context.require_actor())
    keyboard = kb.topics(context.services.translator, context.language, host)
    await show(update, context, context.t("hosting-topics"), keyboard)


async def topic_toggle_button(update: Update, context: BotContext) -> None:
    topic = parse_button(update, HostTopic).topic
    await context.services.consult_hosting.toggle_topic(context.require_actor(), topic)
    await topics_button(update, context)


# ------------------------------------------------------------------ video link
async def video_button(update: Update, context: BotContext) -> None:
    host, _ = await context.services.consult_hosting.host(context.require_actor())
    text = (
        context.t("hosting-video", link=host.video_link)
        if host.video_link
        else context.t("hosting-video-none")
    )
    keyboard = kb.video(context.services.translator, context.language, bool(host.video_link))
    prompt = await show(update, context, text, keyboard)
    await context.services.dialogs.start(user_id(update), HostingVideoInput(prompt))


async def video_text(update: Update, context: BotContext, asked: HostingVideoInput) -> None:
    assert update.message is not None and update.message.text is not None
    actor = context.require_actor()
    await context.services.consult_hosting.set_video_link(actor, update.message.text)
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show_home(update, context, context.t("hosting-saved"))


async def video_remove_button(update: Update, context: BotContext) -> None:
    await context.services.consult_hosting.remove_video_link(context.require_actor())
    await show_home(update, context, context.t("hosting-saved"))


# ------------------------------------------------------------------ pause, resume, stop
async def pause_button(update: Update, context: BotContext) -> None:
    """Nobody booked: paused at once (it can be resumed); otherwise ask first, with the count."""
    ahead = await context.services.consult_hosting.ahead(context.require_actor())
    if ahead.bookings == 0:
        await context.services.consult_hosting.pause(context.require_actor())
        await show_home(update, context, context.t("hosting-paused"))
        return
    text = context.t("hosting-confirm-pause", people=ahead.people, bookings=ahead.bookings)
    keyboard = kb.confirm(context.services.translator, context.language, "pause")
    await show(update, context, text, keyboard)


async def stop_button(update: Update, context: BotContext) -> None:
    ahead = await context.services.consult_hosting.ahead(context.require_actor())
    text = context.t("hosting-confirm-stop", people=ahead.people, bookings=ahead.bookings)
    keyboard = kb.confirm(context.services.translator, context.language, "stop")
    await show(update, context, text, keyboard)


async def confirm_pause_button(update: Update, context: BotContext) -> None:
    told = await context.services.consult_hosting.pause(context.require_actor())
    await show_home(update, context, context.t("hosting-paused-told", people=told))


async def confirm_stop_button(update: Update, context: BotContext) -> None:
    told = await context.services.consult_hosting.stop(context.require_actor())
    await show_home(update, context, context.t("hosting-stopped", people=told))


async def resume_button(update: Update, context: BotContext) -> None:
    await context.services.consult_hosting.resume(context.require_actor())
    await show_home(update, context, context.t("hosting-resumed"))


# ------------------------------------------------------------------ bookings and marks
async def bookings_button(update: Update, context: BotContext, header: str | None = None) -> None:
    """Started bookings awaiting a mark first (numbered, with their buttons), then upcoming."""
    await context.services.dialogs.clear(user_id(update))
    view = await context.services.consult_hosting.bookings(context.require_actor())
    tr, lang = context.services.translator, context.language
    awaiting = [b.booking.id for b in view.awaiting]
    text = _bookings_text(context, view)
    await show(update, context, text, kb.bookings(tr, lang, awaiting), header=header)


def _bookings_text(context: BotContext, view: BookingsView) -> str:
    parts = [context.t("hosting-bookings")]
    if view.awaiting:
        lines = [_line(context, view, b, n) for n, b in enumerate(view.awaiting, start=1)]
        parts.append("\n\n".join([context.t("hosting-bookings-awaiting"), *lines]))
    if view.upcoming:
        lines = [_line(context, view, b, None) for b in view.upcoming]
        parts.append("\n\n".join([context.t("hosting-bookings-upcoming"), *lines]))
    if not view.awaiting and not view.upcoming:
        parts.append(context.t("hosting-bookings-none"))
    return "\n\n".join(parts)


def _line(context: BotContext, view: BookingsView, line: BookingLine, number: int | None) -> str:
    tr, lang, booking = context.services.translator, context.language, line.booking
    when = host_time(tr, view.host, view.home, lang, booking.starts_at, booking.ends_at)
    text = context.t(
        "hosting-booking-line",
        number=number or 0,
        when=when,
        person=person_label(tr, lang, line),
        topic=context.label(f"network-topic-{booking.topic}"),
        language=context.label(f"language-name-{booking.language}"),
    )
    if booking.note:
        text = f"{text}\n{context.t('hosting-booking-note', note=booking.note)}"
    return text


async def mark_attended_button(update: Update, context: BotContext) -> None:
    await _mark(update, context, "attended")


async def mark_no_show_button(update: Update, context: BotContext) -> None:
    await _mark(update, context, "no_show")


async def _mark(update: Update, context: BotContext, mark: Mark) -> None:
    """Marked in one tap; on the list the list is shown again, under the message after the
    slot the message says what was marked (and offers the one change)."""
    pressed = parse_button(update, HostMark)
    hosting = context.services.consult_hosting
    await hosting.mark(context.require_actor(), pressed.booking_id, mark)
    header = context.t(f"hosting-marked-{mark}")
    if pressed.on_list:
        await bookings_button(update, context, header)
        return
    changes = await hosting.mark_changes(pressed.booking_id)
    tr, lang = context.services.translator, context.language
    keyboard = (
        kb.mark_buttons(tr, lang, pressed.booking_id, on_list=False, status=mark)
        if changes == 0
        else kb.after_mark(tr, lang)
    )
    text = context.t("hosting-marked-change" if changes == 0 else "hosting-marked-final")
    await show(update, context, f"{header}\n\n{text}", keyboard)


TEXT_INPUTS: dict[InputKey, TextInput] = {
    HostingWindowInput: window_text,
    HostingZoneInput: zone_text,
    HostingVideoInput: video_text,
}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}

STEP_BUTTONS = {
    "setup": setup_button,
    "windows": windows_button,
    "zone": zone_button,
    "languages": languages_button,
    "topics": topics_button,
    "video": video_button,
    "video-remove": video_remove_button,
    "pause": pause_button,
    "resume": resume_button,
    "stop": stop_button,
    "bookings": bookings_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(host_home_button, pattern=HostHome.pattern()),
        *button_handlers(HostStep, STEP_BUTTONS),
        CallbackQueryHandler(number_ask_button, pattern=HostNumberAsk.pattern()),
        CallbackQueryHandler(number_set_button, pattern=HostNumberSet.pattern()),
        CallbackQueryHandler(day_button, pattern=HostDay.pattern()),
        CallbackQueryHandler(window_remove_button, pattern=HostWindowRemove.pattern()),
        CallbackQueryHandler(zone_own_button, pattern=HostZoneOwn.pattern()),
        CallbackQueryHandler(language_toggle_button, pattern=HostLanguage.pattern()),
        CallbackQueryHandler(topic_toggle_button, pattern=HostTopic.pattern()),
        CallbackQueryHandler(confirm_pause_button, pattern=HostConfirm.pattern(action="pause")),
        CallbackQueryHandler(confirm_stop_button, pattern=HostConfirm.pattern(action="stop")),
        CallbackQueryHandler(mark_attended_button, pattern=HostMark.pattern(action="attended")),
        CallbackQueryHandler(mark_no_show_button, pattern=HostMark.pattern(action="no_show")),
    ]
