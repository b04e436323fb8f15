"""Reviewers: their applications in their own language, scores per criterion, a private note;
administrators: assigning reviewers and the ranked list."""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_calls import (
    AssignStep,
    CallAssign,
    CallRanking,
    RankedApplication,
    RankingPage,
    ReviewAll,
    ReviewCalls,
    ReviewList,
    ReviewQuestion,
    ReviewScore,
    ReviewStep,
)
from bot.context import BotContext
from bot.domain.call_dialogs import ReviewNoteInput
from bot.domain.call_reviews import highest_total, weighted_total
from bot.handlers.common import answer_button, button_handlers, drop_keyboard, parse_button, show
from bot.handlers.common import user_id as uid
from bot.handlers.review_screens import (
    admin_application_text,
    all_answers_messages,
    application_label,
    assign_text,
    criterion_text,
    question_blocks,
    ranking_page,
    sheet_text,
)
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.keyboards import reviews as kb
from bot.telegram.html import parse_html
from bot.telegram.unread import send_text

# Both parties' answers and the heading stay below Telegram's 4096 characters.
SCREEN_BUDGET = 3800


def visible_length(html: str) -> int:
    """What Telegram counts against its 4096 characters: the text once the HTML is read."""
    return len(parse_html(html)[0])


def cut_html(html: str, budget: int) -> str:
    """At most `budget` visible characters, never cutting an entity ("&amp;") or a tag."""
    if visible_length(html) <= budget:
        return html
    cut = html[:budget]
    return re.sub(r"(&[#\w]*|<[^>]*)$", "", cut) + "…"


# ------------------------------------------------------------------ the reviewer's lists
async def review_command(update: Update, context: BotContext) -> None:
    """The calls the person reviews (or that there are none)."""
    calls = await context.services.reviews.my_calls(uid(update))
    tr, lang = context.services.translator, context.language
    text = context.t("review-calls" if calls else "review-none")
    await show(
        update,
        context,
        text,
        kb.my_calls(tr, lang, [(c.id, c.title.for_reader(lang)) for c in calls]),
    )


async def review_list_button(update: Update, context: BotContext) -> None:
    shown = parse_button(update, ReviewList)
    await context.services.dialogs.clear(uid(update))
    call, items = await context.services.reviews.my_applications(uid(update), shown.call_id)
    lang = context.language
    labels = []
    for application, review in items:
        state = "done" if review and review.submitted else "started" if review else "todo"
        label = application_label(context, call, application)

        def render(part: str, state: str = state) -> str:
            return context.label("review-item", label=part, state=state)

        labels.append((application.id, kb.item_label(render, label)))
    text = context.t("review-list", call=call.title.for_reader(lang), count=len(items))
    await show(update, context, text, kb.review_list(context.services.translator, lang, labels))


# ------------------------------------------------------------------ reading an application
async def review_question_button(update: Update, context: BotContext) -> None:
    """One question with both parties' answers in the reader's language (one party per
    message when both do not fit)."""
    shown = parse_button(update, ReviewQuestion)
    await context.services.dialogs.clear(uid(update))  # a note being typed is left
    screen = await context.services.reviews.question(
        context.require_actor(), shown.application_id, shown.index, context.language,
        shown.original,
    )  # fmt: skip
    heading, blocks = question_blocks(context, screen)
    whole = "\n\n".join([heading, *blocks])
    parts = 1 if visible_length(whole) <= SCREEN_BUDGET else len(blocks)
    part = min(shown.part, parts - 1)
    text = whole if parts == 1 else "\n\n".join([heading, cut_html(blocks[part], SCREEN_BUDGET)])
    back = (
        ReviewList(screen.call.id)
        if screen.as_reviewer
        else RankedApplication(screen.application.id)
    )
    # Only when there is a translation to switch to (or back from): no toggle between
    # two identical texts.
    translatable = any(a.state in ("machine", "human", "original") for a in screen.answers)
    here = ReviewQuestion(shown.application_id, shown.index, part, shown.original)
    keyboard = kb.question(
        context.services.translator, context.language, here, len(screen.questions), parts,
        translatable, back,
    )  # fmt: skip
    await show(update, context, text, keyboard)


