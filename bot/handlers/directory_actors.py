"""Organisers list the organisations their partnership works with in the directory: step by
step (kind → name → city → country → topics → description → contact), a preview, publishing
after confirmation; editing and removing their own partnership's entries only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_network import DirectoryAdd, DirectoryDraft, DirectoryManage, DirectoryOwn
from bot.context import BotContext
from bot.domain.directory import ACTOR_KINDS, DRAFT_STEPS, next_step
from bot.domain.network import NETWORK_TOPICS
from bot.domain.network_dialogs import DirectoryActorDraft
from bot.domain.participants import shown_name
from bot.handlers.common import (
    button_handlers,
    drop_keyboard,
    organised_partnership,
    parse_button,
    show,
    user_id,
)
from bot.i18n import Translator
from bot.keyboards import directory as kb
from bot.render.directory import actor_card_text
from bot.services.directory import ActorCard, Description, first_name
from bot.services.directory_actors import actor_of
from bot.services.errors import UserFacingError

# What each step shows: its question and its keyboard (keep: the field has a value already).
StepKeyboard = Callable[[Translator, str, DirectoryActorDraft], InlineKeyboardMarkup]
STEP_KEYBOARDS: dict[str, StepKeyboard] = {
    "kind": lambda tr, lang, d: kb.draft_kinds(tr, lang, bool(d.kind)),
    "name": lambda tr, lang, d: kb.draft_typed(tr, lang, bool(d.name)),
    "city": lambda tr, lang, d: kb.draft_typed(tr, lang, bool(d.city)),
    "country": lambda tr, lang, d: kb.draft_countries(tr, lang, bool(d.country)),
    "topics": lambda tr, lang, d: kb.draft_topics(tr, lang, d.topic_keys),
    "description": lambda tr, lang, d: kb.draft_description(tr, lang, bool(d.description)),
    "contact": lambda tr, lang, d: kb.draft_contact(tr, lang),
    "preview": lambda tr, lang, d: kb.draft_preview(tr, lang),
}
# Typed steps show what is there now (while editing, or after "Edit" on the preview).
TYPED_STEPS = frozenset({"name", "city", "description"})


# ------------------------------------------------------------------ the partnership's list
async def own_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, DirectoryOwn)
    partnership = await organised_partnership(update, context, pressed.partnership_id, DirectoryOwn)
    if partnership is not None:
        await show_own(update, context, partnership.id)


async def show_own(
    update: Update, context: BotContext, partnership_id: int, header: str | None = None
) -> None:
    actors = await context.services.directory.drafts.own(context.require_actor(), partnership_id)
    text = context.t("directory-own", count=len(actors))
    keyboard = kb.own_list(context.services.translator, context.language, actors, partnership_id)
    await show(update, context, text, keyboard, header=header)


async def add_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, DirectoryAdd)
    drafts = context.services.directory.drafts
    draft = await drafts.start(context.require_actor(), pressed.partnership_id, context.language)
    await show_step(update, context, draft)


# ------------------------------------------------------------------ the steps
async def show_step(
    update: Update, context: BotContext, draft: DirectoryActorDraft, new_message: bool = False
) -> None:
    """The draft's current step; its message is remembered so a typed answer drops its keys."""
    tr, lang = context.services.translator, context.language
    keyboard = STEP_KEYBOARDS[draft.step](tr, lang, draft)
    prompt = await show(
        update, context, _step_text(context, draft), keyboard, new_message=new_message
    )
    await context.services.dialogs.start(user_id(update), replace(draft, prompt_message_id=prompt))


def _step_text(context: BotContext, draft: DirectoryActorDraft) -> str:
    if draft.step == "preview":
        return "\n\n".join([context.t("directory-draft-preview"), _preview(context, draft)])
    number = DRAFT_STEPS.index(draft.step) + 1
    lines = [context.t("directory-draft-step", step=number, count=len(DRAFT_STEPS) - 1)]
    lines.append(context.t(f"directory-draft-{draft.step}"))
    current = str(getattr(draft, draft.step)) if draft.step in TYPED_STEPS else ""
    if current:
        lines.append(context.t("directory-draft-current", value=current))
    return "\n".join(lines)


def _preview(context: BotContext, draft: DirectoryActorDraft) -> str:
    """The card as readers will see it (the organiser's own first name when they are the
    contact)."""
    actor = actor_of(draft)
    me = first_name(shown_name(context.participant)) or context.label("directory-draft-you")
    contact = me if draft.contact == "me" else None
    card = ActorCard(actor, None, contact, stale=False)
    plain = Description(draft.description, draft.description_language, False, False)
    return actor_card_text(context.services.translator, context.language, card, plain)


async def _draft(update: Update, context: BotContext) -> DirectoryActorDraft:
    dialog = await context.services.dialogs.current(user_id(update))
    if not isinstance(dialog, DirectoryActorDraft):
        raise UserFacingError("errors-stale-button")
    return dialog


async def draft_kind_button(update: Update, context: BotContext) -> None:
    pressed, draft = parse_button(update, DirectoryDraft), await _draft(update, context)
    if pressed.value not in ACTOR_KINDS:
        raise UserFacingError("errors-stale-button")
    await show_step(update, context, replace(draft, kind=pressed.value, step="name"))


