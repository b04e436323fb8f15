"""Rendering helpers shared by all handlers."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from typing import Any, TypeVar

from telegram import InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler

from bot.callback_data import CallbackData
from bot.context import BotContext
from bot.domain.partnerships import Partnership
from bot.domain.roles import PermissionDenied
from bot.keyboards import button, markup
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
) -> None:
    """Answer a button by editing its message in place; answer anything else with a message.
    A `header` (what just happened) stands above the screen, a blank line between."""
    if header:
        text = header + "\n\n" + text
    query = update.callback_query
    await answer_button(update, context)
    if query is not None and query.message is not None and not new_message:
        try:
            await edit_text(
                context.bot, query.message.chat.id, query.message.message_id, text, reply_markup
            )
        except TelegramError as exc:
            # Pressing the same button twice renders the same screen: nothing to change.
            if classify(exc).problem is not Problem.NOT_MODIFIED:
                raise
        return
    chat = update.effective_chat
    assert chat is not None
    await send_text(context.bot, chat.id, text, reply_markup)


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
