"""/profile and the optional profile steps: display name, languages spoken, interests."""

from __future__ import annotations

from babel.lists import format_list
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import (
    AnnouncementStep,
    OpenMenu,
    ProfileAction,
    ProfileStep,
    ToggleInterest,
    ToggleSpoken,
    UseTelegramName,
)
from bot.context import BotContext
from bot.domain.dialogs import ProfileNameInput
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.participants import Participant
from bot.handlers import checkins, deeplinks, menu
from bot.handlers.common import (
    Callback,
    answer_button,
    button_handlers,
    drop_keyboard,
    parse_button,
    show,
    user_id,
    with_row,
)
from bot.handlers.text_input import InputKey, TextInput
from bot.keyboards import button
from bot.keyboards import onboarding as kb
from bot.services.errors import UserFacingError


async def profile_command(update: Update, context: BotContext) -> None:
    await show_profile(update, context)


async def show_profile(update: Update, context: BotContext) -> None:
    services, lang = context.services, context.language
    participant = await services.onboarding.participant(user_id(update))
    assert participant is not None and participant.partnership_id is not None
    partnership = await services.partnerships.get(participant.partnership_id)
    assert partnership is not None
    city = partnership.city(participant.city_id or 0)
    not_set = context.label("profile-not-set")
    spoken = [context.label(f"language-name-{c}") for c in _spoken_codes(participant)]
    interests = [
        t.name.for_reader(lang) for t in partnership.themes if t.id in participant.interests
    ]
    text = context.t(
        "profile-card",
        name=participant.display_name or not_set,
        partnership=partnership.name.for_reader(lang),
        city=city.name.for_reader(lang) if city else not_set,
        languages=format_list(spoken, locale=lang) if spoken else not_set,
        interests=format_list(interests, locale=lang) if interests else not_set,
        announcements="off" if participant.announcements_muted else "on",
    )
    await show(
        update,
        context,
        text,
        kb.profile(services.translator, lang, participant.announcements_muted),
    )


def _spoken_codes(participant: Participant) -> list[str]:
    return [c for c in SUPPORTED_LANGUAGES if c in participant.languages_spoken]


async def ask_name(
    update: Update, context: BotContext, *, onboarding: bool, offer_telegram: bool = True
) -> None:
    """The name question: the Telegram first name one tap away (unless they chose to type)."""
    user = update.effective_user
    if onboarding:
        message_id = "profile-ask-name-onboarding" if offer_telegram else "profile-ask-name-type"
    else:
        message_id = "profile-ask-name"
    prompt = await show(
        update,
        context,
        context.t(message_id),
        kb.name_prompt(
            context.services.translator,
            context.language,
            user.first_name if user and offer_telegram else None,
            onboarding,
        ),
    )
    await context.services.dialogs.start(user_id(update), ProfileNameInput(onboarding, prompt))


async def name_text(update: Update, context: BotContext, asked: ProfileNameInput) -> None:
    """The person typed their display name: the question's buttons go, the next step comes."""
    assert update.message is not None and update.message.text is not None
    await context.services.onboarding.set_display_name(user_id(update), update.message.text)
    await drop_keyboard(update, context, asked.prompt_message_id)
    await _after_name(update, context, asked.onboarding)


async def use_telegram_name_button(update: Update, context: BotContext) -> None:
    choice = parse_button(update, UseTelegramName)
    user = update.effective_user
    assert user is not None
    asked = await context.services.dialogs.current(user.id)
    if not isinstance(asked, ProfileNameInput) or asked.onboarding != choice.onboarding:
        raise UserFacingError("errors-stale-button")  # the name was typed or skipped already
    await context.services.onboarding.set_display_name(user.id, user.first_name)
    await _after_name(update, context, choice.onboarding)


async def _after_name(update: Update, context: BotContext, onboarding: bool) -> None:
    await context.services.dialogs.clear(user_id(update))
    if onboarding:
        await finish(update, context)
    else:
        await show_profile(update, context)


async def ask_spoken(
    update: Update,
    context: BotContext,
    *,
    onboarding: bool,
    reason: str | None = None,
    participant: Participant | None = None,
) -> None:
    """Which languages they speak; with a `reason` (why it is asked now) as a new message."""
    participant = participant or await _me(update, context)
    text = context.t("profile-ask-spoken")
    if reason is not None:
        text = context.t(f"profile-ask-spoken-{reason}") + "\n" + text
    await show(
        update,
        context,
        text,
        kb.spoken(context.services.translator, context.language, participant, onboarding),
        new_message=reason is not None,
    )


async def ask_interests(update: Update, context: BotContext, *, onboarding: bool) -> None:
    participant = await _me(update, context)
    assert participant.partnership_id is not None
    partnership = await context.services.partnerships.get(participant.partnership_id)
    assert partnership is not None
    if not partnership.themes:
        await (finish(update, context) if onboarding else show_profile(update, context))
        return
    await show(
        update,
        context,
        context.t("profile-ask-interests"),
        kb.interests(
            context.services.translator, context.language, participant, partnership, onboarding
        ),
    )


