"""A keeper's new toolbox entry, step by step: kind, title, text (in the keeper's language:
the original), topic, country and phase tags, then by kind a template file (checked from
Telegram's size and name before anything is downloaded), a link, a funding deadline on a
city's clock and the amount; a preview, and publishing after a confirmation."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup, Update

from bot.callback_toolbox import DraftAction, ToolboxDraftStep
from bot.context import BotContext
from bot.domain.call_admin import CALL_TIME_ZONES
from bot.domain.toolbox import (
    ENTRY_KINDS,
    TEMPLATE_FILE_TYPES,
    Facet,
    template_problem,
)
from bot.domain.toolbox_dialogs import ToolboxEntryDraft
from bot.domain.toolbox_keeping import (
    EDITABLE_STEPS,
    NEXT_FACET,
    clean_amount,
    clean_body,
    clean_title,
    parse_link,
    step_after_link,
    step_after_tags,
    toggled,
)
from bot.domain.workshops import WorkshopInputError, parse_wall_clock
from bot.handlers.common import Callback, drop_keyboard, parse_button, show, user_id
from bot.handlers.toolbox_keeping import card_text, show_card, show_manage, typed
from bot.keyboards import toolbox_admin as kb
from bot.render.formatting import zone_label
from bot.services.calls import DATE_EXAMPLE
from bot.services.errors import UserFacingError
from bot.services.toolbox_admin import preview_entry

TEMPLATE_LIMIT_MB = 20
FACET_FIELDS: dict[str, str] = {"topic": "topics", "country": "countries", "phase": "phases"}


async def _draft(update: Update, context: BotContext) -> ToolboxEntryDraft:
    """The keeper's draft; a button of a finished or cancelled one is out of date."""
    draft = await context.services.dialogs.current(user_id(update))
    if not isinstance(draft, ToolboxEntryDraft):
        raise UserFacingError("errors-stale-button")
    return draft


def _question(context: BotContext, draft: ToolboxEntryDraft) -> tuple[str, InlineKeyboardMarkup]:
    """The question of the draft's step, with its keyboard."""
    tr, lang, step = context.services.translator, context.language, draft.step
    if step in FACET_FIELDS:
        facet: Facet = step  # type: ignore[assignment]  # the keys of FACET_FIELDS
        return context.t(f"tbadmin-new-{step}"), kb.tags(
            tr, lang, facet, getattr(draft, FACET_FIELDS[step])
        )
    if step == "preview":
        entry = preview_entry(draft)
        text = context.t("tbadmin-preview") + "\n\n" + card_text(context, entry)
        return text, kb.preview(tr, lang, draft.kind)
    if step == "zone":
        return context.t("tbadmin-new-zone"), kb.zones(tr, lang)
    args: dict[str, dict[str, object]] = {
        "file": {"limit": TEMPLATE_LIMIT_MB, "types": ", ".join(TEMPLATE_FILE_TYPES)},
        "deadline": {"zone": zone_label(draft.zone or "UTC", lang), "example": DATE_EXAMPLE},
    }
    return context.t(f"tbadmin-new-{step}", **args.get(step, {})), kb.cancel_draft(tr, lang)


async def _ask(update: Update, context: BotContext, draft: ToolboxEntryDraft) -> None:
    """Show the step's question (in place for a button) and keep the draft with it."""
    text, keyboard = _question(context, draft)
    prompt = await show(update, context, text, keyboard)
    await context.services.dialogs.start(user_id(update), replace(draft, prompt_message_id=prompt))


async def draft_new_button(update: Update, context: BotContext) -> None:
    context.services.toolbox_admin.check(context.require_actor())
    tr, lang = context.services.translator, context.language
    prompt = await show(update, context, context.t("tbadmin-new-kind"), kb.kinds(tr, lang))
    draft = ToolboxEntryDraft(step="kind", language=lang, prompt_message_id=prompt)
    await context.services.dialogs.start(user_id(update), draft)


async def draft_kind_button(update: Update, context: BotContext) -> None:
    kind = parse_button(update, ToolboxDraftStep).value
    draft = await _draft(update, context)
    if kind not in ENTRY_KINDS:
        raise UserFacingError("errors-stale-button")
    await _ask(update, context, replace(draft, kind=kind, step="title"))


async def draft_tag_button(update: Update, context: BotContext) -> None:
    facet, _, key = parse_button(update, ToolboxDraftStep).value.partition(".")
    draft = await _draft(update, context)
    if facet != draft.step or facet not in FACET_FIELDS:
        raise UserFacingError("errors-stale-button")
    field = FACET_FIELDS[facet]
    chosen: dict[str, str] = {field: toggled(getattr(draft, field), key)}
    await _ask(update, context, replace(draft, **chosen))  # type: ignore[arg-type]


async def draft_next_button(update: Update, context: BotContext) -> None:
    facet = parse_button(update, ToolboxDraftStep).value
    draft = await _draft(update, context)
    if facet != draft.step:
        raise UserFacingError("errors-stale-button")
    after = "preview" if draft.editing else step_after_tags(draft.kind)
    await _ask(update, context, replace(draft, step=NEXT_FACET.get(facet) or after))


