"""/workshops for participants: browse, sign up (answering the questions), cancel, offers,
calendar file, and the feedback after the workshop."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import (
    FeedbackRating,
    OfferAnswer,
    RegistrationCancel,
    SignupAnswer,
    WorkshopList,
    WorkshopOpen,
    WorkshopSignup,
)
from bot.context import BotContext
from bot.domain.workshops import (
    Question,
    Registration,
    RegistrationStatus,
    Workshop,
    signup_problem,
)
from bot.handlers.common import parse_button, show, user_id
from bot.keyboards import workshops as kb
from bot.keyboards.menu import back_to_menu
from bot.render.formatting import moment, workshop_when
from bot.services.errors import UserFacingError
from bot.services.registrations import SIGNUP_DIALOG, AskQuestion, SignedUp
from bot.services.workshops import Listing

SIGNUP_INPUT = SIGNUP_DIALOG
FEEDBACK_INPUT = "feedback_comment"


async def workshops_command(update: Update, context: BotContext) -> None:
    await show_list(update, context, mine=False)


async def list_button(update: Update, context: BotContext) -> None:
    await show_list(update, context, mine=parse_button(update, WorkshopList).mine)


async def show_list(update: Update, context: BotContext, *, mine: bool) -> None:
    person = context.participant
    assert person is not None
    lang, zone = context.language, await _reader_zone(context)
    listings = await context.services.workshops.upcoming_for(person)
    if mine:
        listings = [item for item in listings if item.registration is not None]
    # The date is read in the text: a phone cuts it off the end of a button.
    items = [(item.workshop, item.workshop.title.for_reader(lang)) for item in listings]
    lines = [
        context.t("workshops-list-item", title=title, when=moment(w.starts_at, lang, zone))
        for w, title in items
    ]
    message_id = (
        ("workshops-list-mine" if mine else "workshops-list")
        if items
        else ("workshops-none-mine" if mine else "workshops-none")
    )
    await show(
        update,
        context,
        "\n".join([context.t(message_id, count=len(items)), *lines]),
        kb.workshop_list(context.services.translator, lang, items, mine),
    )


async def open_button(update: Update, context: BotContext) -> None:
    await show_workshop(update, context, parse_button(update, WorkshopOpen).workshop_id)


async def show_workshop(
    update: Update, context: BotContext, workshop_id: int, *, new_message: bool = False
) -> None:
    person = context.participant
    assert person is not None
    listing = await context.services.workshops.listing(person, workshop_id)
    workshop = listing.workshop
    now = context.services.clock.now()
    problem = signup_problem(
        workshop, now, listing.registration.status if listing.registration else None
    )
    text = await _card_text(context, listing)
    await show(
        update,
        context,
        text,
        kb.workshop_card(
            context.services.translator,
            context.language,
            workshop,
            listing.registration,
            problem is None,
        ),
        new_message=new_message,
    )


async def open_link(update: Update, context: BotContext, workshop_id: int) -> None:
    """A workshop link or poster: another partnership's workshop is named, never joined."""
    found = await context.services.workshops.elsewhere(user_id(update), workshop_id)
    if found is None:
        await show_workshop(update, context, workshop_id, new_message=True)
        return
    workshop, partnership = found
    await show(
        update,
        context,
        context.t(
            "workshops-link-other-partnership",
            title=workshop.title.for_reader(context.language),
            partnership=partnership.name.for_reader(context.language),
        ),
        back_to_menu(context.services.translator, context.language),
        new_message=True,
    )


