"""The directory (/directory): partnerships and actors by country, topic and city."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_network import (
    DirectoryActorCard,
    DirectoryBrowse,
    DirectoryHome,
    DirectoryPartnership,
    DirectoryResults,
)
from bot.context import BotContext
from bot.domain.directory import page_of
from bot.domain.network_dialogs import (
    DirectoryActorDraft,
    DirectoryMessageInput,
    DirectoryReplyInput,
    DirectorySearchInput,
)
from bot.handlers import directory_actors, directory_contact, directory_review
from bot.handlers.common import button_handlers, drop_keyboard, parse_button, show, user_id
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.keyboards import Row
from bot.keyboards import directory as kb
from bot.render.directory import actor_card_text, partnership_card_text, result_lines
from bot.services.directory import Hit


# ------------------------------------------------------------------ home and pickers
async def directory_command(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_home(update, context)


async def home_button(update: Update, context: BotContext) -> None:
    await show_home(update, context)


async def show_home(update: Update, context: BotContext) -> None:
    """By country, by topic; typed text searches names, cities and countries."""
    await context.services.directory.review.ensure_schedule()  # the yearly questions' check
    organiser = context.actor is not None and bool(context.actor.organises())
    keyboard = kb.home(context.services.translator, context.language, organiser)
    prompt = await show(update, context, context.t("directory-home"), keyboard)
    await context.services.dialogs.start(
        user_id(update), DirectorySearchInput(prompt_message_id=prompt)
    )


async def browse_countries_button(update: Update, context: BotContext) -> None:
    codes = await context.services.directory.countries(context.language)
    keyboard = kb.countries(context.services.translator, context.language, codes)
    text = context.t("directory-pick-country" if codes else "directory-empty")
    await show(update, context, text, keyboard)


async def browse_topics_button(update: Update, context: BotContext) -> None:
    keys = await context.services.directory.topics()
    keyboard = kb.topics(context.services.translator, context.language, keys)
    text = context.t("directory-pick-topic" if keys else "directory-empty")
    await show(update, context, text, keyboard)


# ------------------------------------------------------------------ results
async def results_button(update: Update, context: BotContext) -> None:
    at = parse_button(update, DirectoryResults)
    await show_results(update, context, at, await _query(update, context, at.by, at.value))


async def search_text(update: Update, context: BotContext, asked: DirectorySearchInput) -> None:
    """Typed text searches; the results stay pageable while the search is the dialog."""
    assert update.message is not None and update.message.text is not None
    query = " ".join(update.message.text.split())
    at = DirectoryResults("q", "", 0)
    hits = await context.services.directory.search(context.language, "q", query)
    await drop_keyboard(update, context, asked.prompt_message_id)
    shown_at = await _render_results(update, context, at, hits)
    await context.services.dialogs.start(user_id(update), DirectorySearchInput(shown_at, query))


async def show_results(
    update: Update, context: BotContext, at: DirectoryResults, value: str
) -> int:
    hits = await context.services.directory.search(context.language, at.by, value)
    return await _render_results(update, context, at, hits)


async def _render_results(
    update: Update, context: BotContext, at: DirectoryResults, hits: list[Hit]
) -> int:
    tr, lang = context.services.translator, context.language
    on_page, page, pages = page_of(hits, at.page)
    at = DirectoryResults(at.by, at.value, page)
    if not hits:
        return await show(
            update, context, context.t("directory-no-results"), kb.results(tr, lang, [], at, 1)
        )
    text = "\n".join(
        [
            context.t("directory-results", count=len(hits), page=page + 1, pages=pages),
            "",
            *result_lines(tr, lang, on_page),
        ]
    )
    return await show(update, context, text, kb.results(tr, lang, on_page, at, pages))


async def _query(update: Update, context: BotContext, by: str, value: str) -> str:
    """A typed search is paged from the dialog (the text does not fit in a button)."""
    if by != "q":
        return value
    dialog = await context.services.dialogs.current(user_id(update))
    return dialog.query if isinstance(dialog, DirectorySearchInput) and dialog.query else ""


# ------------------------------------------------------------------ cards
async def partnership_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, DirectoryPartnership)
    card = await context.services.directory.partnership_card(pressed.partnership_id)
    text = partnership_card_text(context.services.translator, context.language, card)
    back = DirectoryResults(pressed.by, pressed.value, pressed.page)
    contact = card.listed.profile.contact_user_id
    write = _write_row(update, context, ("p", pressed.partnership_id), contact, card.contact_name)
    keyboard = kb.card(context.services.translator, context.language, back, write)
    await show(update, context, text, keyboard)


async def actor_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, DirectoryActorCard)
    directory, lang = context.services.directory, context.language
    card = await directory.actor_card(pressed.actor_id)
    description = await directory.description_for(card.actor, lang, pressed.original)
    text = actor_card_text(context.services.translator, lang, card, description)
    back = DirectoryResults(pressed.by, pressed.value, pressed.page)
    toggle = DirectoryActorCard(
        pressed.actor_id, pressed.by, pressed.value, pressed.page, not pressed.original
    )
    keyboard = kb.actor_card(
        context.services.translator, lang, back, toggle if description.machine else None
    )
    await show(update, context, text, keyboard)


def _write_row(
    update: Update,
    context: BotContext,
    entry: tuple[str, int],
    contact: int | None,
    name: str | None,
) -> Row | None:
    """ "Write to …" for onboarded readers, when the contact agreed and is not the reader."""
    onboarded = context.participant is not None and context.participant.is_onboarded
    if not onboarded or contact is None or name is None or contact == user_id(update):
        return None
    return kb.write_row(context.services.translator, context.language, *entry, name)


BROWSE_BUTTONS = {"countries": browse_countries_button, "topics": browse_topics_button}

TEXT_INPUTS: dict[InputKey, TextInput] = {
    DirectorySearchInput: search_text,
    DirectoryActorDraft: directory_actors.draft_text,
    DirectoryMessageInput: directory_contact.message_text,
    DirectoryReplyInput: directory_contact.reply_text,
}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("directory", directory_command),
        CallbackQueryHandler(home_button, pattern=DirectoryHome.pattern()),
        *button_handlers(DirectoryBrowse, BROWSE_BUTTONS),
        CallbackQueryHandler(results_button, pattern=DirectoryResults.pattern()),
        CallbackQueryHandler(partnership_button, pattern=DirectoryPartnership.pattern()),
        CallbackQueryHandler(actor_button, pattern=DirectoryActorCard.pattern()),
        *directory_actors.handlers(),
        *directory_contact.handlers(),
        *directory_review.handlers(),
    ]
