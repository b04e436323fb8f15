"""The people's BarCamp: proposing a session (title, description, language, the similar
check, a preview), the proposals with "Join as a co-host", withdrawing one's own, "I'd attend"
in the reader's language, and a host's notes after the session."""

from __future__ import annotations

from dataclasses import replace

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_event import BarcampInterest, BarcampNotesWrite, BarcampPropose
from bot.context import BotContext
from bot.domain.event_dialogs import BarcampNotesInput, BarcampProposalDraft
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.handlers import menu
from bot.handlers.barcamp_screens import show_home
from bot.handlers.common import (
    button_handlers,
    drop_keyboard,
    language_label,
    parse_button,
    show,
    user_id,
)
from bot.handlers.text_input import InputKey, TextInput
from bot.keyboards import barcamp as kb
from bot.render.names import person_name
from bot.services.barcamp_sessions import PAGE_SIZE, InterestView, SessionLine
from bot.services.errors import UserFacingError


# ------------------------------------------------------------------ proposing
def _proposal_question(
    context: BotContext, draft: BarcampProposalDraft
) -> tuple[str, InlineKeyboardMarkup]:
    tr, lang = context.services.translator, context.language
    camp, ws = draft.barcamp_id, draft.workshop_id
    if draft.step == "description":
        return context.t("barcamp-propose-ask-description"), kb.proposal_description(
            tr, lang, camp, ws
        )
    if draft.step == "language":
        keyboard = kb.proposal_language(tr, lang, camp, ws, draft.language)
        return context.t("barcamp-propose-ask-language"), keyboard
    if draft.step == "preview":
        text = context.t(
            "barcamp-propose-preview",
            title=draft.title,
            description=draft.description or "—",
            language=context.label(f"language-name-{draft.language}"),
        )
        return text, kb.proposal_preview(tr, lang, camp, ws)
    return context.t("barcamp-propose-ask-title"), kb.proposal_cancel(tr, lang, ws)


async def _ask(update: Update, context: BotContext, draft: BarcampProposalDraft) -> None:
    text, keyboard = _proposal_question(context, draft)
    prompt = await show(update, context, text, keyboard)
    await context.services.dialogs.start(user_id(update), replace(draft, prompt_message_id=prompt))


async def _draft(update: Update, context: BotContext, *steps: str) -> BarcampProposalDraft:
    draft = await context.services.dialogs.current(user_id(update))
    pressed = parse_button(update, BarcampPropose)
    if not isinstance(draft, BarcampProposalDraft) or draft.step not in steps:
        raise UserFacingError("errors-stale-button")
    if draft.barcamp_id != pressed.barcamp_id:
        raise UserFacingError("errors-stale-button")
    return draft


async def _to_language(update: Update, context: BotContext, draft: BarcampProposalDraft) -> None:
    await _ask(update, context, replace(draft, step="language"))


async def propose_new_button(update: Update, context: BotContext) -> None:
    camp_id = parse_button(update, BarcampPropose).barcamp_id
    seat = await context.services.barcamp.start_proposal(user_id(update), camp_id)
    draft = BarcampProposalDraft(camp_id, seat.workshop.id, language=seat.person.language)
    await _ask(update, context, draft)


async def proposal_text(update: Update, context: BotContext, draft: BarcampProposalDraft) -> None:
    """A typed title (at most 80 characters), then a typed description."""
    assert update.message is not None and update.message.text is not None
    service, typed = context.services.barcamp, update.message.text
    if draft.step == "title":
        following = replace(draft, title=service.check_title(typed), step="description")
    elif draft.step == "description":
        following = replace(draft, description=service.check_description(typed), step="language")
    else:
        raise UserFacingError("barcamp-propose-use-buttons")
    await drop_keyboard(update, context, draft.prompt_message_id)
    await _ask(update, context, following)


async def propose_skip_button(update: Update, context: BotContext) -> None:
    draft = await _draft(update, context, "description")
    await _to_language(update, context, replace(draft, description=""))


async def propose_lang_button(update: Update, context: BotContext) -> None:
    """The session's language; then the similar check: an open proposal like it is offered
    to join as a co-host instead."""
    draft = await _draft(update, context, "language")
    index = parse_button(update, BarcampPropose).value
    if index >= len(SUPPORTED_LANGUAGES):
        raise UserFacingError("errors-stale-button")
    draft = replace(draft, language=SUPPORTED_LANGUAGES[index], step="preview")
    similar = await context.services.barcamp.similar(
        user_id(update), draft.barcamp_id, draft.title, draft.description
    )
    if similar is None:
        await _ask(update, context, draft)
        return
    tr, lang = context.services.translator, context.language
    keyboard = kb.proposal_similar(tr, lang, draft.barcamp_id, draft.workshop_id, similar.id)
    prompt = await show(
        update, context, context.t("barcamp-propose-similar", title=similar.title), keyboard
    )
    draft = replace(draft, step="similar", similar_id=similar.id, prompt_message_id=prompt)
    await context.services.dialogs.start(user_id(update), draft)


