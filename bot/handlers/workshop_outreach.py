"""Before a workshop message goes out or attendees are invited to the next stage: the count
of people it reaches, and yes or cancel (cancel changes nothing). The service checks the
organiser role before counting, so a forged press is refused."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler

from bot.callback_data import OutreachAction, OutreachConfirm
from bot.context import BotContext
from bot.domain.dialogs import WorkshopMessageInput
from bot.handlers.common import Callback, button_handlers, parse_button, show, user_id
from bot.handlers.workshop_admin import show_card
from bot.i18n import escape
from bot.keyboards import organiser as kb
from bot.services.errors import UserFacingError


async def ask_to_send(update: Update, context: BotContext, workshop_id: int, text: str) -> None:
    """The typed message waits in the dialog until the organiser says yes to the count."""
    outreach, actor = context.services.workshop_outreach, context.require_actor()
    reach = await outreach.message_reach(actor, workshop_id, text)
    workshop, _ = await context.services.workshops.for_organiser(actor, workshop_id)
    await context.services.dialogs.start(
        user_id(update), WorkshopMessageInput(workshop_id, text=text)
    )
    question = context.t(
        "workshops-message-confirm", count=reach, title=workshop.title.for_reader(context.language)
    )
    yes = OutreachConfirm(workshop_id, "send", 0)
    keyboard = kb.confirm_outreach(
        context.services.translator, context.language, yes, "workshops-message-send", reach
    )
    await show(update, context, question + "\n\n" + escape(text.strip()), keyboard)


async def ask_to_invite(update: Update, context: BotContext, workshop_id: int, target: int) -> None:
    outreach, lang = context.services.workshop_outreach, context.language
    source, invited, reach = await outreach.next_stage_reach(
        context.require_actor(), workshop_id, target
    )
    question = context.t(
        "workshops-invite-confirm",
        count=reach,
        source=source.title.for_reader(lang),
        title=invited.title.for_reader(lang),
    )
    yes = OutreachConfirm(workshop_id, "invite", target)
    keyboard = kb.confirm_outreach(
        context.services.translator, lang, yes, "workshops-invite-send", reach
    )
    await show(update, context, question, keyboard)


async def outreach_send_button(update: Update, context: BotContext) -> None:
    step, actor = parse_button(update, OutreachConfirm), context.require_actor()
    outreach = context.services.workshop_outreach
    await outreach.message_reach(actor, step.workshop_id)  # the role first
    dialog = await context.services.dialogs.current(user_id(update))
    if not isinstance(dialog, WorkshopMessageInput) or dialog.workshop_id != step.workshop_id:
        raise UserFacingError("errors-stale-button")  # sent already, or cancelled
    count = await outreach.message_confirmed(actor, step.workshop_id, dialog.text)
    await context.services.dialogs.clear(user_id(update))
    header = context.t("workshops-message-queued", count=count)
    await show_card(update, context, step.workshop_id, header=header)


async def outreach_invite_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, OutreachConfirm)
    count = await context.services.workshop_outreach.invite_next_stage(
        context.require_actor(), step.workshop_id, step.value
    )
    header = context.t("workshops-next-stage-sent", count=count)
    await show_card(update, context, step.workshop_id, header=header)


# One callback per button action (OutreachConfirm.action); a test checks every action has one.
OUTREACH_BUTTONS: dict[OutreachAction, Callback] = {
    "send": outreach_send_button,
    "invite": outreach_invite_button,
}


def handlers() -> list[BaseHandler]:
    return [*button_handlers(OutreachConfirm, OUTREACH_BUTTONS)]