async def toggle_spoken_button(update: Update, context: BotContext) -> None:
    choice = parse_button(update, ToggleSpoken)
    await context.services.onboarding.toggle_spoken_language(user_id(update), choice.language)
    await ask_spoken(update, context, onboarding=choice.onboarding)


async def toggle_interest_button(update: Update, context: BotContext) -> None:
    choice = parse_button(update, ToggleInterest)
    await context.services.onboarding.toggle_interest(user_id(update), choice.theme_id)
    await ask_interests(update, context, onboarding=choice.onboarding)


async def profile_name_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, ProfileStep)
    # While onboarding this is "Change": they type a name instead of their Telegram one.
    await ask_name(update, context, onboarding=step.onboarding, offer_telegram=not step.onboarding)


async def profile_spoken_button(update: Update, context: BotContext) -> None:
    step = await _leave_dialog(update, context)
    await ask_spoken(update, context, onboarding=step.onboarding)


async def profile_interests_button(update: Update, context: BotContext) -> None:
    step = await _leave_dialog(update, context)
    await ask_interests(update, context, onboarding=step.onboarding)


async def profile_city_button(update: Update, context: BotContext) -> None:
    await _leave_dialog(update, context)
    await ask_city(update, context)


async def profile_show_button(update: Update, context: BotContext) -> None:
    await _leave_dialog(update, context)
    await show_profile(update, context)


async def profile_mute_button(update: Update, context: BotContext) -> None:
    await _leave_dialog(update, context)
    await toggle_announcements(update, context)


async def announcement_mute_button(update: Update, context: BotContext) -> None:
    """Under a received announcement: mute them; the announcement stays, its button goes."""
    await context.services.onboarding.mute_announcements(user_id(update))
    await answer_button(update, context, context.label("broadcasts-muted"))
    query = update.callback_query
    if query is not None:
        await query.edit_message_reply_markup(None)


async def profile_quiet_button(update: Update, context: BotContext) -> None:
    await _leave_dialog(update, context)
    await checkins.show_quiet(update, context)


async def profile_finish_button(update: Update, context: BotContext) -> None:
    await _leave_dialog(update, context)
    await finish(update, context)


async def _leave_dialog(update: Update, context: BotContext) -> ProfileStep:
    """Any step but the name leaves an unanswered name question behind."""
    step = parse_button(update, ProfileStep)
    await context.services.dialogs.clear(user_id(update))
    return step


async def toggle_announcements(update: Update, context: BotContext) -> None:
    await context.services.onboarding.toggle_announcements(user_id(update))
    await show_profile(update, context)


async def ask_city(update: Update, context: BotContext) -> None:
    participant = await _me(update, context)
    partnership = await context.services.partnerships.get(participant.partnership_id or 0)
    assert partnership is not None
    await show(
        update,
        context,
        context.t(
            "onboarding-choose-city", partnership=partnership.name.for_reader(context.language)
        ),
        with_row(
            kb.cities(context.services.translator, context.language, partnership),
            button(context.label("buttons-back"), ProfileStep("show", False)),
        ),
    )


async def finish(update: Update, context: BotContext) -> None:
    """End of onboarding: go where the deep link pointed, else to the main menu."""
    payload = await context.services.onboarding.take_deeplink(user_id(update))
    link = deeplinks.parse(payload)
    if link is not None:
        await deeplinks.route(update, context, link)
    else:
        await menu.show_main_menu(update, context, "onboarding-finished")


async def _me(update: Update, context: BotContext) -> Participant:
    participant = await context.services.onboarding.participant(user_id(update))
    assert participant is not None
    return participant


# One callback per button action (ProfileStep.action); a test checks every action has one.
PROFILE_BUTTONS: dict[ProfileAction, Callback] = {
    "name": profile_name_button,
    "spoken": profile_spoken_button,
    "interests": profile_interests_button,
    "city": profile_city_button,
    "show": profile_show_button,
    "mute": profile_mute_button,
    "quiet": profile_quiet_button,
    "finish": profile_finish_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("profile", profile_command),
        CallbackQueryHandler(profile_command, pattern=OpenMenu.pattern(action="profile")),
        *button_handlers(ProfileStep, PROFILE_BUTTONS),
        CallbackQueryHandler(
            announcement_mute_button, pattern=AnnouncementStep.pattern(action="mute")
        ),
        CallbackQueryHandler(use_telegram_name_button, pattern=UseTelegramName.pattern()),
        CallbackQueryHandler(toggle_spoken_button, pattern=ToggleSpoken.pattern()),
        CallbackQueryHandler(toggle_interest_button, pattern=ToggleInterest.pattern()),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {ProfileNameInput: name_text}
