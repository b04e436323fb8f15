"""The idea exchange (/exchange): offers and needs of the network's partnerships by topic and
country, a post's card in the reader's language, and its organisers' tools (close, reopen,
edit). Posting is in exchange_posting.py, "I'm interested" and introductions in
exchange_intro.py; this module registers all three."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_network import (
    ExchangeBrowse,
    ExchangeBrowseAction,
    ExchangeDraftStep,
    ExchangeHome,
    ExchangeIntro,
    ExchangeMine,
    ExchangePost,
    ExchangePostAction,
)
from bot.context import BotContext
from bot.handlers import exchange_intro, exchange_posting
from bot.handlers.common import Callback, button_handlers, parse_button, show, user_id
from bot.handlers.exchange_screens import show_card, show_home, show_list, show_mine
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.keyboards import exchange as kb


async def exchange_command(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_home(update, context)


async def home_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_home(update, context)


async def mine_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_mine(update, context)


# ------------------------------------------------------------------ browsing
async def browse_topics_button(update: Update, context: BotContext) -> None:
    tr, lang = context.services.translator, context.language
    await show(update, context, context.t("exchange-choose-topic"), kb.topics(tr, lang))


async def browse_countries_button(update: Update, context: BotContext) -> None:
    tr, lang = context.services.translator, context.language
    await show(update, context, context.t("exchange-choose-country"), kb.countries(tr, lang))


async def browse_list_button(update: Update, context: BotContext) -> None:
    """All open posts, or those of one topic or country (the button's value)."""
    await show_list(update, context, parse_button(update, ExchangeBrowse))


BROWSE_BUTTONS: dict[ExchangeBrowseAction, Callback] = {
    "topics": browse_topics_button,
    "countries": browse_countries_button,
    "all": browse_list_button,
    "topic": browse_list_button,
    "country": browse_list_button,
}


# ------------------------------------------------------------------ a post
async def post_show_button(update: Update, context: BotContext) -> None:
    """The card in the reader's language (a cancelled "I'm interested" lands here too)."""
    pressed = parse_button(update, ExchangePost)
    await context.services.dialogs.clear(user_id(update))
    await show_card(update, context, pressed.post_id, pressed.origin)


async def post_original_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, ExchangePost)
    await show_card(update, context, pressed.post_id, pressed.origin, original=True)


async def post_close_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, ExchangePost)
    await context.services.idea_exchange.set_open(context.require_actor(), pressed.post_id, False)
    header = context.t("exchange-post-closed")
    await show_card(update, context, pressed.post_id, pressed.origin, header=header)


async def post_reopen_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, ExchangePost)
    await context.services.idea_exchange.set_open(context.require_actor(), pressed.post_id, True)
    header = context.t("exchange-post-reopened")
    await show_card(update, context, pressed.post_id, pressed.origin, header=header)


async def post_still_open_button(update: Update, context: BotContext) -> None:
    """The answer to "still open?" (asked once, 90 days after posting)."""
    pressed = parse_button(update, ExchangePost)
    await context.services.idea_exchange.still_open(context.require_actor(), pressed.post_id)
    header = context.t("exchange-still-open-kept")
    await show_card(update, context, pressed.post_id, "m", header=header)


POST_BUTTONS: dict[ExchangePostAction, Callback] = {
    "show": post_show_button,
    "original": post_original_button,
    "close": post_close_button,
    "reopen": post_reopen_button,
    "still_open": post_still_open_button,
    "edit": exchange_posting.post_edit_button,
    "interested": exchange_intro.interested_button,
    "skip_note": exchange_intro.skip_note_button,
    "send_request": exchange_intro.send_request_button,
}

TEXT_INPUTS: dict[InputKey, TextInput] = {
    **exchange_posting.TEXT_INPUTS,
    **exchange_intro.TEXT_INPUTS,
}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("exchange", exchange_command),
        CallbackQueryHandler(home_button, pattern=ExchangeHome.pattern()),
        CallbackQueryHandler(mine_button, pattern=ExchangeMine.pattern()),
        *button_handlers(ExchangeBrowse, BROWSE_BUTTONS),
        *button_handlers(ExchangePost, POST_BUTTONS),
        *button_handlers(ExchangeDraftStep, exchange_posting.DRAFT_BUTTONS),
        *button_handlers(ExchangeIntro, exchange_intro.INTRO_BUTTONS),
    ]
