"""A workshop's BarCamp: the organiser's setup and phases; proposing, interest and notes.

The home (BarcampHome) is one button for both: the workshop's organisers get the setup and
the phases, a person checked in to the workshop gets what they can do in the current phase.
Setup steps are in barcamp_setup.py, the people's steps in barcamp_people.py."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_event import BarcampHome, BarcampPhaseStep
from bot.context import BotContext
from bot.handlers import barcamp_people, barcamp_setup, menu
from bot.handlers.barcamp_screens import show_home
from bot.handlers.common import parse_button, show, user_id
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.keyboards import barcamp as kb


async def home_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_home(update, context, parse_button(update, BarcampHome).workshop_id)


async def barcamp_command(update: Update, context: BotContext) -> None:
    """/barcamp: the BarCamp of the latest workshop the person is checked in to."""
    workshop_id = await context.services.barcamp.mine(user_id(update))
    if workshop_id is None:
        await menu.show_main_menu(update, context, "barcamp-none")
        return
    await show_home(update, context, workshop_id)


async def phase_ask_button(update: Update, context: BotContext) -> None:
    """Opening a phase: first the question, with how many people get a message."""
    step = parse_button(update, BarcampPhaseStep)
    service = context.services.barcamp
    question = await service.phase_question(context.require_actor(), step.workshop_id, step.phase)
    text = context.t(f"barcamp-phase-ask-{question.phase.value}", count=question.count)
    tr, lang = context.services.translator, context.language
    await show(update, context, text, kb.phase_question(tr, lang, step.workshop_id, step.phase))


async def phase_open_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, BarcampPhaseStep)
    service = context.services.barcamp
    opened = await service.open_phase(context.require_actor(), step.workshop_id, step.phase)
    header = context.t(f"barcamp-phase-opened-{opened.phase.value}", count=opened.count)
    await show_home(update, context, step.workshop_id, header=header)


PHASE_BUTTONS = {"ask": phase_ask_button, "open": phase_open_button}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("barcamp", barcamp_command),
        CallbackQueryHandler(home_button, pattern=BarcampHome.pattern()),
        *(
            CallbackQueryHandler(callback, pattern=BarcampPhaseStep.pattern(action=action))
            for action, callback in PHASE_BUTTONS.items()
        ),
        *barcamp_setup.handlers(),
        *barcamp_people.handlers(),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    **barcamp_setup.TEXT_INPUTS,
    **barcamp_people.TEXT_INPUTS,
}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}
