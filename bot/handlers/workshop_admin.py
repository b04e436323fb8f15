"""Organisers' workshop tools: the 'new workshop' conversation and the management card
(publish, attendees, check-in, CSV, QR poster, messages, time, capacity, next stage, cancel).

Handlers only parse and render; the services check the organiser role for every action.
"""

from __future__ import annotations

from babel.lists import format_list
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import AttendanceToggle, WorkshopDraftStep, WorkshopManage
from bot.context import BotContext
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.local_time import Gap
from bot.domain.partnerships import Partnership
from bot.domain.workshop_drafts import WorkshopDraft
from bot.domain.workshops import REMINDER_PRESETS, Question, Workshop
from bot.handlers.common import (
    answer_button,
    organised_partnership,
    parse_button,
    show,
    user_id,
)
from bot.i18n import escape
from bot.keyboards import workshops as kb
from bot.render.formatting import long_date, moment, wall_clock, workshop_when
from bot.services.errors import UserFacingError
from bot.services.workshops import DRAFT_KIND, AttendeeRow

CHECKIN_INPUT = "checkin"
EDIT_INPUT = "edit_workshop"
MESSAGE_INPUT = "message_workshop"
CSV_COLUMNS = ("id", "name", "city", "status", "code", "signed-up")


# ------------------------------------------------------------------ listing
async def organise_command(update: Update, context: BotContext) -> None:
    await show_organised(update, context, 0)


async def show_organised(update: Update, context: BotContext, partnership_id: int) -> None:
    chosen = await organised_partnership(
        update, context, partnership_id, lambda pid: WorkshopManage(0, "list", pid)
    )
    if chosen is None:
        return
    found = await context.services.workshops.organised(context.require_actor(), chosen.id)
    lang, zone = context.language, chosen.cities[0].time_zone
    items = [(w, f"{_status_mark(w)} {w.title.for_reader(lang)}") for w in found]
    lines = [
        context.t("workshops-list-item", title=label, when=moment(w.starts_at, lang, zone))
        for w, label in items
    ]
    heading = context.t(
        "workshops-organiser-list", partnership=chosen.name.for_reader(lang), count=len(items)
    )
    await show(
        update,
        context,
        "\n".join([heading, *lines]),
        kb.organiser_list(context.services.translator, lang, items, chosen.id),
    )


def _status_mark(workshop: Workshop) -> str:
    return {"draft": "📝", "published": "📢", "cancelled": "❌"}[workshop.status.value]


# ------------------------------------------------------------------ the new-workshop draft
async def draft_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, WorkshopDraftStep)
    service, actor = context.services.workshops, context.require_actor()
    if step.action == "new":
        partnership = await context.services.partnerships.require(int(step.value))
        draft = await service.start_draft(
            actor,
            partnership,
            context.language,
            context.participant.city_id if context.participant else None,
        )
    elif step.action == "cancel":
        await service.cancel_draft(actor)
        await show(update, context, context.t("workshops-draft-cancelled"))
        return
    elif step.action in ("publish", "save"):
        workshop = await service.create_from_draft(actor, publish=step.action == "publish")
        await show(
            update,
            context,
            context.t(
                "workshops-draft-created" if step.action == "publish" else "workshops-draft-saved",
                title=workshop.title.for_reader(context.language),
            ),
        )
        await show_card(update, context, workshop.id, new_message=True)
        return
    else:
        change, value = _draft_change(step)
        draft = await service.update_draft(actor, change, value)
    await render_draft(update, context, draft)


def _draft_change(step: WorkshopDraftStep) -> tuple[str, object]:
    number = int(step.value) if step.value.isdigit() else None
    changes: dict[str, tuple[str, object]] = {
        "kind": ("kind", step.value),
        "place": ("place", number or None),
        "skip": ("skip", None),
        "quotas": ("quotas", None),
        "req": ("toggle_required", number),
        "rm": ("remove_question", number),
        "noq": ("no_questions", None),
        "addq": ("add_question", step.value),
        "qdone": ("questions_done", None),
        "time": ("choose_time", number),
        "retype": ("retype_time", None),
    }
    if step.action not in changes:
        raise UserFacingError("errors-stale-button")
    return changes[step.action]


