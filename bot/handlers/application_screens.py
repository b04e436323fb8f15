"""The applicant's screens shared by the applying handlers: the call page, one question at a
time, the city details, and the review screen (kept under Telegram's 4096 characters)."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.domain.applying import (
    decided,
    next_question,
    question_number,
    shorten,
    unchanged_since_submission,
    zones_of,
)
from bot.domain.call_dialogs import ApplyAnswerInput, ApplyCityInput, ApplyReviewInput
from bot.domain.calls import (
    Application,
    CallPhase,
    Question,
    first_unanswered,
    missing_for_submission,
)
from bot.handlers.common import show, user_id
from bot.i18n import escape
from bot.keyboards import applying as kb
from bot.render.applications import (
    MB,
    answer_block,
    answered,
    call_clock,
    city_of,
    countries_text,
    deadline_text,
    file_types_text,
    missing_lines,
    question_text,
    time_left,
)
from bot.services.applications import CallPage, Workspace
from bot.telegram.limits import Limits

SHORT_ANSWER = 50  # when the review screen would be too long with 160 characters per answer


async def show_call_page(
    update: Update, context: BotContext, page: CallPage, header: str | None = None
) -> None:
    """Title and text in the reader's language, who may apply, the deadline, what is asked."""
    tr, lang, call = context.services.translator, context.language, page.call
    lines = [call_text(context, page), context.t("apply-call-data")]
    if page.application is not None:
        lines.append(_status_line(context, page.application))
    ask_language = context.participant is None
    keyboard = kb.call_page(
        tr,
        lang,
        call,
        page.application,
        open_now=page.phase is CallPhase.OPEN,
        ask_language=ask_language,
    )
    if ask_language:
        lines.append(context.t("apply-call-language"))
    await show(update, context, "\n\n".join(lines), keyboard, header=header)


def call_text(context: BotContext, page: CallPage) -> str:
    """The call itself: title, text, who may apply, the deadline, what is asked."""
    lang, call = context.language, page.call
    lines = [
        f"<b>{escape(call.title.for_reader(lang))}</b>",
        escape(call.text.for_reader(lang)),
        context.t("apply-call-who", countries=countries_text(lang, call.countries)),
        _phase_line(context, page),
        _asks_line(context, page),
    ]
    return "\n\n".join(lines)


def _phase_line(context: BotContext, page: CallPage) -> str:
    tr, lang, call = context.services.translator, context.language, page.call
    if page.phase is CallPhase.NOT_OPEN:
        return context.t(
            "apply-call-not-open",
            opens=call_clock(tr, lang, call, call.opens_at, page.zone),
            deadline=deadline_text(tr, lang, call, page.zone),
        )
    if page.phase is CallPhase.CLOSED:
        return context.t("apply-call-closed", deadline=deadline_text(tr, lang, call, page.zone))
    return context.t(
        "apply-call-deadline",
        deadline=deadline_text(tr, lang, call, page.zone),
        left=time_left(lang, call.deadline_at, page.now),
    )


def _asks_line(context: BotContext, page: CallPage) -> str:
    call, lang = page.call, context.language
    document = next(iter(call.documents), None)
    if document is None:
        return context.t("apply-call-asks", questions=len(call.questions))
    return context.t(
        "apply-call-asks-document",
        questions=len(call.questions),
        document=document.name.for_reader(lang),
        types=file_types_text(lang, document.file_types),
        limit=document.max_bytes // MB,
    )


def _status_line(context: BotContext, app: Application) -> str:
    if decided(app):
        return context.t("apply-status-decided", decision=app.decision or "")
    return context.t("apply-status", status=app.status.value, version=app.version)


# ------------------------------------------------------------------ details and questions
async def ask_city(
    update: Update, context: BotContext, call_id: int, application_id: int, header: str | None
) -> None:
    tr, lang = context.services.translator, context.language
    prompt = await show(
        update,
        context,
        context.t("apply-ask-city"),
        kb.city_prompt(tr, lang, call_id),
        header=header,
    )
    await context.services.dialogs.start(
        user_id(update), ApplyCityInput(call_id, application_id, prompt)
    )


async def ask_zone(update: Update, context: BotContext, ws: Workspace) -> None:
    tr, lang = context.services.translator, context.language
    options = zones_of(ws.party.country or "")
    text = context.t("apply-ask-zone", city=ws.party.city or "")
    await show(update, context, text, kb.zones(tr, lang, ws.application.id, options))


async def ask_question(
    update: Update,
    context: BotContext,
    ws: Workspace,
    question: Question,
    *,
    single: bool = False,
    header: str | None = None,
) -> None:
    """'Question 3 of 7', the question, its limit, the answer so far; the answer is typed."""
    tr, lang = context.services.translator, context.language
    keyboard = kb.question(tr, lang, ws.application.id, question, single=single)
    text = _question_screen(context, ws, question)
    prompt = await show(update, context, text, keyboard, header=header)
    await context.services.dialogs.start(
        user_id(update), ApplyAnswerInput(ws.application.id, question.id, prompt, single)
    )


