"""The buttons of a workshop's management card: publish, the poster's QR code, a message to
everyone confirmed, new times, capacity, translations, reminders, the next stage, cancelling.

One callback per action of WorkshopManage (attendance has its own module); typed values
arrive in the WorkshopEditInput and WorkshopMessageInput dialogs.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_data import WorkshopManage
from bot.context import BotContext
from bot.domain.dialogs import WorkshopEditInput, WorkshopMessageInput
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.workshops import REMINDER_PRESETS
from bot.handlers import workshop_outreach, workshop_times
from bot.handlers.common import answer_button, drop_keyboard, parse_button, show, user_id
from bot.handlers.text_input import InputKey, TextInput
from bot.handlers.workshop_admin import show_card, show_organised
from bot.handlers.workshop_times import ask_typed
from bot.i18n import escape
from bot.keyboards import workshops as kb
from bot.render.formatting import (
    event_time,
)
from bot.services.errors import UserFacingError


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
    await ask_typed(update, context, dialog, prompt)


async def workshop_manage_message_button(update: Update, context: BotContext) -> None:
    dialog = WorkshopMessageInput(_step(update).workshop_id)
    await _ask(update, context, dialog, context.t("workshops-message-ask"))


async def message_text(update: Update, context: BotContext, state: WorkshopMessageInput) -> None:
    """The message is sent once the organiser said yes to how many it reaches."""
    assert update.message is not None and update.message.text is not None
    await drop_keyboard(update, context, state.prompt_message_id)
    await workshop_outreach.ask_to_send(update, context, state.workshop_id, update.message.text)


async def workshop_manage_capacity_button(update: Update, context: BotContext) -> None:
    workshop_id = _step(update).workshop_id
    await context.services.workshops.for_organiser(context.require_actor(), workshop_id)
    tr, lang = context.services.translator, context.language
    markup = kb.capacity_choice(tr, lang, workshop_id)
    dialog = WorkshopEditInput(workshop_id, "capacity")
    await ask_typed(update, context, dialog, context.t("workshops-draft-ask-capacity"), markup)


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
    """Inviting messages every attendee: ask first, saying how many (workshop_outreach)."""
    step = _step(update)
    await workshop_outreach.ask_to_invite(update, context, step.workshop_id, step.value)


async def workshop_manage_cancel_button(update: Update, context: BotContext) -> None:
    """Cancelling a workshop tells everyone registered: ask first, saying how many."""
    workshop, counts = await context.services.workshops.for_organiser(
        context.require_actor(), _step(update).workshop_id
    )
    registered = sum(counts.values())
    title = workshop.title.for_reader(context.language)
    text = context.t("workshops-manage-cancel-ask", title=title, count=registered)
    tr, lang = context.services.translator, context.language
    keyboard = kb.confirm_cancel_workshop(tr, lang, workshop.id, registered)
    await show(update, context, text, keyboard)


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
    await ask_typed(update, context, dialog, prompt)


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
    "start": workshop_times.start_typed,
    "clock": workshop_times.clock_typed,
    "end": workshop_times.end_typed,
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
    "time": workshop_times.workshop_manage_time_button,
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
    "month": workshop_times.workshop_manage_month_button,
    "day": workshop_times.workshop_manage_day_button,
    "at": workshop_times.workshop_manage_at_button,
    "dur": workshop_times.workshop_manage_dur_button,
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
