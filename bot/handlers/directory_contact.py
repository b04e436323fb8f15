"""Writing to a directory contact through the bot: one typed message, confirmed before it
goes, relayed with the reader's first name and city; the contact answers once."""

from __future__ import annotations

from dataclasses import replace

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler

from bot.callback_network import DirectoryContact, DirectoryHome
from bot.context import BotContext
from bot.domain.network_dialogs import DirectoryMessageInput, DirectoryReplyInput
from bot.handlers.common import (
    button_handlers,
    drop_keyboard,
    menu_keyboard,
    parse_button,
    show,
    user_id,
)
from bot.i18n import escape
from bot.keyboards import button, markup
from bot.keyboards import directory as kb


async def write_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, DirectoryContact)
    relay = context.services.directory.relay
    to = await relay.recipient(user_id(update), pressed.kind, pressed.entry_id)
    keyboard = kb.write_cancel(context.services.translator, context.language, *_entry(pressed))
    prompt = await show(update, context, context.t("directory-write-ask", name=to.name), keyboard)
    asked = DirectoryMessageInput(pressed.kind, pressed.entry_id, prompt_message_id=prompt)
    await context.services.dialogs.start(user_id(update), asked)


def _entry(pressed: DirectoryContact) -> tuple[str, int]:
    return pressed.kind, pressed.entry_id


async def message_text(update: Update, context: BotContext, asked: DirectoryMessageInput) -> None:
    """What will be sent, to whom, signed how: asked before it goes (typing again replaces)."""
    assert update.message is not None and update.message.text is not None
    text = update.message.text.strip()
    relay = context.services.directory.relay
    to = await relay.recipient(user_id(update), asked.entry_kind, asked.entry_id)
    await drop_keyboard(update, context, asked.prompt_message_id)
    confirm = context.t("directory-write-confirm", name=to.name)
    screen = "\n\n".join([confirm, f"<blockquote>{escape(text)}</blockquote>"])
    keyboard = kb.write_confirm(
        context.services.translator, context.language, asked.entry_kind, asked.entry_id
    )
    prompt = await show(update, context, screen, keyboard)
    await context.services.dialogs.start(
        user_id(update), replace(asked, text=text, prompt_message_id=prompt)
    )


async def send_button(update: Update, context: BotContext) -> None:
    dialog = await context.services.dialogs.current(user_id(update))
    if not isinstance(dialog, DirectoryMessageInput) or not dialog.text:
        await show(update, context, context.t("directory-write-nothing"), _home(context))
        return
    relay = context.services.directory.relay
    to = await relay.send(user_id(update), dialog.entry_kind, dialog.entry_id, dialog.text)
    await context.services.dialogs.clear(user_id(update))
    await show(update, context, context.t("directory-write-sent", name=to.name), _home(context))


async def cancel_button(update: Update, context: BotContext) -> None:
    """Nothing is sent."""
    await context.services.dialogs.clear(user_id(update))
    await show(update, context, context.t("directory-write-cancelled"), _home(context))


def _home(context: BotContext) -> InlineKeyboardMarkup:
    return markup([[button(context.label("directory-back-button"), DirectoryHome())]])


async def reply_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, DirectoryContact)
    await context.services.directory.relay.can_reply(user_id(update), pressed.entry_id)
    await show(update, context, context.t("directory-reply-ask"), new_message=True)
    # The relayed message keeps its text; its "Reply" goes once the answer is sent.
    relayed = update.callback_query.message if update.callback_query else None
    asked = DirectoryReplyInput(pressed.entry_id, relayed.message_id if relayed else 0)
    await context.services.dialogs.start(user_id(update), asked)


async def reply_text(update: Update, context: BotContext, asked: DirectoryReplyInput) -> None:
    assert update.message is not None and update.message.text is not None
    relay = context.services.directory.relay
    await relay.reply(user_id(update), asked.message_id, update.message.text.strip())
    await context.services.dialogs.clear(user_id(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show(update, context, context.t("directory-reply-sent"), menu_keyboard(context))


CONTACT_BUTTONS = {
    "write": write_button,
    "send": send_button,
    "cancel": cancel_button,
    "reply": reply_button,
}


def handlers() -> list[BaseHandler]:
    return [*button_handlers(DirectoryContact, CONTACT_BUTTONS)]
