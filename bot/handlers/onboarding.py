"""/start and the mandatory onboarding steps: language, partnership, home city, consent."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import ChooseCity, ChoosePartnership, OpenMenu, PrivacyAnswer, SetLanguage
from bot.context import BotContext
from bot.domain.deeplinks import CallDeepLink, parse_payload
from bot.domain.participants import OnboardingStep
from bot.domain.partnerships import Partnership
from bot.handlers import deeplinks, menu, profile
from bot.handlers.commands import publish_chat_menu
from bot.handlers.common import parse_button, show, user_id, with_row
from bot.keyboards import button
from bot.keyboards import onboarding as kb
from bot.services.onboarding import NextStep


async def start_command(update: Update, context: BotContext) -> None:
    uid = user_id(update)
    payload = context.args[0] if context.args else None
    link = parse_payload(payload) if payload else None
    if payload and link is None:
        await show(update, context, context.t("deeplink-unknown"))
    participant = context.participant
    if isinstance(link, CallDeepLink):  # applicants and reviewers need no partnership
        return await deeplinks.route(update, context, link)
    if participant is not None and participant.is_onboarded:
        if link is not None:
            await deeplinks.route(update, context, link)
        else:
            # Roles may have changed since the menu was last published: refresh it.
            await publish_chat_menu(
                context.bot,
                context.services.translator,
                uid,
                context.language,
                context.require_actor(),
            )
            await menu.show_main_menu(update, context, "menu-welcome-back")
        return
    if link is not None and payload is not None:
        await context.services.onboarding.remember_deeplink(uid, payload)
    if participant is None:
        intro = await coach_intro(context, uid)
        await ask_language(update, context, "onboarding-welcome", header=intro)
    else:
        await resume(update, context)


async def coach_intro(context: BotContext, uid: int) -> str | None:
    """A coach's invitation first says what a coach does here (above the first step)."""
    coaching = await context.services.onboarding.coach_invitation(uid)
    if coaching is None:
        return None
    return context.t("coach-invited-intro", partnership=coaching.name.for_reader(context.language))


async def resume(update: Update, context: BotContext) -> None:
    """Back to the step where onboarding stopped."""
    await continue_onboarding(
        update, context, await context.services.onboarding.next_step(user_id(update))
    )


async def language_command(update: Update, context: BotContext) -> None:
    await ask_language(update, context, "language-choose", back=True)


async def menu_language_button(update: Update, context: BotContext) -> None:
    await ask_language(update, context, "language-choose", back=True)


async def ask_language(
    update: Update,
    context: BotContext,
    message_id: str,
    *,
    back: bool = False,
    header: str | None = None,
) -> None:
    """The language choice; changed from the menu (`back`), it leads back there too."""
    tr = context.services.translator
    keyboard = kb.languages(tr, context.language, context.language)
    onboarded = context.participant is not None and context.participant.is_onboarded
    if back and onboarded:
        keyboard = with_row(keyboard, button(context.label("buttons-main-menu"), OpenMenu("main")))
    await show(update, context, context.t(message_id), keyboard, header=header)


async def language_button(update: Update, context: BotContext) -> None:
    choice = parse_button(update, SetLanguage)
    next_step = await context.services.onboarding.answer_language(user_id(update), choice.language)
    participant = next_step.participant
    context.language = participant.language
    await publish_chat_menu(
        context.bot,
        context.services.translator,
        user_id(update),
        participant.language,
        context.require_actor(),
    )
    if participant.is_onboarded:
        await menu.show_main_menu(update, context, "language-changed")
    else:
        await continue_onboarding(update, context, next_step)


async def continue_onboarding(update: Update, context: BotContext, next_step: NextStep) -> None:
    """Show the next mandatory step (the service has applied what a deep link preset)."""
    services = context.services
    if next_step.step is OnboardingStep.PARTNERSHIP:
        await ask_partnership(update, context, list(next_step.partnerships))
        return
    if next_step.step is OnboardingStep.CITY:
        await ask_city(update, context, next_step)
        return
    if next_step.step is OnboardingStep.PRIVACY:
        await show(
            update,
            context,
            context.t("onboarding-privacy"),
            kb.privacy(services.translator, context.language),
        )
        return
    await profile.ask_name(update, context, onboarding=True)


async def ask_city(update: Update, context: BotContext, next_step: NextStep) -> None:
    """Which city is theirs: a link's city comes first and marked, the person decides."""
    assert next_step.partnership is not None
    await show(
        update,
        context,
        context.t(
            "onboarding-choose-city",
            partnership=next_step.partnership.name.for_reader(context.language),
        ),
        kb.cities(
            context.services.translator,
            context.language,
            next_step.partnership,
            next_step.suggested_city,
        ),
    )


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
    next_step = await context.services.onboarding.answer_partnership(
        user_id(update), choice.partnership_id
    )
    await continue_onboarding(update, context, next_step)


async def city_button(update: Update, context: BotContext) -> None:
    choice = parse_button(update, ChooseCity)
    next_step = await context.services.onboarding.answer_city(user_id(update), choice.city_id)
    context.participant = next_step.participant
    if next_step.participant.is_onboarded:
        await profile.show_profile(update, context)
    else:
        await continue_onboarding(update, context, next_step)


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
        CallbackQueryHandler(menu_language_button, pattern=OpenMenu.pattern(action="language")),
        CallbackQueryHandler(language_button, pattern=SetLanguage.pattern()),
        CallbackQueryHandler(partnership_button, pattern=ChoosePartnership.pattern()),
        CallbackQueryHandler(city_button, pattern=ChooseCity.pattern()),
        CallbackQueryHandler(privacy_button, pattern=PrivacyAnswer.pattern()),
    ]
