"""Applying to a call in chat: /apply and the call's page, the applicant's city and country,
the questions one at a time (each answer saved as it is typed), pausing and returning.
The review screen, the partner city, documents, sign-off and submission are in
`application_review.py`; the screens both use are in `application_screens.py`."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_calls import (
    ApplyChoice,
    ApplyCountry,
    ApplyEdit,
    ApplyHome,
    ApplyJoin,
    ApplyLanguage,
    ApplyStart,
    ApplyStep,
    ApplyZone,
    CallApply,
)
from bot.context import BotContext
from bot.domain.call_dialogs import ApplyAnswerInput, ApplyCityInput, ApplyReviewInput
from bot.domain.calls import Application
from bot.handlers import application_review
from bot.handlers.application_screens import (
    ask_city,
    ask_question,
    call_text,
    go_on,
    show_call_page,
    show_review,
)
from bot.handlers.common import drop_keyboard, parse_button, show, user_id
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.keyboards import applying as kb
from bot.render.applications import city_of
from bot.services.applications import Workspace
from bot.services.errors import UserFacingError


# ------------------------------------------------------------------ the calls and a call's page
async def apply_command(update: Update, context: BotContext) -> None:
    """With one draft in an open call: straight back to where the person stopped (the next
    question, or the review once everything is answered). Otherwise the open calls."""
    await context.services.dialogs.clear(user_id(update))
    drafts = await context.services.applications.open_drafts(user_id(update))
    if len(drafts) == 1:
        await go_on(update, context, drafts[0], header=context.t("apply-welcome-back"))
        return
    await show_calls(update, context)


async def show_calls(update: Update, context: BotContext) -> None:
    """The open calls; none open is said kindly."""
    calls = await context.services.applications.open_calls()
    tr, lang = context.services.translator, context.language
    onboarded = context.participant is not None and context.participant.is_onboarded
    text = context.t("apply-calls", count=len(calls)) if calls else context.t("apply-calls-none")
    await show(update, context, text, kb.call_list(tr, lang, calls, onboarded))


async def apply_home_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_calls(update, context)


async def open_call(update: Update, context: BotContext, call_id: int) -> None:
    """The call's page (from its link or /apply): what it asks, until when, and "Apply"."""
    page = await context.services.applications.call_page(user_id(update), call_id)
    await show_call_page(update, context, page)


async def call_page_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await open_call(update, context, parse_button(update, CallApply).call_id)


async def language_button(update: Update, context: BotContext) -> None:
    """Someone new chooses their language on the call page; it is kept for them."""
    chosen = parse_button(update, ApplyLanguage)
    await context.services.applications.set_language(user_id(update), chosen.language)
    context.language = chosen.language
    page = await context.services.applications.call_page(user_id(update), chosen.call_id)
    await show_call_page(update, context, page)


# ------------------------------------------------------------------ starting
async def start_button(update: Update, context: BotContext) -> None:
    """ "Apply": first the applicant's city (typed)."""
    call_id = parse_button(update, ApplyStart).call_id
    page = await context.services.applications.call_page(user_id(update), call_id)
    if page.application is not None:  # applied meanwhile (another device, an old button)
        await go_on(update, context, await _workspace(update, context, page.application.id))
        return
    await ask_city(update, context, call_id, 0, None)


async def city_text(update: Update, context: BotContext, asked: ApplyCityInput) -> None:
    """The city: warned when it applies to this call already; then its country."""
    assert update.message is not None and update.message.text is not None
    city = " ".join(update.message.text.split())
    service = context.services.applications
    twins = await service.check_city(asked.call_id, city, asked.application_id)
    await drop_keyboard(update, context, asked.prompt_message_id)
    page = await service.call_page(user_id(update), asked.call_id)
    header = _twin_warning(context, twins) if twins else None
    tr, lang = context.services.translator, context.language
    text = context.t("apply-ask-country", city=city)
    prompt = await show(update, context, text, kb.countries(tr, lang, page.call), header=header)
    await context.services.dialogs.start(
        user_id(update), replace(asked, city=city, prompt_message_id=prompt)
    )