def _question_screen(context: BotContext, ws: Workspace, question: Question) -> str:
    tr, lang = context.services.translator, context.language
    lines = [
        context.t(
            "apply-question-where",
            number=question_number(ws.call, question),
            total=len(ws.call.questions),
            city=city_of(tr, lang, ws.party),
        ),
        f"<b>{escape(question_text(tr, lang, question))}</b>",
        context.t(
            "apply-question-how",
            required="yes" if question.required else "no",
            choice="yes" if question.choices else "no",
            limit=question.max_length,
        ),
    ]
    earlier = ws.application.answer(question.id, ws.party.id)
    if earlier is not None and earlier.text:  # the whole answer when it fits, else its start
        text = earlier.text if len(earlier.text) <= 2500 else shorten(earlier.text, 2500)
        # Joined in code: Fluent refuses placeables over 1000 characters.
        lines.append(f"{context.t('apply-question-earlier')} {escape(text)}")
    return "\n\n".join(lines)


async def go_on(
    update: Update,
    context: BotContext,
    ws: Workspace,
    *,
    after: Question | None = None,
    header: str | None = None,
) -> None:
    """Where the party continues: missing city details, the next unanswered question (from
    the first one when returning), or the review screen once everything is answered."""
    if ws.open_now and (not ws.party.city or not ws.party.country):
        await ask_city(update, context, ws.call.id, ws.application.id, header)
        return
    if ws.open_now and ws.party.time_zone is None and len(zones_of(ws.party.country or "")) > 1:
        await ask_zone(update, context, ws)
        return
    app, party = ws.application, ws.party
    question = (
        next_question(ws.call, app, party.id, after)
        if after is not None
        else first_unanswered(ws.call, app, party.id)
    )
    if question is not None and ws.open_now:
        await ask_question(update, context, ws, question, header=header)
        return
    await show_review(update, context, ws, header=header)


# ------------------------------------------------------------------ the review screen
async def show_review(
    update: Update, context: BotContext, ws: Workspace, header: str | None = None
) -> None:
    """The party's own answers with edit per answer, the partner, documents, sign-offs and
    what is still missing; a file sent while it is open becomes the support statement."""
    tr, lang = context.services.translator, context.language
    text = review_text(context, ws, 160)
    if len(text) + len(header or "") > Limits.text_max - 200:
        text = review_text(context, ws, SHORT_ANSWER)
    keyboard = kb.review(tr, lang, ws.call, ws.application, ws.party, open_now=ws.open_now)
    await show(update, context, text, keyboard, header=header)
    if ws.open_now:
        await context.services.dialogs.start(user_id(update), ApplyReviewInput(ws.application.id))
    else:
        await context.services.dialogs.clear(user_id(update))


def review_text(context: BotContext, ws: Workspace, limit: int) -> str:
    tr, lang = context.services.translator, context.language
    call, app, party = ws.call, ws.application, ws.party
    blocks = [
        context.t(
            "apply-review-title",
            call=call.title.for_reader(lang),
            city=city_of(tr, lang, party),
        ),
        _status_line(context, app),
        _phase_line(context, CallPage(call, app, call.phase(ws.now), ws.now, party.time_zone)),
        context.t("apply-review-yours"),
        "\n\n".join(
            escape(answer_block(tr, lang, call, app, party, q, limit)) for q in call.questions
        ),
        *_partner_lines(context, ws),
        *_document_lines(context, ws),
    ]
    blocks.extend(_next_step_lines(context, ws))
    return "\n\n".join(blocks)


def _next_step_lines(context: BotContext, ws: Workspace) -> list[str]:
    """What is still missing, or that it can be submitted, or which version was submitted
    when nothing changed since; nothing once a decision was taken."""
    tr, lang = context.services.translator, context.language
    call, app = ws.call, ws.application
    if decided(app):
        return []
    if app.submitted_at is not None and unchanged_since_submission(app):
        when = call_clock(tr, lang, call, app.submitted_at, ws.party.time_zone)
        return [context.t("apply-review-submitted", version=app.version, when=when)]
    missing = missing_for_submission(call, app)
    if missing:
        lines = "\n".join(f"• {line}" for line in missing_lines(tr, lang, call, app, missing))
        return [context.t("apply-review-missing", lines=lines)]
    return [context.t("apply-review-ready")] if ws.open_now else []


def _partner_lines(context: BotContext, ws: Workspace) -> list[str]:
    tr, lang = context.services.translator, context.language
    others = [p for p in ws.application.parties if p.id != ws.party.id]
    if not others:
        return [context.t("apply-review-no-partner")]
    return [
        context.t(
            "apply-review-partner",
            city=city_of(tr, lang, p),
            answered=answered(ws.call, ws.application, p),
            total=len(ws.call.questions),
            signed="yes" if p.signed_off_at else "no",
        )
        for p in others
    ] + [context.t("apply-review-own-sign", signed="yes" if ws.party.signed_off_at else "no")]


def _document_lines(context: BotContext, ws: Workspace) -> list[str]:
    lang = context.language
    lines = []
    for requirement in ws.call.documents:
        found = next(
            (d for d in ws.application.documents if d.requirement_id == requirement.id), None
        )
        name = requirement.name.for_reader(lang)
        if found is None:
            lines.append(
                context.t(
                    "apply-review-document-missing",
                    document=name,
                    types=file_types_text(lang, requirement.file_types),
                    limit=requirement.max_bytes // MB,
                )
            )
        else:
            lines.append(
                context.t(
                    "apply-review-document",
                    document=name,
                    file=found.file_name,
                    size=max(1, found.size_bytes // 1024),
                )
            )
    return lines
