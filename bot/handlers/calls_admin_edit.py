"""Editing a call from its card: titles and texts per language, countries, dates on the call's
clock, the time zone, reviewers per application, blind review, document retention.

Typed steps keep their question on screen and lose its Back button once answered; bad input
gets a reply saying what to type (the service refuses it, the step stays open)."""

from __future__ import annotations

from dataclasses import replace

from babel.lists import format_list
from telegram import InlineKeyboardMarkup, Update

from bot.callback_calls import CallAdmin, CallAdminAction
from bot.context import BotContext
from bot.domain.call_admin import CallMoment
from bot.domain.call_dialogs import CallEditInput
from bot.domain.calls import CALL_COUNTRIES, Call
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.texts import LocalizedName
from bot.handlers.calls_admin_card import card_text, when_text
from bot.handlers.common import Callback, drop_keyboard, parse_button, show, user_id
from bot.keyboards import calls_admin as kb
from bot.render.formatting import babel_locale, zone_label
from bot.services.calls import DATE_EXAMPLE, countries
from bot.services.errors import UserFacingError

# The call's attribute a typed date replaces.
MOMENTS = {"opens": "opens_at", "deadline": "deadline_at", "decision": "decision_by"}


def _data(update: Update) -> CallAdmin:
    return parse_button(update, CallAdmin)


async def _call(update: Update, context: BotContext) -> Call:
    """The pressed button's call, for administrators only (the service checks)."""
    view = await context.services.calls.card(context.require_actor(), _data(update).call_id)
    return view.call


async def call_edit_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_edit(update, context, _data(update).call_id)


async def show_edit(
    update: Update, context: BotContext, call_id: int, header: str | None = None
) -> None:
    view = await context.services.calls.card(context.require_actor(), call_id)
    text = f"{card_text(context, view)}\n\n{context.t('calls-edit-ask')}"
    keyboard = kb.edit(context.services.translator, context.language, view.call)
    await show(update, context, text, keyboard, header=header)


# ------------------------------------------------------------------ typed values
async def _ask(
    update: Update,
    context: BotContext,
    dialog: CallEditInput,
    text: str,
    keyboard: InlineKeyboardMarkup | None = None,
) -> None:
    """Wait for the typed value; the question's buttons go once it is answered."""
    tr, lang = context.services.translator, context.language
    keyboard = keyboard or kb.back_to_edit(tr, lang, dialog.call_id)
    shown = await show(update, context, text, keyboard)
    await context.services.dialogs.start(user_id(update), replace(dialog, prompt_message_id=shown))


async def call_opens_button(update: Update, context: BotContext) -> None:
    await _ask_moment(update, context, "opens")


async def call_deadline_button(update: Update, context: BotContext) -> None:
    await _ask_moment(update, context, "deadline")


async def call_decision_button(update: Update, context: BotContext) -> None:
    await _ask_moment(update, context, "decision")


async def _ask_moment(update: Update, context: BotContext, field: CallMoment) -> None:
    """Opening, deadline or selection date: typed on the call's clock."""
    call = await _call(update, context)
    text = context.t(
        f"calls-edit-{field}-ask",
        zone=zone_label(call.time_zone, context.language),
        example=DATE_EXAMPLE,
        current=when_text(context, call, getattr(call, MOMENTS[field])),
    )
    await _ask(update, context, CallEditInput(call.id, field), text)


async def call_retention_button(update: Update, context: BotContext) -> None:
    call = await _call(update, context)
    text = context.t("calls-edit-retention-ask", days=call.document_retention_days)
    await _ask(update, context, CallEditInput(call.id, "retention"), text)


async def call_title_button(update: Update, context: BotContext) -> None:
    call = await _call(update, context)
    await _choose_language(update, context, call, call.title, "title_lang")


async def call_text_button(update: Update, context: BotContext) -> None:
    call = await _call(update, context)
    await _choose_language(update, context, call, call.text, "text_lang")


async def _choose_language(
    update: Update,
    context: BotContext,
    call: Call,
    present: LocalizedName,
    action: CallAdminAction,
) -> None:
    """Title or text: which language to write it in."""
    codes = [c for c in SUPPORTED_LANGUAGES if c in present.values]
    names = [context.label(f"language-name-{c}") for c in codes]
    text = context.t(
        "calls-edit-language-ask",
        languages=format_list(names, locale=babel_locale(context.language)),
    )
    keyboard = kb.languages(context.services.translator, context.language, call.id, action)
    await show(update, context, text, keyboard)


