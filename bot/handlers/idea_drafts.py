"""Writing an idea: title, description and one theme, then similar ideas to join instead, then
the review (more themes, what the idea needs, a photo, language, name shown or not, the
workshop it came from). A typed step's question loses its buttons once answered."""

from __future__ import annotations

import functools

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler

from bot.callback_data import IdeaDraftStep
from bot.context import BotContext
from bot.domain.idea_drafts import DraftStep, IdeaDraft
from bot.domain.participants import shown_name
from bot.handlers.common import (
    Callback,
    button_handlers,
    drop_keyboard,
    parse_button,
    show,
    user_id,
)
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
from bot.render.names import person_name
from bot.services.errors import UserFacingError


# ------------------------------------------------------------------ buttons
async def idea_draft_new_button(update: Update, context: BotContext) -> None:
    await draft_screen(
        update, context, await context.services.idea_drafts.start_draft(user_id(update))
    )


async def idea_draft_theme_button(update: Update, context: BotContext) -> None:
    """A theme: the first one goes on to the review (past similar ideas), later ones toggle."""
    step = parse_button(update, IdeaDraftStep)
    draft = await context.services.idea_drafts.toggle_theme(user_id(update), step.value)
    await draft_screen(update, context, draft, arriving=True)


async def idea_draft_themes_done_button(update: Update, context: BotContext) -> None:
    await draft_screen(
        update, context, await context.services.idea_drafts.finish_themes(user_id(update))
    )


async def idea_draft_skip_button(update: Update, context: BotContext) -> None:
    await draft_screen(
        update, context, await context.services.idea_drafts.skip_step(user_id(update))
    )


async def idea_draft_edit_themes_button(update: Update, context: BotContext) -> None:
    await edit_step(update, context, "themes")


async def idea_draft_add_needs_button(update: Update, context: BotContext) -> None:
    await edit_step(update, context, "needs")


async def idea_draft_add_photo_button(update: Update, context: BotContext) -> None:
    await edit_step(update, context, "photo")


async def edit_step(update: Update, context: BotContext, step: DraftStep) -> None:
    """From the review to an optional step; its "back" returns to the review."""
    draft = await context.services.idea_drafts.edit_step(user_id(update), step)
    await draft_screen(update, context, draft)


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
    await draft_screen(update, context, draft)


async def idea_draft_submit_button(update: Update, context: BotContext) -> None:
    idea, message_id = await context.services.idea_drafts.submit_confirmed(user_id(update))
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
async def draft_text(update: Update, context: BotContext, asked: IdeaDraft) -> None:
    """A typed answer: the question's buttons go, the next step (or the problem) comes."""
    assert update.message is not None and update.message.text is not None
    drafts, uid = context.services.idea_drafts, user_id(update)
    await drop_keyboard(update, context, asked.prompt_message_id)
    try:
        draft = await drafts.draft_text(uid, update.message.text)
    except UserFacingError as problem:
        if problem.message_id == "ideas-draft-missing":
            raise
        await draft_screen(update, context, await drafts.draft(uid), problem=problem)
        return
    # Past the description with themes preset (a live wall): similar ideas come first.
    await draft_screen(update, context, draft, arriving=asked.step == "description")


async def draft_photo(update: Update, context: BotContext) -> bool:
    """A photo while writing an idea (at the photo step or the review)."""
    message = update.message
    if message is None or not message.photo:
        return False
    drafts, uid = context.services.idea_drafts, user_id(update)
    asked = await drafts.draft(uid)
    await drop_keyboard(update, context, asked.prompt_message_id)
    try:
        draft = await drafts.add_photo(uid, message.photo[-1].file_id)
    except UserFacingError as problem:  # too early: the question of the step comes again
        await draft_screen(update, context, asked, problem=problem)
        return True
    await draft_screen(update, context, draft)
    return True


# ------------------------------------------------------------------ screens
async def draft_screen(
    update: Update,
    context: BotContext,
    draft: IdeaDraft,
    *,
    problem: UserFacingError | None = None,
    arriving: bool = False,
) -> None:
    """The draft's step (after the problem with the last answer, if any); `arriving` at the
    review shows similar ideas first. The message shown is remembered, so that its buttons go
    when the person types the next answer."""
    if draft.step == "review":
        shown = await show_similar(update, context) if arriving else 0
        shown = shown or await show_review(update, context, draft)
    else:
        text = step_question(context, draft)
        if problem is not None:
            text = context.t(problem.message_id, **problem.args_for_message) + "\n\n" + text
        shown = await show(update, context, text, await step_keyboard(context, draft))
    await context.services.idea_drafts.remember_prompt(user_id(update), shown)