async def review_all_button(update: Update, context: BotContext) -> None:
    """Every answer, one city after the other (several messages), then the documents the
    applicants sent, and the way on below them."""
    pressed = parse_button(update, ReviewAll)
    screens, documents = await context.services.reviews.all_answers(
        context.require_actor(), pressed.application_id, context.language
    )
    await answer_button(update, context)
    chat = update.effective_chat
    assert chat is not None
    for text in all_answers_messages(context, screens):
        await send_text(context.bot, chat.id, text)
    for document in documents:
        assert document.file_id is not None
        await context.bot.send_document(chat.id, document.file_id)
    screen = screens[0]
    back = (
        ReviewList(screen.call.id)
        if screen.as_reviewer
        else RankedApplication(screen.application.id)
    )
    keyboard = kb.after_all(
        context.services.translator, context.language, pressed.application_id, back
    )
    text = context.t("review-all-end", documents=len(documents))
    await show(update, context, text, keyboard, new_message=True)


# ------------------------------------------------------------------ scoring
async def review_sheet_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, ReviewStep)
    await context.services.dialogs.clear(uid(update))
    await show_sheet(update, context, step.application_id)


async def show_sheet(
    update: Update, context: BotContext, application_id: int, header: str | None = None
) -> None:
    sheet = await context.services.reviews.sheet(uid(update), application_id)
    keyboard = kb.sheet(
        context.services.translator, context.language, application_id, sheet.call.id,
        sheet.call.criteria, sheet.review.submitted,
    )  # fmt: skip
    await show(update, context, sheet_text(context, sheet), keyboard, header=header)


async def review_score_button(update: Update, context: BotContext) -> None:
    """A score given (then the next criterion without one, or the sheet), or a criterion
    opened to score it (score 0)."""
    pressed = parse_button(update, ReviewScore)
    reviews = context.services.reviews
    if pressed.score:
        sheet = await reviews.score(
            uid(update), pressed.application_id, pressed.criterion_id, pressed.score
        )
    else:
        sheet = await reviews.sheet(uid(update), pressed.application_id)
    criteria = sheet.call.criteria
    scores = sheet.review.scores
    ahead = [c for c in criteria if c.id not in scores]
    target = next((c for c in criteria if c.id == pressed.criterion_id), None)
    if pressed.score:
        target = ahead[0] if ahead else None
    if target is None or sheet.review.submitted:
        await show_sheet(update, context, pressed.application_id)
        return
    text = criterion_text(context, sheet, target)
    keyboard = kb.criterion(
        context.services.translator, context.language, pressed.application_id, target,
        scores.get(target.id),
    )  # fmt: skip
    await show(update, context, text, keyboard)


async def review_note_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, ReviewStep)
    await context.services.reviews.sheet(uid(update), step.application_id)  # assigned?
    keyboard = kb.back_to_sheet(context.services.translator, context.language, step.application_id)
    prompt = await show(update, context, context.t("review-note-ask"), keyboard)
    await context.services.dialogs.start(uid(update), ReviewNoteInput(step.application_id, prompt))


async def review_ask_button(update: Update, context: BotContext) -> None:
    """Submitting is final: ask once, with the total, before it happens."""
    step = parse_button(update, ReviewStep)
    sheet = await context.services.reviews.ready_to_submit(
        uid(update), context.language, step.application_id
    )
    criteria = sheet.call.criteria
    text = context.t(
        "review-submit-ask",
        total=weighted_total(criteria, sheet.review.scores),
        highest=highest_total(criteria),
    )
    keyboard = kb.confirm_submit(context.services.translator, context.language, step.application_id)
    await show(update, context, text, keyboard)


async def review_submit_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, ReviewStep)
    await context.services.reviews.submit(uid(update), context.language, step.application_id)
    await show_sheet(update, context, step.application_id, header=context.t("review-submitted"))


