"""Programme calls for administrators: the list, a call's card, publishing with the link and
poster, and reviewers (invited by a one-time link). Editing a call is in calls_admin_edit.py.

Every action asks bot/services/calls.py, which checks the administrator role: a forged button
fails there with PermissionDenied (a pop-up)."""

from __future__ import annotations

from babel.lists import format_list
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_calls import CallAdmin, CallCard, CallItem, CallReviewerJoin, CallsHome
from bot.context import BotContext
from bot.domain.call_dialogs import CallEditInput, CallItemInput, ReviewerLinksInput
from bot.domain.participants import clean_first_name
from bot.handlers.calls_admin_card import phase_text, reviewer_name, show_card, when_text
from bot.handlers.calls_admin_edit import EDIT_BUTTONS, call_edit_text
from bot.handlers.calls_admin_items import ADMIN_ITEM_BUTTONS, ITEM_BUTTONS, item_text
from bot.handlers.common import (
    answer_button,
    button_handlers,
    drop_keyboard,
    parse_button,
    show,
    user_id,
)
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.keyboards import calls_admin as kb
from bot.render.formatting import babel_locale
from bot.services.calls import CallCardView, Reviewer
from bot.services.errors import UserFacingError


# ------------------------------------------------------------------ the list
async def calls_command(update: Update, context: BotContext) -> None:
    await show_home(update, context)


async def calls_home_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_home(update, context)


async def show_home(update: Update, context: BotContext) -> None:
    summaries = await context.services.calls.overview(context.require_actor())
    lang = context.language
    lines = [
        context.t(
            "calls-home-line",
            title=s.call.title.for_reader(lang),
            phase=phase_text(context, s.call),
            drafts=s.counts.drafts,
            submitted=s.counts.submitted,
        )
        for s in summaries
    ]
    body = "\n\n".join(lines) if lines else context.t("calls-home-empty")
    buttons = [(s.call.id, s.call.title.for_reader(lang)) for s in summaries]
    await show(
        update,
        context,
        f"{context.t('calls-home-title')}\n\n{body}",
        kb.home(context.services.translator, lang, buttons),
    )


async def call_new_button(update: Update, context: BotContext) -> None:
    call = await context.services.calls.create_default(context.require_actor())
    await show_card(update, context, call.id, header=context.t("calls-created"))


