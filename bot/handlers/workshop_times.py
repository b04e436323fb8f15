"""A workshop's new time from its card: the calendar, the common start times and the
durations of the 'new workshop' wizard (typing the date and time still works). A time the
clocks skip is refused; one that happens twice is taken the first time, and that is said."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from babel.dates import format_date
from telegram import InlineKeyboardMarkup, Update

from bot.callback_data import WorkshopManage
from bot.context import BotContext
from bot.domain.dialogs import WorkshopEditInput, WorkshopMessageInput
from bot.domain.workshop_draft_steps import FULL_DAY_MINUTES, month_start
from bot.domain.workshops import Workshop, WorkshopInputError, parse_day, typed_start
from bot.handlers.common import parse_button, show, user_id
from bot.handlers.workshop_admin import show_card
from bot.handlers.workshop_draft_screens import example_date
from bot.keyboards import workshop_times as kb_times
from bot.keyboards import workshops as kb
from bot.render.formatting import (
    babel_locale,
    long_date,
    moment,
    venue_time,
    wall_clock,
    zone_label,
)
from bot.services.errors import UserFacingError
from bot.services.workshops import Rescheduled, TimeSkipped


def _step(update: Update) -> WorkshopManage:
    return parse_button(update, WorkshopManage)


async def ask_typed(
    update: Update,
    context: BotContext,
    dialog: WorkshopEditInput | WorkshopMessageInput,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Ask for typed input; the question's buttons go once it is answered."""
    tr, lang = context.services.translator, context.language
    markup = markup or kb.back_to_card(tr, lang, dialog.workshop_id)
    shown = await show(update, context, text, markup)
    await context.services.dialogs.start(user_id(update), replace(dialog, prompt_message_id=shown))


async def workshop_manage_time_button(update: Update, context: BotContext) -> None:
    """A new time: the calendar (typing the date and time still works)."""
    workshop, _ = await context.services.workshops.for_organiser(
        context.require_actor(), _step(update).workshop_id
    )
    await _ask_day(update, context, workshop, None)


async def workshop_manage_month_button(update: Update, context: BotContext) -> None:
    step = _step(update)  # 202704
    month = month_start(f"{step.value // 100:04d}-{step.value % 100:02d}")
    if month is None:
        raise UserFacingError("errors-stale-button")
    actor = context.require_actor()
    workshop, _ = await context.services.workshops.for_organiser(actor, step.workshop_id)
    await _ask_day(update, context, workshop, month)


async def _ask_day(
    update: Update, context: BotContext, workshop: Workshop, month: date | None
) -> None:
    lang, zone = context.language, ZoneInfo(workshop.time_zone)
    today = context.services.clock.now().astimezone(zone).date()
    day = workshop.starts_at.astimezone(zone).date()
    month = month or max(day, today).replace(day=1)
    example = f"{example_date(today, lang)} {wall_clock(time(18, 30), lang)}"
    text = context.t(
        "workshops-edit-ask-date",
        month=format_date(month, "LLLL y", locale=babel_locale(lang)),
        example=example,
        city=_clock_city(workshop, lang),
    )
    markup = kb_times.new_day(context.services.translator, lang, workshop.id, month, day, today)
    await ask_typed(update, context, WorkshopEditInput(workshop.id, "start"), text, markup)


async def workshop_manage_day_button(update: Update, context: BotContext) -> None:
    step = _step(update)  # 20260410
    try:
        day = datetime.strptime(str(step.value), "%Y%m%d").date()
    except ValueError:
        raise UserFacingError("errors-stale-button") from None
    # A day gone by (a calendar shown yesterday) is refused in the service: errors.py pops it up.
    actor = context.require_actor()
    workshop = await context.services.workshops.check_day(actor, step.workshop_id, day)
    await _ask_start(update, context, workshop, day)


async def _ask_start(
    update: Update, context: BotContext, workshop: Workshop, day: date, header: str = ""
) -> None:
    lang = context.language
    text = header + context.t(
        "workshops-draft-ask-time",
        date=format_date(day, "full", locale=babel_locale(lang)),
        city=_clock_city(workshop, lang),
    )
    chosen = workshop.starts_at.astimezone(ZoneInfo(workshop.time_zone)).time()
    markup = kb_times.new_start(context.services.translator, lang, workshop.id, chosen)
    dialog = WorkshopEditInput(workshop.id, "clock", start=day.isoformat())
    await ask_typed(update, context, dialog, text, markup)


async def workshop_manage_at_button(update: Update, context: BotContext) -> None:
    """A common start time on the day chosen (the dialog holds the day)."""
    step = _step(update)  # 1800
    state = await _editing(update, context, step.workshop_id, "clock")
    hours, minutes = divmod(step.value, 100)
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        raise UserFacingError("errors-stale-button")
    await _start_chosen(update, context, state, f"{state.start} {hours:02d}:{minutes:02d}")


