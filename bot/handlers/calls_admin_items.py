"""A call's questions and review criteria, from the editing screen: weights, new criteria,
required on/off, maximum lengths, a question's text per language, new free-text and choice
questions, removing (after a confirmation).

Questions are fixed once anyone has applied and criteria once anyone has started scoring (the
service refuses; the screens say why and offer no change buttons): an application answers the
questions it was shown, and every application is scored on the same scale."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from babel.lists import format_list
from telegram import Update

from bot.callback_calls import CallAdmin, CallItem
from bot.context import BotContext
from bot.domain.call_admin import MAX_QUESTION_TEXT as QUESTION_LIMIT
from bot.domain.call_admin import CallInputError, clean_call_text
from bot.domain.call_dialogs import CallItemInput
from bot.domain.calls import Call, Criterion, Question
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.handlers.common import Callback, drop_keyboard, parse_button, show, user_id
from bot.keyboards import calls_admin as kb
from bot.render.formatting import babel_locale
from bot.services.errors import UserFacingError


def _admin_data(update: Update) -> CallAdmin:
    return parse_button(update, CallAdmin)


def _item_data(update: Update) -> CallItem:
    return parse_button(update, CallItem)


async def _call(context: BotContext, call_id: int) -> Call:
    return (await context.services.calls.card(context.require_actor(), call_id)).call


def question_text(context: BotContext, question: Question) -> str:
    """Its wording in the reader's language; a contact field's from the locales."""
    if question.text is None:
        return context.label(f"calls-contact-{question.field}")
    return question.text.for_reader(context.language)


async def _ask(
    update: Update,
    context: BotContext,
    dialog: CallItemInput,
    text: str,
    back: CallItem | CallAdmin,
) -> None:
    """Wait for typed input; the question's Back goes once it is answered."""
    keyboard = kb.back_to_item(context.services.translator, context.language, back)
    shown = await show(update, context, text, keyboard)
    await context.services.dialogs.start(user_id(update), replace(dialog, prompt_message_id=shown))


async def _unlocked(context: BotContext, call_id: int, part: str) -> None:
    locks = await context.services.calls.items.locks(context.require_actor(), call_id)
    if getattr(locks, part):
        raise UserFacingError(f"calls-error-{part}-locked")


# ------------------------------------------------------------------ criteria
async def call_criteria_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_criteria(update, context, _admin_data(update).call_id)


async def show_criteria(
    update: Update, context: BotContext, call_id: int, header: str | None = None
) -> None:
    call = await _call(context, call_id)
    locks = await context.services.calls.items.locks(context.require_actor(), call_id)
    lang, t = context.language, context.t
    scale = max((c.scale_max for c in call.criteria), default=5)
    lines = [
        t("calls-criteria-line", name=c.name.for_reader(lang), weight=c.weight)
        for c in call.criteria
    ]
    parts = [t("calls-criteria-title", title=call.title.for_reader(lang), scale=scale)]
    parts += ["\n".join(lines), *([t("calls-criteria-locked")] if locks.criteria else [])]
    keyboard = kb.criteria(context.services.translator, lang, call, locks.criteria)
    await show(update, context, "\n\n".join(parts), keyboard, header=header)


async def call_crit_add_button(update: Update, context: BotContext) -> None:
    call_id = _admin_data(update).call_id
    await _unlocked(context, call_id, "criteria")
    language = context.label(f"language-name-{context.language}")
    text = context.t("calls-criterion-ask", language=language)
    dialog = CallItemInput(call_id, "criterion", language=context.language)
    await _ask(update, context, dialog, text, CallAdmin("criteria", call_id, 0))


def _criterion(call: Call, criterion_id: int) -> Criterion:
    found = next((c for c in call.criteria if c.id == criterion_id), None)
    if found is None:
        raise UserFacingError("errors-stale-button")
    return found


async def criterion_button(update: Update, context: BotContext) -> None:
    data = _item_data(update)
    await show_criterion(update, context, data.call_id, data.item_id)


