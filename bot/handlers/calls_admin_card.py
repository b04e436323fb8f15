"""The call's card as administrators see it (shared by the list, publishing and editing)."""

from __future__ import annotations

from datetime import datetime

from babel.lists import format_list
from telegram import Update

from bot.context import BotContext
from bot.domain.calls import Call, CallPhase
from bot.handlers.common import show
from bot.keyboards import calls_admin as kb
from bot.render.formatting import babel_locale, moment, venue_time, zone_label
from bot.render.names import person_name
from bot.services.calls import CallCardView, Reviewer, countries


def when_text(context: BotContext, call: Call, when: datetime) -> str:
    """A date of the call on the call's clock, saying whose: '31 Dec 2026, 23:59 Berlin time'."""
    tr, lang = context.services.translator, context.language
    zone = call.time_zone
    return venue_time(tr, lang, moment(when, lang, zone), zone_label(zone, lang))


# What the phase line says, and which of the call's dates it names.
PHASES = {
    CallPhase.PREPARING: ("calls-phase-preparing", None),
    CallPhase.NOT_OPEN: ("calls-phase-not-open", "opens_at"),
    CallPhase.OPEN: ("calls-phase-open", "deadline_at"),
    CallPhase.CLOSED: ("calls-phase-closed", "deadline_at"),
}


def phase_text(context: BotContext, call: Call) -> str:
    message_id, moment = PHASES[call.phase(context.services.clock.now())]
    if moment is None:
        return context.label(message_id)
    return context.label(message_id, when=when_text(context, call, getattr(call, moment)))


async def show_card(
    update: Update, context: BotContext, call_id: int, header: str | None = None
) -> None:
    view = await context.services.calls.card(context.require_actor(), call_id)
    call = view.call
    phase = call.phase(context.services.clock.now())
    await show(
        update,
        context,
        card_text(context, view),
        kb.card(context.services.translator, context.language, call, phase, view.counts.submitted),
        header=header,
    )


def card_text(context: BotContext, view: CallCardView) -> str:
    call, lang, t = view.call, context.language, context.t
    head = [
        t("calls-card-title", title=call.title.for_reader(lang), phase=phase_text(context, call)),
        t("calls-card-opens", when=when_text(context, call, call.opens_at)),
        t("calls-card-deadline", when=when_text(context, call, call.deadline_at)),
        t("calls-card-decision", when=when_text(context, call, call.decision_by)),
    ]
    details = [
        t("calls-card-countries", countries=countries(call, lang)),
        _questions_line(context, call),
        *_document_lines(context, call),
        _criteria_line(context, call),
        _reviewers_line(context, view),
        t("calls-card-blind-on" if call.blind else "calls-card-blind-off"),
        t("calls-card-retention", days=call.document_retention_days),
        t(
            "calls-card-applications",
            drafts=view.counts.drafts,
            submitted=view.counts.submitted,
        ),
    ]
    parts = ["\n".join(head), "\n".join(details)]
    if call.published_at is not None:
        link = context.services.calls.link(call.id, context.bot.username)
        parts.append(t("calls-card-link", link=link))
    return "\n\n".join(parts)


def _questions_line(context: BotContext, call: Call) -> str:
    questions = call.questions
    return context.t(
        "calls-card-questions",
        count=len(questions),
        required=sum(q.required for q in questions),
        contacts=sum(q.kind == "contact" for q in questions),
    )


def _document_lines(context: BotContext, call: Call) -> list[str]:
    locale = babel_locale(context.language)
    return [
        context.t(
            "calls-card-document",
            name=d.name.for_reader(context.language),
            types=format_list([k.upper() for k in d.file_types], locale=locale),
            size=d.max_bytes // (1024 * 1024),
        )
        for d in call.documents
    ]


def _criteria_line(context: BotContext, call: Call) -> str:
    named = [
        context.label(
            "calls-card-criterion", name=c.name.for_reader(context.language), weight=c.weight
        )
        for c in call.criteria
    ]
    return context.t(
        "calls-card-criteria", criteria=format_list(named, locale=babel_locale(context.language))
    )


def reviewer_name(context: BotContext, reviewer: Reviewer) -> str:
    """Their display name, else the Telegram first name (also of someone never onboarded)."""
    tr, lang = context.services.translator, context.language
    if reviewer.person is None and reviewer.first_name:
        return reviewer.first_name
    return person_name(tr, lang, reviewer.person, reviewer.city)


def _reviewers_line(context: BotContext, view: CallCardView) -> str:
    per = view.call.reviewers_per_application
    if not view.reviewers:
        return context.t("calls-card-no-reviewers", per=per)
    names = [reviewer_name(context, r) for r in view.reviewers]
    return context.t(
        "calls-card-reviewers",
        count=len(names),
        names=format_list(names, locale=babel_locale(context.language)),
        per=per,
    )