def step_question(context: BotContext, draft: IdeaDraft) -> str:
    if draft.step == "themes" and not draft.themes:
        return context.t("ideas-ask-theme-first")
    return ask_text(context, draft.step)


async def step_keyboard(context: BotContext, draft: IdeaDraft) -> InlineKeyboardMarkup:
    tr, lang = context.services.translator, context.language
    if draft.step == "themes":
        partnership = await reader_partnership(context)
        return kb.draft_themes(tr, lang, partnership, list(draft.themes))
    if draft.step in ("needs", "photo"):
        return kb.draft_back(tr, lang)
    return kb.draft_cancel(tr, lang)


async def show_similar(update: Update, context: BotContext) -> int:
    """Similar ideas to join instead, before the review: the message's id, 0 when none."""
    similar = await context.services.idea_drafts.similar_to_draft(user_id(update))
    if not similar:
        return 0
    lines = "\n".join(f"• {i.original.title}" for i in similar)
    keyboard = kb.similar(context.services.translator, context.language, similar)
    return await show(update, context, context.t("ideas-similar", ideas=lines), keyboard)


async def show_review(update: Update, context: BotContext, draft: IdeaDraft) -> int:
    lang, person = context.language, context.participant
    # A live room's idea belongs to the room's workshop: nothing to choose there.
    workshops = []
    if person is not None and not draft.live:
        workshops = await context.services.workshops.upcoming_for(person)
    partnership = await reader_partnership(context)
    themes = [t.name.for_reader(lang) for t in partnership.themes if t.id in draft.themes]
    named = shown_name(person) is not None
    keyboard = kb.review(
        context.services.translator,
        lang,
        draft,
        [item.workshop for item in workshops],
        named=named,
    )
    return await show(update, context, review_text(context, draft, themes, named), keyboard)


def review_text(context: BotContext, draft: IdeaDraft, themes: list[str], named: bool) -> str:
    """The draft as it will read, then what it carries: needs, photo, the name shown."""
    lang = context.language
    parts = [
        context.t(
            "ideas-review",
            title=draft.title or "",
            description=draft.description or "",
            themes=" · ".join(themes),  # names may hold "and": no list words between
            language=context.label(f"language-name-{draft.language}"),
        )
    ]
    if draft.needs:
        parts.append(context.t("ideas-review-needs", needs=draft.needs))
    if draft.photo:
        parts.append(context.t("ideas-review-photo"))
    if named:
        name = person_name(context.services.translator, lang, context.participant)
        shown = "yes" if draft.show_author else "no"
        parts.append(context.t("ideas-review-name", name=name, shown=shown))
    return "\n".join(parts)


def on_the_draft(callback: Callback) -> Callback:
    """A draft's button acts only on the message now showing the draft: one on an answered
    question or an earlier screen is out of date (a pop-up), and changes nothing."""

    @functools.wraps(callback)
    async def current_screen_only(update: Update, context: BotContext) -> None:
        draft = await context.services.idea_drafts.draft(user_id(update))
        query = update.callback_query
        pressed = query.message.message_id if query and query.message else 0
        if draft.prompt_message_id and pressed != draft.prompt_message_id:
            raise UserFacingError("errors-stale-button")
        await callback(update, context)

    return current_screen_only


# One callback per button action (IdeaDraftStep.action); a test checks every action has one.
# "new" starts a draft from the ideas home; every other one acts on the draft's own screen.
START_BUTTONS = {"new": idea_draft_new_button}
DRAFT_BUTTONS = {
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
    "edit_themes": idea_draft_edit_themes_button,
    "add_needs": idea_draft_add_needs_button,
    "add_photo": idea_draft_add_photo_button,
}


def handlers() -> list[BaseHandler]:
    return [
        *button_handlers(IdeaDraftStep, START_BUTTONS),
        *button_handlers(IdeaDraftStep, {a: on_the_draft(cb) for a, cb in DRAFT_BUTTONS.items()}),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {IdeaDraft: draft_text}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {IdeaDraft: draft_photo}