async def propose_anyway_button(update: Update, context: BotContext) -> None:
    draft = await _draft(update, context, "similar")
    await _ask(update, context, replace(draft, step="preview"))


async def propose_send_button(update: Update, context: BotContext) -> None:
    draft = await _draft(update, context, "preview")
    await context.services.barcamp.propose(
        user_id(update), draft.barcamp_id, draft.title, draft.description, draft.language
    )
    await context.services.dialogs.clear(user_id(update))
    header = context.t("barcamp-propose-sent", title=draft.title)
    await show_home(update, context, draft.workshop_id, header=header)


async def propose_edit_button(update: Update, context: BotContext) -> None:
    """From the preview back to the title: each answer can be typed again."""
    draft = await _draft(update, context, "preview")
    await _ask(update, context, replace(draft, step="title"))


async def join_button(update: Update, context: BotContext) -> None:
    """Join a proposal as a co-host (from the similar check or the list)."""
    session_id = parse_button(update, BarcampPropose).value
    card = await context.services.barcamp.join(user_id(update), session_id)
    if isinstance(await context.services.dialogs.current(user_id(update)), BarcampProposalDraft):
        await context.services.dialogs.clear(user_id(update))
    header = context.t("barcamp-joined", title=card.session.title)
    await show_card(update, context, session_id, header)


# ------------------------------------------------------------------ the proposals
async def _show_list(
    update: Update, context: BotContext, *, mine: bool, header: str | None = None
) -> None:
    pressed = parse_button(update, BarcampPropose)
    found = await context.services.barcamp.proposals(
        user_id(update), pressed.barcamp_id, pressed.value, mine=mine
    )
    first = found.page * PAGE_SIZE + 1
    lines = [
        context.t("barcamp-mine-title" if mine else "barcamp-list-title", count=len(found.sessions))
    ]
    for number, s in enumerate(found.sessions, start=first):
        mark = context.label(f"language-name-{s.language}")
        lines.append(
            context.t(
                "barcamp-list-line", number=number, title=s.title, language=mark, hosts=len(s.hosts)
            )
        )
    ids = [s.id for s in found.sessions]
    tr, lang = context.services.translator, context.language
    keyboard = kb.proposal_list(
        tr, lang, found.seat.camp, ids, first, found.page, found.pages, mine=mine
    )
    await show(update, context, "\n".join(lines), keyboard, header=header)


async def list_button(update: Update, context: BotContext) -> None:
    await _show_list(update, context, mine=False)


async def mine_button(update: Update, context: BotContext) -> None:
    await _show_list(update, context, mine=True)


async def show_card(
    update: Update, context: BotContext, session_id: int, header: str | None = None
) -> None:
    card = await context.services.barcamp.card(user_id(update), session_id)
    tr, lang, s = context.services.translator, context.language, card.session
    names = ", ".join(person_name(tr, lang, p) for p in card.hosts) or "—"
    text = context.t(
        "barcamp-card",
        title=s.title,
        description=s.description or "—",
        language=context.label(f"language-name-{s.language}"),
        hosts=names,
    )
    host = user_id(update) in s.hosts
    keyboard = kb.proposal_card(tr, lang, card.seat.camp, s.id, host=host)
    await show(update, context, text, keyboard, header=header)


async def card_button(update: Update, context: BotContext) -> None:
    await show_card(update, context, parse_button(update, BarcampPropose).value)


async def withdraw_button(update: Update, context: BotContext) -> None:
    session_id = parse_button(update, BarcampPropose).value
    card = await context.services.barcamp.card(user_id(update), session_id)
    tr, lang = context.services.translator, context.language
    keyboard = kb.withdraw_question(tr, lang, card.seat.camp, session_id)
    await show(
        update, context, context.t("barcamp-withdraw-ask", title=card.session.title), keyboard
    )


async def withdraw_ok_button(update: Update, context: BotContext) -> None:
    session_id = parse_button(update, BarcampPropose).value
    seat = await context.services.barcamp.withdraw(user_id(update), session_id)
    await show_home(update, context, seat.workshop.id, header=context.t("barcamp-withdrawn"))


