"""The organiser's 'new workshop' conversation: one callback per button of the draft, the
typed answers, and the prompt for the draft's current step."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_data import WorkshopDraftStep
from bot.context import BotContext
from bot.domain.workshop_drafts import WorkshopDraft
from bot.handlers import admin
from bot.handlers.common import answer_button, drop_keyboard, parse_button, show
from bot.handlers.text_input import InputKey, TextInput
from bot.handlers.workshop_admin import show_card
from bot.handlers.workshop_draft_screens import EXAMPLES, draft_prompt
from bot.keyboards import workshop_drafts as kb
from bot.render.formatting import event_time
from bot.services.errors import UserFacingError


async def workshop_draft_new_button(update: Update, context: BotContext) -> None:
    value = parse_button(update, WorkshopDraftStep).value
    if not value.isdigit():
        raise UserFacingError("errors-stale-button")
    partnership = await context.services.partnerships.require(int(value))
    draft = await context.services.workshop_drafts.start_draft(
        context.require_actor(),
        partnership,
        context.language,
        context.participant.city_id if context.participant else None,
    )
    await render_draft(update, context, draft)


async def workshop_draft_cancel_button(update: Update, context: BotContext) -> None:
    await context.services.workshop_drafts.cancel_draft(context.require_actor())
    await admin.show_staff_menu(update, context, "workshops-draft-cancelled")


async def workshop_draft_publish_button(update: Update, context: BotContext) -> None:
    await _create(update, context, publish=True)


async def workshop_draft_save_button(update: Update, context: BotContext) -> None:
    await _create(update, context, publish=False)


async def _create(update: Update, context: BotContext, *, publish: bool) -> None:
    workshop = await context.services.workshop_drafts.create_from_draft(
        context.require_actor(), publish=publish
    )
    await show(
        update,
        context,
        context.t(
            "workshops-draft-created" if publish else "workshops-draft-saved",
            title=workshop.title.for_reader(context.language),
        ),
    )
    await show_card(update, context, workshop.id, new_message=True)


async def _change(update: Update, context: BotContext, change: str, value: object) -> None:
    """One step of the draft by a button; the service refuses a step out of turn."""
    draft = await context.services.workshop_drafts.update_draft(
        context.require_actor(), change, value
    )
    await render_draft(update, context, draft)


def _value(update: Update) -> str:
    return parse_button(update, WorkshopDraftStep).value


def _number(update: Update) -> int | None:
    value = _value(update)
    return int(value) if value.isdigit() else None


async def workshop_draft_kind_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "kind", _value(update))


async def workshop_draft_place_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "place", _number(update) or None)  # 0: online


async def workshop_draft_skip_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "skip", None)


async def workshop_draft_quotas_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "quotas", None)


async def workshop_draft_split_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "split", None)


async def workshop_draft_required_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "toggle_required", _number(update))


async def workshop_draft_remove_question_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "remove_question", _number(update))


async def workshop_draft_no_questions_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "no_questions", None)


async def workshop_draft_add_question_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "add_question", _value(update))


async def workshop_draft_questions_done_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "questions_done", None)


async def workshop_draft_time_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "choose_time", _number(update))


async def workshop_draft_retype_time_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "retype_time", None)


async def workshop_draft_back_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "back", None)


async def workshop_draft_edit_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "edit", _value(update))


async def workshop_draft_month_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "month", _value(update))


async def workshop_draft_day_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "day", _value(update))


async def workshop_draft_start_button(update: Update, context: BotContext) -> None:
    value = _value(update)  # '1800'
    if not (value.isdigit() and len(value) == 4):
        raise UserFacingError("errors-stale-button")
    await _change(update, context, "start", f"{value[:2]}:{value[2:]}")


async def workshop_draft_duration_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "duration", _number(update))


async def workshop_draft_capacity_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "capacity", _number(update))


async def workshop_draft_language_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "language", _value(update))


async def workshop_draft_copy_button(update: Update, context: BotContext) -> None:
    """The organiser's recent workshops to copy (their dates in the text, titles on buttons)."""
    actor, tr, lang = context.require_actor(), context.services.translator, context.language
    earlier = await context.services.workshop_drafts.copies(actor)
    zone = await context.services.workshops.reader_zone_of(context.participant)
    lines = [
        context.t("workshops-list-item", title=w.title.for_reader(lang), when=when)
        for w in earlier
        if (when := event_time(tr, lang, w, zone))
    ]
    head = context.t("workshops-draft-copy-choose" if earlier else "workshops-draft-copy-none")
    text = "\n".join([head, *lines])
    shown = await show(update, context, text, kb.copy_choices(tr, lang, earlier))
    await context.services.workshop_drafts.remember_prompt(actor, shown)


