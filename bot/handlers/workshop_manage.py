"""The buttons of a workshop's management card: publish, the poster's QR code, a message to
everyone confirmed, new times, capacity, translations, reminders, the next stage, cancelling.

One callback per action of WorkshopManage (attendance has its own module); typed values
arrive in the WorkshopEditInput and WorkshopMessageInput dialogs.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from babel.dates import format_date
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_data import WorkshopManage
from bot.context import BotContext
from bot.domain.dialogs import WorkshopEditInput, WorkshopMessageInput
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.workshop_draft_steps import FULL_DAY_MINUTES, month_start
from bot.domain.workshops import (
    REMINDER_PRESETS,
    Workshop,
    WorkshopInputError,
    parse_day,
    typed_start,
)
from bot.handlers.common import answer_button, drop_keyboard, parse_button, show, user_id
from bot.handlers.text_input import InputKey, TextInput
from bot.handlers.workshop_admin import show_card, show_organised
from bot.handlers.workshop_draft_screens import example_date
from bot.i18n import escape
from bot.keyboards import workshop_times as kb_times
from bot.keyboards import workshops as kb
from bot.render.formatting import (
    babel_locale,
    event_time,
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


async def workshop_manage_card_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_card(update, context, _step(update).workshop_id)


async def workshop_manage_list_button(update: Update, context: BotContext) -> None:
    await show_organised(update, context, _step(update).value)


async def workshop_manage_publish_button(update: Update, context: BotContext) -> None:
    await _set_published(update, context, True)


async def workshop_manage_unpublish_button(update: Update, context: BotContext) -> None:
    await _set_published(update, context, False)


async def _set_published(update: Update, context: BotContext, published: bool) -> None:
    workshop_id = _step(update).workshop_id
    await context.services.workshops.set_published(context.require_actor(), workshop_id, published)
    await show_card(update, context, workshop_id)


async def workshop_manage_qr_button(update: Update, context: BotContext) -> None:
    workshop_id, outreach = _step(update).workshop_id, context.services.workshop_outreach
    png = await outreach.poster_qr(context.require_actor(), workshop_id, context.bot.username)
    link = outreach.link(workshop_id, context.bot.username)
    pdf = await outreach.poster_pdf(
        context.require_actor(), workshop_id, context.bot.username, context.language
    )
    await answer_button(update, context)
    await context.bot.send_photo(
        user_id(update), png, caption=context.t("workshops-qr-caption") + "\n" + escape(link)
    )
    await context.bot.send_document(
        user_id(update),
        pdf,
        filename=f"poster-workshop-{workshop_id}.pdf",
        caption=context.t("workshops-poster-caption"),
        reply_markup=kb.back_to_card(context.services.translator, context.language, workshop_id),
    )


async def _ask(
    update: Update,
    context: BotContext,
    dialog: WorkshopEditInput | WorkshopMessageInput,
    prompt: str,
) -> None:
    """Wait for the organiser's typed input about this workshop (role checked first)."""
    await context.services.workshops.for_organiser(context.require_actor(), dialog.workshop_id)
    await _prompt(update, context, dialog, prompt)