async def call_title_lang_button(update: Update, context: BotContext) -> None:
    call = await _call(update, context)
    await _ask_text(update, context, call, "title", call.title)


async def call_text_lang_button(update: Update, context: BotContext) -> None:
    call = await _call(update, context)
    await _ask_text(update, context, call, "text", call.text)


async def _ask_text(
    update: Update, context: BotContext, call: Call, field: str, now: LocalizedName
) -> None:
    """A title or text in the chosen language, with what it says now."""
    index = _data(update).value
    if not 0 <= index < len(SUPPORTED_LANGUAGES):
        raise UserFacingError("errors-stale-button")
    language = SUPPORTED_LANGUAGES[index]
    current = now.values.get(language)
    text = context.t(
        f"calls-edit-{field}-ask",
        language=context.label(f"language-name-{language}"),
        current=current or context.label("calls-edit-missing"),
    )
    await _ask(update, context, CallEditInput(call.id, field, language), text)


async def call_edit_text(update: Update, context: BotContext, asked: CallEditInput) -> None:
    """The typed value is saved (or refused with a reason, the question still open)."""
    assert update.message is not None and update.message.text is not None
    await context.services.calls.edit(
        context.require_actor(), asked.call_id, asked.field, update.message.text, asked.language
    )
    await context.services.dialogs.clear(user_id(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show_edit(update, context, asked.call_id, header=context.t("calls-saved"))


# ------------------------------------------------------------------ choices
async def call_countries_button(update: Update, context: BotContext) -> None:
    await _show_countries(update, context, await _call(update, context))


async def _show_countries(update: Update, context: BotContext, call: Call) -> None:
    lang = context.language
    names = [countries(replace(call, countries=(code,)), lang) for code in CALL_COUNTRIES]
    keyboard = kb.countries(context.services.translator, lang, call, names)
    await show(update, context, context.t("calls-edit-countries-ask"), keyboard)


async def call_country_button(update: Update, context: BotContext) -> None:
    data = _data(update)
    call = await context.services.calls.toggle_country(
        context.require_actor(), data.call_id, data.value
    )
    await _show_countries(update, context, call)


async def call_zone_button(update: Update, context: BotContext) -> None:
    call = await _call(update, context)
    text = context.t("calls-edit-zone-ask", zone=zone_label(call.time_zone, context.language))
    await show(update, context, text, kb.zones(context.services.translator, context.language, call))


async def call_zone_set_button(update: Update, context: BotContext) -> None:
    data = _data(update)
    await context.services.calls.set_time_zone(context.require_actor(), data.call_id, data.value)
    await show_edit(update, context, data.call_id, header=context.t("calls-saved"))


async def call_per_app_button(update: Update, context: BotContext) -> None:
    call = await _call(update, context)
    text = context.t("calls-edit-per-app-ask", per=call.reviewers_per_application)
    keyboard = kb.reviewers_per_application(context.services.translator, context.language, call)
    await show(update, context, text, keyboard)


async def call_per_set_button(update: Update, context: BotContext) -> None:
    data = _data(update)
    await context.services.calls.set_reviewers_per_application(
        context.require_actor(), data.call_id, data.value
    )
    await show_edit(update, context, data.call_id, header=context.t("calls-saved"))


async def call_blind_button(update: Update, context: BotContext) -> None:
    """A reversible setting: no confirmation, the label says the new state."""
    data = _data(update)
    await context.services.calls.toggle_blind(context.require_actor(), data.call_id)
    await show_edit(update, context, data.call_id)


# One callback per editing action of CallAdmin.
EDIT_BUTTONS: dict[str, Callback] = {
    "edit": call_edit_button,
    "opens": call_opens_button,
    "deadline": call_deadline_button,
    "decision": call_decision_button,
    "retention": call_retention_button,
    "title": call_title_button,
    "text": call_text_button,
    "title_lang": call_title_lang_button,
    "text_lang": call_text_lang_button,
    "countries": call_countries_button,
    "country": call_country_button,
    "zone": call_zone_button,
    "zone_set": call_zone_set_button,
    "per_app": call_per_app_button,
    "per_set": call_per_set_button,
    "blind": call_blind_button,
}
