"""The keepers' toolbox: their screen (new entry, suggestions, entries due for review, all
entries), an entry's card with its versions per language, "still correct" and archiving.

Keepers are administrators and organisers of any partnership; the service refuses everyone
else, also for forged buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from telegram import InlineKeyboardMarkup, Update

from bot.callback_toolbox import KeepAction, ToolboxKeep
from bot.context import BotContext
from bot.domain.languages import SUPPORTED_LANGUAGES, language_mark
from bot.domain.toolbox import Entry
from bot.domain.toolbox_dialogs import ToolboxTranslationInput
from bot.domain.toolbox_keeping import PAGE_SIZE, ToolboxInputError, clean_body, clean_title
from bot.handlers.common import Callback, drop_keyboard, parse_button, show, user_id, with_row
from bot.i18n import escape
from bot.keyboards import toolbox_admin as kb
from bot.render.formatting import long_date, moment, zone_label
from bot.services.errors import UserFacingError


async def show_manage(update: Update, context: BotContext, header: str | None = None) -> None:
    overview = await context.services.toolbox_admin.overview(context.require_actor())
    text = context.t(
        "tbadmin-manage",
        published=overview.total,
        suggested=overview.suggested,
        due=overview.due,
    )
    keyboard = kb.manage(context.services.translator, context.language, overview)
    await show(update, context, text, keyboard, header=header)


async def toolbox_manage_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_manage(update, context)


async def with_phase_link(
    context: BotContext, keyboard: InlineKeyboardMarkup, phase: str
) -> InlineKeyboardMarkup:
    """`keyboard` with a link to the toolbox's entries for a programme phase, when any exist."""
    if not await context.services.toolbox_admin.has_phase_entries(phase):
        return keyboard
    return with_row(keyboard, kb.phase_link(context.services.translator, context.language, phase))


def card_text(context: BotContext, entry: Entry) -> str:
    """The entry as its keepers see it: every version's state, tags, dates; user text escaped
    in code (never through a Fluent placeable)."""
    version = entry.version_for(context.language)
    lines = [
        f"<b>{escape(version.title)}</b>",
        context.t(f"tbadmin-kind-{entry.kind}"),
        "",
        escape(version.body),
        "",
        *(_version_line(context, entry, lang) for lang in SUPPORTED_LANGUAGES),
        *_detail_lines(context, entry),
    ]
    return "\n".join(lines)


def _version_line(context: BotContext, entry: Entry, language: str) -> str:
    version = entry.versions.get(language)
    origin = version.origin if version else "missing"
    name = context.label(f"language-name-{language}")
    return context.t(
        "tbadmin-version-line", mark=language_mark(language), language=name, origin=origin
    )


def _detail_lines(context: BotContext, entry: Entry) -> list[str]:
    lang = context.language
    lines = []
    if entry.link:
        lines.append(context.t("tbadmin-link-line", link=entry.link))
    if entry.template:
        lines.append(context.t("tbadmin-file-line", name=entry.template.file_name))
    funding = entry.funding
    if funding and funding.deadline:
        when = moment(funding.deadline, lang, funding.zone)
        zone = zone_label(funding.zone, lang)
        lines.append(context.t("tbadmin-deadline-line", when=when, zone=zone))
    if funding and funding.amount:
        lines.append(context.t("tbadmin-amount-line", amount=funding.amount))
    if entry.credit_name:
        lines.append(context.t("tbadmin-credit-line", name=entry.credit_name))
    if entry.review_due and entry.status == "published":
        lines.append(context.t("tbadmin-review-line", date=long_date(entry.review_due, lang)))
    return ["", *lines] if lines else []


async def show_card(
    update: Update, context: BotContext, entry_id: int, header: str | None = None
) -> None:
    entry = await context.services.toolbox_admin.entry(context.require_actor(), entry_id)
    keyboard = kb.card(context.services.translator, context.language, entry)
    await show(update, context, card_text(context, entry), keyboard, header=header)


async def keep_card_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_card(update, context, parse_button(update, ToolboxKeep).ref)


async def keep_list_button(update: Update, context: BotContext) -> None:
    page = parse_button(update, ToolboxKeep).ref
    entries, total = await context.services.toolbox_admin.page(context.require_actor(), page)
    more = (page + 1) * PAGE_SIZE < total
    tr, lang = context.services.translator, context.language
    text = context.t("tbadmin-all-title", count=total)
    await show(update, context, text, kb.entry_list(tr, lang, entries, page, more))


