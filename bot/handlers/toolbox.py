"""The toolbox for readers: /toolbox, search, entries, inline mode."""

from __future__ import annotations

from dataclasses import replace

from babel.lists import format_list
from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import (
    ApplicationHandlerStop,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.callback_toolbox import (
    ToolboxAct,
    ToolboxEntryCard,
    ToolboxHome,
    ToolboxKind,
    ToolboxRead,
    ToolboxResults,
    ToolboxTopic,
)
from bot.context import BotContext
from bot.db.toolbox_search import Filters
from bot.domain.deeplinks import toolbox_payload
from bot.domain.toolbox import ENTRY_KINDS, PHASES, TOPICS, Entry
from bot.domain.toolbox_dialogs import ToolboxSearchInput
from bot.handlers.common import (
    answer_button,
    button_handlers,
    drop_keyboard,
    language_label,
    parse_button,
    show,
    user_id,
)
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.i18n import escape
from bot.keyboards import toolbox as kb
from bot.render.formatting import babel_locale, long_date, reader_time
from bot.render.toolbox import KIND_MARKS, deadline_text, excerpt
from bot.services.errors import UserFacingError
from bot.services.toolbox import EntryView, Found


# ------------------------------------------------------------------ the first screen
async def toolbox_command(update: Update, context: BotContext) -> None:
    """/toolbox shows the kinds; `/toolbox visa` searches at once."""
    await context.services.dialogs.clear(user_id(update))
    text = " ".join(context.args or [])
    if text.strip():
        await _search(update, context, ToolboxSearchInput(), text)
    else:
        await show_home(update, context)


async def home_button(update: Update, context: BotContext) -> None:
    await show_home(update, context)


async def show_home(update: Update, context: BotContext, header: str | None = None) -> None:
    """The kinds with their counts and the hint to type; typed text then searches."""
    counts = await context.services.toolbox.kinds()
    tr, lang = context.services.translator, context.language
    keyboard = kb.home(tr, lang, counts, _member(context))
    prompt = await show(update, context, context.t("toolbox-home"), keyboard, header=header)
    await context.services.dialogs.start(
        user_id(update), ToolboxSearchInput(prompt_message_id=prompt)
    )


def _member(context: BotContext) -> bool:
    return context.participant is not None and context.participant.is_onboarded


# ------------------------------------------------------------------ searching and listing
async def search_text(update: Update, context: BotContext, asked: ToolboxSearchInput) -> None:
    """Typed text searches (within the kind or topic chosen before)."""
    assert update.message is not None and update.message.text is not None
    await drop_keyboard(update, context, asked.prompt_message_id)
    await _search(update, context, asked, update.message.text)


async def _search(
    update: Update, context: BotContext, asked: ToolboxSearchInput, text: str
) -> None:
    found = await _find(context, replace(asked, query=text), include_expired=False)
    view = replace(asked, query=found.query)
    if not found.query and not found.filters.kind and not found.filters.topic:
        await show_home(update, context)  # nothing to look for: the kinds
        return
    await _show_results(update, context, view, found, 0)


async def _find(context: BotContext, view: ToolboxSearchInput, *, include_expired: bool) -> Found:
    filters = Filters(view.kind, view.topic, include_expired)
    return await context.services.toolbox.search(view.query, context.language, filters)


async def kind_button(update: Update, context: BotContext) -> None:
    kind = parse_button(update, ToolboxKind).kind
    if kind not in ENTRY_KINDS:
        raise UserFacingError("errors-stale-button")
    view = ToolboxSearchInput(kind=kind)
    await _show_results(update, context, view, await _find(context, view, include_expired=False), 0)


async def topic_button(update: Update, context: BotContext) -> None:
    """Entries with a topic tag, or `phase-<key>` for a programme phase (check-ins link)."""
    topic = parse_button(update, ToolboxTopic).topic
    if not _known_topic(topic):
        raise UserFacingError("errors-stale-button")
    view = ToolboxSearchInput(topic=topic)
    await _show_results(update, context, view, await _find(context, view, include_expired=False), 0)


async def results_button(update: Update, context: BotContext) -> None:
    """A page of the current search or listing; without one, the first screen."""
    pressed = parse_button(update, ToolboxResults)
    view = await context.services.dialogs.current(user_id(update))
    if not isinstance(view, ToolboxSearchInput) or not (view.query or view.kind or view.topic):
        await show_home(update, context)
        return
    found = await _find(context, view, include_expired=pressed.expired)
    await _show_results(update, context, view, found, pressed.page)


async def _show_results(
    update: Update, context: BotContext, view: ToolboxSearchInput, found: Found, page: int
) -> None:
    tr, lang = context.services.translator, context.language
    page = max(0, min(page, (len(found.entries) - 1) // kb.PAGE_SIZE)) if found.entries else 0
    keyboard = kb.results(
        tr,
        lang,
        found.entries,
        page,
        expired_hidden=found.expired,
        include_expired=found.filters.include_expired,
    )
    text = _results_text(context, view, found, page)
    prompt = await show(update, context, text, keyboard)
    await context.services.dialogs.start(user_id(update), replace(view, prompt_message_id=prompt))


def _results_text(context: BotContext, view: ToolboxSearchInput, found: Found, page: int) -> str:
    count = len(found.entries)
    if view.query:
        head = context.t("toolbox-results", query=view.query, count=count)
    elif view.kind:
        head = context.t("toolbox-list-kind", kind=view.kind, count=count)
    else:
        head = context.t("toolbox-list-topic", topic=_topic_name(context, view.topic), count=count)
    first = page * kb.PAGE_SIZE
    lines = [
        f"{first + i + 1}. {KIND_MARKS[e.kind]} {escape(e.version_for(context.language).title)}"
        for i, e in enumerate(found.entries[first : first + kb.PAGE_SIZE])
    ]
    parts = [head, "\n".join(lines)] if lines else [head]
    if found.expired and not found.filters.include_expired:
        parts.append(context.t("toolbox-past-funding-hidden", count=found.expired))
    hint = "toolbox-type-hint" if lines else "toolbox-nothing-hint"
    parts.append(context.t(hint))
    return "\n\n".join(parts)


def _topic_name(context: BotContext, topic: str) -> str:
    """'Youth' for a topic tag, 'Coaching' for `phase-coaching`."""
    return context.label(
        f"toolbox-{topic}" if topic.startswith("phase-") else f"toolbox-topic-{topic}"
    )


def _known_topic(topic: str) -> bool:
    phase = topic.removeprefix("phase-")
    return topic in TOPICS or (phase != topic and phase in PHASES)


# ------------------------------------------------------------------ an entry
async def entry_card_button(update: Update, context: BotContext) -> None:
    entry_id = parse_button(update, ToolboxEntryCard).entry_id
    await show_entry(update, context, entry_id)


async def open_entry(update: Update, context: BotContext, entry_id: int) -> None:
    """The deep link `tb<id>` (an inline card shared into a chat): the entry's page."""
    await show_entry(update, context, entry_id)


async def show_entry(
    update: Update, context: BotContext, entry_id: int, *, original: bool = False
) -> None:
    view = await context.services.toolbox.view(user_id(update), entry_id)
    entry, lang = view.entry, context.language
    shown = entry.versions.get(entry.original_language) if original else None
    version = shown or entry.version_for(lang)
    keyboard = kb.card(
        context.services.translator,
        lang,
        entry,
        context.services.clock.now(),
        shown_language=version.language,
        member=view.onboarded,
        helpful=view.helpful,
        reminded=view.remind_at is not None,
    )
    await show(update, context, card_text(context, view, version.language), keyboard)


def card_text(context: BotContext, view: EntryView, language: str) -> str:
    """Title, kind and topics, the language it is shown in, the text, the funding facts,
    the reader's reminder, "may be outdated", the credit, "Was this helpful?"."""
    entry, lang, tr = view.entry, context.language, context.services.translator
    version = entry.versions[language]
    now = context.services.clock.now()
    parts = [f"{KIND_MARKS[entry.kind]} <b>{escape(version.title)}</b>", _kind_line(context, entry)]
    if version.origin == "machine":
        parts.append(
            context.t(
                "toolbox-machine-translation",
                language=_language_name(context, entry.original_language),
            )
        )
    elif language != lang:
        parts.append(language_label(context, language))
    if version.body:
        parts.append(escape(version.body))
    if entry.funding is not None:
        parts.append(_funding_lines(context, view))
    if view.remind_at is not None:
        parts.append(
            context.t(
                "toolbox-reminder-planned", when=reader_time(tr, lang, view.remind_at, view.zone)
            )
        )
    if entry.may_be_outdated(now.date()):
        reviewed = entry.reviewed_at or entry.created_at
        day = long_date(reviewed, lang) if reviewed else ""
        parts.append(context.t("toolbox-may-be-outdated", date=day))
    if entry.credit_name:
        parts.append(context.t("toolbox-credit", name=entry.credit_name))
    if view.onboarded:
        parts.append(
            context.t("toolbox-helpful-question", yes=entry.helpful_yes, no=entry.helpful_no)
        )
    return "\n\n".join(p for p in parts if p)


def _kind_line(context: BotContext, entry: Entry) -> str:
    topics = [context.label(f"toolbox-topic-{t}") for t in entry.tagged("topic") if t in TOPICS]
    topics += [context.label(f"toolbox-phase-{p}") for p in entry.tagged("phase") if p in PHASES]
    if not topics:
        return context.t("toolbox-kind-name", kind=entry.kind)
    joined = format_list(topics, locale=babel_locale(context.language))
    return context.t("toolbox-kind-and-topics", kind=entry.kind, topics=joined)


def _language_name(context: BotContext, language: str) -> str:
    return context.label(f"language-name-{language}")


def _funding_lines(context: BotContext, view: EntryView) -> str:
    entry, tr, lang = view.entry, context.services.translator, context.language
    funding, now = entry.funding, context.services.clock.now()
    assert funding is not None
    lines = []
    deadline = deadline_text(tr, lang, entry, view.zone)
    if deadline and entry.expired(now):
        lines.append(context.t("toolbox-deadline-passed", deadline=deadline))
    elif deadline:
        lines.append(context.t("toolbox-deadline", deadline=deadline))
    else:
        lines.append(context.t("toolbox-deadline-open"))
    if funding.amount:
        lines.append(context.t("toolbox-amount", amount=funding.amount))
    return "\n".join(lines)


async def read_file_button(update: Update, context: BotContext) -> None:
    """The template, sent as a document under the card."""
    entry_id = parse_button(update, ToolboxRead).entry_id
    view = await context.services.toolbox.view(user_id(update), entry_id)
    template, chat = view.entry.template, update.effective_chat
    if template is None or chat is None:
        raise UserFacingError("errors-stale-button")
    await answer_button(update, context)
    title = escape(view.entry.version_for(context.language).title)
    await context.bot.send_document(
        chat.id, template.file_id, caption=title, parse_mode=ParseMode.HTML
    )


async def read_original_button(update: Update, context: BotContext) -> None:
    entry_id = parse_button(update, ToolboxRead).entry_id
    await show_entry(update, context, entry_id, original=True)


async def remind_button(update: Update, context: BotContext) -> None:
    """ "Remind me 7 days before": a pop-up says when; refusals are pop-ups too."""
    entry_id = parse_button(update, ToolboxAct).entry_id
    at = await context.services.toolbox.remind(user_id(update), entry_id)
    view = await context.services.toolbox.view(user_id(update), entry_id)
    when = reader_time(context.services.translator, context.language, at, view.zone)
    await answer_button(update, context, context.label("toolbox-reminder-set", when=when))
    await show_entry(update, context, entry_id)


async def helpful_button(update: Update, context: BotContext) -> None:
    await _answer_helpful(update, context, True)


async def unhelpful_button(update: Update, context: BotContext) -> None:
    await _answer_helpful(update, context, False)


async def _answer_helpful(update: Update, context: BotContext, helpful: bool) -> None:
    entry_id = parse_button(update, ToolboxAct).entry_id
    await context.services.toolbox.answer_helpful(user_id(update), entry_id, helpful)
    await answer_button(update, context, context.label("toolbox-thanks"))
    await show_entry(update, context, entry_id)


# ------------------------------------------------------------------ inline mode
async def inline_query(update: Update, context: BotContext) -> None:
    """`@bot visa` in any chat: up to 50 shareable cards, each with a link into the bot."""
    query = update.inline_query
    assert query is not None
    entries = await context.services.toolbox.inline(query.query, context.language)
    results = [_inline_card(context, entry) for entry in entries]
    # Results depend on the querier's language: personal, and cached a short while only.
    await query.answer(results, cache_time=60, is_personal=True)


def _inline_card(context: BotContext, entry: Entry) -> InlineQueryResultArticle:
    tr, lang = context.services.translator, context.language
    version = entry.version_for(lang)
    kind = context.label("toolbox-kind-name", kind=entry.kind)
    text = "\n\n".join(
        p
        for p in (
            f"{KIND_MARKS[entry.kind]} <b>{escape(version.title)}</b>",
            escape(kind),
            escape(excerpt(version.body)),
        )
        if p
    )
    url = f"https://t.me/{context.bot.username}?start={toolbox_payload(entry.id)}"
    return InlineQueryResultArticle(
        id=toolbox_payload(entry.id),
        title=version.title,
        description=f"{kind} · {excerpt(version.body, 90)}" if version.body else kind,
        input_message_content=InputTextMessageContent(text, parse_mode=ParseMode.HTML),
        reply_markup=kb.open_in_bot(tr, lang, url),
    )


READ_BUTTONS = {"file": read_file_button, "original": read_original_button}
MEMBER_BUTTONS = {"remind": remind_button, "yes": helpful_button, "no": unhelpful_button}


async def own_card_posted(update: Update, context: BotContext) -> None:
    """A card someone shared from inline mode into their chat with the bot itself: not a
    question to answer, nor a reason to start onboarding (its button opens the entry)."""
    via = update.message.via_bot if update.message is not None else None
    if via is not None and via.id == context.bot.id:
        raise ApplicationHandlerStop


def before_gates() -> list[BaseHandler]:
    return [MessageHandler(filters.VIA_BOT, own_card_posted)]


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("toolbox", toolbox_command),
        CallbackQueryHandler(home_button, pattern=ToolboxHome.pattern()),
        CallbackQueryHandler(kind_button, pattern=ToolboxKind.pattern()),
        CallbackQueryHandler(topic_button, pattern=ToolboxTopic.pattern()),
        CallbackQueryHandler(results_button, pattern=ToolboxResults.pattern()),
        CallbackQueryHandler(entry_card_button, pattern=ToolboxEntryCard.pattern()),
        *button_handlers(ToolboxRead, READ_BUTTONS),
        *button_handlers(ToolboxAct, MEMBER_BUTTONS),
        InlineQueryHandler(inline_query),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {ToolboxSearchInput: search_text}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}
