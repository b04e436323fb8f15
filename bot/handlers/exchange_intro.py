""" "I'm interested" and the introduction (double opt-in): an optional note, a confirmation
that says exactly what the other side will see, the contact's Agree / Decline, the
requester's final confirmation, and only then both sides' details and a "Write" relay."""

from __future__ import annotations

from telegram import Update

from bot.callback_network import ExchangeIntro, ExchangeIntroAction, ExchangePost
from bot.context import BotContext
from bot.domain.idea_exchange import ExchangeInputError, clean_note
from bot.domain.network_dialogs import ExchangeNoteInput, ExchangeRelayInput
from bot.handlers.common import Callback, drop_keyboard, parse_button, show, user_id
from bot.handlers.exchange_screens import show_card
from bot.handlers.text_input import InputKey, TextInput
from bot.i18n import escape
from bot.keyboards import exchange as kb
from bot.services.errors import UserFacingError


def _username(update: Update) -> str | None:
    """The Telegram username of the person who just agreed (kept only for the other side)."""
    user = update.effective_user
    return user.username if user is not None and user.username else None


async def interested_button(update: Update, context: BotContext) -> None:
    """Refused kindly (a pop-up) for the post's own people and for a second request."""
    pressed = parse_button(update, ExchangePost)
    await context.services.idea_exchange.interest(user_id(update), pressed.post_id)
    tr, lang = context.services.translator, context.language
    keyboard = kb.note(tr, lang, pressed.post_id, pressed.origin)
    prompt = await show(update, context, context.t("exchange-note-ask"), keyboard)
    asked = ExchangeNoteInput(pressed.post_id, pressed.origin, "", prompt)
    await context.services.dialogs.start(user_id(update), asked)


async def _confirmation(update: Update, context: BotContext, asked: ExchangeNoteInput) -> None:
    """Exactly what the contact will see: first name, city, partnership, the note."""
    me = await context.services.idea_exchange.interest(user_id(update), asked.post_id)
    lines = [context.t("exchange-confirm-request"), context.t("exchange-person-name", name=me.name)]
    if me.city:
        lines.append(context.t("exchange-person-city", city=me.city))
    if me.partnership:
        lines.append(context.t("exchange-person-partnership", name=me.partnership))
    if asked.note:
        lines += ["", context.t("exchange-request-note"), escape(asked.note)]
    lines += ["", context.t("exchange-confirm-request-privacy")]
    tr, lang = context.services.translator, context.language
    keyboard = kb.confirm_request(tr, lang, asked.post_id, asked.origin)
    await show(update, context, "\n".join(lines), keyboard)
    await context.services.dialogs.start(user_id(update), asked)


async def skip_note_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, ExchangePost)
    await _confirmation(update, context, ExchangeNoteInput(pressed.post_id, pressed.origin))


async def note_text(update: Update, context: BotContext, asked: ExchangeNoteInput) -> None:
    assert update.message is not None and update.message.text is not None
    try:
        note = clean_note(update.message.text)
    except ExchangeInputError as exc:
        raise UserFacingError(str(exc)) from exc
    await drop_keyboard(update, context, asked.prompt_message_id)
    fresh = ExchangeNoteInput(asked.post_id, asked.origin, note)
    await _confirmation(update, context, fresh)


async def send_request_button(update: Update, context: BotContext) -> None:
    """The request goes to the post's contact (with the note typed for this post)."""
    pressed = parse_button(update, ExchangePost)
    asked = await context.services.dialogs.current(user_id(update))
    mine = isinstance(asked, ExchangeNoteInput) and asked.post_id == pressed.post_id
    note = asked.note if isinstance(asked, ExchangeNoteInput) and mine else ""
    await context.services.idea_exchange.ask(user_id(update), pressed.post_id, note)
    await context.services.dialogs.clear(user_id(update))
    header = context.t("exchange-request-sent")
    await show_card(update, context, pressed.post_id, pressed.origin, header=header)


# ------------------------------------------------------------------ the double opt-in
async def agree_button(update: Update, context: BotContext) -> None:
    """The contact agrees; the requester confirms once more before anyone sees details."""
    pressed = parse_button(update, ExchangeIntro)
    person = await context.services.idea_exchange.agree(
        user_id(update), pressed.request_id, _username(update)
    )
    tr, lang = context.services.translator, context.language
    text = context.t("exchange-agreed-contact", name=person.name)
    await show(update, context, text, kb.to_exchange(tr, lang))


async def decline_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, ExchangeIntro)
    await context.services.idea_exchange.decline(user_id(update), pressed.request_id)
    tr, lang = context.services.translator, context.language
    await show(update, context, context.t("exchange-declined-contact"), kb.to_exchange(tr, lang))


async def confirm_button(update: Update, context: BotContext) -> None:
    """Both agreed: the introduction (and the other side gets theirs)."""
    pressed = parse_button(update, ExchangeIntro)
    text = await context.services.idea_exchange.confirm(
        user_id(update), pressed.request_id, _username(update)
    )
    tr, lang = context.services.translator, context.language
    await show(update, context, text, kb.introduced(tr, lang, pressed.request_id))


async def withdraw_button(update: Update, context: BotContext) -> None:
    pressed = parse_button(update, ExchangeIntro)
    await context.services.idea_exchange.withdraw(user_id(update), pressed.request_id)
    tr, lang = context.services.translator, context.language
    await show(update, context, context.t("exchange-withdrawn"), kb.to_exchange(tr, lang))


async def write_button(update: Update, context: BotContext) -> None:
    """One message to the other side of an introduction, relayed by the bot."""
    pressed = parse_button(update, ExchangeIntro)
    await context.services.idea_exchange.check_relay(user_id(update), pressed.request_id)
    tr, lang = context.services.translator, context.language
    prompt = await show(
        update,
        context,
        context.t("exchange-write-ask"),
        kb.cancel_relay(tr, lang),
        new_message=True,
    )
    await context.services.dialogs.start(
        user_id(update), ExchangeRelayInput(pressed.request_id, prompt)
    )


async def relay_text(update: Update, context: BotContext, asked: ExchangeRelayInput) -> None:
    assert update.message is not None and update.message.text is not None
    await context.services.idea_exchange.relay(
        user_id(update), asked.request_id, update.message.text
    )
    await context.services.dialogs.clear(user_id(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    tr, lang = context.services.translator, context.language
    await show(update, context, context.t("exchange-relay-sent"), kb.to_exchange(tr, lang))


INTRO_BUTTONS: dict[ExchangeIntroAction, Callback] = {
    "agree": agree_button,
    "decline": decline_button,
    "confirm": confirm_button,
    "withdraw": withdraw_button,
    "write": write_button,
}

TEXT_INPUTS: dict[InputKey, TextInput] = {
    ExchangeNoteInput: note_text,
    ExchangeRelayInput: relay_text,
}
