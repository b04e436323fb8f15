"""The organiser's list of workshops and a workshop's management card (reached from the
organiser tools' "Workshops" group; /organise opens those tools).

The 'new workshop' conversation is in workshop_drafts, the card's actions in workshop_manage,
attendance in workshop_attendance. Handlers only parse and render; the services check the
organiser role for every action.
"""

from __future__ import annotations

from telegram import Update

from bot.callback_data import WorkshopManage
from bot.context import BotContext
from bot.domain.workshops import Question, Workshop
from bot.handlers.common import organised_partnership, show
from bot.keyboards import workshops as kb
from bot.render.formatting import event_time


async def show_organised(
    update: Update, context: BotContext, partnership_id: int, header: str | None = None
) -> None:
    chosen = await organised_partnership(
        update, context, partnership_id, lambda pid: WorkshopManage(0, "list", pid)
    )
    if chosen is None:
        return
    found = await context.services.workshops.organised(context.require_actor(), chosen.id)
    # The organiser's own clock, as on the card: the list once showed the first city's time.
    lang, zone = context.language, await _reader_zone(context)
    tr = context.services.translator
    items = [(w, f"{_status_mark(w)} {w.title.for_reader(lang)}") for w in found]
    lines = [
        context.t("workshops-list-item", title=label, when=event_time(tr, lang, w, zone))
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
        header=header,
    )


def _status_mark(workshop: Workshop) -> str:
    return {"draft": "📝", "published": "📢", "cancelled": "❌"}[workshop.status.value]


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
        when=event_time(context.services.translator, lang, workshop, await _reader_zone(context)),
        place=place,
        capacity=workshop.capacity if workshop.capacity is not None else -1,
        confirmed=counts.get("confirmed", 0) + counts.get("attended", 0),
        attended=counts.get("attended", 0),
        waitlisted=counts.get("waitlisted", 0),
        offered=counts.get("offered", 0),
    )
    public = await context.services.newsletter.calendar.is_public(workshop.id)
    markup = kb.organiser_card(context.services.translator, lang, workshop, public)
    await show(update, context, text, markup, new_message=new_message, header=header)


async def _reader_zone(context: BotContext) -> str:
    return await context.services.workshops.reader_zone_of(context.participant)


def question_line(context: BotContext, q: Question) -> str:
    """One sign-up question as organisers see it (the draft, the answers, the CSV header)."""
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