async def show_criterion(update: Update, context: BotContext, call_id: int, item_id: int) -> None:
    call = await _call(context, call_id)
    item = _criterion(call, item_id)
    locks = await context.services.calls.items.locks(context.require_actor(), call_id)
    name = item.name.for_reader(context.language)
    text = context.t("calls-criterion-title", name=name, weight=item.weight)
    if locks.criteria:
        text = f"{text}\n\n{context.t('calls-criteria-locked')}"
    tr, lang = context.services.translator, context.language
    await show(update, context, text, kb.criterion(tr, lang, call_id, item, locks.criteria))


async def criterion_weight_button(update: Update, context: BotContext) -> None:
    data = _item_data(update)
    await context.services.calls.items.set_criterion_weight(
        context.require_actor(), data.call_id, data.item_id, data.value
    )
    await show_criterion(update, context, data.call_id, data.item_id)


async def criterion_drop_button(update: Update, context: BotContext) -> None:
    data = _item_data(update)
    item = _criterion(await _call(context, data.call_id), data.item_id)
    await _unlocked(context, data.call_id, "criteria")
    text = context.t("calls-criterion-remove-ask", name=item.name.for_reader(context.language))
    yes = CallItem("crit_drop_ok", data.call_id, item.id, 0)
    no = CallItem("crit", data.call_id, item.id, 0)
    tr, lang = context.services.translator, context.language
    await show(update, context, text, kb.confirm_item_drop(tr, lang, yes, no))


async def criterion_drop_ok_button(update: Update, context: BotContext) -> None:
    data = _item_data(update)
    await context.services.calls.items.remove_criterion(
        context.require_actor(), data.call_id, data.item_id
    )
    await show_criteria(update, context, data.call_id, header=context.t("calls-item-removed"))


# ------------------------------------------------------------------ questions
async def call_questions_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_questions(update, context, _admin_data(update).call_id)


async def show_questions(
    update: Update, context: BotContext, call_id: int, header: str | None = None
) -> None:
    call = await _call(context, call_id)
    locks = await context.services.calls.items.locks(context.require_actor(), call_id)
    t, label = context.t, context.label
    numbered = list(enumerate(call.questions, start=1))
    lines = [
        t(
            "calls-questions-line",
            number=n,
            text=question_text(context, q),
            state=label("calls-question-required" if q.required else "calls-question-optional"),
        )
        for n, q in numbered
    ]
    parts = [t("calls-questions-title", title=call.title.for_reader(context.language))]
    parts += ["\n".join(lines), *([t("calls-questions-locked")] if locks.questions else [])]
    buttons = [
        (q.id, label("calls-questions-button", number=n, text=question_text(context, q)))
        for n, q in numbered
    ]
    keyboard = kb.questions(
        context.services.translator, context.language, call_id, buttons, locks.questions
    )
    await show(update, context, "\n\n".join(parts), keyboard, header=header)


async def _ask_new_question(update: Update, context: BotContext, field: str) -> None:
    call_id = _admin_data(update).call_id
    await _unlocked(context, call_id, "questions")
    text = context.t(
        "calls-question-ask", language=context.label(f"language-name-{context.language}")
    )
    dialog = CallItemInput(call_id, field, language=context.language)
    await _ask(update, context, dialog, text, CallAdmin("questions", call_id, 0))


async def call_q_add_text_button(update: Update, context: BotContext) -> None:
    await _ask_new_question(update, context, "question")


async def call_q_add_choice_button(update: Update, context: BotContext) -> None:
    await _ask_new_question(update, context, "choice_question")


def _question(call: Call, question_id: int) -> tuple[int, Question]:
    """The question and its number on screen."""
    for number, question in enumerate(call.questions, start=1):
        if question.id == question_id:
            return number, question
    raise UserFacingError("errors-stale-button")


async def question_button(update: Update, context: BotContext) -> None:
    data = _item_data(update)
    await show_question(update, context, data.call_id, data.item_id)


async def show_question(
    update: Update, context: BotContext, call_id: int, item_id: int, header: str | None = None
) -> None:
    call = await _call(context, call_id)
    number, item = _question(call, item_id)
    locks = await context.services.calls.items.locks(context.require_actor(), call_id)
    text = "\n\n".join(_question_parts(context, number, item, locks.questions))
    tr, lang = context.services.translator, context.language
    keyboard = kb.question(tr, lang, call_id, item, locks.questions)
    await show(update, context, text, keyboard, header=header)