async def workshop_manage_dur_button(update: Update, context: BotContext) -> None:
    """A duration from the start chosen (the dialog holds the start)."""
    step = _step(update)  # minutes
    state = await _editing(update, context, step.workshop_id, "end")
    await _rescheduled(update, context, state, minutes=step.value)


async def _editing(
    update: Update, context: BotContext, workshop_id: int, field: str
) -> WorkshopEditInput:
    """The organiser's new-time dialog at this step, or the button is stale."""
    state = await context.services.dialogs.current(user_id(update))
    if (
        not isinstance(state, WorkshopEditInput)
        or state.workshop_id != workshop_id
        or state.field != field
    ):
        raise UserFacingError("errors-stale-button")
    return state


def _clock_city(workshop: Workshop, language: str) -> str:
    """Whose clock the typed times are on: the venue's city (never a zone name)."""
    if workshop.venue_city is not None:
        return workshop.venue_city.for_reader(language)
    return zone_label(workshop.time_zone, language)


def _skipped(context: BotContext, workshop: Workshop, skipped: TimeSkipped) -> str:
    """A typed time the clocks skip that night: refused, saying what happens instead."""
    lang, gap = context.language, skipped.gap
    return context.t(
        "workshops-error-time-gap",
        time=wall_clock(gap.typed, lang),
        date=long_date(gap.typed, lang),
        place=_clock_city(workshop, lang),
        jump=wall_clock(gap.jump_to, lang),
    )


async def start_typed(
    update: Update, context: BotContext, state: WorkshopEditInput, text: str
) -> None:
    """A typed date and time (the calendar step); a day alone asks its start time."""
    try:
        day = parse_day(text)
    except WorkshopInputError:
        await _start_chosen(update, context, state, text)
        return
    actor = context.require_actor()
    workshop = await context.services.workshops.check_day(actor, state.workshop_id, day)
    await _ask_start(update, context, workshop, day)


async def clock_typed(
    update: Update, context: BotContext, state: WorkshopEditInput, text: str
) -> None:
    """A typed start time on the day chosen (or a whole date and time)."""
    example = wall_clock(time(18, 30), context.language)
    start = typed_start(date.fromisoformat(state.start), text)
    if start is None:
        raise UserFacingError("workshops-error-clock", example=example)
    await _start_chosen(update, context, state, start)


async def _start_chosen(
    update: Update, context: BotContext, state: WorkshopEditInput, text: str
) -> None:
    """The new start is checked and kept until the duration (or the end) is chosen too."""
    workshops, actor, lang = context.services.workshops, context.require_actor(), context.language
    try:
        workshop, starts_at = await workshops.check_start(actor, state.workshop_id, text)
    except TimeSkipped as skipped:
        workshop, _ = await workshops.for_organiser(actor, state.workshop_id)
        header = _skipped(context, workshop, skipped) + "\n\n"
        await _ask_start(update, context, workshop, skipped.gap.typed.date(), header)
        return
    tr, zone = context.services.translator, workshop.time_zone
    text_start = venue_time(tr, lang, moment(starts_at, lang, zone), _clock_city(workshop, lang))
    prompt = context.t(
        "workshops-draft-ask-duration", start=text_start, hours=FULL_DAY_MINUTES // 60
    )
    minutes = int((workshop.ends_at - workshop.starts_at).total_seconds() // 60)
    markup = kb_times.new_duration(tr, lang, workshop.id, minutes)
    dialog = WorkshopEditInput(state.workshop_id, "end", start=text)
    await ask_typed(update, context, dialog, prompt, markup)


async def end_typed(
    update: Update, context: BotContext, state: WorkshopEditInput, text: str
) -> None:
    await _rescheduled(update, context, state, end=text)


async def _rescheduled(
    update: Update,
    context: BotContext,
    state: WorkshopEditInput,
    *,
    end: str = "",
    minutes: int | None = None,
) -> None:
    """The new times are saved (people told), or a time the clocks skip is refused."""
    workshops, actor, lang = context.services.workshops, context.require_actor(), context.language
    try:
        done = await workshops.reschedule(
            actor, state.workshop_id, state.start, end, minutes=minutes
        )
    except TimeSkipped as skipped:
        workshop, _ = await workshops.for_organiser(actor, state.workshop_id)
        prompt = context.t("workshops-draft-ask-end", city=_clock_city(workshop, lang))
        text = _skipped(context, workshop, skipped) + "\n\n" + prompt
        markup = kb_times.new_duration(context.services.translator, lang, workshop.id, None)
        await ask_typed(update, context, state, text, markup)
        return
    await context.services.dialogs.clear(user_id(update))
    await show_card(update, context, state.workshop_id, header=_time_changed(context, done))


def _time_changed(context: BotContext, done: Rescheduled) -> str:
    if done.fold is None:
        return context.t("workshops-time-updated")
    return context.t(
        "workshops-time-updated-fold",
        time=wall_clock(done.fold.typed, context.language),
        zone=done.fold.earlier.tzname() or "",
    )