async def draft_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    assert update.message is not None and update.message.text is not None
    try:
        draft = await context.services.workshops.update_draft(
            context.require_actor(), "text", update.message.text
        )
    except UserFacingError as problem:
        if problem.message_id == "workshops-draft-missing":
            raise
        draft = await context.services.workshops.draft(context.require_actor())
        await render_draft(update, context, draft, problem=problem)
        return
    await render_draft(update, context, draft)


async def render_draft(
    update: Update,
    context: BotContext,
    draft: WorkshopDraft,
    *,
    problem: UserFacingError | None = None,
) -> None:
    partnership = await context.services.partnerships.require(draft.partnership_id)
    text = _draft_prompt(context, draft, partnership)
    if problem is not None:
        text = context.t(problem.message_id, **problem.args_for_message) + "\n\n" + text
    await show(
        update,
        context,
        text,
        kb.draft_step(context.services.translator, context.language, draft, partnership),
    )


def _draft_prompt(context: BotContext, draft: WorkshopDraft, partnership: Partnership) -> str:
    step, lang = draft.step, context.language
    if step in ("start", "end", "deadline"):
        return context.t(f"workshops-draft-ask-{step}", zone=draft.time_zone)
    if step == "time_check":
        return _time_question(context, draft, partnership)
    if step == "quota":
        city = partnership.city(draft.quota_cities[0])
        return context.t(
            "workshops-draft-ask-quota", city=city.name.for_reader(lang) if city else ""
        )
    if step == "questions":
        lines = [_question_line(context, q) for q in draft.questions]
        listing = "\n".join(lines) if lines else context.label("workshops-draft-no-questions")
        return context.t("workshops-draft-ask-questions", questions=listing)
    if step == "review":
        return _review(context, draft, partnership)
    return context.t(f"workshops-draft-ask-{step.replace('_', '-')}")


def _time_question(context: BotContext, draft: WorkshopDraft, partnership: Partnership) -> str:
    """A typed time skipped by the clocks (gap) or happening twice (fold): which one is meant."""
    lang, found = context.language, draft.time_question()
    city = partnership.city(draft.city_id or 0)
    place = city.name.for_reader(lang) if city else draft.time_zone
    when = {"time": wall_clock(found.typed, lang), "date": long_date(found.typed, lang)}
    if isinstance(found, Gap):
        return context.t(
            "workshops-draft-time-gap",
            **when,
            place=place,
            jump=wall_clock(found.jump_to, lang),
            suggestion=wall_clock(found.suggestion, lang),
        )
    summer, winter = found.earlier.tzname() or "", found.later.tzname() or ""
    return context.t("workshops-draft-time-fold", **when, place=place, summer=summer, winter=winter)


def _question_line(context: BotContext, q: Question) -> str:
    text = (
        context.label(f"workshops-question-{q.builtin}")
        if q.builtin
        else q.text.for_reader(context.language)
        if q.text
        else ""
    )
    return context.label(
        "workshops-draft-question-line",
        number=q.position + 1,
        text=text,
        required="yes" if q.required else "no",
    )


def _review(context: BotContext, draft: WorkshopDraft, partnership: Partnership) -> str:
    lang = context.language
    assert draft.kind is not None and draft.starts_at is not None and draft.ends_at is not None
    city = partnership.city(draft.city_id or 0)
    quotas = [
        f"{partnership.city(c).name.for_reader(lang)}: {n}"  # type: ignore[union-attr]
        for c, n in draft.city_quotas.items()
        if partnership.city(c)
    ]
    return context.t(
        "workshops-draft-review",
        kind=context.label(f"workshops-kind-{draft.kind.value}"),
        title=draft.title or "",
        when=f"{moment(draft.starts_at, lang, draft.time_zone)}–"
        f"{moment(draft.ends_at, lang, draft.time_zone)}",
        place=city.name.for_reader(lang) if city else context.label("workshops-place-online"),
        capacity=draft.capacity if draft.capacity is not None else -1,
        quotas=format_list(quotas, locale=lang) if quotas else "—",
        deadline=moment(draft.deadline, lang, draft.time_zone) if draft.deadline else "—",
        questions=len(draft.questions),
    )


# ------------------------------------------------------------------ managing a workshop
async def manage_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, WorkshopManage)
    handler = MANAGE_ACTIONS.get(step.action)
    if handler is None:
        raise UserFacingError("errors-stale-button")
    await handler(update, context, step)