async def keep_due_button(update: Update, context: BotContext) -> None:
    entries = await context.services.toolbox_admin.due_entries(context.require_actor())
    tr, lang = context.services.translator, context.language
    text = context.t("tbadmin-due-title", count=len(entries))
    await show(update, context, text, kb.entry_list(tr, lang, entries))


async def keep_queue_button(update: Update, context: BotContext) -> None:
    entries = await context.services.toolbox_admin.suggestions(context.require_actor())
    tr, lang = context.services.translator, context.language
    text = context.t("tbadmin-queue-title", count=len(entries))
    await show(update, context, text, kb.entry_list(tr, lang, entries))


async def keep_still_button(update: Update, context: BotContext) -> None:
    entry_id = parse_button(update, ToolboxKeep).ref
    await context.services.toolbox_admin.still_correct(context.require_actor(), entry_id)
    await show_card(update, context, entry_id, header=context.t("tbadmin-still-done"))


async def keep_archive_button(update: Update, context: BotContext) -> None:
    entry_id = parse_button(update, ToolboxKeep).ref
    entry = await context.services.toolbox_admin.entry(context.require_actor(), entry_id)
    title = entry.version_for(context.language).title
    tr, lang = context.services.translator, context.language
    await show(
        update,
        context,
        context.t("tbadmin-archive-ask", title=title),
        kb.confirm_archive(tr, lang, entry_id),
    )


async def keep_archive_confirmed_button(update: Update, context: BotContext) -> None:
    entry_id = parse_button(update, ToolboxKeep).ref
    await context.services.toolbox_admin.archive(context.require_actor(), entry_id)
    await show_manage(update, context, header=context.t("tbadmin-archived"))


async def keep_approve_version_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, ToolboxKeep)
    await context.services.toolbox_admin.approve_version(
        context.require_actor(), data.ref, data.value
    )
    name = context.label(f"language-name-{data.value}")
    await show_card(
        update, context, data.ref, header=context.t("tbadmin-version-approved", language=name)
    )


async def keep_translate_button(update: Update, context: BotContext) -> None:
    """Type the version in one language: its title first, then its text."""
    data = parse_button(update, ToolboxKeep)
    entry = await context.services.toolbox_admin.entry(context.require_actor(), data.ref)
    if data.value not in SUPPORTED_LANGUAGES:
        await show_card(update, context, entry.id)
        return
    name = context.label(f"language-name-{data.value}")
    tr, lang = context.services.translator, context.language
    text = context.t("tbadmin-translate-title", language=name)
    prompt = await show(update, context, text, kb.back_to_card(tr, lang, entry.id))
    state = ToolboxTranslationInput(entry.id, data.value, "", prompt)
    await context.services.dialogs.start(user_id(update), state)


def typed(clean: Callable[[str], str], raw: str) -> str:
    """Typed text checked by a domain rule; a mistake is answered with how to correct it."""
    try:
        return clean(raw)
    except ToolboxInputError as exc:
        raise UserFacingError(exc.message_id) from exc


async def translation_text(
    update: Update, context: BotContext, asked: ToolboxTranslationInput
) -> None:
    """The title, then the text; the text saves the version (a keeper's is "human")."""
    assert update.message is not None and update.message.text is not None
    uid, entry_id = user_id(update), asked.entry_id
    tr, lang = context.services.translator, context.language
    if not asked.title:
        title = typed(clean_title, update.message.text)
        await drop_keyboard(update, context, asked.prompt_message_id)
        text = context.t("tbadmin-translate-text")
        prompt = await show(update, context, text, kb.back_to_card(tr, lang, entry_id))
        state = ToolboxTranslationInput(entry_id, asked.language, title, prompt)
        await context.services.dialogs.start(uid, state)
        return
    body = typed(clean_body, update.message.text)
    await context.services.toolbox_admin.set_translation(
        context.require_actor(), entry_id, asked.language, asked.title, body
    )
    await context.services.dialogs.clear(uid)
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show_card(update, context, entry_id, header=context.t("tbadmin-version-saved"))


# One callback per button action (ToolboxKeep.action) except the moderation's, which live
# with the suggestions (toolbox_suggest.py).
KEEP_BUTTONS: dict[KeepAction, Callback] = {
    "list": keep_list_button,
    "due": keep_due_button,
    "queue": keep_queue_button,
    "card": keep_card_button,
    "still": keep_still_button,
    "archive": keep_archive_button,
    "archive_ok": keep_archive_confirmed_button,
    "approve_mt": keep_approve_version_button,
    "translate": keep_translate_button,
}
