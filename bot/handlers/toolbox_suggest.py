"""Suggesting a toolbox entry (any onboarded person): kind, title, text, an optional link and
whether their first name may be credited; and the keepers' moderation of suggestions:
publish (the author is told, credited as agreed), decline with a reason (the author is told),
or edit the text before publishing (the entry card's "edit")."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update

from bot.callback_toolbox import SuggestAction, ToolboxKeep, ToolboxSuggestStep
from bot.context import BotContext
from bot.domain.toolbox import ENTRY_KINDS
from bot.domain.toolbox_dialogs import ToolboxDeclineInput, ToolboxSuggestionDraft
from bot.domain.toolbox_keeping import clean_body, clean_reason, clean_title, parse_link
from bot.handlers import menu
from bot.handlers.common import Callback, drop_keyboard, parse_button, show, user_id
from bot.handlers.toolbox_keeping import show_card, show_manage, typed
from bot.keyboards import toolbox_admin as kb
from bot.services.errors import UserFacingError


async def _suggestion(update: Update, context: BotContext) -> ToolboxSuggestionDraft:
    draft = await context.services.dialogs.current(user_id(update))
    if not isinstance(draft, ToolboxSuggestionDraft):
        raise UserFacingError("errors-stale-button")
    return draft


async def _ask(update: Update, context: BotContext, draft: ToolboxSuggestionDraft) -> None:
    tr, lang, step = context.services.translator, context.language, draft.step
    keyboard = (
        kb.credit(tr, lang) if step == "credit" else kb.cancel_suggestion(tr, lang, step == "link")
    )
    prompt = await show(update, context, context.t(f"tbadmin-suggest-{step}"), keyboard)
    await context.services.dialogs.start(user_id(update), replace(draft, prompt_message_id=prompt))


async def toolbox_suggest_button(update: Update, context: BotContext) -> None:
    tr, lang = context.services.translator, context.language
    text = context.t("tbadmin-suggest-kind")
    prompt = await show(update, context, text, kb.suggest_kinds(tr, lang))
    await context.services.dialogs.start(
        user_id(update), ToolboxSuggestionDraft("kind", prompt_message_id=prompt)
    )


async def suggest_kind_button(update: Update, context: BotContext) -> None:
    kind = parse_button(update, ToolboxSuggestStep).value
    draft = await _suggestion(update, context)
    if kind not in ENTRY_KINDS or draft.step != "kind":
        raise UserFacingError("errors-stale-button")
    await _ask(update, context, replace(draft, kind=kind, step="title"))


async def suggest_skip_link_button(update: Update, context: BotContext) -> None:
    draft = await _suggestion(update, context)
    if draft.step != "link":
        raise UserFacingError("errors-stale-button")
    await _ask(update, context, replace(draft, step="credit"))


async def suggest_credit_button(update: Update, context: BotContext) -> None:
    """Sent: with the first name as credit when the person agreed."""
    agreed = parse_button(update, ToolboxSuggestStep).value == "1"
    draft = await _suggestion(update, context)
    if draft.step != "credit":
        raise UserFacingError("errors-stale-button")
    person = update.effective_user
    name = person.first_name if agreed and person is not None else None
    await context.services.toolbox_admin.suggest(
        user_id(update), context.language, draft.kind, draft.title, draft.body, draft.link, name
    )
    await context.services.dialogs.clear(user_id(update))
    await menu.show_main_menu(update, context, "tbadmin-suggest-sent")


async def suggest_cancel_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await menu.show_main_menu(update, context, "tbadmin-suggest-cancelled")


SUGGEST_BUTTONS: dict[SuggestAction, Callback] = {
    "kind": suggest_kind_button,
    "skip_link": suggest_skip_link_button,
    "credit": suggest_credit_button,
    "cancel": suggest_cancel_button,
}

TYPED = {
    "title": lambda d, raw: replace(d, title=typed(clean_title, raw), step="text"),
    "text": lambda d, raw: replace(d, body=typed(clean_body, raw), step="link"),
    "link": lambda d, raw: replace(d, link=typed(parse_link, raw), step="credit"),
}


async def suggestion_text(
    update: Update, context: BotContext, draft: ToolboxSuggestionDraft
) -> None:
    assert update.message is not None and update.message.text is not None
    step = TYPED.get(draft.step)
    if step is None:
        raise UserFacingError("tbadmin-error-use-buttons")
    following = step(draft, update.message.text)
    await drop_keyboard(update, context, draft.prompt_message_id)
    await _ask(update, context, following)


# ------------------------------------------------------------------ moderation
async def keep_approve_button(update: Update, context: BotContext) -> None:
    entry_id = parse_button(update, ToolboxKeep).ref
    await context.services.toolbox_admin.approve(context.require_actor(), entry_id)
    await show_card(update, context, entry_id, header=context.t("tbadmin-approved"))


async def keep_decline_button(update: Update, context: BotContext) -> None:
    entry_id = parse_button(update, ToolboxKeep).ref
    await context.services.toolbox_admin.entry(context.require_actor(), entry_id)
    tr, lang = context.services.translator, context.language
    prompt = await show(
        update, context, context.t("tbadmin-decline-ask"), kb.back_to_card(tr, lang, entry_id)
    )
    await context.services.dialogs.start(user_id(update), ToolboxDeclineInput(entry_id, prompt))


async def decline_text(update: Update, context: BotContext, asked: ToolboxDeclineInput) -> None:
    assert update.message is not None and update.message.text is not None
    reason = typed(clean_reason, update.message.text)
    await context.services.toolbox_admin.decline(context.require_actor(), asked.entry_id, reason)
    await context.services.dialogs.clear(user_id(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show_manage(update, context, header=context.t("tbadmin-declined"))


MODERATION_BUTTONS: dict[str, Callback] = {
    "approve": keep_approve_button,
    "decline": keep_decline_button,
}