def _question_parts(context: BotContext, number: int, item: Question, locked: bool) -> list[str]:
    t, lang = context.t, context.language
    locale = babel_locale(lang)
    head = t(f"calls-question-title-{item.kind}", number=number)
    parts = [f"{head}\n{t('calls-question-text', text=question_text(context, item))}"]
    if item.choices:
        choices = format_list([c.for_reader(lang) for c in item.choices], locale=locale)
        parts.append(t("calls-question-choices", choices=choices))
    state = "calls-question-required-line" if item.required else "calls-question-optional-line"
    parts.append(t(state, max=item.max_length))
    if item.text is not None:
        names = [
            context.label(f"language-name-{c}")
            for c in SUPPORTED_LANGUAGES
            if c in item.text.values
        ]
        parts.append(t("calls-question-languages", languages=format_list(names, locale=locale)))
    else:
        parts.append(t("calls-question-contact-note"))
    return [*parts, *([t("calls-questions-locked")] if locked else [])]


async def question_required_button(update: Update, context: BotContext) -> None:
    data = _item_data(update)
    await context.services.calls.items.toggle_required(
        context.require_actor(), data.call_id, data.item_id
    )
    await show_question(update, context, data.call_id, data.item_id)


async def question_length_button(update: Update, context: BotContext) -> None:
    data = _item_data(update)
    await _unlocked(context, data.call_id, "questions")
    _, item = _question(await _call(context, data.call_id), data.item_id)
    text = context.t("calls-question-max-length-ask", max=item.max_length)
    dialog = CallItemInput(data.call_id, "max_length", item_id=item.id)
    await _ask(update, context, dialog, text, CallItem("q", data.call_id, item.id, 0))


async def question_text_button(update: Update, context: BotContext) -> None:
    data = _item_data(update)
    _, item = _question(await _call(context, data.call_id), data.item_id)
    if item.text is None:
        raise UserFacingError("errors-stale-button")
    names = [
        context.label(f"language-name-{c}") for c in SUPPORTED_LANGUAGES if c in item.text.values
    ]
    locale = babel_locale(context.language)
    text = context.t("calls-edit-language-ask", languages=format_list(names, locale=locale))
    tr, lang = context.services.translator, context.language
    await show(update, context, text, kb.question_languages(tr, lang, data.call_id, item.id))


async def question_language_button(update: Update, context: BotContext) -> None:
    data = _item_data(update)
    await _unlocked(context, data.call_id, "questions")
    number, item = _question(await _call(context, data.call_id), data.item_id)
    if not 0 <= data.value < len(SUPPORTED_LANGUAGES) or item.text is None:
        raise UserFacingError("errors-stale-button")
    language = SUPPORTED_LANGUAGES[data.value]
    text = context.t(
        "calls-question-text-ask",
        number=number,
        language=context.label(f"language-name-{language}"),
        current=item.text.values.get(language) or context.label("calls-edit-missing"),
    )
    dialog = CallItemInput(data.call_id, "question_text", language=language, item_id=item.id)
    await _ask(update, context, dialog, text, CallItem("q", data.call_id, item.id, 0))


async def question_drop_button(update: Update, context: BotContext) -> None:
    data = _item_data(update)
    await _unlocked(context, data.call_id, "questions")
    number, item = _question(await _call(context, data.call_id), data.item_id)
    if item.kind == "contact":
        raise UserFacingError("calls-error-contact-stays")
    text = context.t("calls-question-remove-ask", number=number, text=question_text(context, item))
    yes = CallItem("q_drop_ok", data.call_id, item.id, 0)
    no = CallItem("q", data.call_id, item.id, 0)
    tr, lang = context.services.translator, context.language
    await show(update, context, text, kb.confirm_item_drop(tr, lang, yes, no))


async def question_drop_ok_button(update: Update, context: BotContext) -> None:
    data = _item_data(update)
    await context.services.calls.items.remove_question(
        context.require_actor(), data.call_id, data.item_id
    )
    await show_questions(update, context, data.call_id, header=context.t("calls-item-removed"))