def _twin_warning(context: BotContext, twins: list[Application]) -> str:
    """One city applying twice: name the application; link it for its own parties."""
    tr, lang, uid = context.services.translator, context.language, context.actor
    mine = [a for a in twins if uid is not None and a.party_of(uid.user_id) is not None]
    cities = " ↔ ".join(city_of(tr, lang, p) for p in twins[0].parties)
    if mine:
        return context.t("apply-city-twice-yours", cities=cities)
    return context.t("apply-city-twice", cities=cities)


async def country_button(update: Update, context: BotContext) -> None:
    country = parse_button(update, ApplyCountry).country
    asked = await context.services.dialogs.current(user_id(update))
    if not isinstance(asked, ApplyCityInput) or not asked.city:
        raise UserFacingError("errors-stale-button")
    ws = await context.services.applications.give_details(
        user_id(update), context.language, asked.call_id, asked.application_id, asked.city, country
    )
    await context.services.dialogs.clear(user_id(update))
    await go_on(update, context, ws, header=context.t("apply-details-saved"))


async def zone_button(update: Update, context: BotContext) -> None:
    chosen = parse_button(update, ApplyZone)
    ws = await context.services.applications.set_zone(
        user_id(update), chosen.application_id, chosen.index
    )
    await go_on(update, context, ws)


# ------------------------------------------------------------------ questions
async def answer_text(update: Update, context: BotContext, asked: ApplyAnswerInput) -> None:
    """Saved as soon as typed; then the next question (or the review, after an edit)."""
    assert update.message is not None and update.message.text is not None
    ws = await context.services.applications.answer(
        user_id(update), asked.application_id, asked.question_id, update.message.text
    )
    await drop_keyboard(update, context, asked.prompt_message_id)
    saved = saved_header(context, ws)
    if asked.single:
        await show_review(update, context, ws, header=saved)
        return
    await go_on(update, context, ws, after=ws.call.question(asked.question_id), header=saved)


def saved_header(context: BotContext, ws: Workspace) -> str:
    """'Answer saved.', and when the change withdrew confirmations, that each city confirms
    again (the other city is told too)."""
    if ws.withdrawn:
        return context.t("apply-answer-saved-withdrawn", count=ws.withdrawn)
    return context.t("apply-answer-saved")


async def choice_button(update: Update, context: BotContext) -> None:
    chosen = parse_button(update, ApplyChoice)
    asked = await context.services.dialogs.current(user_id(update))
    ws = await context.services.applications.choose(
        user_id(update), chosen.application_id, chosen.question_id, chosen.index
    )
    if isinstance(asked, ApplyAnswerInput) and asked.single:
        await show_review(update, context, ws, header=saved_header(context, ws))
        return
    await go_on(update, context, ws, after=ws.call.question(chosen.question_id))


async def skip_button(update: Update, context: BotContext) -> None:
    """An optional question left out: on to the next one."""
    step = parse_button(update, ApplyStep)
    asked = await context.services.dialogs.current(user_id(update))
    if not isinstance(asked, ApplyAnswerInput) or asked.application_id != step.application_id:
        raise UserFacingError("errors-stale-button")
    ws = await context.services.applications.skip(
        user_id(update), step.application_id, asked.question_id
    )
    await go_on(update, context, ws, after=ws.call.question(asked.question_id))


async def later_button(update: Update, context: BotContext) -> None:
    """Pause: everything typed so far is kept; /apply or the call's link continues."""
    step = parse_button(update, ApplyStep)
    await _workspace(update, context, step.application_id)
    await context.services.dialogs.clear(user_id(update))
    tr, lang = context.services.translator, context.language
    await show(update, context, context.t("apply-paused"), kb.paused(tr, lang, step.application_id))


async def resume_button(update: Update, context: BotContext) -> None:
    """Returning: at the first unanswered question (or the review screen)."""
    step = parse_button(update, ApplyStep)
    ws = await _workspace(update, context, step.application_id)
    await go_on(update, context, ws, header=context.t("apply-welcome-back"))


