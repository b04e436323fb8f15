"""The buttons of an idea's card: vote with a budget, support, the original or the
translation, the photo, translate it yourself, and for its author edit or withdraw; reporting
and withdrawing ask first."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_data import IdeaAction, IdeaActionName, IdeaListVote
from bot.context import BotContext
from bot.domain.dialogs import IdeaEditInput, IdeaTranslationInput
from bot.handlers import profile
from bot.handlers.common import answer_button, parse_button, show, user_id
from bot.handlers.ideas import (
    DEFAULT_VIEW,
    ask_text,
    back_of,
    home_only,
    language_at,
    show_idea,
    show_list,
)
from bot.handlers.text_input import InputKey, TextInput
from bot.keyboards import ideas as kb
from bot.services.errors import UserFacingError


async def refresh_card(update: Update, context: BotContext, header: str | None = None) -> None:
    """The pressed card again (with what just happened above it), 'back' kept as it was."""
    idea_id = parse_button(update, IdeaAction).idea_id
    await show_idea(update, context, idea_id, back_of(update), header=header)


# ------------------------------------------------------------------ voting and supporting
async def idea_vote_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaAction)
    left = await context.services.ideas.vote(user_id(update), step.idea_id)
    await refresh_card(update, context, context.t("ideas-voted", left=left))


async def idea_unvote_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaAction)
    left = await context.services.ideas.unvote(user_id(update), step.idea_id)
    await refresh_card(update, context, context.t("ideas-unvoted", left=left))


async def idea_list_vote_button(update: Update, context: BotContext) -> None:
    """ "👍 3" in the list: a vote in one tap, the list stays where it was."""
    step = parse_button(update, IdeaListVote)
    left = await context.services.ideas.vote(user_id(update), step.idea_id)
    await show_list(update, context, step.view, header=context.t("ideas-voted", left=left))


async def idea_list_unvote_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaListVote)
    left = await context.services.ideas.unvote(user_id(update), step.idea_id)
    await show_list(update, context, step.view, header=context.t("ideas-unvoted", left=left))


async def idea_support_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaAction)
    supporting = await context.services.teams.support_idea(user_id(update), step.idea_id)
    await refresh_card(
        update, context, context.t("ideas-supporting" if supporting else "ideas-not-supporting")
    )
    person = context.participant
    if supporting and person is not None and not person.languages_spoken:
        # Matching needs the languages a person speaks: asked now, not during onboarding.
        await profile.ask_spoken(
            update, context, onboarding=False, reason="for-matching", participant=person
        )


# ------------------------------------------------------------------ reading
async def idea_original_button(update: Update, context: BotContext) -> None:
    """Originals or translations: the reader's preference, for every idea."""
    await context.services.ideas.toggle_originals(user_id(update))
    await refresh_card(update, context)


async def idea_photo_button(update: Update, context: BotContext) -> None:
    step, uid = parse_button(update, IdeaAction), user_id(update)
    view = await context.services.ideas.view(uid, step.idea_id, context.language)
    if view.idea.photo_file_id is None:
        raise UserFacingError("errors-stale-button")
    await answer_button(update, context)
    await context.bot.send_photo(uid, view.idea.photo_file_id)


async def idea_back_button(update: Update, context: BotContext) -> None:
    """Back to the card from a question about it (whatever was being typed is dropped)."""
    await context.services.dialogs.clear(user_id(update))
    await refresh_card(update, context)


# ------------------------------------------------------------------ asking first
async def idea_report_button(update: Update, context: BotContext) -> None:
    await ask_first(update, context, "ideas-report-ask", "report_ok", "ideas-report-confirm")


async def idea_report_confirmed_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaAction)
    await context.services.ideas.report(user_id(update), step.idea_id)
    await refresh_card(update, context, context.t("ideas-reported"))


async def idea_withdraw_button(update: Update, context: BotContext) -> None:
    await ask_first(update, context, "ideas-withdraw-ask", "withdraw_ok", "ideas-withdraw-confirm")


async def idea_withdraw_confirmed_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaAction)
    await context.services.idea_drafts.withdraw(user_id(update), step.idea_id)
    await show(update, context, context.t("ideas-withdrawn"), home_only(context))


async def ask_first(
    update: Update,
    context: BotContext,
    question: str,
    confirm_action: IdeaActionName,
    confirm_label: str,
) -> None:
    """A destructive action: the question, with a button that confirms it and one back."""
    idea_id = parse_button(update, IdeaAction).idea_id
    tr, lang = context.services.translator, context.language
    keyboard = kb.confirm(tr, lang, idea_id, confirm_action, confirm_label)
    await show(update, context, context.t(question), keyboard)


# ------------------------------------------------------------------ the author edits
async def idea_edit_button(update: Update, context: BotContext) -> None:
    idea_id = parse_button(update, IdeaAction).idea_id
    keyboard = kb.edit_fields(context.services.translator, context.language, idea_id)
    await show(update, context, context.t("ideas-edit-ask"), keyboard)


async def idea_edit_title_button(update: Update, context: BotContext) -> None:
    await ask_edit(update, context, "title")