async def _card_text(context: BotContext, listing: Listing) -> str:
    w, lang = listing.workshop, context.language
    zone = await _reader_zone(context)
    confirmed = listing.registration is not None and listing.registration.status in (
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.ATTENDED,
    )
    lines = [
        context.t(
            "workshops-card",
            title=w.title.for_reader(lang),
            kind=context.label(f"workshops-kind-{w.kind.value}"),
            when=workshop_when(w, lang, zone),
            place=await _place(context, w, with_link=confirmed),
            seats=-1 if listing.seats_left is None else listing.seats_left,
        )
    ]
    if zone != w.time_zone:
        lines.append(
            context.t("workshops-card-local-time", when=workshop_when(w, lang, w.time_zone))
        )
    if w.description:
        lines.append(
            "\n"
            + context.t("workshops-card-description", description=w.description.for_reader(lang))
        )
    if listing.registration is not None:
        lines.append("\n" + await _status_line(context, listing.registration))
    if w.status.value == "cancelled":
        lines.append("\n" + context.t("workshops-signup-cancelled"))
    return "\n".join(lines)


async def _status_line(context: BotContext, reg: Registration) -> str:
    if reg.status is RegistrationStatus.WAITLISTED:
        position = await context.services.registrations.waitlist_position(reg)
        return context.t("workshops-status-waitlisted", position=position)
    if reg.status is RegistrationStatus.OFFERED:
        assert reg.offer_expires_at is not None
        return context.t(
            "workshops-status-offered",
            deadline=moment(reg.offer_expires_at, context.language, await _reader_zone(context)),
        )
    return context.t(f"workshops-status-{reg.status.value}", code=reg.check_in_code)


# ------------------------------------------------------------------ signing up
async def signup_button(update: Update, context: BotContext) -> None:
    workshop_id = parse_button(update, WorkshopSignup).workshop_id
    step = await context.services.registrations.sign_up(
        user_id(update), workshop_id, context.language
    )
    if isinstance(step, AskQuestion):
        await _ask_question(update, context, step.workshop, step.index)
    else:
        await _tell_result(update, context, step)


async def _ask_question(
    update: Update, context: BotContext, workshop: Workshop, index: int
) -> None:
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
    await show(
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


async def signup_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    """A typed answer to the current question."""
    assert update.message is not None and update.message.text is not None
    workshop_id, index = int(str(data["workshop_id"])), int(str(data["index"]))
    workshop = await context.services.registrations.workshop(user_id(update), workshop_id)
    if index >= len(workshop.questions) or workshop.questions[index].choices:
        await show(update, context, context.t("workshops-error-use-buttons"))
        return
    answer = context.services.registrations.clean_answer(update.message.text)
    await _record(update, context, workshop, data, answer)


async def answer_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, SignupAnswer)
    state = await context.services.dialogs.get(user_id(update))
    if state is None or state[0] != SIGNUP_INPUT or state[1]["workshop_id"] != step.workshop_id:
        raise UserFacingError("errors-stale-button")
    data = state[1]
    if step.action == "abort":
        await context.services.dialogs.clear(user_id(update))
        await show(
            update,
            context,
            context.t("workshops-signup-aborted"),
            kb.after_signup(context.services.translator, context.language, step.workshop_id),
        )
        return
    workshop = await context.services.registrations.workshop(user_id(update), step.workshop_id)
    question = workshop.questions[int(data["index"])]
    if step.action == "skip" and not question.required:
        await _record(update, context, workshop, data, None)
    elif step.action == "choice" and 0 <= step.value < len(question.choices):
        await _record(
            update,
            context,
            workshop,
            data,
            next(iter(question.choices[step.value].values.values())),
        )
    else:
        raise UserFacingError("errors-stale-button")


async def _record(
    update: Update,
    context: BotContext,
    workshop: Workshop,
    data: dict[str, object],
    answer: str | None,
) -> None:
    index = int(str(data["index"]))
    answers = dict(data["answers"])  # type: ignore[call-overload]
    if answer is not None:
        answers[str(workshop.questions[index].position)] = answer
    if index + 1 < len(workshop.questions):
        await context.services.dialogs.set(
            user_id(update),
            SIGNUP_INPUT,
            {"workshop_id": workshop.id, "index": index + 1, "answers": answers},
        )
        await _ask_question(update, context, workshop, index + 1)
        return
    signed_up = await context.services.registrations.finish_sign_up(
        user_id(update), workshop.id, [(int(k), v) for k, v in answers.items()], context.language
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
            when=workshop_when(w, lang, signed_up.reader_zone),
            place=signed_up.place,
            code=reg.check_in_code,
        ),
        markup,
    )
    await _send_calendar(update, context, w, signed_up.calendar)


