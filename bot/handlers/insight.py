"""/stats for organisers: numbers of the partnership, a chart, and CSV exports."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CommandHandler

from bot.callback_data import InsightAction, InsightStep, OpenMenu
from bot.context import BotContext
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.roles import Actor
from bot.handlers.common import (
    Callback,
    answer_button,
    button_handlers,
    organised_partnership,
    parse_button,
    show,
    user_id,
)
from bot.keyboards import button, markup
from bot.render.charts import bar_chart
from bot.services.insight import Stats


async def stats_command(update: Update, context: BotContext) -> None:
    await show_stats(update, context, 0)


async def stats_show_button(update: Update, context: BotContext) -> None:
    await show_stats(update, context, parse_button(update, InsightStep).partnership_id)


async def stats_participants_button(update: Update, context: BotContext) -> None:
    await _send_csv(update, context, context.services.insight.participants_csv, "participants")


async def stats_registrations_button(update: Update, context: BotContext) -> None:
    export = context.services.insight.registrations_csv
    await _send_csv(update, context, export, "registrations")


async def stats_ideas_button(update: Update, context: BotContext) -> None:
    await _send_csv(update, context, context.services.insight.ideas_csv, "ideas")


# One of the service's exports: (actor, partnership id, reader's language) -> the file.
CsvExport = Callable[[Actor, int, str], Awaitable[bytes]]


async def _send_csv(update: Update, context: BotContext, export: CsvExport, name: str) -> None:
    """The pressed export as a document in the reader's language and spreadsheet conventions."""
    step = parse_button(update, InsightStep)
    data = await export(context.require_actor(), step.partnership_id, context.language)
    await answer_button(update, context)
    await context.bot.send_document(user_id(update), data, filename=f"{name}.csv")


async def show_stats(update: Update, context: BotContext, partnership_id: int) -> None:
    chosen = await organised_partnership(
        update, context, partnership_id, lambda pid: InsightStep("show", pid)
    )
    if chosen is None:
        return
    stats = await context.services.insight.stats(context.require_actor(), chosen.id)
    await answer_button(update, context)
    chat = update.effective_chat
    assert chat is not None
    await context.bot.send_photo(chat.id, _chart(context, stats))
    await show(
        update, context, _text(context, stats), _exports(context, chosen.id), new_message=True
    )


def _exports(context: BotContext, partnership_id: int) -> InlineKeyboardMarkup:
    """The three CSV exports, then back to the organiser tools."""
    actions: tuple[InsightAction, ...] = ("participants", "registrations", "ideas")
    rows = [
        [button(context.label(f"insight-export-{a}"), InsightStep(a, partnership_id))]
        for a in actions
    ]
    rows.append([button(context.label("buttons-back"), OpenMenu("staff"))])
    return markup(rows)


def _text(context: BotContext, stats: Stats) -> str:
    lang, p = context.language, stats.partnership
    cities = [
        context.t("insight-line", label=c.name.for_reader(lang), count=stats.by_city[c.id])
        for c in p.cities
    ]
    languages = [
        context.t(
            "insight-line",
            label=context.label(f"language-name-{code}"),
            count=stats.by_language[code],
        )
        for code in SUPPORTED_LANGUAGES
        if stats.by_language[code]
    ]
    workshops = [
        context.t(
            "insight-workshop-line",
            title=w.title.for_reader(lang),
            confirmed=w.confirmed,
            waitlisted=w.waitlisted,
            attended=w.attended,
        )
        for w in stats.workshops[-10:]
    ]
    return "\n".join(
        [
            context.t(
                "insight-title",
                partnership=p.name.for_reader(lang),
                participants=stats.participants,
            ),
            *cities,
            "",
            context.t("insight-languages"),
            *languages,
            "",
            context.t("insight-workshops", count=len(stats.workshops)),
            *workshops,
            "",
            context.t("insight-ideas", ideas=stats.ideas, votes=stats.votes),
            context.t("insight-broadcasts", count=stats.broadcasts),
        ]
    )


def _chart(context: BotContext, stats: Stats) -> bytes:
    lang = context.language
    cities = stats.partnership.cities
    languages = [code for code in SUPPORTED_LANGUAGES if stats.by_language[code]] or ["en"]
    return bar_chart(
        context.label("insight-chart-title"),
        [c.name.for_reader(lang) for c in cities],
        {
            context.label(f"language-name-{code}"): [
                stats.by_city_and_language[(c.id, code)] for c in cities
            ]
            for code in languages
        },
    )


# One callback per button action (InsightStep.action); a test checks every action has one.
STATS_BUTTONS: dict[InsightAction, Callback] = {
    "show": stats_show_button,
    "participants": stats_participants_button,
    "registrations": stats_registrations_button,
    "ideas": stats_ideas_button,
}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("stats", stats_command),
        *button_handlers(InsightStep, STATS_BUTTONS),
    ]