# ------------------------------------------------------------------ the card
async def call_card_button(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_card(update, context, parse_button(update, CallCard).call_id)


# ------------------------------------------------------------------ publish, link, poster
def _call_id(update: Update) -> int:
    return parse_button(update, CallAdmin).call_id


async def call_publish_button(update: Update, context: BotContext) -> None:
    """Ask first, saying from when until when applications are accepted."""
    view = await context.services.calls.card(context.require_actor(), _call_id(update))
    call = view.call
    text = context.t(
        "calls-publish-ask",
        title=call.title.for_reader(context.language),
        opens=when_text(context, call, call.opens_at),
        deadline=when_text(context, call, call.deadline_at),
    )
    tr, lang = context.services.translator, context.language
    await show(update, context, text, kb.confirm_publish(tr, lang, call.id))


async def call_publish_ok_button(update: Update, context: BotContext) -> None:
    call = await context.services.calls.publish(context.require_actor(), _call_id(update))
    await show_card(update, context, call.id, header=context.t("calls-published"))


async def call_poster_button(update: Update, context: BotContext) -> None:
    call_id = _call_id(update)
    pdf = await context.services.calls.poster_pdf(
        context.require_actor(), call_id, context.bot.username, context.language
    )
    await answer_button(update, context)
    await context.bot.send_document(
        user_id(update),
        pdf,
        filename=f"poster-call-{call_id}.pdf",
        caption=context.t("calls-poster-caption"),
        reply_markup=kb.back_to_card(context.services.translator, context.language, call_id),
    )


# ------------------------------------------------------------------ reviewers
async def call_reviewers_button(update: Update, context: BotContext) -> None:
    await show_reviewers(update, context, _call_id(update))


async def show_reviewers(
    update: Update, context: BotContext, call_id: int, header: str | None = None
) -> None:
    view = await context.services.calls.card(context.require_actor(), call_id)
    lang = context.language
    lines = [
        context.t(
            "calls-reviewers-line",
            name=reviewer_name(context, r),
            links=format_list(list(r.links), locale=babel_locale(lang)),
        )
        if r.links
        else context.t("calls-reviewers-line-unlinked", name=reviewer_name(context, r))
        for r in view.reviewers
    ]
    title = context.t("calls-reviewers-title", title=view.call.title.for_reader(lang))
    body = "\n".join(lines) if lines else context.t("calls-reviewers-empty")
    people = [(r.user_id, reviewer_name(context, r)) for r in view.reviewers]
    keyboard = kb.reviewers(context.services.translator, lang, call_id, people)
    await show(update, context, f"{title}\n\n{body}", keyboard, header=header)


async def call_invite_button(update: Update, context: BotContext) -> None:
    call_id = _call_id(update)
    payload, expires = await context.services.calls.invite_reviewer(
        context.require_actor(), call_id
    )
    call = await context.services.calls.get(call_id)
    text = context.t(
        "calls-reviewers-link",
        until=when_text(context, call, expires),
        link=f"https://t.me/{context.bot.username}?start={payload}",
    )
    tr, lang = context.services.translator, context.language
    await show(update, context, text, kb.back_to_reviewers(tr, lang, call_id))


async def _reviewer(update: Update, context: BotContext) -> tuple[CallCardView, Reviewer]:
    data = parse_button(update, CallAdmin)
    view = await context.services.calls.card(context.require_actor(), data.call_id)
    found = next((r for r in view.reviewers if r.user_id == data.value), None)
    if found is None:
        raise UserFacingError("errors-stale-button")
    return view, found


async def call_drop_button(update: Update, context: BotContext) -> None:
    """Removing a reviewer asks first."""
    view, reviewer = await _reviewer(update, context)
    text = context.t(
        "calls-reviewers-remove-ask",
        name=reviewer_name(context, reviewer),
        title=view.call.title.for_reader(context.language),
    )
    unfinished = await context.services.calls.open_assignments(
        context.require_actor(), view.call.id, reviewer.user_id
    )
    if unfinished:
        text = f"{text}\n\n{context.t('calls-reviewers-remove-open', count=unfinished)}"
    tr, lang = context.services.translator, context.language
    await show(update, context, text, kb.confirm_remove(tr, lang, view.call.id, reviewer.user_id))


async def call_drop_ok_button(update: Update, context: BotContext) -> None:
    view, reviewer = await _reviewer(update, context)
    await context.services.calls.remove_reviewer(
        context.require_actor(), view.call.id, reviewer.user_id
    )
    header = context.t("calls-reviewers-removed", name=reviewer_name(context, reviewer))
    await show_reviewers(update, context, view.call.id, header=header)


# ------------------------------------------------------------------ joining as a reviewer
async def join_as_reviewer(update: Update, context: BotContext, token: str) -> None:
    """A reviewer's link: become a reviewer of the call, saying which cities one is linked to."""
    uid = user_id(update)
    call = await context.services.calls.reviewer_invitation(token, uid)
    city = await context.services.calls.own_city(uid)
    text = context.t("calls-reviewer-ask", call=call.title.for_reader(context.language))
    if city is not None:
        own = context.t("calls-reviewer-ask-city", city=city.for_reader(context.language))
        text = f"{text}\n\n{own}"
    tr, lang = context.services.translator, context.language
    shown = await show(update, context, text, kb.reviewer_links(tr, lang, call.id))
    await context.services.dialogs.start(uid, ReviewerLinksInput(token, call.id, shown))


async def reviewer_links_text(
    update: Update, context: BotContext, asked: ReviewerLinksInput
) -> None:
    assert update.message is not None and update.message.text is not None
    await _join(update, context, asked, update.message.text)


async def reviewer_none_button(update: Update, context: BotContext) -> None:
    asked = await context.services.dialogs.current(user_id(update))
    pressed = parse_button(update, CallReviewerJoin)
    if not isinstance(asked, ReviewerLinksInput) or asked.call_id != pressed.call_id:
        raise UserFacingError("errors-stale-button")
    await _join(update, context, asked, "")


async def _join(update: Update, context: BotContext, asked: ReviewerLinksInput, typed: str) -> None:
    uid = user_id(update)
    user = update.effective_user
    first_name = clean_first_name(user.first_name if user else None)
    call = await context.services.calls.join_as_reviewer(
        uid, first_name, asked.token, typed, context.language
    )
    await context.services.dialogs.clear(uid)
    await drop_keyboard(update, context, asked.prompt_message_id)
    tr, lang = context.services.translator, context.language
    text = context.t("calls-reviewer-joined", call=call.title.for_reader(lang))
    await show(update, context, text, kb.reviewer_joined(tr, lang, call.id))


# One callback per button action (CallAdmin.action); a test checks every action has one.
CALL_ADMIN_BUTTONS = {
    "new": call_new_button,
    "publish": call_publish_button,
    "publish_ok": call_publish_ok_button,
    "poster": call_poster_button,
    "invite": call_invite_button,
    "reviewers": call_reviewers_button,
    "drop": call_drop_button,
    "drop_ok": call_drop_ok_button,
    **EDIT_BUTTONS,
    **ADMIN_ITEM_BUTTONS,
}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("calls", calls_command),
        CallbackQueryHandler(calls_home_button, pattern=CallsHome.pattern()),
        CallbackQueryHandler(call_card_button, pattern=CallCard.pattern()),
        CallbackQueryHandler(reviewer_none_button, pattern=CallReviewerJoin.pattern()),
        *button_handlers(CallAdmin, CALL_ADMIN_BUTTONS),
        *button_handlers(CallItem, ITEM_BUTTONS),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    ReviewerLinksInput: reviewer_links_text,
    CallEditInput: call_edit_text,
    CallItemInput: item_text,
}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}