async def show_card(
    update: Update,
    context: BotContext,
    workshop_id: int,
    *,
    new_message: bool = False,
    header: str | None = None,
) -> None:
    workshop, counts = await context.services.workshops.for_organiser(
        context.require_actor(), workshop_id
    )
    lang = context.language
    place = (await context.services.workshops.place(workshop, with_link=True))(lang)
    text = context.t(
        "workshops-manage-card",
        title=workshop.title.for_reader(lang),
        status=context.label(f"workshops-state-{workshop.status.value}"),
        when=workshop_when(workshop, lang, workshop.time_zone),
        place=place,
        capacity=workshop.capacity if workshop.capacity is not None else -1,
        confirmed=counts.get("confirmed", 0) + counts.get("attended", 0),
        attended=counts.get("attended", 0),
        waitlisted=counts.get("waitlisted", 0),
        offered=counts.get("offered", 0),
    )
    await show(
        update,
        context,
        text,
        kb.organiser_card(context.services.translator, lang, workshop),
        new_message=new_message,
        header=header,
    )


async def _card(update: Update, context: BotContext, step: WorkshopManage) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_card(update, context, step.workshop_id)


async def _list(update: Update, context: BotContext, step: WorkshopManage) -> None:
    await show_organised(update, context, step.value)


async def _publish(update: Update, context: BotContext, step: WorkshopManage) -> None:
    await context.services.workshops.set_published(
        context.require_actor(), step.workshop_id, step.action == "publish"
    )
    await show_card(update, context, step.workshop_id)


async def _attendees(update: Update, context: BotContext, step: WorkshopManage) -> None:
    workshop, rows = await context.services.workshops.attendees(
        context.require_actor(), step.workshop_id
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
            f"{_question_line(context, q)}: {row.answers[q.position]}"
            for q in workshop.questions
            if q.position in row.answers
        ]
        if answers:
            name = row.name or context.label("workshops-anonymous")
            blocks.append(escape(name + "\n" + "\n".join(answers)))
    digest = "\n\n" + "\n\n".join(blocks) if blocks else ""
    limit = 3500  # room for the heading; Telegram allows 4096 characters
    if len(digest) > limit:
        cut = digest[:limit].rsplit("\n", 1)[0]
        digest = cut + "\n\n" + context.t("workshops-attendees-more")
    return digest


def _person_label(context: BotContext, name: str | None, status: str, code: str) -> str:
    return context.label(
        "workshops-attendee-line",
        name=name or context.label("workshops-anonymous"),
        status=context.label(f"workshops-registration-{status}"),
        code=code,
    )


async def attendance_button(update: Update, context: BotContext) -> None:
    registration_id = parse_button(update, AttendanceToggle).registration_id
    reg = await context.services.workshops.toggle_attended(context.require_actor(), registration_id)
    await _attendees(update, context, WorkshopManage(reg.workshop_id, "attendees", 0))


async def _ask_for_text(
    update: Update, context: BotContext, workshop_id: int, kind: str, prompt_id: str
) -> None:
    """Wait for the organiser's typed input about this workshop (role checked first)."""
    await context.services.workshops.for_organiser(context.require_actor(), workshop_id)
    await context.services.dialogs.set(user_id(update), kind, {"workshop_id": workshop_id})
    await show(
        update,
        context,
        context.t(prompt_id),
        kb.back_to_card(context.services.translator, context.language, workshop_id),
    )


async def _checkin(update: Update, context: BotContext, step: WorkshopManage) -> None:
    await _ask_for_text(update, context, step.workshop_id, CHECKIN_INPUT, "workshops-checkin-ask")


async def checkin_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    assert update.message is not None and update.message.text is not None
    workshop_id = int(str(data["workshop_id"]))
    row = await context.services.workshops.check_in(
        context.require_actor(), workshop_id, update.message.text
    )
    await show(
        update,
        context,
        context.t("workshops-checkin-done", name=row.name or context.label("workshops-anonymous")),
        kb.back_to_card(context.services.translator, context.language, workshop_id),
    )


