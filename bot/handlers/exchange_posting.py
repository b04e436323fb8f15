"""An organiser posts an offer or a need for their partnership, step by step: kind, title,
text (in the organiser's language: the original), topics, countries sought (or any), a
preview, and publishing after a confirmation. The same editor changes a published post."""

from __future__ import annotations

from dataclasses import replace

from telegram import InlineKeyboardMarkup, Update

from bot.callback_network import ExchangeDraftAction, ExchangeDraftStep, ExchangePost
from bot.context import BotContext
from bot.domain.idea_exchange import (
    POST_KINDS,
    ExchangeInputError,
    clean_body,
    clean_title,
    toggled,
)
from bot.domain.network import FOCUS_COUNTRIES, NETWORK_TOPICS
from bot.domain.network_dialogs import ExchangePostDraft
from bot.domain.roles import PermissionDenied
from bot.handlers.common import Callback, drop_keyboard, parse_button, show, user_id
from bot.handlers.exchange_screens import card_text, show_card, show_mine
from bot.handlers.text_input import InputKey, TextInput
from bot.keyboards import exchange as kb
from bot.services.errors import UserFacingError
from bot.services.idea_exchange import PostView, preview_post

EDITABLE = ("kind", "title", "text", "topic", "country")


async def _draft(update: Update, context: BotContext) -> ExchangePostDraft:
    """The organiser's draft; a button of a finished or cancelled one is out of date."""
    draft = await context.services.dialogs.current(user_id(update))
    if not isinstance(draft, ExchangePostDraft):
        raise UserFacingError("errors-stale-button")
    return draft


def _question(context: BotContext, draft: ExchangePostDraft) -> tuple[str, InlineKeyboardMarkup]:
    tr, lang, step = context.services.translator, context.language, draft.step
    if step == "kind":
        return context.t("exchange-draft-kind"), kb.kinds(tr, lang)
    if step == "topic":
        return context.t("exchange-draft-topic"), kb.draft_topics(tr, lang, draft.topics)
    if step == "country":
        return context.t("exchange-draft-country"), kb.draft_countries(tr, lang, draft.countries)
    if step == "preview":
        post = preview_post(draft, user_id_of(context))
        view = PostView(post, post.title, post.body, False, None, (), False, False, False)
        text = context.t("exchange-draft-preview") + "\n\n" + card_text(context, view, preview=True)
        return text, kb.preview(tr, lang)
    return context.t(f"exchange-draft-{step}"), kb.cancel_draft(tr, lang)


def user_id_of(context: BotContext) -> int:
    return context.require_actor().user_id


async def _ask(update: Update, context: BotContext, draft: ExchangePostDraft) -> None:
    """Show the step's question (in place for a button) and keep the draft with it."""
    text, keyboard = _question(context, draft)
    prompt = await show(update, context, text, keyboard)
    await context.services.dialogs.start(user_id(update), replace(draft, prompt_message_id=prompt))


async def draft_new_button(update: Update, context: BotContext) -> None:
    """A new post for the partnership on the button, or the only one the organiser runs."""
    chosen = parse_button(update, ExchangeDraftStep).value
    service = context.services.idea_exchange
    ids = service.posting_partnerships(context.require_actor())
    if not ids:
        raise PermissionDenied("organiser")
    pid = int(chosen) if chosen.isdigit() and int(chosen) in ids else ids[0] if len(ids) == 1 else 0
    if not pid:
        tr, lang = context.services.translator, context.language
        keyboard = kb.choose_partnership(tr, lang, await service.partnerships(ids))
        await show(update, context, context.t("exchange-draft-partnership"), keyboard)
        return
    draft = ExchangePostDraft(partnership_id=pid, language=context.language)
    await _ask(update, context, draft)


async def draft_kind_button(update: Update, context: BotContext) -> None:
    kind = parse_button(update, ExchangeDraftStep).value
    draft = await _draft(update, context)
    if kind not in POST_KINDS or draft.step != "kind":
        raise UserFacingError("errors-stale-button")
    await _ask(
        update, context, replace(draft, kind=kind, step="preview" if draft.editing else "title")
    )


async def draft_topic_button(update: Update, context: BotContext) -> None:
    key = parse_button(update, ExchangeDraftStep).value
    draft = await _draft(update, context)
    if draft.step != "topic" or key not in NETWORK_TOPICS:
        raise UserFacingError("errors-stale-button")
    await _ask(update, context, replace(draft, topics=toggled(draft.topics, key)))


