"""A BarCamp's plan: build, move / swap / lock / merge, announce; a person's sessions."""

from __future__ import annotations

from telegram import InputFile, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_event import (
    BarcampFixAction,
    BarcampMine,
    BarcampMineIcs,
    BarcampPlanAction,
    BarcampPlanFix,
    BarcampPlanMergeInto,
    BarcampPlanMoveTo,
    BarcampPlanPick,
    BarcampPlanScreen,
    BarcampPlanSlot,
    BarcampPlanStep,
    BarcampPlanSwapWith,
)
from bot.context import BotContext
from bot.domain.barcamp_plan import PlanView
from bot.handlers.common import Callback, button_handlers, parse_button, show, user_id
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.i18n import escape
from bot.keyboards import barcamp_plan as kb
from bot.render import barcamp_plan as render
from bot.services.barcamp_plan import Outcome

TEXT_INPUTS: dict[InputKey, TextInput] = {}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


# ------------------------------------------------------------------ the plan screen
async def barcamp_plan_screen_button(update: Update, context: BotContext) -> None:
    camp_id = parse_button(update, BarcampPlanScreen).barcamp_id
    view = await context.services.barcamp_plan.plan_screen(context.require_actor(), camp_id)
    await _plan(update, context, view)


async def _plan(
    update: Update, context: BotContext, view: PlanView, header: str | None = None
) -> None:
    tr, lang = context.services.translator, context.language
    text = escape(render.organiser_text(tr, lang, view))
    await show(update, context, text, kb.plan_screen(tr, lang, view), header=header)


async def barcamp_plan_build_button(update: Update, context: BotContext) -> None:
    camp_id = parse_button(update, BarcampPlanStep).barcamp_id
    view = await context.services.barcamp_plan.build(context.require_actor(), camp_id)
    header = context.t(
        "barcamp-plan-built", placed=len(view.plan.placements), unplaced=len(view.plan.unplaced)
    )
    await _plan(update, context, view, header)


async def barcamp_plan_announce_button(update: Update, context: BotContext) -> None:
    camp_id = parse_button(update, BarcampPlanStep).barcamp_id
    asked = await context.services.barcamp_plan.announce(context.require_actor(), camp_id, False)
    tr, lang = context.services.translator, context.language
    yes = BarcampPlanStep(camp_id, "announce_yes")
    back = kb.confirm_back(tr, lang, barcamp_id=camp_id)
    text = context.t("barcamp-plan-confirm-announce", count=asked.reach)
    await show(update, context, text, kb.confirm(tr, lang, yes, back, asked.reach))


async def barcamp_plan_announce_yes_button(update: Update, context: BotContext) -> None:
    camp_id = parse_button(update, BarcampPlanStep).barcamp_id
    done = await context.services.barcamp_plan.announce(context.require_actor(), camp_id, True)
    await _plan(
        update, context, done.view, context.t("barcamp-plan-announced-done", count=done.reach)
    )


# ------------------------------------------------------------------ one session
async def barcamp_plan_pick_button(update: Update, context: BotContext) -> None:
    session_id = parse_button(update, BarcampPlanPick).session_id
    view, _ = await context.services.barcamp_plan.session_screen(
        context.require_actor(), session_id
    )
    await _session(update, context, view, session_id)


async def _session(
    update: Update, context: BotContext, view: PlanView, session_id: int, header: str | None = None
) -> None:
    tr, lang = context.services.translator, context.language
    text = escape(render.session_text(tr, lang, view, session_id))
    markup = kb.session_screen(tr, lang, view, session_id)
    await show(update, context, text, markup, header=header)


async def barcamp_fix_move_button(update: Update, context: BotContext) -> None:
    session_id = parse_button(update, BarcampPlanFix).session_id
    view, _ = await context.services.barcamp_plan.session_screen(
        context.require_actor(), session_id
    )
    tr, lang = context.services.translator, context.language
    text = context.t("barcamp-plan-ask-slot", title=view.title(session_id, lang))
    await show(update, context, text, kb.slots(tr, lang, view, session_id))


