"""Writing an idea: title, description, themes, needs and a photo, then similar ideas to join
instead, then the review (language, name shown or not, the workshop it came from)."""

from __future__ import annotations

from babel.lists import format_list
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_data import IdeaDraftStep
from bot.context import BotContext
from bot.domain.idea_drafts import IdeaDraft
from bot.domain.ideas import IdeaStatus
from bot.handlers.common import parse_button, show, user_id
from bot.handlers.ideas import (
    DEFAULT_VIEW,
    ask_text,
    home_only,
    language_at,
    reader_partnership,
    show_idea,
)
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.keyboards import ideas as kb
from bot.services.errors import UserFacingError


# ------------------------------------------------------------------ buttons
async def idea_draft_new_button(update: Update, context: BotContext) -> None:
    await draft_screen(
        update, context, await context.services.idea_drafts.start_draft(user_id(update))
    )


async def idea_draft_theme_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaDraftStep)
    drafts = context.services.idea_drafts
    await draft_screen(update, context, await drafts.toggle_theme(user_id(update), step.value))


async def idea_draft_themes_done_button(update: Update, context: BotContext) -> None:
    await draft_screen(
        update, context, await context.services.idea_drafts.finish_themes(user_id(update))
    )


async def idea_draft_skip_button(update: Update, context: BotContext) -> None:
    await draft_screen(
        update, context, await context.services.idea_drafts.skip_step(user_id(update))
    )


async def idea_draft_language_button(update: Update, context: BotContext) -> None:
    language = language_at(parse_button(update, IdeaDraftStep).value)
    drafts = context.services.idea_drafts
    await draft_screen(update, context, await drafts.choose_language(user_id(update), language))


async def idea_draft_author_button(update: Update, context: BotContext) -> None:
    await draft_screen(
        update, context, await context.services.idea_drafts.toggle_author(user_id(update))
    )


async def idea_draft_workshop_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaDraftStep)
    drafts = context.services.idea_drafts
    await draft_screen(update, context, await drafts.attach_workshop(user_id(update), step.value))


async def idea_draft_review_button(update: Update, context: BotContext) -> None:
    """'Submit anyway' after the similar ideas: the review, without asking again."""
    draft = await context.services.idea_drafts.draft(user_id(update))
    await show_review(update, context, draft)


async def idea_draft_submit_button(update: Update, context: BotContext) -> None:
    idea = await context.services.idea_drafts.submit(user_id(update))
    message_id = (
        "ideas-submitted-review" if idea.status is IdeaStatus.SUBMITTED else "ideas-submitted"
    )
    await show(update, context, context.t(message_id, title=idea.original.title))
    await show_idea(update, context, idea.id, DEFAULT_VIEW, new_message=True)


async def idea_draft_cancel_button(update: Update, context: BotContext) -> None:
    await context.services.idea_drafts.cancel_draft(user_id(update))
    await show(update, context, context.t("ideas-draft-cancelled"), home_only(context))


async def idea_draft_join_button(update: Update, context: BotContext) -> None:
    """Join a similar idea instead of submitting the draft."""
    step = parse_button(update, IdeaDraftStep)
    idea = await context.services.idea_drafts.join(user_id(update), step.value)
    await show(update, context, context.t("ideas-joined", title=idea.original.title))
    await show_idea(update, context, idea.id, DEFAULT_VIEW, new_message=True)


# ------------------------------------------------------------------ typed text and photos
async def draft_text(update: Update, context: BotContext, _: IdeaDraft) -> None:
    assert update.message is not None and update.message.text is not None
    drafts, uid = context.services.idea_drafts, user_id(update)
    try:
        draft = await drafts.draft_text(uid, update.message.text)
    except UserFacingError as problem:
        if problem.message_id == "ideas-draft-missing":
            raise
        await draft_screen(update, context, await drafts.draft(uid), problem=problem)
        return
    await draft_screen(update, context, draft)


async def draft_photo(update: Update, context: BotContext) -> bool:
    """A photo while writing an idea (only at the photo step)."""
    message = update.message
    if message is None or not message.photo:
        return False
    drafts = context.services.idea_drafts
    draft = await drafts.add_photo(user_id(update), message.photo[-1].file_id)
    await draft_screen(update, context, draft)
    return True


# ------------------------------------------------------------------ screens
async def draft_screen(
    update: Update,
    context: BotContext,
    draft: IdeaDraft,
    *,
    problem: UserFacingError | None = None,
) -> None:
    """The question of the draft's step (after the problem with the last answer, if any)."""
    tr, lang = context.services.translator, context.language
    if draft.step == "review":
        if not await show_similar(update, context):
            await show_review(update, context, draft)
        return
    text = ask_text(context, draft.step)
    if problem is not None:
        text = context.t(problem.message_id, **problem.args_for_message) + "\n\n" + text
    if draft.step == "themes":
        partnership = await reader_partnership(context)
        keyboard = kb.draft_themes(tr, lang, partnership, list(draft.themes))
    elif draft.step in ("needs", "photo"):
        keyboard = kb.draft_skip(tr, lang)
    else:
        keyboard = kb.draft_cancel(tr, lang)
    await show(update, context, text, keyboard)


async def show_similar(update: Update, context: BotContext) -> bool:
    """Similar ideas to join instead, before the review; False when there are none."""
    similar = await context.services.idea_drafts.similar_to_draft(user_id(update))
    if not similar:
        return False
    lines = "\n".join(f"• {i.original.title}" for i in similar)
    keyboard = kb.similar(context.services.translator, context.language, similar)
    await show(update, context, context.t("ideas-similar", ideas=lines), keyboard)
    return True


async def show_review(update: Update, context: BotContext, draft: IdeaDraft) -> None:
    lang = context.language
    person = context.participant
    workshops = await context.services.workshops.upcoming_for(person) if person else []
    partnership = await reader_partnership(context)
    themes = [t.name.for_reader(lang) for t in partnership.themes if t.id in draft.themes]
    text = context.t(
        "ideas-review",
        title=draft.title or "",
        description=draft.description or "",
        needs=draft.needs or "—",
        themes=format_list(themes, locale=lang),
        language=context.label(f"language-name-{draft.language}"),
        photo="yes" if draft.photo else "no",
    )
    keyboard = kb.review(
        context.services.translator,
        lang,
        draft.language or lang,
        draft.show_author,
        [item.workshop for item in workshops],
        draft.workshop_id,
    )
    await show(update, context, text, keyboard)


# One callback per button action (IdeaDraftStep.action); a test checks every action has one.
DRAFT_BUTTONS = {
    "new": idea_draft_new_button,
    "theme": idea_draft_theme_button,
    "themes": idea_draft_themes_done_button,
    "skip": idea_draft_skip_button,
    "lang": idea_draft_language_button,
    "author": idea_draft_author_button,
    "workshop": idea_draft_workshop_button,
    "review": idea_draft_review_button,
    "submit": idea_draft_submit_button,
    "cancel": idea_draft_cancel_button,
    "join": idea_draft_join_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(callback, pattern=IdeaDraftStep.pattern(action=action))
        for action, callback in DRAFT_BUTTONS.items()
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {IdeaDraft: draft_text}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {IdeaDraft: draft_photo}