async def idea_edit_description_button(update: Update, context: BotContext) -> None:
    await ask_edit(update, context, "description")


async def idea_edit_needs_button(update: Update, context: BotContext) -> None:
    await ask_edit(update, context, "needs")


async def ask_edit(update: Update, context: BotContext, field: str) -> None:
    idea_id = parse_button(update, IdeaAction).idea_id
    await context.services.dialogs.start(user_id(update), IdeaEditInput(idea_id, field))
    keyboard = kb.back_to_idea(context.services.translator, context.language, idea_id)
    await show(update, context, ask_text(context, field), keyboard)


async def edit_text(update: Update, context: BotContext, dialog: IdeaEditInput) -> None:
    assert update.message is not None and update.message.text is not None
    await context.services.idea_drafts.edit(
        user_id(update), dialog.idea_id, dialog.field, update.message.text
    )
    await context.services.dialogs.clear(user_id(update))
    await show_idea(update, context, dialog.idea_id, DEFAULT_VIEW, header=context.t("ideas-edited"))


# ------------------------------------------------------------------ translating it yourself
async def idea_translate_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaAction)
    view = await context.services.ideas.view(user_id(update), step.idea_id, context.language)
    keyboard = kb.translate_to(context.services.translator, context.language, view.idea)
    await show(update, context, context.t("ideas-translate-choose"), keyboard)


async def idea_translate_to_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, IdeaAction)
    code = language_at(step.value)
    await context.services.dialogs.start(user_id(update), IdeaTranslationInput(step.idea_id, code))
    language = context.label(f"language-name-{code}")
    keyboard = kb.back_to_idea(context.services.translator, context.language, step.idea_id)
    await show(update, context, context.t("ideas-translate-ask-title", language=language), keyboard)


async def idea_ask_translation_button(update: Update, context: BotContext) -> None:
    """Ask the partnership's bilingual people for a translation; say how many were asked."""
    step = parse_button(update, IdeaAction)
    language = language_at(step.value)
    asked = await context.services.idea_translations.ask(user_id(update), step.idea_id, language)
    if asked.already:  # an old button: a pop-up, the screen stays
        await answer_button(update, context, context.label("ideas-ask-translation-already"))
        return
    message = (
        "ideas-translation-asked"
        if asked.asked
        else "ideas-translation-asked-earlier"
        if asked.speakers
        else "ideas-translation-nobody"
    )
    source = context.label(f"language-name-{asked.source}")
    target = context.label(f"language-name-{language}")
    header = context.t(message, count=asked.asked, source=source, target=target)
    await refresh_card(update, context, header)


async def translation_text(
    update: Update, context: BotContext, dialog: IdeaTranslationInput
) -> None:
    """A participant's translation: the title first, then the description."""
    assert update.message is not None and update.message.text is not None
    if not dialog.title:
        await translation_title(update, context, dialog, update.message.text)
        return
    live = await context.services.idea_translations.add_translation(
        user_id(update), dialog.idea_id, dialog.language, dialog.title, update.message.text
    )
    await context.services.dialogs.clear(user_id(update))
    header = context.t("ideas-translation-live" if live else "ideas-translation-pending")
    await show_idea(update, context, dialog.idea_id, DEFAULT_VIEW, header=header)


async def translation_title(
    update: Update, context: BotContext, dialog: IdeaTranslationInput, raw: str
) -> None:
    title = context.services.idea_translations.check_title(raw)
    await context.services.dialogs.start(user_id(update), replace(dialog, title=title))
    language = context.label(f"language-name-{dialog.language}")
    keyboard = kb.back_to_idea(context.services.translator, context.language, dialog.idea_id)
    await show(
        update, context, context.t("ideas-translate-ask-description", language=language), keyboard
    )


# One callback per button action (IdeaAction.action); a test checks every action has one.
ACTION_BUTTONS = {
    "vote": idea_vote_button,
    "unvote": idea_unvote_button,
    "support": idea_support_button,
    "original": idea_original_button,
    "photo": idea_photo_button,
    "back": idea_back_button,
    "report": idea_report_button,
    "report_ok": idea_report_confirmed_button,
    "withdraw": idea_withdraw_button,
    "withdraw_ok": idea_withdraw_confirmed_button,
    "edit": idea_edit_button,
    "edit_title": idea_edit_title_button,
    "edit_description": idea_edit_description_button,
    "edit_needs": idea_edit_needs_button,
    "translate": idea_translate_button,
    "translate_to": idea_translate_to_button,
    "ask": idea_ask_translation_button,
}


def handlers() -> list[BaseHandler]:
    return [
        *(
            CallbackQueryHandler(callback, pattern=IdeaAction.pattern(action=action))
            for action, callback in ACTION_BUTTONS.items()
        ),
        # The list's vote buttons: each value of the bool its own callback.
        CallbackQueryHandler(idea_list_vote_button, pattern=IdeaListVote.pattern(vote="1")),
        CallbackQueryHandler(idea_list_unvote_button, pattern=IdeaListVote.pattern(vote="0")),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    IdeaEditInput: edit_text,
    IdeaTranslationInput: translation_text,
}