async def draft_country_button(update: Update, context: BotContext) -> None:
    code = parse_button(update, ExchangeDraftStep).value
    draft = await _draft(update, context)
    if draft.step != "country" or code not in FOCUS_COUNTRIES:
        raise UserFacingError("errors-stale-button")
    await _ask(update, context, replace(draft, countries=toggled(draft.countries, code)))


async def draft_any_button(update: Update, context: BotContext) -> None:
    """ "Any country": the choice of countries is cleared."""
    draft = await _draft(update, context)
    if draft.step != "country":
        raise UserFacingError("errors-stale-button")
    await _ask(update, context, replace(draft, countries=""))


async def draft_next_button(update: Update, context: BotContext) -> None:
    """Topics → countries → preview; from the publishing question, back to the preview."""
    step = parse_button(update, ExchangeDraftStep).value
    draft = await _draft(update, context)
    following = {"topic": "country", "country": "preview", "preview": "preview"}
    if step != draft.step or step not in following:
        raise UserFacingError("errors-stale-button")
    after = "preview" if draft.editing else following[step]
    await _ask(update, context, replace(draft, step=after))


async def draft_edit_button(update: Update, context: BotContext) -> None:
    """The preview's "edit": one step again, then back to the preview."""
    step = parse_button(update, ExchangeDraftStep).value
    draft = await _draft(update, context)
    if draft.step != "preview" or step not in EDITABLE:
        raise UserFacingError("errors-stale-button")
    await _ask(update, context, replace(draft, step=step, editing=True))


async def draft_publish_ask_button(update: Update, context: BotContext) -> None:
    """Publishing reaches the whole network: asked first, with what others will see."""
    draft = await _draft(update, context)
    if draft.step != "preview":
        raise UserFacingError("errors-stale-button")
    context.services.idea_exchange.check_draft(context.require_actor(), draft)
    tr, lang = context.services.translator, context.language
    text = context.t("exchange-publish-ask", edit="yes" if draft.post_id else "no")
    await show(update, context, text, kb.confirm_publish(tr, lang))


async def draft_publish_button(update: Update, context: BotContext) -> None:
    draft = await _draft(update, context)
    if draft.step != "preview":
        raise UserFacingError("errors-stale-button")
    post_id = await context.services.idea_exchange.publish(context.require_actor(), draft)
    await context.services.dialogs.clear(user_id(update))
    header = context.t("exchange-published", edit="yes" if draft.post_id else "no")
    await show_card(update, context, post_id, "m", header=header)


async def draft_cancel_button(update: Update, context: BotContext) -> None:
    """Nothing is published or changed."""
    await context.services.dialogs.clear(user_id(update))
    await show_mine(update, context, header=context.t("exchange-draft-cancelled"))


async def post_edit_button(update: Update, context: BotContext) -> None:
    """A published post back in the editor, at its preview (its organisers only)."""
    pressed = parse_button(update, ExchangePost)
    actor = context.require_actor()
    draft = await context.services.idea_exchange.draft_of(actor, pressed.post_id)
    await _ask(update, context, draft)


DRAFT_BUTTONS: dict[ExchangeDraftAction, Callback] = {
    "new": draft_new_button,
    "kind": draft_kind_button,
    "topic": draft_topic_button,
    "country": draft_country_button,
    "any": draft_any_button,
    "next": draft_next_button,
    "edit": draft_edit_button,
    "publish_ask": draft_publish_ask_button,
    "publish": draft_publish_button,
    "cancel": draft_cancel_button,
}


# ------------------------------------------------------------------ typed steps
def _typed(draft: ExchangePostDraft, raw: str) -> ExchangePostDraft:
    """The title or the text checked; a mistake is explained and the question stays."""
    try:
        if draft.step == "title":
            return replace(draft, title=clean_title(raw), step="text")
        if draft.step == "text":
            return replace(draft, body=clean_body(raw), step="topic")
    except ExchangeInputError as exc:
        raise UserFacingError(str(exc)) from exc
    raise UserFacingError("exchange-error-use-buttons")


async def draft_text(update: Update, context: BotContext, draft: ExchangePostDraft) -> None:
    assert update.message is not None and update.message.text is not None
    following = _typed(draft, update.message.text)
    if draft.editing:  # a changed answer: back to the preview
        following = replace(following, step="preview")
    await drop_keyboard(update, context, draft.prompt_message_id)
    await _ask(update, context, following)


TEXT_INPUTS: dict[InputKey, TextInput] = {ExchangePostDraft: draft_text}