async def barcamp_plan_slot_button(update: Update, context: BotContext) -> None:
    picked = parse_button(update, BarcampPlanSlot)
    service = context.services.barcamp_plan
    view, _ = await service.session_screen(context.require_actor(), picked.session_id)
    tr, lang = context.services.translator, context.language
    slot = next((s for s in view.slots if s.id == picked.slot_id), None)
    when = render.slot_time(tr, lang, view, slot) if slot else ""
    text = context.t("barcamp-plan-ask-room", title=view.title(picked.session_id, lang), when=when)
    await show(update, context, text, kb.rooms(tr, lang, view, picked.session_id, picked.slot_id))


async def barcamp_fix_swap_button(update: Update, context: BotContext) -> None:
    session_id = parse_button(update, BarcampPlanFix).session_id
    view, _ = await context.services.barcamp_plan.session_screen(
        context.require_actor(), session_id
    )
    tr, lang = context.services.translator, context.language
    others = [i for i in view.order() if i != session_id]
    text = context.t("barcamp-plan-ask-swap", title=view.title(session_id, lang))
    markup = kb.others(tr, lang, view, session_id, BarcampPlanSwapWith, others)
    await show(update, context, text, markup)


async def barcamp_fix_merge_button(update: Update, context: BotContext) -> None:
    session_id = parse_button(update, BarcampPlanFix).session_id
    view, _ = await context.services.barcamp_plan.session_screen(
        context.require_actor(), session_id
    )
    tr, lang = context.services.translator, context.language
    suggested = view.merges_of(session_id)
    others = suggested + [i for i in view.order() if i != session_id and i not in suggested]
    text = escape(render.merge_question(tr, lang, view, session_id))
    markup = kb.others(tr, lang, view, session_id, BarcampPlanMergeInto, others)
    await show(update, context, text, markup)


async def barcamp_fix_lock_button(update: Update, context: BotContext) -> None:
    await _lock(update, context, True)


async def barcamp_fix_unlock_button(update: Update, context: BotContext) -> None:
    await _lock(update, context, False)


async def _lock(update: Update, context: BotContext, locked: bool) -> None:
    session_id = parse_button(update, BarcampPlanFix).session_id
    view = await context.services.barcamp_plan.lock(context.require_actor(), session_id, locked)
    header = context.t("barcamp-plan-locked-done", locked="yes" if locked else "no")
    await _session(update, context, view, session_id, header)


# ------------------------------------------------------------------ the fixes themselves
async def barcamp_plan_move_to_button(update: Update, context: BotContext) -> None:
    to = parse_button(update, BarcampPlanMoveTo)
    service, actor = context.services.barcamp_plan, context.require_actor()
    outcome = await service.move(actor, to.session_id, to.slot_id, to.room_id, to.confirmed)
    title = outcome.view.title(to.session_id, context.language)
    args = {"title": title, "room": outcome.view.room(to.room_id).name}
    when = render.slot_time(
        context.services.translator, context.language, outcome.view, outcome.view.slot(to.slot_id)
    )
    yes = BarcampPlanMoveTo(to.session_id, to.slot_id, to.room_id, True)
    await _after_fix(
        update, context, outcome, yes, to.session_id, "barcamp-plan-confirm-move", when=when, **args
    )


async def barcamp_plan_swap_with_button(update: Update, context: BotContext) -> None:
    to = parse_button(update, BarcampPlanSwapWith)
    service, actor = context.services.barcamp_plan, context.require_actor()
    outcome = await service.swap(actor, to.session_id, to.other_id, to.confirmed)
    lang, view = context.language, outcome.view
    yes = BarcampPlanSwapWith(to.session_id, to.other_id, True)
    await _after_fix(
        update,
        context,
        outcome,
        yes,
        to.session_id,
        "barcamp-plan-confirm-swap",
        title=view.title(to.session_id, lang),
        other=view.title(to.other_id, lang),
    )