# ------------------------------------------------------------------ typed answers
async def item_text(update: Update, context: BotContext, asked: CallItemInput) -> None:
    """The typed name, question, choices, text or length is saved (or refused with a reason,
    the question still open)."""
    assert update.message is not None and update.message.text is not None
    save = ITEM_SAVERS.get(asked.field)
    if save is None:
        raise UserFacingError("errors-stale-button")
    await save(update, context, asked, update.message.text)


async def _done(update: Update, context: BotContext, asked: CallItemInput) -> str:
    await context.services.dialogs.clear(user_id(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    return context.t("calls-saved")


async def _save_criterion(
    update: Update, context: BotContext, asked: CallItemInput, typed: str
) -> None:
    actor = context.require_actor()
    await context.services.calls.items.add_criterion(actor, asked.call_id, asked.language, typed)
    await show_criteria(update, context, asked.call_id, header=await _done(update, context, asked))


async def _save_question(
    update: Update, context: BotContext, asked: CallItemInput, typed: str
) -> None:
    actor = context.require_actor()
    await context.services.calls.items.add_question(actor, asked.call_id, asked.language, typed)
    await show_questions(update, context, asked.call_id, header=await _done(update, context, asked))


async def _save_choice_question(
    update: Update, context: BotContext, asked: CallItemInput, typed: str
) -> None:
    """First the question (kept in the dialog), then its choices, one per line."""
    if asked.text:
        calls, actor = context.services.calls, context.require_actor()
        await calls.items.add_question(actor, asked.call_id, asked.language, asked.text, typed)
        header = await _done(update, context, asked)
        await show_questions(update, context, asked.call_id, header=header)
        return
    try:
        question = clean_call_text(typed, QUESTION_LIMIT)
    except CallInputError as exc:
        raise UserFacingError(exc.reason) from exc
    await drop_keyboard(update, context, asked.prompt_message_id)
    text = context.t("calls-question-choices-ask")
    back = CallAdmin("questions", asked.call_id, 0)
    await _ask(update, context, replace(asked, text=question), text, back)


async def _save_question_text(
    update: Update, context: BotContext, asked: CallItemInput, typed: str
) -> None:
    await context.services.calls.items.set_question_text(
        context.require_actor(), asked.call_id, asked.item_id, asked.language, typed
    )
    header = await _done(update, context, asked)
    await show_question(update, context, asked.call_id, asked.item_id, header=header)


async def _save_max_length(
    update: Update, context: BotContext, asked: CallItemInput, typed: str
) -> None:
    await context.services.calls.items.set_max_length(
        context.require_actor(), asked.call_id, asked.item_id, typed
    )
    header = await _done(update, context, asked)
    await show_question(update, context, asked.call_id, asked.item_id, header=header)


ItemSaver = Callable[[Update, BotContext, CallItemInput, str], Awaitable[None]]
# What a typed answer is, by CallItemInput.field.
ITEM_SAVERS: dict[str, ItemSaver] = {
    "criterion": _save_criterion,
    "question": _save_question,
    "choice_question": _save_choice_question,
    "question_text": _save_question_text,
    "max_length": _save_max_length,
}

# The list screens and "new" buttons are CallAdmin actions; the rest are CallItem actions.
ADMIN_ITEM_BUTTONS: dict[str, Callback] = {
    "criteria": call_criteria_button,
    "crit_add": call_crit_add_button,
    "questions": call_questions_button,
    "q_add_text": call_q_add_text_button,
    "q_add_choice": call_q_add_choice_button,
}
ITEM_BUTTONS: dict[str, Callback] = {
    "crit": criterion_button,
    "weight": criterion_weight_button,
    "crit_drop": criterion_drop_button,
    "crit_drop_ok": criterion_drop_ok_button,
    "q": question_button,
    "required": question_required_button,
    "q_len": question_length_button,
    "q_text": question_text_button,
    "q_lang": question_language_button,
    "q_drop": question_drop_button,
    "q_drop_ok": question_drop_ok_button,
}
