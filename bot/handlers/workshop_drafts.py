"""The organiser's 'new workshop' conversation: one callback per button of the draft, the
typed answers, and the prompt for the draft's current step."""

from __future__ import annotations

from babel.lists import format_list
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_data import WorkshopDraftStep
from bot.context import BotContext
from bot.domain.local_time import Gap
from bot.domain.partnerships import Partnership
from bot.domain.workshop_drafts import WorkshopDraft
from bot.handlers import admin
from bot.handlers.common import parse_button, show
from bot.handlers.text_input import InputKey, TextInput
from bot.handlers.workshop_admin import question_line, show_card
from bot.keyboards import workshops as kb
from bot.render.formatting import long_date, moment, venue_time, wall_clock, zone_label
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


async def draft_text(update: Update, context: BotContext, _: WorkshopDraft) -> None:
    assert update.message is not None and update.message.text is not None
    try:
        draft = await context.services.workshop_drafts.update_draft(
            context.require_actor(), "text", update.message.text
        )
    except UserFacingError as problem:
        if problem.message_id == "workshops-draft-missing":
            raise
        draft = await context.services.workshop_drafts.draft(context.require_actor())
        await render_draft(update, context, draft, problem=problem)
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
    text = _draft_prompt(context, draft, partnership)
    if problem is not None:
        text = context.t(problem.message_id, **problem.args_for_message) + "\n\n" + text
    await show(
        update,
        context,
        text,
        kb.draft_step(context.services.translator, context.language, draft, partnership),
    )


def _draft_prompt(context: BotContext, draft: WorkshopDraft, partnership: Partnership) -> str:
    step, lang = draft.step, context.language
    if step in ("start", "end", "deadline"):
        return context.t(f"workshops-draft-ask-{step}", zone=draft.time_zone)
    if step == "time_check":
        return _time_question(context, draft, partnership)
    if step == "quota":
        city = partnership.city(draft.quota_cities[0])
        return context.t(
            "workshops-draft-ask-quota", city=city.name.for_reader(lang) if city else ""
        )
    if step == "questions":
        lines = [question_line(context, q) for q in draft.questions]
        listing = "\n".join(lines) if lines else context.label("workshops-draft-no-questions")
        return context.t("workshops-draft-ask-questions", questions=listing)
    if step == "review":
        return _review(context, draft, partnership)
    return context.t(f"workshops-draft-ask-{step.replace('_', '-')}")


def _time_question(context: BotContext, draft: WorkshopDraft, partnership: Partnership) -> str:
    """A typed time skipped by the clocks (gap) or happening twice (fold): which one is meant."""
    lang, found = context.language, draft.time_question()
    city = partnership.city(draft.city_id or 0)
    place = city.name.for_reader(lang) if city else draft.time_zone
    when = {"time": wall_clock(found.typed, lang), "date": long_date(found.typed, lang)}
    if isinstance(found, Gap):
        return context.t(
            "workshops-draft-time-gap",
            **when,
            place=place,
            jump=wall_clock(found.jump_to, lang),
            suggestion=wall_clock(found.suggestion, lang),
        )
    summer, winter = found.earlier.tzname() or "", found.later.tzname() or ""
    return context.t("workshops-draft-time-fold", **when, place=place, summer=summer, winter=winter)


def _review(context: BotContext, draft: WorkshopDraft, partnership: Partnership) -> str:
    lang = context.language
    assert draft.kind is not None and draft.starts_at is not None and draft.ends_at is not None
    city = partnership.city(draft.city_id or 0)
    quotas = [
        f"{partnership.city(c).name.for_reader(lang)}: {n}"  # type: ignore[union-attr]
        for c, n in draft.city_quotas.items()
        if partnership.city(c)
    ]
    # Times are typed on the venue's clock (an online workshop's: its zone's), and read back so.
    tr, zone = context.services.translator, draft.time_zone
    venue = city.name.for_reader(lang) if city else zone_label(zone, lang)
    span = f"{moment(draft.starts_at, lang, zone)}–{moment(draft.ends_at, lang, zone)}"
    return context.t(
        "workshops-draft-review",
        kind=context.label(f"workshops-kind-{draft.kind.value}"),
        title=draft.title or "",
        when=venue_time(tr, lang, span, venue),
        place=city.name.for_reader(lang) if city else context.label("workshops-place-online"),
        capacity=draft.capacity if draft.capacity is not None else -1,
        quotas=format_list(quotas, locale=lang) if quotas else "—",
        deadline=venue_time(tr, lang, moment(draft.deadline, lang, zone), venue)
        if draft.deadline
        else "—",
        questions=len(draft.questions),
    )


# One callback per button action (WorkshopDraftStep.action); a test checks every action has one.
DRAFT_BUTTONS = {
    "new": workshop_draft_new_button,
    "kind": workshop_draft_kind_button,
    "place": workshop_draft_place_button,
    "skip": workshop_draft_skip_button,
    "quotas": workshop_draft_quotas_button,
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
}


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(callback, pattern=WorkshopDraftStep.pattern(action=action))
        for action, callback in DRAFT_BUTTONS.items()
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {WorkshopDraft: draft_text}
