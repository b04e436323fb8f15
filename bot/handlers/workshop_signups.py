"""Signing up for a workshop (answering its questions first), the confirmation with its
calendar file, cancelling, waiting-list offers, and the feedback after the workshop."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_data import (
    FeedbackRating,
    OfferAnswer,
    RegistrationCancel,
    SignupAnswer,
    WorkshopSignup,
)
from bot.context import BotContext
from bot.domain.dialogs import FeedbackCommentInput, SignupAnswersInput
from bot.domain.workshops import FEEDBACK_STARS, Question, RegistrationStatus, Workshop
from bot.handlers import menu
from bot.handlers.common import drop_keyboard, menu_keyboard, parse_button, show, user_id
from bot.handlers.text_input import InputKey, TextInput
from bot.keyboards import workshops as kb
from bot.render.formatting import event_time
from bot.services.errors import UserFacingError
from bot.services.registrations import AskQuestion, SignedUp


async def workshop_signup_button(update: Update, context: BotContext) -> None:
    workshop_id = parse_button(update, WorkshopSignup).workshop_id
    query = update.callback_query
    card = query.message.message_id if query and query.message else 0
    step = await context.services.registrations.sign_up(
        user_id(update), workshop_id, context.language, card
    )
    if isinstance(step, AskQuestion):
        await _ask_question(update, context, step.workshop, step.index)
    else:
        await _tell_result(update, context, step)


async def _ask_question(update: Update, context: BotContext, workshop: Workshop, index: int) -> int:
    """Show question `index`; returns the id of its message."""
    question = workshop.questions[index]
    text = (
        context.t(
            "workshops-question-header",
            number=index + 1,
            total=len(workshop.questions),
            required="yes" if question.required else "no",
        )
        + "\n\n"
        + _question_text(context, question)
    )
    return await show(
        update,
        context,
        text,
        kb.question(context.services.translator, context.language, workshop.id, question),
    )


def _question_text(context: BotContext, question: Question) -> str:
    if question.builtin:
        return context.t(f"workshops-question-{question.builtin}")
    assert question.text is not None
    return context.t("workshops-question-custom", text=question.text.for_reader(context.language))


async def signup_text(update: Update, context: BotContext, state: SignupAnswersInput) -> None:
    """A typed answer to the current question."""
    assert update.message is not None and update.message.text is not None
    workshop = await context.services.registrations.workshop(user_id(update), state.workshop_id)
    if state.index >= len(workshop.questions) or workshop.questions[state.index].choices:
        await show(update, context, context.t("workshops-error-use-buttons"))
        return
    answer = context.services.registrations.clean_answer(update.message.text)
    await drop_keyboard(update, context, state.prompt_message_id)  # answered: no old "skip"
    await _record(update, context, workshop, state, answer)


async def _signup_state(update: Update, context: BotContext) -> SignupAnswersInput:
    """The questions the pressed button belongs to; any other press is a stale button."""
    step = parse_button(update, SignupAnswer)
    state = await context.services.dialogs.current(user_id(update))
    if not isinstance(state, SignupAnswersInput) or state.workshop_id != step.workshop_id:
        raise UserFacingError("errors-stale-button")
    query = update.callback_query
    pressed = query.message.message_id if query and query.message else 0
    if state.prompt_message_id and pressed != state.prompt_message_id:
        raise UserFacingError("errors-stale-button")  # an earlier question's button
    return state


async def signup_abort_button(update: Update, context: BotContext) -> None:
    state = await _signup_state(update, context)
    await context.services.dialogs.clear(user_id(update))
    await show(
        update,
        context,
        context.t("workshops-signup-aborted"),
        kb.after_signup(context.services.translator, context.language, state.workshop_id),
    )


async def signup_skip_button(update: Update, context: BotContext) -> None:
    state = await _signup_state(update, context)
    workshop = await context.services.registrations.workshop(user_id(update), state.workshop_id)
    if workshop.questions[state.index].required:
        raise UserFacingError("errors-stale-button")
    await _record(update, context, workshop, state, None)


async def signup_choice_button(update: Update, context: BotContext) -> None:
    choice = parse_button(update, SignupAnswer).value
    state = await _signup_state(update, context)
    workshop = await context.services.registrations.workshop(user_id(update), state.workshop_id)
    choices = workshop.questions[state.index].choices
    if not 0 <= choice < len(choices):
        raise UserFacingError("errors-stale-button")
    await _record(update, context, workshop, state, next(iter(choices[choice].values.values())))


async def _record(
    update: Update,
    context: BotContext,
    workshop: Workshop,
    state: SignupAnswersInput,
    answer: str | None,
) -> None:
    state = state.answered(workshop.questions[state.index].position, answer)
    if state.index < len(workshop.questions):
        shown = await _ask_question(update, context, workshop, state.index)
        await context.services.dialogs.start(
            user_id(update), replace(state, prompt_message_id=shown)
        )
        return
    signed_up = await context.services.registrations.finish_sign_up(
        user_id(update), workshop.id, state.answers, context.language
    )
    await _tell_result(update, context, signed_up)


async def _tell_result(update: Update, context: BotContext, signed_up: SignedUp) -> None:
    result, lang = signed_up.result, context.language
    w, reg = result.workshop, result.registration
    markup = kb.after_signup(context.services.translator, lang, w.id)
    if reg.status is RegistrationStatus.WAITLISTED:
        await show(
            update,
            context,
            context.t(
                "workshops-signup-waitlisted",
                title=w.title.for_reader(lang),
                position=result.waitlist_position or 0,
            ),
            markup,
        )
        return
    await show(
        update,
        context,
        context.t(
            "workshops-signup-confirmed",
            title=w.title.for_reader(lang),
            when=event_time(context.services.translator, lang, w, signed_up.reader_zone),
            place=signed_up.place,
            code=reg.check_in_code,
        ),
        markup,
    )
    await _send_calendar(update, context, w, signed_up.calendar)


async def _send_calendar(
    update: Update,
    context: BotContext,
    workshop: Workshop,
    calendar: bytes | None,
    caption: str = "workshops-calendar-caption",
) -> None:
    chat = update.effective_chat
    assert chat is not None and calendar is not None
    await context.bot.send_document(
        chat.id,
        calendar,
        filename=f"workshop-{workshop.id}.ics",
        caption=context.t(caption),
        reply_markup=menu_keyboard(context),
    )


# ------------------------------------------------------------------ cancelling and offers
async def registration_cancel_button(update: Update, context: BotContext) -> None:
    """'Cancel my sign-up': ask first."""
    step = parse_button(update, RegistrationCancel)
    reg = await context.services.registrations.registration(user_id(update), step.registration_id)
    await show(
        update,
        context,
        context.t("workshops-cancel-ask"),
        kb.cancel_confirm(context.services.translator, context.language, reg.id, reg.workshop_id),
    )


async def registration_cancel_confirmed_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, RegistrationCancel)
    cancelled = await context.services.registrations.cancel_sign_up(
        user_id(update), step.registration_id, context.language
    )
    await show(
        update,
        context,
        context.t("workshops-cancelled-by-you"),
        kb.after_signup(context.services.translator, context.language, cancelled.workshop.id),
    )
    if cancelled.calendar is not None:
        await _send_calendar(
            update, context, cancelled.workshop, cancelled.calendar, "workshops-calendar-cancel"
        )


async def offer_accept_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, OfferAnswer)
    result = await context.services.registrations.answer_offer(
        user_id(update), step.registration_id, True
    )
    signed_up = await context.services.registrations.signed_up(result, context.language)
    await _tell_result(update, context, signed_up)


async def offer_decline_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, OfferAnswer)
    await context.services.registrations.answer_offer(user_id(update), step.registration_id, False)
    await menu.show_main_menu(update, context, "workshops-offer-declined")


# ------------------------------------------------------------------ feedback
async def feedback_rating_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, FeedbackRating)
    await context.services.registrations.give_feedback(
        user_id(update), step.registration_id, rating=step.rating
    )
    await show(
        update,
        context,
        context.t("workshops-feedback-thanks", rating=step.rating),
        kb.feedback_comment(context.services.translator, context.language, step.registration_id),
    )


async def feedback_comment_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, FeedbackRating)
    await context.services.dialogs.start(
        user_id(update), FeedbackCommentInput(step.registration_id)
    )
    await show(update, context, context.t("workshops-feedback-ask-comment"), menu_keyboard(context))


async def feedback_text(update: Update, context: BotContext, state: FeedbackCommentInput) -> None:
    assert update.message is not None and update.message.text is not None
    await context.services.registrations.give_feedback(
        user_id(update), state.registration_id, comment=update.message.text
    )
    await context.services.dialogs.clear(user_id(update))
    await menu.show_main_menu(update, context, "workshops-feedback-comment-thanks")


# One callback per button action (SignupAnswer.action); a test checks every action has one.
SIGNUP_BUTTONS = {
    "choice": signup_choice_button,
    "skip": signup_skip_button,
    "abort": signup_abort_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(workshop_signup_button, pattern=WorkshopSignup.pattern()),
        *(
            CallbackQueryHandler(callback, pattern=SignupAnswer.pattern(action=action))
            for action, callback in SIGNUP_BUTTONS.items()
        ),
        # Yes/no buttons: each answer its own callback, by the value of its bool field.
        CallbackQueryHandler(
            registration_cancel_button, pattern=RegistrationCancel.pattern(confirm="0")
        ),
        CallbackQueryHandler(
            registration_cancel_confirmed_button, pattern=RegistrationCancel.pattern(confirm="1")
        ),
        CallbackQueryHandler(offer_accept_button, pattern=OfferAnswer.pattern(accept="1")),
        CallbackQueryHandler(offer_decline_button, pattern=OfferAnswer.pattern(accept="0")),
        # Rating 0 is the "add a comment" button; the stars are 1-5.
        CallbackQueryHandler(feedback_comment_button, pattern=FeedbackRating.pattern(rating="0")),
        *(
            CallbackQueryHandler(
                feedback_rating_button, pattern=FeedbackRating.pattern(rating=str(n))
            )
            for n in FEEDBACK_STARS
        ),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    SignupAnswersInput: signup_text,
    FeedbackCommentInput: feedback_text,
}