async def note_text(update: Update, context: BotContext, asked: ReviewNoteInput) -> None:
    """The note is kept; the question loses its button and the sheet follows."""
    assert update.message is not None and update.message.text is not None
    await context.services.reviews.set_note(uid(update), asked.application_id, update.message.text)
    await context.services.dialogs.clear(uid(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show_sheet(update, context, asked.application_id, header=context.t("review-note-saved"))


# ------------------------------------------------------------------ assignment
async def call_assign_button(update: Update, context: BotContext) -> None:
    """The counts the administrator confirms before anyone is assigned or told."""
    shown = parse_button(update, CallAssign)
    preview = await context.services.reviews.assignment_preview(
        context.require_actor(), shown.call_id
    )
    keyboard = kb.confirm_assign(
        context.services.translator, context.language, shown.call_id, len(preview.plan.new)
    )
    await show(update, context, assign_text(context, preview), keyboard)


async def assign_ok_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, AssignStep)
    done = await context.services.reviews.assign(context.require_actor(), step.call_id)
    text = context.t("review-assign-done", new=len(done.plan.new), reached=done.told)
    await show(
        update,
        context,
        text,
        kb.after_assign(context.services.translator, context.language, step.call_id),
    )


async def assign_cancel_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, AssignStep)
    await context.services.reviews.assignment_preview(context.require_actor(), step.call_id)
    keyboard = kb.after_assign(context.services.translator, context.language, step.call_id)
    await show(update, context, context.t("review-assign-cancelled"), keyboard)


# ------------------------------------------------------------------ the ranked list
async def call_ranking_button(update: Update, context: BotContext) -> None:
    await show_ranking(update, context, parse_button(update, CallRanking).call_id, 0)


async def ranking_page_button(update: Update, context: BotContext) -> None:
    shown = parse_button(update, RankingPage)
    await show_ranking(update, context, shown.call_id, shown.page)


async def show_ranking(update: Update, context: BotContext, call_id: int, page: int) -> None:
    call, ranked = await context.services.reviews.ranking(context.require_actor(), call_id)
    text, buttons, page, pages = ranking_page(context, call, ranked, page)
    keyboard = kb.ranking(
        context.services.translator, context.language, call_id, buttons, page, pages
    )
    await show(update, context, text, keyboard)


async def ranked_application_button(update: Update, context: BotContext) -> None:
    shown = parse_button(update, RankedApplication)
    view = await context.services.reviews.admin_application(
        context.require_actor(), shown.application_id
    )
    keyboard = kb.admin_application(
        context.services.translator, context.language, view.application.id, view.call.id
    )
    await show(update, context, admin_application_text(context, view), keyboard)


async def review_calls_button(update: Update, context: BotContext) -> None:
    await review_command(update, context)


# One callback per button action (ReviewStep.action, AssignStep.action).
REVIEW_STEPS = {
    "sheet": review_sheet_button,
    "note": review_note_button,
    "ask": review_ask_button,
    "submit": review_submit_button,
}
ASSIGN_STEPS = {"ok": assign_ok_button, "cancel": assign_cancel_button}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("review", review_command),
        CallbackQueryHandler(review_calls_button, pattern=ReviewCalls.pattern()),
        CallbackQueryHandler(review_list_button, pattern=ReviewList.pattern()),
        CallbackQueryHandler(review_question_button, pattern=ReviewQuestion.pattern()),
        CallbackQueryHandler(review_all_button, pattern=ReviewAll.pattern()),
        CallbackQueryHandler(review_score_button, pattern=ReviewScore.pattern()),
        *button_handlers(ReviewStep, REVIEW_STEPS),
        CallbackQueryHandler(call_assign_button, pattern=CallAssign.pattern()),
        *button_handlers(AssignStep, ASSIGN_STEPS),
        CallbackQueryHandler(call_ranking_button, pattern=CallRanking.pattern()),
        CallbackQueryHandler(ranking_page_button, pattern=RankingPage.pattern()),
        CallbackQueryHandler(ranked_application_button, pattern=RankedApplication.pattern()),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {ReviewNoteInput: note_text}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}
