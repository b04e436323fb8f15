"""The BarCamp home as its organiser and as a checked-in person see it (shared by the
BarCamp's handler modules)."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.domain.barcamp import CampRoom, Phase
from bot.handlers.common import show
from bot.keyboards import barcamp as kb
from bot.render.barcamp import languages_text, slot_text
from bot.services.barcamp import CampView


def home_text(context: BotContext, view: CampView) -> str:
    """The camp as its organiser sees it: phase, rooms, slots, counts and the next step."""
    camp, lang, tr = view.camp, context.language, context.services.translator
    title = view.workshop.title.for_reader(lang)
    if camp is None:
        return context.t("barcamp-home-none", workshop=title)
    lines = [
        context.t("barcamp-home-title", workshop=title),
        context.t("barcamp-home-phase", phase=context.label(f"barcamp-phase-{camp.phase.value}")),
        "",
        context.t("barcamp-home-rooms", count=len(view.rooms)),
    ]
    lines += [room_line(context, r) for r in view.rooms]
    lines.append(context.t("barcamp-home-slots", count=len(view.slots)))
    lines += [f"{i}. {slot_text(tr, lang, view.workshop, s)}" for i, s in enumerate(view.slots, 1)]
    lines += [
        "",
        context.t("barcamp-home-limit", limit=camp.interest_limit),
        context.t(
            "barcamp-home-counts",
            proposals=view.proposals,
            interested=view.interested,
            checked=view.checked_in,
        ),
        "",
        context.t(f"barcamp-next-{_next_step(view)}"),
    ]
    return "\n".join(lines)


def _next_step(view: CampView) -> str:
    assert view.camp is not None
    if view.camp.phase is Phase.SETUP:
        return "rooms" if not view.rooms else "slots" if not view.slots else "ready"
    return view.camp.phase.value


def room_line(context: BotContext, room: CampRoom) -> str:
    """'Hall A · 30 seats · German and Russian · bridged to the partner city'."""
    tr, lang = context.services.translator, context.language
    return context.t(
        "barcamp-room-line",
        name=room.name,
        capacity=room.capacity,
        languages=languages_text(tr, lang, room.languages),
        bridged="yes" if room.bridge_url else "no",
    )


def person_text(context: BotContext, view: CampView) -> str:
    assert view.camp is not None
    camp = view.camp
    return "\n\n".join(
        [
            context.t(
                "barcamp-home-title", workshop=view.workshop.title.for_reader(context.language)
            ),
            context.t(
                f"barcamp-person-{camp.phase.value}",
                proposals=view.proposals,
                mine=view.hosting,
                limit=camp.interest_limit,
            ),
        ]
    )


async def show_home(
    update: Update, context: BotContext, workshop_id: int, header: str | None = None
) -> None:
    view = await context.services.barcamp.home(context.require_actor(), workshop_id)
    tr, lang = context.services.translator, context.language
    if view.camp is None:
        await show(update, context, home_text(context, view), kb.create(tr, lang, workshop_id))
    elif view.organiser:
        keyboard = kb.home(tr, lang, workshop_id, view.camp)
        await show(update, context, home_text(context, view), keyboard, header=header)
    else:
        keyboard = kb.person_home(tr, lang, view.camp)
        await show(update, context, person_text(context, view), keyboard, header=header)