async def draft_keep_button(update: Update, context: BotContext) -> None:
    draft = await _draft(update, context)
    await show_step(update, context, replace(draft, step=next_step(draft.step)))


async def draft_country_button(update: Update, context: BotContext) -> None:
    pressed, draft = parse_button(update, DirectoryDraft), await _draft(update, context)
    await show_step(
        update, context, context.services.directory.drafts.chose_country(draft, pressed.value)
    )


async def draft_topic_button(update: Update, context: BotContext) -> None:
    pressed, draft = parse_button(update, DirectoryDraft), await _draft(update, context)
    chosen = set(draft.topic_keys) ^ {pressed.value}
    topics = ",".join(t for t in NETWORK_TOPICS if t in chosen)
    await show_step(update, context, replace(draft, topics=topics))


async def draft_topics_done_button(update: Update, context: BotContext) -> None:
    draft = await _draft(update, context)
    await show_step(update, context, replace(draft, step="description"))


async def draft_no_description_button(update: Update, context: BotContext) -> None:
    draft = await _draft(update, context)
    await show_step(update, context, replace(draft, description="", step="contact"))


async def draft_contact_me_button(update: Update, context: BotContext) -> None:
    draft = await _draft(update, context)
    await show_step(update, context, replace(draft, contact="me", step="preview"))


async def draft_contact_org_button(update: Update, context: BotContext) -> None:
    draft = await _draft(update, context)
    await show_step(update, context, replace(draft, contact="org", step="preview"))


async def draft_edit_button(update: Update, context: BotContext) -> None:
    """Back to the first step with every answer kept ("Keep as it is" on each)."""
    draft = await _draft(update, context)
    await show_step(update, context, replace(draft, step="kind"))


async def draft_publish_button(update: Update, context: BotContext) -> None:
    draft = await _draft(update, context)
    await context.services.directory.drafts.publish(context.require_actor(), draft)
    await context.services.dialogs.clear(user_id(update))
    done = "directory-saved" if draft.actor_id else "directory-published"
    await show_own(update, context, draft.partnership_id, header=context.t(done, name=draft.name))


async def draft_cancel_button(update: Update, context: BotContext) -> None:
    """Nothing is written; back to the partnership's list."""
    draft = await _draft(update, context)
    await context.services.dialogs.clear(user_id(update))
    header = context.t("directory-draft-cancelled")
    await show_own(update, context, draft.partnership_id, header=header)


async def draft_text(update: Update, context: BotContext, draft: DirectoryActorDraft) -> None:
    """A typed name, city, country or description; a bad one is answered, the step stays."""
    assert update.message is not None and update.message.text is not None
    drafts = context.services.directory.drafts
    answered = drafts.typed(draft, update.message.text, context.language)
    await drop_keyboard(update, context, draft.prompt_message_id)
    await show_step(update, context, answered, new_message=True)


# ------------------------------------------------------------------ one organisation
async def manage_show_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, DirectoryManage)
    actor = await context.services.directory.drafts.managed(
        context.require_actor(), pressed.actor_id
    )
    card = await context.services.directory.actor_card(actor.id)
    plain = Description(actor.description, actor.description_language, False, False)
    text = actor_card_text(context.services.translator, context.language, card, plain)
    await show(
        update, context, text, kb.manage_card(context.services.translator, context.language, actor)
    )


async def manage_edit_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, DirectoryManage)
    draft = await context.services.directory.drafts.edit(context.require_actor(), pressed.actor_id)
    await show_step(update, context, draft)


async def manage_remove_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, DirectoryManage)
    actor = await context.services.directory.drafts.managed(
        context.require_actor(), pressed.actor_id
    )
    text = context.t("directory-remove-ask", name=actor.name)
    await show(
        update,
        context,
        text,
        kb.remove_confirm(context.services.translator, context.language, actor),
    )


async def manage_remove_ok_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, DirectoryManage)
    removed = await context.services.directory.drafts.remove(
        context.require_actor(), pressed.actor_id
    )
    header = context.t("directory-removed", name=removed.name)
    await show_own(update, context, removed.partnership_id, header=header)


DRAFT_BUTTONS = {
    "kind": draft_kind_button,
    "keep": draft_keep_button,
    "country": draft_country_button,
    "topic": draft_topic_button,
    "topics_done": draft_topics_done_button,
    "no_description": draft_no_description_button,
    "contact_me": draft_contact_me_button,
    "contact_org": draft_contact_org_button,
    "edit": draft_edit_button,
    "publish": draft_publish_button,
    "cancel": draft_cancel_button,
}
MANAGE_BUTTONS = {
    "show": manage_show_button,
    "edit": manage_edit_button,
    "remove": manage_remove_button,
    "remove_ok": manage_remove_ok_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(own_button, pattern=DirectoryOwn.pattern()),
        CallbackQueryHandler(add_button, pattern=DirectoryAdd.pattern()),
        *button_handlers(DirectoryDraft, DRAFT_BUTTONS),
        *button_handlers(DirectoryManage, MANAGE_BUTTONS),
    ]
