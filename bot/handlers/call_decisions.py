"""Deciding a call: decisions, letters per language (preview, wording, sending), the export."""

from __future__ import annotations

from collections import Counter

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_calls import CallDecide, CallExport, CallLetters, CallLetterStep
from bot.context import BotContext
from bot.domain.call_dialogs import DecisionTemplateInput
from bot.domain.calls import DECISIONS
from bot.handlers.common import (
    answer_button,
    button_handlers,
    drop_keyboard,
    parse_button,
    show,
    user_id,
)
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.keyboards import call_decisions as kb
from bot.render.languages import language_label, language_name, list_text
from bot.services.call_decisions import Decided, LettersView
from bot.services.errors import UserFacingError


# ---------------------------------------------------------------- deciding
async def decide_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, CallDecide)
    service = context.services.call_decisions
    decided = await service.decide(
        context.require_actor(), pressed.application_id, pressed.decision, context.language
    )
    application = decided.application
    keyboard = kb.decision(
        context.services.translator,
        context.language,
        decided.call.id,
        application.id,
        application.decision,
    )
    await show(update, context, _decided_text(context, decided), keyboard)


def _decided_text(context: BotContext, decided: Decided) -> str:
    application = decided.application
    text = context.t(
        "decide-decided",
        number=application.id,
        cities=" – ".join(application.cities),
        decision=application.decision or "none",
    )
    if decided.reviews_done >= decided.reviews_wanted:
        return text
    warning = context.t(
        "decide-reviews-missing", done=decided.reviews_done, wanted=decided.reviews_wanted
    )
    return f"{text}\n\n{warning}"


def _short_of_reviews(context: BotContext, view: LettersView) -> str:
    """⚠️ lines for decided applications with fewer reviews than the call wants ('' if none)."""
    return "\n".join(
        context.t(
            "decide-reviews-missing-of",
            number=short.application_id,
            done=short.done,
            wanted=short.wanted,
        )
        for short in view.short
    )


def _waiting(context: BotContext, view: LettersView) -> list[str]:
    """'Accepted: 1 application (2 people)' per decision whose letters are still to send."""
    return [
        context.t(
            "decide-count-line",
            decision=decision,
            count=context.t(
                "decide-count", applications=view.decided[decision], people=view.reach(decision)
            ),
        )
        for decision in DECISIONS
        if view.decided[decision]
    ]


def _summary(context: BotContext, view: LettersView) -> str:
    """What the letters screen counts: letters to send per decision (applications and people),
    applications without a decision, and the letters sent already."""
    lines = []
    waiting = _waiting(context, view)
    if waiting:
        lines += [context.t("decide-waiting-heading"), *waiting]
    if view.undecided or not (waiting or view.sent):
        lines.append(context.t("decide-undecided", undecided=view.undecided))
    if view.sent:
        sent = context.t("decide-sent-count", people=view.sent_people, applications=view.sent)
        lines.append(context.t("decide-sent-line", sent=sent))
    return "\n".join(lines)


# ---------------------------------------------------------------- letters
async def letters_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, CallLetters)
    await show_letters(update, context, pressed.call_id)


async def show_letters(
    update: Update, context: BotContext, call_id: int, header: str | None = None
) -> None:
    view = await context.services.call_decisions.letters(context.require_actor(), call_id)
    keyboard = kb.letters(context.services.translator, context.language, call_id, view.reach())
    await show(update, context, _letters_text(context, view), keyboard, header=header)


def _letters_text(context: BotContext, view: LettersView) -> str:
    text = context.t(
        "decide-letters",
        call=view.call.title.for_reader(context.language),
        summary=_summary(context, view),
        people=view.reach(),
    )
    short = _short_of_reviews(context, view)
    return f"{text}\n\n{short}" if short else text


async def letter_preview_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, CallLetterStep)
    # Back from typing a wording (its Cancel): the letter stays as it was.
    await context.services.call_decisions.stop_typing(context.require_actor())
    text, by_language = await context.services.call_decisions.preview(
        context.require_actor(), pressed.call_id, pressed.decision, context.language
    )
    screen = _preview_text(context, pressed.decision, text, by_language)
    keyboard = kb.preview(
        context.services.translator, context.language, pressed.call_id, pressed.decision
    )
    await show(update, context, screen, keyboard)


