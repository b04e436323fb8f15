"""Runs first for every update: who is acting, in which language, with which roles."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.domain.languages import suggest_language
from bot.domain.participants import clean_first_name


async def identify_user(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is None:
        return
    services = context.services
    participant = await services.onboarding.participant(user.id)
    if participant is not None and not participant.reachable:
        # Writing to the bot again undoes a block: deliver to them again.
        participant = await services.onboarding.mark_reachable(user.id)
    if participant is not None and participant.first_name != clean_first_name(user.first_name):
        # Others see this name when no display name was chosen: one write when it changes.
        participant = await services.onboarding.note_first_name(user.id, user.first_name)
    context.participant = participant
    context.actor = await services.access.actor(user.id)
    context.language = (
        participant.language
        if participant is not None
        else suggest_language(user.language_code, services.settings.default_language)
    )