async def _send_calendar(
    update: Update, context: BotContext, workshop: Workshop, calendar: bytes | None
) -> None:
    chat = update.effective_chat
    assert chat is not None and calendar is not None
    await context.bot.send_document(
        chat.id,
        calendar,
        filename=f"workshop-{workshop.id}.ics",
        caption=context.t("workshops-calendar-caption"),
    )


# ------------------------------------------------------------------ cancelling and offers
async def cancel_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, RegistrationCancel)
    tr, lang = context.services.translator, context.language
    if not step.confirm:
        reg = await context.services.registrations.registration(
            user_id(update), step.registration_id
        )
        await show(
            update,
            context,
            context.t("workshops-cancel-ask"),
            kb.cancel_confirm(tr, lang, reg.id, reg.workshop_id),
        )
        return
    reg = await context.services.registrations.cancel(user_id(update), step.registration_id)
    await show(
        update,
        context,
        context.t("workshops-cancelled-by-you"),
        kb.after_signup(tr, lang, reg.workshop_id),
    )


async def offer_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, OfferAnswer)
    result = await context.services.registrations.answer_offer(
        user_id(update), step.registration_id, step.accept
    )
    if step.accept:
        signed_up = await context.services.registrations.signed_up(result, context.language)
        await _tell_result(update, context, signed_up)
    else:
        await show(update, context, context.t("workshops-offer-declined"))


# ------------------------------------------------------------------ feedback
async def feedback_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, FeedbackRating)
    if step.rating == 0:
        await context.services.dialogs.set(
            user_id(update), FEEDBACK_INPUT, {"registration_id": step.registration_id}
        )
        await show(update, context, context.t("workshops-feedback-ask-comment"))
        return
    await context.services.registrations.give_feedback(
        user_id(update), step.registration_id, rating=step.rating
    )
    await show(
        update,
        context,
        context.t("workshops-feedback-thanks", rating=step.rating),
        kb.feedback_comment(context.services.translator, context.language, step.registration_id),
    )


async def feedback_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    assert update.message is not None and update.message.text is not None
    await context.services.registrations.give_feedback(
        user_id(update), int(str(data["registration_id"])), comment=update.message.text
    )
    await context.services.dialogs.clear(user_id(update))
    await show(update, context, context.t("workshops-feedback-comment-thanks"))


# ------------------------------------------------------------------ helpers
async def _reader_zone(context: BotContext) -> str:
    return await context.services.workshops.reader_zone_of(context.participant)


async def _place(context: BotContext, workshop: Workshop, *, with_link: bool) -> str:
    render = await context.services.workshops.place(workshop, with_link=with_link)
    return render(context.language)


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("workshops", workshops_command),
        CallbackQueryHandler(list_button, pattern=WorkshopList.pattern()),
        CallbackQueryHandler(open_button, pattern=WorkshopOpen.pattern()),
        CallbackQueryHandler(signup_button, pattern=WorkshopSignup.pattern()),
        CallbackQueryHandler(answer_button, pattern=SignupAnswer.pattern()),
        CallbackQueryHandler(cancel_button, pattern=RegistrationCancel.pattern()),
        CallbackQueryHandler(offer_button, pattern=OfferAnswer.pattern()),
        CallbackQueryHandler(feedback_button, pattern=FeedbackRating.pattern()),
    ]


TEXT_INPUTS = {SIGNUP_INPUT: signup_text, FEEDBACK_INPUT: feedback_text}