async def _csv(update: Update, context: BotContext, step: WorkshopManage) -> None:
    workshop, _ = await context.services.workshops.for_organiser(
        context.require_actor(), step.workshop_id
    )
    lang = context.language
    questions = {q.position: _question_line(context, q) for q in workshop.questions}
    data = await context.services.workshops.export_csv(
        context.require_actor(),
        step.workshop_id,
        lang,
        [context.label(f"workshops-csv-{column}") for column in CSV_COLUMNS],
        questions,
    )
    await answer_button(update, context)
    await context.bot.send_document(
        user_id(update),
        data,
        filename=f"workshop-{workshop.id}-attendees.csv",
        caption=context.t("workshops-csv-caption", title=workshop.title.for_reader(lang)),
    )


async def _qr(update: Update, context: BotContext, step: WorkshopManage) -> None:
    png = await context.services.workshops.poster_qr(
        context.require_actor(), step.workshop_id, context.bot.username
    )
    link = context.services.workshops.link(step.workshop_id, context.bot.username)
    await answer_button(update, context)
    await context.bot.send_photo(
        user_id(update), png, caption=context.t("workshops-qr-caption") + "\n" + escape(link)
    )


async def _message(update: Update, context: BotContext, step: WorkshopManage) -> None:
    await _ask_for_text(update, context, step.workshop_id, MESSAGE_INPUT, "workshops-message-ask")


async def message_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    assert update.message is not None and update.message.text is not None
    workshop_id = int(str(data["workshop_id"]))
    count = await context.services.workshops.message_confirmed(
        context.require_actor(), workshop_id, update.message.text
    )
    await context.services.dialogs.clear(user_id(update))
    await show_card(
        update, context, workshop_id, header=context.t("workshops-message-queued", count=count)
    )


async def _edit(update: Update, context: BotContext, step: WorkshopManage) -> None:
    workshop, _ = await context.services.workshops.for_organiser(
        context.require_actor(), step.workshop_id
    )
    tr, lang = context.services.translator, context.language
    if step.action == "time":
        await context.services.dialogs.set(
            user_id(update), EDIT_INPUT, {"workshop_id": workshop.id, "field": "start"}
        )
        await show(
            update,
            context,
            context.t("workshops-draft-ask-start", zone=workshop.time_zone),
            kb.back_to_card(tr, lang, workshop.id),
        )
    elif step.action == "capacity":
        await context.services.dialogs.set(
            user_id(update), EDIT_INPUT, {"workshop_id": workshop.id, "field": "capacity"}
        )
        await show(
            update,
            context,
            context.t("workshops-draft-ask-capacity"),
            kb.capacity_choice(tr, lang, workshop.id),
        )
    elif step.action == "translate":
        await show(
            update,
            context,
            context.t("workshops-translate-choose"),
            kb.translate_languages(tr, lang, workshop),
        )
    elif step.action == "reminders":
        await show(
            update,
            context,
            context.t("workshops-reminders-choose"),
            kb.reminder_choices(tr, lang, workshop),
        )
    elif step.action == "remind" and 0 <= step.value < len(REMINDER_PRESETS):
        await context.services.workshops.set_reminders(
            context.require_actor(), workshop.id, REMINDER_PRESETS[step.value]
        )
        await show_card(
            update, context, workshop.id, header=context.t("workshops-reminders-updated")
        )
    elif step.action == "tr" and 0 <= step.value < len(SUPPORTED_LANGUAGES):
        code = SUPPORTED_LANGUAGES[step.value]
        await context.services.dialogs.set(
            user_id(update),
            EDIT_INPUT,
            {"workshop_id": workshop.id, "field": "title", "language": code},
        )
        await show(
            update,
            context,
            context.t("workshops-translate-ask", language=context.label(f"language-name-{code}")),
            kb.back_to_card(tr, lang, workshop.id),
        )
    else:
        raise UserFacingError("errors-stale-button")