async def workshop_draft_copy_from_button(update: Update, context: BotContext) -> None:
    workshop_id = _number(update)
    if workshop_id is None:
        raise UserFacingError("errors-stale-button")
    draft = await context.services.workshop_drafts.copy_from(context.require_actor(), workshop_id)
    await render_draft(update, context, draft)


async def workshop_draft_same_address_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "same_address", None)


async def workshop_draft_other_city_button(update: Update, context: BotContext) -> None:
    await _change(update, context, "other_place", None)


async def workshop_draft_noop_button(update: Update, context: BotContext) -> None:
    """A weekday letter or a blank day of the calendar: nothing to do."""
    await answer_button(update, context)


async def draft_text(update: Update, context: BotContext, asked: WorkshopDraft) -> None:
    """A typed answer: the question loses its buttons, the next step (or the same one with
    what was wrong) comes as a new message."""
    assert update.message is not None and update.message.text is not None
    drafts, actor = context.services.workshop_drafts, context.require_actor()
    await drop_keyboard(update, context, asked.prompt_message_id)
    try:
        draft = await drafts.update_draft(actor, "text", update.message.text)
    except UserFacingError as problem:
        if problem.message_id == "workshops-draft-missing":
            raise
        await render_draft(update, context, await drafts.draft(actor), problem=problem)
        return
    await render_draft(update, context, draft)


async def render_draft(
    update: Update,
    context: BotContext,
    draft: WorkshopDraft,
    *,
    problem: UserFacingError | None = None,
) -> None:
    partnership = await context.services.partnerships.require(draft.partnership_id)
    today = draft.today(context.services.clock.now())
    text = await draft_prompt(context, draft, partnership, today)
    if problem is not None:
        args = dict(problem.args_for_message)
        if problem.message_id in EXAMPLES:  # a typed date or time: an example in their language
            args["example"] = EXAMPLES[problem.message_id](today, context.language)
        text = context.t(problem.message_id, **args) + "\n\n" + text
    tr = context.services.translator
    keyboard = kb.draft_step(tr, context.language, draft, partnership, today)
    shown = await show(update, context, text, keyboard)
    await context.services.workshop_drafts.remember_prompt(context.require_actor(), shown)


# One callback per button action (WorkshopDraftStep.action); a test checks every action has one.
DRAFT_BUTTONS = {
    "new": workshop_draft_new_button,
    "kind": workshop_draft_kind_button,
    "place": workshop_draft_place_button,
    "skip": workshop_draft_skip_button,
    "quotas": workshop_draft_quotas_button,
    "split": workshop_draft_split_button,
    "req": workshop_draft_required_button,
    "rm": workshop_draft_remove_question_button,
    "noq": workshop_draft_no_questions_button,
    "addq": workshop_draft_add_question_button,
    "qdone": workshop_draft_questions_done_button,
    "time": workshop_draft_time_button,
    "retype": workshop_draft_retype_time_button,
    "publish": workshop_draft_publish_button,
    "save": workshop_draft_save_button,
    "cancel": workshop_draft_cancel_button,
    "back": workshop_draft_back_button,
    "edit": workshop_draft_edit_button,
    "month": workshop_draft_month_button,
    "day": workshop_draft_day_button,
    "start": workshop_draft_start_button,
    "dur": workshop_draft_duration_button,
    "cap": workshop_draft_capacity_button,
    "noop": workshop_draft_noop_button,
    "lang": workshop_draft_language_button,
    "copy": workshop_draft_copy_button,
    "from": workshop_draft_copy_from_button,
    "addr": workshop_draft_same_address_button,
    "city": workshop_draft_other_city_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(callback, pattern=WorkshopDraftStep.pattern(action=action))
        for action, callback in DRAFT_BUTTONS.items()
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {WorkshopDraft: draft_text}
