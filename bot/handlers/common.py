"""Rendering helpers shared by all handlers."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Coroutine, Mapping
from typing import Any, TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler

from bot.callback_data import CallbackData
from bot.context import BotContext
from bot.domain.languages import language_mark
from bot.domain.partnerships import Partnership
from bot.domain.roles import PermissionDenied
from bot.keyboards import button, markup
from bot.keyboards.menu import back_to_menu
from bot.services.errors import UserFacingError
from bot.telegram.errors import Problem, classify
from bot.telegram.unread import edit_text, send_text

T = TypeVar("T", bound=CallbackData)
A = TypeVar("A", bound=str)
# A handler callback: what PTB calls with the update and the typed context.
Callback = Callable[[Update, BotContext], Coroutine[Any, Any, None]]


async def show(
    update: Update,
    context: BotContext,
    text: str,
    reply_markup: InlineKeyboardMarkup | None = None,
    *,
    new_message: bool = False,
    header: str | None = None,
) -> int:
    """Answer a button by editing its message in place; answer anything else with a message.
    A `header` (what just happened) stands above the screen, a blank line between.
    Returns the id of the message showing the screen."""
    text = f"{header}\n\n{text}" if header else text
    query = update.callback_query
    await answer_button(update, context)
    # A photo or a file (a chart, a calendar entry) has no text to edit: answer below it.
    message = query.message if query is not None else None
    if isinstance(message, Message) and message.text and not new_message:
        try:
            await edit_text(context.bot, message.chat.id, message.message_id, text, reply_markup)
        except TelegramError as exc:
            # Pressing the same button twice renders the same screen: nothing to change.
            if classify(exc).problem is not Problem.NOT_MODIFIED:
                raise
        return message.message_id
    chat = update.effective_chat
    assert chat is not None
    return await send_text(context.bot, chat.id, text, reply_markup)


async def drop_keyboard(update: Update, context: BotContext, message_id: int) -> None:
    """An answered step loses its buttons (a typed answer leaves its question on screen)."""
    chat = update.effective_chat
    if chat is None or not message_id:
        return
    # Deleted, too old to edit or already without buttons: nothing left to press either way.
    with contextlib.suppress(TelegramError):
        await context.bot.edit_message_reply_markup(chat.id, message_id, reply_markup=None)


def menu_keyboard(context: BotContext) -> InlineKeyboardMarkup:
    """The one button back to the main menu, for a screen with nothing else to do."""
    return back_to_menu(context.services.translator, context.language)


def with_row(
    keyboard: InlineKeyboardMarkup, *buttons: InlineKeyboardButton
) -> InlineKeyboardMarkup:
    """`keyboard` with one more row at the bottom (a way back under a shared keyboard)."""
    return InlineKeyboardMarkup([*keyboard.inline_keyboard, list(buttons)])


async def answer_button(update: Update, context: BotContext, text: str | None = None) -> None:
    """Answer the pressed button once (Telegram refuses a second answer)."""
    query = update.callback_query
    if query is not None and not context.button_answered:
        context.button_answered = True
        try:
            await query.answer(text)
        except TelegramError as exc:
            # Telegram refuses an answer to an old press, or a second one: an update handled
            # again after a crash. The person still sees the rest of the reply.
            if classify(exc).problem is not Problem.OLD_QUERY:
                raise


def parse_button(update: Update, kind: type[T]) -> T:
    """Typed data of the pressed button; stale or forged data becomes a friendly refusal."""
    query = update.callback_query
    data = kind.unpack(query.data or "") if query is not None else None
    if data is None:
        raise UserFacingError("errors-stale-button")
    return data


def user_id(update: Update) -> int:
    user = update.effective_user
    assert user is not None
    return user.id


async def organised_partnership(
    update: Update,
    context: BotContext,
    partnership_id: int,
    choice: Callable[[int], CallbackData],
) -> Partnership | None:
    """The partnership an organiser tool acts on: the one asked for, or the only one they run;
    otherwise show the choice (each button carries `choice(id)`) and return None."""
    options = await context.services.access.invitable_partnerships(context.require_actor())
    if not options:
        raise PermissionDenied("organiser")
    chosen = next((p for p in options if p.id == partnership_id), None)
    if chosen is None and len(options) == 1:
        chosen = options[0]
    if chosen is None:
        rows = [[button(p.name.for_reader(context.language), choice(p.id))] for p in options]
        await show(update, context, context.t("invite-choose-partnership"), markup(rows))
    return chosen


def button_handlers(
    kind: type[CallbackData], callbacks: Mapping[A, Callback]
) -> list[CallbackQueryHandler[BotContext, None]]:
    """One handler per action of `kind`, each matching only its own action's data."""
    return [
        CallbackQueryHandler(callback, pattern=kind.pattern(action=action))
        for action, callback in callbacks.items()
    ]


def language_label(context: BotContext, language: str, state: str = "none") -> str:
    """The line that says a text is shown in another language (UX.md "Languages"): "🇩🇪 German ·
    no translation yet"; state is none, asked (a translation was asked for) or original (the
    reader chose originals)."""
    return context.t(
        "language-label",
        mark=language_mark(language),
        language=context.label(f"language-name-{language}"),
        state=state,
    )