async def edit_text(update: Update, context: BotContext, data: dict[str, object]) -> None:
    assert update.message is not None and update.message.text is not None
    service, actor = context.services.workshops, context.require_actor()
    workshop_id, field, text = int(str(data["workshop_id"])), data["field"], update.message.text
    if field == "start":
        workshop, _ = await service.for_organiser(actor, workshop_id)
        await context.services.dialogs.set(
            user_id(update), EDIT_INPUT, {"workshop_id": workshop_id, "field": "end", "start": text}
        )
        await show(
            update,
            context,
            context.t("workshops-draft-ask-end", zone=workshop.time_zone),
            kb.back_to_card(context.services.translator, context.language, workshop_id),
        )
        return
    if field == "end":
        await service.reschedule(actor, workshop_id, str(data["start"]), text)
        header = context.t("workshops-time-updated")
    elif field == "capacity":
        await service.set_capacity(actor, workshop_id, text)
        header = context.t("workshops-capacity-updated")
    elif field == "title":
        language = str(data["language"])
        await service.translate_title(actor, workshop_id, language, text)
        await context.services.dialogs.set(
            user_id(update),
            EDIT_INPUT,
            {"workshop_id": workshop_id, "field": "description", "language": language},
        )
        await show(
            update,
            context,
            context.t(
                "workshops-translate-ask-description",
                language=context.label(f"language-name-{language}"),
            ),
            kb.back_to_card(context.services.translator, context.language, workshop_id),
        )
        return
    elif field == "description":
        await service.translate_description(actor, workshop_id, str(data["language"]), text)
        header = context.t("workshops-translation-saved")
    else:
        raise UserFacingError("errors-stale-button")
    await context.services.dialogs.clear(user_id(update))
    await show_card(update, context, workshop_id, header=header)


async def _unlimited(update: Update, context: BotContext, step: WorkshopManage) -> None:
    await context.services.workshops.set_capacity(context.require_actor(), step.workshop_id, None)
    await context.services.dialogs.clear(user_id(update))
    await show_card(
        update, context, step.workshop_id, header=context.t("workshops-capacity-updated")
    )


async def _next_stage(update: Update, context: BotContext, step: WorkshopManage) -> None:
    service, actor = context.services.workshops, context.require_actor()
    if step.action == "invite":
        count = await service.invite_next_stage(actor, step.workshop_id, step.value)
        await show_card(
            update,
            context,
            step.workshop_id,
            header=context.t("workshops-next-stage-sent", count=count),
        )
        return
    targets = await service.next_stage_candidates(actor, step.workshop_id)
    workshop, _ = await service.for_organiser(actor, step.workshop_id)
    if not targets:
        await show(
            update,
            context,
            context.t("workshops-next-stage-none"),
            kb.back_to_card(context.services.translator, context.language, workshop.id),
        )
        return
    lines = [
        context.t(
            "workshops-list-item",
            title=t.title.for_reader(context.language),
            when=moment(t.starts_at, context.language, workshop.time_zone),
        )
        for t in targets
    ]
    await show(
        update,
        context,
        "\n".join([context.t("workshops-next-stage-choose"), *lines]),
        kb.next_stage_targets(context.services.translator, context.language, workshop.id, targets),
    )


async def _cancel(update: Update, context: BotContext, step: WorkshopManage) -> None:
    service, actor = context.services.workshops, context.require_actor()
    if step.action == "cancel":
        workshop, counts = await service.for_organiser(actor, step.workshop_id)
        await show(
            update,
            context,
            context.t(
                "workshops-manage-cancel-ask",
                title=workshop.title.for_reader(context.language),
                count=sum(counts.values()),
            ),
            kb.confirm_cancel_workshop(context.services.translator, context.language, workshop.id),
        )
        return
    told = await service.cancel_workshop(actor, step.workshop_id)
    await show_card(
        update,
        context,
        step.workshop_id,
        header=context.t("workshops-manage-cancelled", count=told),
    )


MANAGE_ACTIONS = {
    "card": _card,
    "list": _list,
    "publish": _publish,
    "unpublish": _publish,
    "attendees": _attendees,
    "checkin": _checkin,
    "csv": _csv,
    "qr": _qr,
    "message": _message,
    "time": _edit,
    "capacity": _edit,
    "translate": _edit,
    "tr": _edit,
    "reminders": _edit,
    "remind": _edit,
    "unlimited": _unlimited,
    "next": _next_stage,
    "invite": _next_stage,
    "cancel": _cancel,
    "cancelok": _cancel,
}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("organise", organise_command),
        CallbackQueryHandler(draft_button, pattern=WorkshopDraftStep.pattern()),
        CallbackQueryHandler(manage_button, pattern=WorkshopManage.pattern()),
        CallbackQueryHandler(attendance_button, pattern=AttendanceToggle.pattern()),
    ]


TEXT_INPUTS = {
    DRAFT_KIND: draft_text,
    CHECKIN_INPUT: checkin_text,
    EDIT_INPUT: edit_text,
    MESSAGE_INPUT: message_text,
}