async def draft_zone_button(update: Update, context: BotContext) -> None:
    index = parse_button(update, ToolboxDraftStep).value
    draft = await _draft(update, context)
    if draft.step != "zone" or not index.isdigit() or int(index) >= len(CALL_TIME_ZONES):
        raise UserFacingError("errors-stale-button")
    await _ask(update, context, replace(draft, zone=CALL_TIME_ZONES[int(index)], step="deadline"))


async def draft_edit_button(update: Update, context: BotContext) -> None:
    """The preview's "edit": one step again, then back to the preview."""
    step = parse_button(update, ToolboxDraftStep).value
    draft = await _draft(update, context)
    if draft.step != "preview" or step not in EDITABLE_STEPS.get(draft.kind, ()):
        raise UserFacingError("errors-stale-button")
    await _ask(update, context, replace(draft, step=step, editing=True))


async def draft_publish_ask_button(update: Update, context: BotContext) -> None:
    draft = await _draft(update, context)
    if draft.step != "preview":
        raise UserFacingError("errors-stale-button")
    machine = context.services.translation_available
    tr, lang = context.services.translator, context.language
    text = context.t("tbadmin-publish-ask", machine="yes" if machine else "no")
    await show(update, context, text, kb.confirm_publish(tr, lang))


async def draft_publish_button(update: Update, context: BotContext) -> None:
    draft = await _draft(update, context)
    if draft.step != "preview":
        raise UserFacingError("errors-stale-button")
    entry_id = await context.services.toolbox_admin.publish(context.require_actor(), draft)
    await context.services.dialogs.clear(user_id(update))
    await show_card(update, context, entry_id, header=context.t("tbadmin-published"))


async def draft_cancel_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_manage(update, context, header=context.t("tbadmin-cancelled"))


DRAFT_BUTTONS: dict[DraftAction, Callback] = {
    "new": draft_new_button,
    "kind": draft_kind_button,
    "tag": draft_tag_button,
    "next": draft_next_button,
    "zone": draft_zone_button,
    "edit": draft_edit_button,
    "publish_ask": draft_publish_ask_button,
    "publish": draft_publish_button,
    "cancel": draft_cancel_button,
}


# ------------------------------------------------------------------ typed steps
def _title(draft: ToolboxEntryDraft, raw: str) -> ToolboxEntryDraft:
    return replace(draft, title=typed(clean_title, raw), step="text")


def _text(draft: ToolboxEntryDraft, raw: str) -> ToolboxEntryDraft:
    return replace(draft, body=typed(clean_body, raw), step="topic")


def _link(draft: ToolboxEntryDraft, raw: str) -> ToolboxEntryDraft:
    return replace(draft, link=typed(parse_link, raw), step=step_after_link(draft.kind))


def _deadline(draft: ToolboxEntryDraft, raw: str) -> ToolboxEntryDraft:
    try:
        wall = parse_wall_clock(raw, draft.zone)
    except WorkshopInputError as exc:
        raise UserFacingError("tbadmin-error-deadline", example=DATE_EXAMPLE) from exc
    deadline = wall.replace(tzinfo=ZoneInfo(draft.zone))
    return replace(draft, deadline=deadline.isoformat(), step="amount")


def _amount(draft: ToolboxEntryDraft, raw: str) -> ToolboxEntryDraft:
    return replace(draft, amount=typed(clean_amount, raw), step="preview")


TYPED_STEPS = {
    "title": _title,
    "text": _text,
    "link": _link,
    "deadline": _deadline,
    "amount": _amount,
}


async def draft_text(update: Update, context: BotContext, draft: ToolboxEntryDraft) -> None:
    """A typed step: checked (a mistake is explained, the question stays), then the next."""
    assert update.message is not None and update.message.text is not None
    step = TYPED_STEPS.get(draft.step)
    if step is None:  # a step answered with buttons or a file
        raise UserFacingError("tbadmin-error-use-buttons")
    following = step(draft, update.message.text)
    if draft.editing:  # a changed answer: back to the preview
        following = replace(following, step="preview")
    await drop_keyboard(update, context, draft.prompt_message_id)
    await _ask(update, context, following)


async def draft_file(update: Update, context: BotContext) -> bool:
    """A template's file, checked from Telegram's size and name before any download."""
    message = update.effective_message
    draft = await context.services.dialogs.current(user_id(update))
    document = message.document if message else None
    if not isinstance(draft, ToolboxEntryDraft) or draft.step != "file" or document is None:
        return False
    name, size = document.file_name or "", document.file_size or 0
    problem = template_problem(name, size)
    if problem is not None:
        types = ", ".join(TEMPLATE_FILE_TYPES)
        reply = context.t(
            f"tbadmin-file-{problem}", limit=TEMPLATE_LIMIT_MB, types=types, name=name
        )
        await show(update, context, reply)
        return True
    mime = document.mime_type or ""
    following = replace(
        draft,
        file_id=document.file_id,
        file_name=name,
        file_size=size,
        mime_type=mime,
        step="preview",
    )
    await drop_keyboard(update, context, draft.prompt_message_id)
    await _ask(update, context, following)
    return True