def _preview_text(
    context: BotContext, decision: str, letter: str, by_language: Counter[str]
) -> str:
    """The letter as shown, with who gets it in which language and which language this is."""
    lang = context.language
    counts = [
        context.t("decide-language-count", language=language_label(code, lang), people=n)
        for code, n in sorted(by_language.items(), key=lambda item: (-item[1], item[0]))
    ]
    details = [context.t("decide-preview-languages", languages=list_text(lang, counts))]
    details = details if counts else []
    details.append(context.t("decide-preview-shown", language=language_name(lang, lang)))
    return context.t(
        "decide-preview",
        decision=decision,
        people=by_language.total(),
        details="\n".join(details),
        letter=letter,
    )


async def letter_edit_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, CallLetterStep)
    asked, current = await context.services.call_decisions.ask_template(
        context.require_actor(), pressed.call_id, pressed.decision, pressed.language
    )
    screen = context.t(
        "decide-template-ask",
        decision=pressed.decision,
        language=language_name(pressed.language, context.language),
        current=current,
    )
    keyboard = kb.editing(
        context.services.translator, context.language, pressed.call_id, pressed.decision
    )
    prompt = await show(update, context, screen, keyboard)
    await context.services.dialogs.start(
        user_id(update),
        DecisionTemplateInput(asked.call_id, asked.decision, asked.language, prompt),
    )


async def template_text(update: Update, context: BotContext, asked: DecisionTemplateInput) -> None:
    message = update.effective_message
    assert message is not None
    # A wording with an unknown placeable is refused with a reply; the question stays open.
    await context.services.call_decisions.set_template(
        context.require_actor(), asked, message.text or ""
    )
    await drop_keyboard(update, context, asked.prompt_message_id)
    text, by_language = await context.services.call_decisions.preview(
        context.require_actor(), asked.call_id, asked.decision, context.language
    )
    saved = context.t(
        "decide-template-saved", language=language_name(asked.language, context.language)
    )
    screen = _preview_text(context, asked.decision, text, by_language)
    keyboard = kb.preview(
        context.services.translator, context.language, asked.call_id, asked.decision
    )
    await show(update, context, screen, keyboard, header=saved)


async def letters_ask_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, CallLetterStep)
    view = await context.services.call_decisions.letters(context.require_actor(), pressed.call_id)
    if not view.reach():
        raise UserFacingError("decide-letters-nothing")
    screen = context.t(
        "decide-send-confirm",
        people=view.reach(),
        applications=sum(view.decided.values()),
        waiting="\n".join(_waiting(context, view)),
    )
    short = _short_of_reviews(context, view)
    screen = f"{screen}\n\n{short}" if short else screen
    keyboard = kb.confirm(context.services.translator, context.language, pressed.call_id)
    await show(update, context, screen, keyboard)


async def letters_send_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, CallLetterStep)
    queued, sent = await context.services.call_decisions.send_letters(
        context.require_actor(), pressed.call_id, context.bot.username
    )
    keyboard = kb.after_sending(context.services.translator, context.language, pressed.call_id)
    text = context.t("decide-sent", people=queued, applications=sent)
    await show(update, context, text, keyboard)


# ---------------------------------------------------------------- export
async def export_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, CallExport)
    name, data = await context.services.call_decisions.export(
        context.require_actor(), pressed.call_id, context.language
    )
    await answer_button(update, context)
    await context.bot.send_document(
        user_id(update), data, filename=name, caption=context.t("decide-export-caption")
    )


LETTER_BUTTONS = {
    "preview": letter_preview_button,
    "edit": letter_edit_button,
    "ask": letters_ask_button,
    "send": letters_send_button,
}

TEXT_INPUTS: dict[InputKey, TextInput] = {DecisionTemplateInput: template_text}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(decide_button, pattern=CallDecide.pattern()),
        CallbackQueryHandler(letters_button, pattern=CallLetters.pattern()),
        CallbackQueryHandler(export_button, pattern=CallExport.pattern()),
        *button_handlers(CallLetterStep, LETTER_BUTTONS),
    ]