# ------------------------------------------------------------------ interest
def _line_text(context: BotContext, number: int, line: SessionLine, own: bool) -> str:
    text = context.t("barcamp-interest-line", number=number, title=line.title)
    if line.description:
        text += "\n" + context.t("barcamp-interest-description", description=line.description)
    if line.machine:
        text += "\n" + context.t(
            "barcamp-machine-mark", language=context.label(f"language-name-{line.session.language}")
        )
    elif line.untranslated:
        text += "\n" + language_label(context, line.session.language)
    if own:
        text += "\n" + context.t("barcamp-interest-yours")
    return text


def _interest_text(context: BotContext, view: InterestView) -> str:
    first = view.page * PAGE_SIZE + 1
    parts = [
        context.t("barcamp-interest-head", limit=view.choice.limit, chosen=view.choice.chosen),
        context.t("barcamp-interest-own-rule"),
    ]
    parts += [
        _line_text(context, first + i, line, view.own(line)) for i, line in enumerate(view.lines)
    ]
    if not view.lines:
        parts.append(context.t("barcamp-interest-empty"))
    return "\n\n".join(parts)


async def show_interest(
    update: Update, context: BotContext, page: int, *, originals: bool = False
) -> None:
    camp_id = parse_button(update, BarcampInterest).barcamp_id
    view = await context.services.barcamp.interest(
        user_id(update), camp_id, page, originals=originals
    )
    first = view.page * PAGE_SIZE + 1
    entries = [
        (first + i, line.session.id, line.session.id in view.chosen)
        for i, line in enumerate(view.lines)
        if not view.own(line)
    ]
    translated = originals or any(line.machine for line in view.lines)
    tr, lang = context.services.translator, context.language
    keyboard = kb.interest(
        tr,
        lang,
        view.seat.camp,
        entries,
        view.page,
        view.pages,
        originals=originals if translated else None,
    )
    await show(update, context, _interest_text(context, view), keyboard)


async def interest_list_button(update: Update, context: BotContext) -> None:
    await show_interest(update, context, parse_button(update, BarcampInterest).page)


async def interest_originals_button(update: Update, context: BotContext) -> None:
    await show_interest(update, context, parse_button(update, BarcampInterest).page, originals=True)


async def interest_toggle_button(update: Update, context: BotContext) -> None:
    """'I'd attend' on or off; over the limit the pop-up says how many are allowed."""
    pressed = parse_button(update, BarcampInterest)
    await context.services.barcamp.toggle_interest(
        user_id(update), pressed.barcamp_id, pressed.session_id
    )
    await show_interest(update, context, pressed.page)


# ------------------------------------------------------------------ notes
async def notes_write_button(update: Update, context: BotContext) -> None:
    session_id = parse_button(update, BarcampNotesWrite).session_id
    title = await context.services.barcamp.notes_session(user_id(update), session_id)
    tr, lang = context.services.translator, context.language
    prompt = await show(
        update, context, context.t("barcamp-notes-write", title=title), kb.notes_cancel(tr, lang)
    )
    await context.services.dialogs.start(user_id(update), BarcampNotesInput(session_id, prompt))


async def notes_text(update: Update, context: BotContext, asked: BarcampNotesInput) -> None:
    """Up to three lines of at most 200 characters; too long gets a helpful reply."""
    assert update.message is not None and update.message.text is not None
    await context.services.barcamp.save_notes(
        user_id(update), asked.session_id, update.message.text
    )
    await context.services.dialogs.clear(user_id(update))
    await drop_keyboard(update, context, asked.prompt_message_id)
    await menu.show_main_menu(update, context, "barcamp-notes-saved")


# One callback per button action; a test checks every action has one.
PROPOSE_BUTTONS = {
    "new": propose_new_button,
    "lang": propose_lang_button,
    "skip": propose_skip_button,
    "anyway": propose_anyway_button,
    "join": join_button,
    "send": propose_send_button,
    "list": list_button,
    "card": card_button,
    "mine": mine_button,
    "withdraw": withdraw_button,
    "withdraw_ok": withdraw_ok_button,
    "edit": propose_edit_button,
}
INTEREST_BUTTONS = {
    "list": interest_list_button,
    "toggle": interest_toggle_button,
    "originals": interest_originals_button,
}


def handlers() -> list[BaseHandler]:
    return [
        *button_handlers(BarcampPropose, PROPOSE_BUTTONS),
        *button_handlers(BarcampInterest, INTEREST_BUTTONS),
        CallbackQueryHandler(notes_write_button, pattern=BarcampNotesWrite.pattern()),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {
    BarcampProposalDraft: proposal_text,
    BarcampNotesInput: notes_text,
}
