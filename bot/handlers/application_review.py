"""The application's review screen actions: inviting the partner city, the support statement
sent as a file, each party's sign-off, and submission (asked first; receipts to every party)."""

from __future__ import annotations

import hashlib

from telegram import Message, Update

from bot.callback_calls import ApplyStep
from bot.context import BotContext
from bot.domain.call_dialogs import ApplyAnswerInput, ApplyCityInput, ApplyReviewInput
from bot.domain.deeplinks import co_applicant_payload
from bot.handlers.application_screens import show_review
from bot.handlers.common import parse_button, show, user_id
from bot.keyboards import applying as kb
from bot.keyboards.applying import submit_confirm
from bot.render.applications import city_of, deadline_text
from bot.services.applications import SentFile

OPEN_APPLICATION = (ApplyCityInput, ApplyAnswerInput, ApplyReviewInput)


async def invite_button(update: Update, context: BotContext) -> None:
    """A one-time link to forward to the person who applies for the partner city."""
    step = parse_button(update, ApplyStep)
    token = await context.services.applications.invite(user_id(update), step.application_id)
    link = f"https://t.me/{context.bot.username}?start={co_applicant_payload(token)}"
    tr, lang = context.services.translator, context.language
    ws = await context.services.applications.workspace(user_id(update), step.application_id)
    deadline = deadline_text(tr, lang, ws.call, ws.party.time_zone)
    # The screen stays (with its way back); the invitation is a message of its own that can
    # be forwarded as it is.
    await show_review(update, context, ws, header=context.t("apply-invite-below"))
    invitation = context.t(
        "apply-invite-link",
        link=link,
        deadline=deadline,
        city=city_of(tr, lang, ws.party),
        call=ws.call.title.for_reader(lang),
    )
    await show(update, context, invitation, new_message=True)


async def sign_button(update: Update, context: BotContext) -> None:
    """Asked once: the submission relies on the sign-off (refused while answers are missing)."""
    step = parse_button(update, ApplyStep)
    ws = await context.services.applications.ready_to_sign(user_id(update), step.application_id)
    tr, lang = context.services.translator, context.language
    text = context.t("apply-sign-ask", city=city_of(tr, lang, ws.party))
    await show(update, context, text, kb.sign_confirm(tr, lang, step.application_id))


async def sign_confirmed_button(update: Update, context: BotContext) -> None:
    """'I confirm these answers for <city>'."""
    step = parse_button(update, ApplyStep)
    ws = await context.services.applications.sign_off(user_id(update), step.application_id)
    tr, lang = context.services.translator, context.language
    header = context.t("apply-signed", city=city_of(tr, lang, ws.party))
    await show_review(update, context, ws, header=header)


async def submit_button(update: Update, context: BotContext) -> None:
    """Asked first, with the number of people who get the receipt; refused with who and what
    is missing."""
    step = parse_button(update, ApplyStep)
    ws = await context.services.applications.ready_to_submit(user_id(update), step.application_id)
    tr, lang = context.services.translator, context.language
    text = context.t(
        "apply-submit-ask",
        version=ws.application.version + 1,
        cities=" ↔ ".join(city_of(tr, lang, p) for p in ws.application.parties),
        count=len(ws.application.parties),
    )
    await show(update, context, text, submit_confirm(tr, lang, step.application_id))


async def submit_confirmed_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, ApplyStep)
    version = await context.services.applications.submit(user_id(update), step.application_id)
    ws = await context.services.applications.workspace(user_id(update), step.application_id)
    await show_review(update, context, ws, header=context.t("apply-submitted", version=version))


async def document_sent(update: Update, context: BotContext) -> bool:
    """A file while the application is open: checked (type, size) before it is downloaded once
    for its SHA-256, then kept as the support statement."""
    message = update.effective_message
    asked = await context.services.dialogs.current(user_id(update))
    if message is None or not isinstance(asked, OPEN_APPLICATION) or not asked.application_id:
        return False
    sent = _sent_file(message)
    if sent is None:
        return False
    service = context.services.applications
    await service.check_file(user_id(update), asked.application_id, sent)
    file = await context.bot.get_file(sent.file_id)
    content = bytes(await file.download_as_bytearray())
    digest = hashlib.sha256(content).hexdigest()
    ws = await service.add_document(
        user_id(update), asked.application_id, sent, digest, len(content)
    )
    header = context.t("apply-document-saved", file=sent.file_name)
    await show_review(update, context, ws, header=header)
    return True


def _sent_file(message: Message) -> SentFile | None:
    document = message.document
    if document is not None:
        return SentFile(
            document.file_id,
            document.file_name or "document",
            document.mime_type or "",
            document.file_size,
        )
    photos = message.photo
    if photos:  # a photo sent as a picture is a JPEG
        largest = photos[-1]
        return SentFile(largest.file_id, "photo.jpg", "image/jpeg", largest.file_size)
    return None


# One callback per action of ApplyStep (the rest are in applying.py).
STEP_BUTTONS = {
    "invite": invite_button,
    "sign": sign_button,
    "sign_ok": sign_confirmed_button,
    "submit": submit_button,
    "submit_ok": submit_confirmed_button,
}