async def edit_button(update: Update, context: BotContext) -> None:
    """One question again, from the review screen."""
    chosen = parse_button(update, ApplyEdit)
    ws = await context.services.applications.changeable(user_id(update), chosen.application_id)
    question = ws.call.question(chosen.question_id)
    if question is None:
        raise UserFacingError("errors-stale-button")
    await ask_question(update, context, ws, question, single=True)


async def review_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, ApplyStep)
    await show_review(update, context, await _workspace(update, context, step.application_id))


async def review_text_input(update: Update, context: BotContext, asked: ApplyReviewInput) -> None:
    """Text while the review screen is open: the buttons change answers, files are sent."""
    ws = await _workspace(update, context, asked.application_id)
    await show_review(update, context, ws, header=context.t("apply-review-use-buttons"))


async def _workspace(update: Update, context: BotContext, application_id: int) -> Workspace:
    return await context.services.applications.workspace(user_id(update), application_id)


# ------------------------------------------------------------------ the partner's link
async def join_as_partner(update: Update, context: BotContext, token: str) -> None:
    """The partner city's link: first the call, who invites and the data note; joining only
    with the button below."""
    service = context.services.applications
    tr, lang = context.services.translator, context.language
    try:
        page, app = await service.invitation(user_id(update), token)
    except UserFacingError as refused:
        text = context.t(refused.message_id, **refused.args_for_message)
        await show(update, context, text, kb.back_to_calls(tr, lang))
        return
    if app.party_of(user_id(update)) is not None:
        await go_on(update, context, await _workspace(update, context, app.id))
        return
    text = "\n\n".join(
        [
            context.t("apply-invited", city=city_of(tr, lang, app.parties[0])),
            call_text(context, page),
            context.t("apply-call-data"),
        ]
    )
    await show(update, context, text, kb.join(tr, lang, token))


async def join_button(update: Update, context: BotContext) -> None:
    """Joining the joint application (after reading the call)."""
    token = parse_button(update, ApplyJoin).token
    ws = await context.services.applications.join(user_id(update), context.language, token)
    tr, lang = context.services.translator, context.language
    lead = ws.application.parties[0]
    header = context.t(
        "apply-joined", call=ws.call.title.for_reader(lang), city=city_of(tr, lang, lead)
    )
    await go_on(update, context, ws, header=header)


# One callback per button action (ApplyStep.action); a test checks every action has one.
STEP_BUTTONS = {
    "resume": resume_button,
    "review": review_button,
    "later": later_button,
    "skip": skip_button,
    **application_review.STEP_BUTTONS,
}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("apply", apply_command),
        CallbackQueryHandler(apply_home_button, pattern=ApplyHome.pattern()),
        CallbackQueryHandler(call_page_button, pattern=CallApply.pattern()),
        CallbackQueryHandler(language_button, pattern=ApplyLanguage.pattern()),
        CallbackQueryHandler(start_button, pattern=ApplyStart.pattern()),
        CallbackQueryHandler(country_button, pattern=ApplyCountry.pattern()),
        CallbackQueryHandler(zone_button, pattern=ApplyZone.pattern()),
        CallbackQueryHandler(choice_button, pattern=ApplyChoice.pattern()),
        CallbackQueryHandler(edit_button, pattern=ApplyEdit.pattern()),
        CallbackQueryHandler(join_button, pattern=ApplyJoin.pattern()),
        *(
            CallbackQueryHandler(callback, pattern=ApplyStep.pattern(action=action))
            for action, callback in STEP_BUTTONS.items()
        ),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    ApplyCityInput: city_text,
    ApplyAnswerInput: answer_text,
    ApplyReviewInput: review_text_input,
}
# A file sent anywhere in an open application is its document (the review screen says so).
MEDIA_INPUTS: dict[InputKey, MediaInput] = {
    ApplyCityInput: application_review.document_sent,
    ApplyAnswerInput: application_review.document_sent,
    ApplyReviewInput: application_review.document_sent,
}
