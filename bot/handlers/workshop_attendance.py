"""Who comes to a workshop, for its organisers: the attendee list with everyone's answers
(each name a toggle for 'came'), check-in by typed code, and the CSV export."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callback_data import AttendanceToggle, WorkshopManage
from bot.context import BotContext
from bot.domain.dialogs import WorkshopCheckinInput
from bot.domain.workshops import Workshop
from bot.handlers.common import answer_button, parse_button, show, user_id
from bot.handlers.text_input import InputKey, TextInput
from bot.handlers.workshop_admin import question_line
from bot.i18n import escape
from bot.keyboards import fit_into
from bot.keyboards import workshops as kb
from bot.services.workshop_attendance import AttendeeRow

DIGEST_LIMIT = 3500  # room for the heading; Telegram allows 4096 characters


async def workshop_manage_attendees_button(update: Update, context: BotContext) -> None:
    await show_attendees(update, context, parse_button(update, WorkshopManage).workshop_id)


async def attendance_toggle_button(update: Update, context: BotContext) -> None:
    registration_id = parse_button(update, AttendanceToggle).registration_id
    reg = await context.services.workshop_attendance.toggle_attended(
        context.require_actor(), registration_id
    )
    await show_attendees(update, context, reg.workshop_id)


async def show_attendees(update: Update, context: BotContext, workshop_id: int) -> None:
    workshop, rows = await context.services.workshop_attendance.attendees(
        context.require_actor(), workshop_id
    )
    people = [
        (
            row.registration,
            _person_label(
                context, row.name, row.registration.status.value, row.registration.check_in_code
            ),
        )
        for row in rows
    ]
    text = context.t(
        "workshops-attendees", title=workshop.title.for_reader(context.language), count=len(rows)
    )
    text += _answers_digest(context, workshop, rows)
    await show(
        update,
        context,
        text,
        kb.attendance(context.services.translator, context.language, workshop.id, people),
    )


def _answers_digest(context: BotContext, workshop: Workshop, rows: list[AttendeeRow]) -> str:
    """Everyone's answers under their name, cut to fit one Telegram message."""
    blocks = []
    for row in rows:
        answers = [
            f"{question_line(context, q)}: {row.answers[q.position]}"
            for q in workshop.questions
            if q.position in row.answers
        ]
        if answers:
            name = row.name or context.label("people-unnamed")
            blocks.append(escape(name + "\n" + "\n".join(answers)))
    digest = "\n\n" + "\n\n".join(blocks) if blocks else ""
    if len(digest) > DIGEST_LIMIT:
        cut = digest[:DIGEST_LIMIT].rsplit("\n", 1)[0]
        digest = cut + "\n\n" + context.t("workshops-attendees-more")
    return digest


def _person_label(context: BotContext, name: str | None, status: str, code: str) -> str:
    """The code first, never cut off ("HW3K9Z · Sergei"); the status only when it is not the
    usual one (confirmed, or present, which the ✅ shows); the name cut so all of it fits."""
    usual = status in ("confirmed", "attended")
    shown = "none" if usual else context.label(f"workshops-registration-{status}")
    return fit_into(
        lambda n: context.label("workshops-attendee-line", name=n, status=shown, code=code),
        name or context.label("people-unnamed"),
        kb.ATTENDEE_LABEL,
    )


async def workshop_manage_checkin_button(update: Update, context: BotContext) -> None:
    """Wait for check-in codes (the organiser role is checked first)."""
    workshop_id = parse_button(update, WorkshopManage).workshop_id
    await context.services.workshops.for_organiser(context.require_actor(), workshop_id)
    await context.services.dialogs.start(user_id(update), WorkshopCheckinInput(workshop_id))
    await show(
        update,
        context,
        context.t("workshops-checkin-ask"),
        kb.back_to_card(context.services.translator, context.language, workshop_id),
    )


async def checkin_text(update: Update, context: BotContext, state: WorkshopCheckinInput) -> None:
    assert update.message is not None and update.message.text is not None
    row = await context.services.workshop_attendance.check_in(
        context.require_actor(), state.workshop_id, update.message.text
    )
    await show(
        update,
        context,
        context.t("workshops-checkin-done", name=row.name or context.label("people-unnamed")),
        kb.back_to_card(context.services.translator, context.language, state.workshop_id),
    )


async def workshop_manage_csv_button(update: Update, context: BotContext) -> None:
    workshop_id, actor = parse_button(update, WorkshopManage).workshop_id, context.require_actor()
    workshop, _ = await context.services.workshops.for_organiser(actor, workshop_id)
    lang = context.language
    data = await context.services.workshop_attendance.export_csv(
        actor,
        workshop_id,
        lang,
        {q.position: question_line(context, q) for q in workshop.questions},
    )
    await answer_button(update, context)
    await context.bot.send_document(
        user_id(update),
        data,
        filename=f"workshop-{workshop.id}-attendees.csv",
        caption=context.t("workshops-csv-caption", title=workshop.title.for_reader(lang)),
    )


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(
            workshop_manage_attendees_button, pattern=WorkshopManage.pattern(action="attendees")
        ),
        CallbackQueryHandler(
            workshop_manage_checkin_button, pattern=WorkshopManage.pattern(action="checkin")
        ),
        CallbackQueryHandler(
            workshop_manage_csv_button, pattern=WorkshopManage.pattern(action="csv")
        ),
        CallbackQueryHandler(attendance_toggle_button, pattern=AttendanceToggle.pattern()),
    ]


TEXT_INPUTS: dict[InputKey, TextInput] = {WorkshopCheckinInput: checkin_text}
