"""/start and the mandatory onboarding steps: language, partnership, home city, consent."""

from __future__ import annotations

from telegram import BotCommandScopeChat, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import ChooseCity, ChoosePartnership, OpenMenu, PrivacyAnswer, SetLanguage
from bot.context import BotContext
from bot.domain.deeplinks import parse_payload
from bot.domain.participants import OnboardingStep, Participant
from bot.domain.partnerships import Partnership
from bot.handlers import deeplinks, menu, profile
from bot.handlers.commands import command_menu
from bot.handlers.common import parse_button, show, user_id
from bot.keyboards import onboarding as kb


async def start_command(update: Update, context: BotContext) -> None:
    uid = user_id(update)
    payload = context.args[0] if context.args else None
    link = parse_payload(payload) if payload else None
    if payload and link is None:
        await show(update, context, context.t("deeplink-unknown"))
    participant = context.participant
    if participant is not None and participant.is_onboarded:
        if link is not None:
            await deeplinks.route(update, context, link)
        else:
            await menu.show_main_menu(update, context, "menu-welcome-back")
        return
    if link is not None and payload is not None:
        await context.services.onboarding.remember_deeplink(uid, payload)
    if participant is None:
        await ask_language(update, context, "onboarding-welcome")
    else:
        await continue_onboarding(update, context, participant)


async def language_command(update: Update, context: BotContext) -> None:
    await ask_language(update, context, "language-choose")


async def ask_language(update: Update, context: BotContext, message_id: str) -> None:
    tr = context.services.translator
    await show(
        update, context, context.t(message_id), kb.languages(tr, context.language, context.language)
    )


async def language_button(update: Update, context: BotContext) -> None:
    choice = parse_button(update, SetLanguage)
    participant = await context.services.onboarding.choose_language(
        user_id(update), choice.language
    )
    context.language = participant.language
    await context.bot.set_my_commands(
        command_menu(context.services.translator, participant.language),
        scope=BotCommandScopeChat(user_id(update)),
    )
    if participant.is_onboarded:
        await menu.show_main_menu(update, context, "language-changed")
    else:
        await continue_onboarding(update, context, participant)


async def continue_onboarding(
    update: Update, context: BotContext, participant: Participant
) -> None:
    """Show the next mandatory step, applying what a deep link preset."""
    services = context.services
    step = participant.next_step
    if step in (OnboardingStep.PARTNERSHIP, OnboardingStep.CITY):
        preset_partnership, preset_city = await services.onboarding.preset(participant.user_id)
        options = await services.partnerships.list()
        if step is OnboardingStep.PARTNERSHIP:
            chosen = next((p for p in options if p.id == preset_partnership), None)
            if chosen is None and len(options) == 1:
                chosen = options[0]
            if chosen is None:
                await ask_partnership(update, context, options)
                return
            participant = await services.onboarding.choose_partnership(
                participant.user_id, chosen.id
            )
        partnership = next(p for p in options if p.id == participant.partnership_id)
        if preset_city is not None and partnership.city(preset_city) is not None:
            participant = await services.onboarding.choose_city(participant.user_id, preset_city)
        else:
            await show(
                update,
                context,
                context.t(
                    "onboarding-choose-city",
                    partnership=partnership.name.for_reader(context.language),
                ),
                kb.cities(services.translator, context.language, partnership),
            )
            return
    if participant.next_step is OnboardingStep.PRIVACY:
        await show(
            update,
            context,
            context.t("onboarding-privacy"),
            kb.privacy(services.translator, context.language),
        )
        return
    await profile.ask_name(update, context, onboarding=True)


async def ask_partnership(update: Update, context: BotContext, options: list[Partnership]) -> None:
    if not options:
        await show(update, context, context.t("onboarding-no-partnerships"))
        return
    await show(
        update,
        context,
        context.t("onboarding-choose-partnership"),
        kb.partnerships(context.services.translator, context.language, options),
    )


async def partnership_button(update: Update, context: BotContext) -> None:
    choice = parse_button(update, ChoosePartnership)
    participant = await context.services.onboarding.choose_partnership(
        user_id(update), choice.partnership_id
    )
    await continue_onboarding(update, context, participant)


async def city_button(update: Update, context: BotContext) -> None:
    choice = parse_button(update, ChooseCity)
    participant = await context.services.onboarding.choose_city(user_id(update), choice.city_id)
    context.participant = participant
    if participant.is_onboarded:
        await profile.show_profile(update, context)
    else:
        await continue_onboarding(update, context, participant)


async def privacy_button(update: Update, context: BotContext) -> None:
    answer = parse_button(update, PrivacyAnswer)
    if not answer.accept:
        await context.services.onboarding.decline_privacy(user_id(update))
        await show(update, context, context.t("onboarding-privacy-declined"))
        return
    context.participant = await context.services.onboarding.accept_privacy(user_id(update))
    await profile.ask_name(update, context, onboarding=True)


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("start", start_command),
        CommandHandler("language", language_command),
        CallbackQueryHandler(language_command, pattern=OpenMenu("language").exact_pattern()),
        CallbackQueryHandler(language_button, pattern=SetLanguage.pattern()),
        CallbackQueryHandler(partnership_button, pattern=ChoosePartnership.pattern()),
        CallbackQueryHandler(city_button, pattern=ChooseCity.pattern()),
        CallbackQueryHandler(privacy_button, pattern=PrivacyAnswer.pattern()),
    ]