async def barcamp_plan_merge_into_button(update: Update, context: BotContext) -> None:
    to = parse_button(update, BarcampPlanMergeInto)
    service, actor = context.services.barcamp_plan, context.require_actor()
    outcome = await service.merge(actor, to.session_id, to.into_id, to.confirmed)
    lang, view = context.language, outcome.view
    title = view.title(to.session_id, lang) if not outcome.done else ""
    yes = BarcampPlanMergeInto(to.session_id, to.into_id, True)
    await _after_fix(
        update,
        context,
        outcome,
        yes,
        to.session_id,
        "barcamp-plan-confirm-merge",
        title=title,
        into=view.title(to.into_id, lang),
    )


async def _after_fix(
    update: Update,
    context: BotContext,
    outcome: Outcome,
    yes: BarcampPlanMoveTo | BarcampPlanSwapWith | BarcampPlanMergeInto,
    session_id: int,
    question: str,
    **args: object,
) -> None:
    """Not done yet: the question with the count of people told; done: the plan, saying so."""
    tr, lang = context.services.translator, context.language
    if not outcome.done:
        back = kb.confirm_back(tr, lang, session_id=session_id)
        text = context.t(question, count=outcome.reach, **args)
        await show(update, context, text, kb.confirm(tr, lang, yes, back, outcome.reach))
        return
    await _plan(update, context, outcome.view, context.t("barcamp-plan-fixed", count=outcome.reach))


# ------------------------------------------------------------------ a person's sessions
async def barcamp_mine_button(update: Update, context: BotContext) -> None:
    camp_id = parse_button(update, BarcampMine).barcamp_id
    found = await context.services.barcamp_plan.mine(user_id(update), camp_id)
    tr, lang, view = context.services.translator, context.language, found.view
    text = escape(render.mine_text(tr, lang, view, found.session_ids))
    markup = kb.mine(tr, lang, camp_id, view.workshop.id, bool(found.session_ids))
    # A new message: the plan it is opened from stays readable in the chat.
    await show(update, context, text, markup, new_message=True)


async def barcamp_mine_ics_button(update: Update, context: BotContext) -> None:
    camp_id = parse_button(update, BarcampMineIcs).barcamp_id
    service = context.services.barcamp_plan
    data = await service.mine_ics(user_id(update), camp_id, context.language)
    chat = update.effective_chat
    assert chat is not None and update.callback_query is not None
    await update.callback_query.answer()
    await context.bot.send_document(chat.id, InputFile(data, filename="barcamp.ics"))


# One callback per button action; a test checks every action has one.
PLAN_BUTTONS: dict[BarcampPlanAction, Callback] = {
    "build": barcamp_plan_build_button,
    "announce": barcamp_plan_announce_button,
    "announce_yes": barcamp_plan_announce_yes_button,
}
FIX_BUTTONS: dict[BarcampFixAction, Callback] = {
    "move": barcamp_fix_move_button,
    "swap": barcamp_fix_swap_button,
    "lock": barcamp_fix_lock_button,
    "unlock": barcamp_fix_unlock_button,
    "merge": barcamp_fix_merge_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(barcamp_plan_screen_button, pattern=BarcampPlanScreen.pattern()),
        *button_handlers(BarcampPlanStep, PLAN_BUTTONS),
        CallbackQueryHandler(barcamp_plan_pick_button, pattern=BarcampPlanPick.pattern()),
        *button_handlers(BarcampPlanFix, FIX_BUTTONS),
        CallbackQueryHandler(barcamp_plan_slot_button, pattern=BarcampPlanSlot.pattern()),
        CallbackQueryHandler(barcamp_plan_move_to_button, pattern=BarcampPlanMoveTo.pattern()),
        CallbackQueryHandler(barcamp_plan_swap_with_button, pattern=BarcampPlanSwapWith.pattern()),
        CallbackQueryHandler(
            barcamp_plan_merge_into_button, pattern=BarcampPlanMergeInto.pattern()
        ),
        CallbackQueryHandler(barcamp_mine_button, pattern=BarcampMine.pattern()),
        CallbackQueryHandler(barcamp_mine_ics_button, pattern=BarcampMineIcs.pattern()),
    ]
