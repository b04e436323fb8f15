"""The organiser tools' home (/organise, /admin, the main menu's button): what waits for the
organiser, and the groups of everything an organiser does. Each group leads to the existing
screens' entry points and explains itself in one line the first time it is opened.

The service refuses participants (PermissionDenied), also for forged group buttons.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import OpenMenu, OrganiserGroup, OrganiserStep
from bot.context import BotContext
from bot.domain.organiser_home import Waiting
from bot.domain.partnerships import Partnership
from bot.handlers.common import Callback, button_handlers, organised_partnership, parse_button, show
from bot.handlers.workshop_admin import show_organised
from bot.keyboards import organiser as kb
from bot.services.organiser_home import waiting_words


async def show_home(update: Update, context: BotContext, header: str | None = None) -> None:
    """The home; a header says what just happened (a cancelled or finished task)."""
    overview = await context.services.organiser_home.overview(context.require_actor())
    lines = [context.t("staff-menu"), *waiting_lines(context, overview)]
    text = "\n".join(lines) + "\n\n" + context.t("orghome-choose")
    tr, lang = context.services.translator, context.language
    # The most frequent task one tap from the home, when it is clear for which partnership.
    only = overview[0][0].id if len(overview) == 1 else None
    await show(update, context, text, kb.home(tr, lang, new_workshop_in=only), header=header)


def waiting_lines(context: BotContext, overview: list[tuple[Partnership, Waiting]]) -> list[str]:
    """'📥 3 ideas and 2 translations wait for you.' (per partnership when there are several)."""
    tr, lang = context.services.translator, context.language
    if not any(w.total for _, w in overview):
        return [context.t("orghome-nothing-waits")] if overview else []
    if len(overview) == 1:
        waiting = overview[0][1]
        return [
            context.t(
                "orghome-waiting", items=waiting_words(tr, lang, waiting), count=waiting.total
            )
        ]
    return [
        context.t(
            "orghome-waiting-in",
            partnership=p.name.for_reader(lang),
            items=waiting_words(tr, lang, w),
            count=w.total,
        )
        for p, w in overview
        if w.total
    ]


async def organise_command(update: Update, context: BotContext) -> None:
    await show_home(update, context)


async def menu_staff_button(update: Update, context: BotContext) -> None:
    await show_home(update, context)


async def show_group(update: Update, context: BotContext, name: OrganiserGroup) -> None:
    """One group's actions for a partnership (chosen first when the organiser runs several)."""
    step = parse_button(update, OrganiserStep)
    chosen = await organised_partnership(
        update, context, step.partnership_id, lambda pid: OrganiserStep(name, pid)
    )
    if chosen is None:
        return
    actor, home = context.require_actor(), context.services.organiser_home
    waiting = await home.waiting(actor, chosen.id)
    first = await home.first_visit(actor, name)
    lang = context.language
    lines = [
        context.t(
            "orghome-group",
            group=context.label(f"orghome-group-{name}"),
            partnership=chosen.name.for_reader(lang),
        )
    ]
    if name == "ideas":
        lines += waiting_lines(context, [(chosen, waiting)])
    keyboard = kb.group(context.services.translator, lang, name, chosen.id, actor, waiting.total)
    header = context.t(f"orghome-explain-{name}") if first else None
    await show(update, context, "\n".join(lines), keyboard, header=header)


async def organiser_workshops_button(update: Update, context: BotContext) -> None:
    """The Workshops group is the organiser's list itself (New, Copy, each card): a tap less."""
    step = parse_button(update, OrganiserStep)
    first = await context.services.organiser_home.first_visit(context.require_actor(), "workshops")
    header = context.t("orghome-explain-workshops") if first else None
    await show_organised(update, context, step.partnership_id, header=header)


async def organiser_ideas_button(update: Update, context: BotContext) -> None:
    await show_group(update, context, "ideas")


async def organiser_matching_button(update: Update, context: BotContext) -> None:
    await show_group(update, context, "matching")


async def organiser_coaching_button(update: Update, context: BotContext) -> None:
    await show_group(update, context, "coaching")


async def organiser_news_button(update: Update, context: BotContext) -> None:
    await show_group(update, context, "news")


async def organiser_people_button(update: Update, context: BotContext) -> None:
    await show_group(update, context, "people")


async def organiser_stats_button(update: Update, context: BotContext) -> None:
    await show_group(update, context, "stats")


# One callback per button action (OrganiserStep.action); a test checks every action has one.
GROUP_BUTTONS: dict[OrganiserGroup, Callback] = {
    "workshops": organiser_workshops_button,
    "ideas": organiser_ideas_button,
    "matching": organiser_matching_button,
    "coaching": organiser_coaching_button,
    "news": organiser_news_button,
    "people": organiser_people_button,
    "stats": organiser_stats_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("organise", organise_command),
        CommandHandler("admin", organise_command),  # the older name of the same tools
        CallbackQueryHandler(menu_staff_button, pattern=OpenMenu.pattern(action="staff")),
        *button_handlers(OrganiserStep, GROUP_BUTTONS),
    ]
