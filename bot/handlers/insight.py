"""/stats for organisers: numbers of the partnership, a chart, and CSV exports."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_data import InsightStep
from bot.context import BotContext
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.handlers.common import (
    answer_button,
    organised_partnership,
    parse_button,
    show,
    user_id,
)
from bot.keyboards import button, markup
from bot.render.charts import bar_chart
from bot.services.insight import Stats

PARTICIPANT_COLUMNS = ("name", "city", "language", "speaks", "interests", "joined")
REGISTRATION_COLUMNS = ("workshop", "name", "city", "status", "signed-up")
IDEA_COLUMNS = ("number", "idea", "language", "city", "themes", "votes", "supporters", "submitted")


async def stats_command(update: Update, context: BotContext) -> None:
    await show_stats(update, context, 0)


async def stats_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, InsightStep)
    if step.action == "show":
        await show_stats(update, context, step.partnership_id)
        return
    actor, lang = context.require_actor(), context.language
    service = context.services.insight
    if step.action == "participants":
        header = [context.label(f"insight-csv-{c}") for c in PARTICIPANT_COLUMNS]
        data = await service.participants_csv(actor, step.partnership_id, lang, header)
        name = "participants.csv"
    elif step.action == "registrations":
        header = [context.label(f"insight-csv-{c}") for c in REGISTRATION_COLUMNS]
        data = await service.registrations_csv(actor, step.partnership_id, lang, header)
        name = "registrations.csv"
    elif step.action == "ideas":
        header = [context.label(f"insight-csv-{c}") for c in IDEA_COLUMNS]
        data = await service.ideas_csv(actor, step.partnership_id, lang, header)
        name = "ideas.csv"
    else:
        await show(update, context, context.t("errors-stale-button"))
        return
    await answer_button(update, context)
    await context.bot.send_document(user_id(update), data, filename=name)


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
        update,
        context,
        _text(context, stats),
        markup(
            [
                [
                    button(
                        context.label("insight-export-participants"),
                        InsightStep("participants", chosen.id),
                    )
                ],
                [
                    button(
                        context.label("insight-export-registrations"),
                        InsightStep("registrations", chosen.id),
                    )
                ],
                [button(context.label("insight-export-ideas"), InsightStep("ideas", chosen.id))],
            ]
        ),
        new_message=True,
    )


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


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("stats", stats_command),
        CallbackQueryHandler(stats_button, pattern=InsightStep.pattern()),
    ]