async def _prompt(
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


async def workshop_manage_message_button(update: Update, context: BotContext) -> None:
    dialog = WorkshopMessageInput(_step(update).workshop_id)
    await _ask(update, context, dialog, context.t("workshops-message-ask"))


async def message_text(update: Update, context: BotContext, state: WorkshopMessageInput) -> None:
    assert update.message is not None and update.message.text is not None
    count = await context.services.workshop_outreach.message_confirmed(
        context.require_actor(), state.workshop_id, update.message.text
    )
    await drop_keyboard(update, context, state.prompt_message_id)
    await context.services.dialogs.clear(user_id(update))
    header = context.t("workshops-message-queued", count=count)
    await show_card(update, context, state.workshop_id, header=header)


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
    await _prompt(update, context, WorkshopEditInput(workshop.id, "start"), text, markup)


async def workshop_manage_day_button(update: Update, context: BotContext) -> None:
    step = _step(update)  # 20260410
    try:
        day = datetime.strptime(str(step.value), "%Y%m%d").date()
    except ValueError:
        raise UserFacingError("errors-stale-button") from None
    actor = context.require_actor()
    try:
        workshop = await context.services.workshops.check_day(actor, step.workshop_id, day)
    except UserFacingError as problem:  # a day gone by (a calendar shown yesterday): a pop-up
        if problem.message_id != "workshops-error-day-past":
            raise
        await answer_button(update, context, context.label(problem.message_id))
        return
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
    await _prompt(update, context, dialog, text, markup)


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


async def workshop_manage_capacity_button(update: Update, context: BotContext) -> None:
    workshop_id = _step(update).workshop_id
    await context.services.workshops.for_organiser(context.require_actor(), workshop_id)
    tr, lang = context.services.translator, context.language
    markup = kb.capacity_choice(tr, lang, workshop_id)
    dialog = WorkshopEditInput(workshop_id, "capacity")
    await _prompt(update, context, dialog, context.t("workshops-draft-ask-capacity"), markup)


async def workshop_manage_unlimited_button(update: Update, context: BotContext) -> None:
    workshop_id = _step(update).workshop_id
    await context.services.workshops.set_capacity(context.require_actor(), workshop_id, None)
    await context.services.dialogs.clear(user_id(update))
    header = context.t("workshops-capacity-updated")
    await show_card(update, context, workshop_id, header=header)


async def workshop_manage_translate_button(update: Update, context: BotContext) -> None:
    workshop, _ = await context.services.workshops.for_organiser(
        context.require_actor(), _step(update).workshop_id
    )
    markup = kb.translate_languages(context.services.translator, context.language, workshop)
    await show(update, context, context.t("workshops-translate-choose"), markup)


async def workshop_manage_translate_language_button(update: Update, context: BotContext) -> None:
    step = _step(update)
    if not 0 <= step.value < len(SUPPORTED_LANGUAGES):
        raise UserFacingError("errors-stale-button")
    code = SUPPORTED_LANGUAGES[step.value]
    language = context.label(f"language-name-{code}")
    dialog = WorkshopEditInput(step.workshop_id, "title", language=code)
    await _ask(update, context, dialog, context.t("workshops-translate-ask", language=language))


async def workshop_manage_reminders_button(update: Update, context: BotContext) -> None:
    workshop, _ = await context.services.workshops.for_organiser(
        context.require_actor(), _step(update).workshop_id
    )
    markup = kb.reminder_choices(context.services.translator, context.language, workshop)
    await show(update, context, context.t("workshops-reminders-choose"), markup)


async def workshop_manage_remind_button(update: Update, context: BotContext) -> None:
    step = _step(update)
    if not 0 <= step.value < len(REMINDER_PRESETS):
        raise UserFacingError("errors-stale-button")
    await context.services.workshops.set_reminders(
        context.require_actor(), step.workshop_id, REMINDER_PRESETS[step.value]
    )
    header = context.t("workshops-reminders-updated")
    await show_card(update, context, step.workshop_id, header=header)


async def workshop_manage_next_stage_button(update: Update, context: BotContext) -> None:
    workshop_id, actor = _step(update).workshop_id, context.require_actor()
    targets = await context.services.workshop_outreach.next_stage_candidates(actor, workshop_id)
    workshop, _ = await context.services.workshops.for_organiser(actor, workshop_id)
    tr, lang = context.services.translator, context.language
    if not targets:
        markup = kb.back_to_card(tr, lang, workshop.id)
        await show(update, context, context.t("workshops-next-stage-none"), markup)
        return
    # Their dates are read in the text: a phone cuts them off the end of a button.
    zone = await context.services.workshops.reader_zone_of(context.participant)
    lines = [
        context.t(
            "workshops-list-item",
            title=t.title.for_reader(lang),
            when=event_time(tr, lang, t, zone),
        )
        for t in targets
    ]
    markup = kb.next_stage_targets(tr, lang, workshop.id, targets)
    text = "\n".join([context.t("workshops-next-stage-choose"), *lines])
    await show(update, context, text, markup)


async def workshop_manage_invite_button(update: Update, context: BotContext) -> None:
    step = _step(update)
    count = await context.services.workshop_outreach.invite_next_stage(
        context.require_actor(), step.workshop_id, step.value
    )
    header = context.t("workshops-next-stage-sent", count=count)
    await show_card(update, context, step.workshop_id, header=header)


async def workshop_manage_cancel_button(update: Update, context: BotContext) -> None:
    """Cancelling a workshop tells everyone registered: ask first, saying how many."""
    workshop, counts = await context.services.workshops.for_organiser(
        context.require_actor(), _step(update).workshop_id
    )
    text = context.t(
        "workshops-manage-cancel-ask",
        title=workshop.title.for_reader(context.language),
        count=sum(counts.values()),
    )
    tr, lang = context.services.translator, context.language
    await show(update, context, text, kb.confirm_cancel_workshop(tr, lang, workshop.id))


async def workshop_manage_cancel_confirmed_button(update: Update, context: BotContext) -> None:
    workshop_id = _step(update).workshop_id
    told = await context.services.workshops.cancel_workshop(context.require_actor(), workshop_id)
    header = context.t("workshops-manage-cancelled", count=told)
    await show_card(update, context, workshop_id, header=header)


# ------------------------------------------------------------------ typed changes
async def edit_text(update: Update, context: BotContext, state: WorkshopEditInput) -> None:
    assert update.message is not None and update.message.text is not None
    await EDIT_STEPS[state.field](update, context, state, update.message.text)
    # Answered (a refusal raised above keeps the question and its way back).
    await drop_keyboard(update, context, state.prompt_message_id)


async def _start_typed(
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


async def _clock_typed(
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
    await _prompt(update, context, dialog, prompt, markup)


async def _end_typed(
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
        await _prompt(update, context, state, text, markup)
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


async def _capacity_typed(
    update: Update, context: BotContext, state: WorkshopEditInput, text: str
) -> None:
    await context.services.workshops.set_capacity(context.require_actor(), state.workshop_id, text)
    await _edited(update, context, state, "workshops-capacity-updated")


async def _title_typed(
    update: Update, context: BotContext, state: WorkshopEditInput, text: str
) -> None:
    """A title in another language; its description is asked next."""
    await context.services.workshops.translate_title(
        context.require_actor(), state.workshop_id, state.language, text
    )
    dialog = WorkshopEditInput(state.workshop_id, "description", language=state.language)
    language = context.label(f"language-name-{state.language}")
    prompt = context.t("workshops-translate-ask-description", language=language)
    await _prompt(update, context, dialog, prompt)


async def _description_typed(
    update: Update, context: BotContext, state: WorkshopEditInput, text: str
) -> None:
    await context.services.workshops.translate_description(
        context.require_actor(), state.workshop_id, state.language, text
    )
    await _edited(update, context, state, "workshops-translation-saved")


async def _edited(
    update: Update, context: BotContext, state: WorkshopEditInput, header_id: str
) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_card(update, context, state.workshop_id, header=context.t(header_id))


EditStep = Callable[[Update, BotContext, WorkshopEditInput, str], Awaitable[None]]
EDIT_STEPS: dict[str, EditStep] = {
    "start": _start_typed,
    "clock": _clock_typed,
    "end": _end_typed,
    "capacity": _capacity_typed,
    "title": _title_typed,
    "description": _description_typed,
}

# One callback per button action (WorkshopManage.action); a test checks every action has one.
# "attendees", "checkin" and "csv" are in workshop_attendance.
MANAGE_BUTTONS = {
    "card": workshop_manage_card_button,
    "list": workshop_manage_list_button,
    "publish": workshop_manage_publish_button,
    "unpublish": workshop_manage_unpublish_button,
    "qr": workshop_manage_qr_button,
    "message": workshop_manage_message_button,
    "time": workshop_manage_time_button,
    "capacity": workshop_manage_capacity_button,
    "unlimited": workshop_manage_unlimited_button,
    "translate": workshop_manage_translate_button,
    "tr": workshop_manage_translate_language_button,
    "reminders": workshop_manage_reminders_button,
    "remind": workshop_manage_remind_button,
    "next": workshop_manage_next_stage_button,
    "invite": workshop_manage_invite_button,
    "cancel": workshop_manage_cancel_button,
    "cancelok": workshop_manage_cancel_confirmed_button,
    "month": workshop_manage_month_button,
    "day": workshop_manage_day_button,
    "at": workshop_manage_at_button,
    "dur": workshop_manage_dur_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(callback, pattern=WorkshopManage.pattern(action=action))
        for action, callback in MANAGE_BUTTONS.items()
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    WorkshopEditInput: edit_text,
    WorkshopMessageInput: message_text,
}
