"""The network home (/network and the main menu's "🌐 Network"), staff tools: staff
invitations, partnership profiles, roll-up statistics."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_network import (
    NetworkHome,
    NetworkStaffAction,
    NetworkStaffStep,
    NetworkStats,
    NetworkStatsExport,
)
from bot.context import BotContext
from bot.domain.deeplinks import network_staff_payload
from bot.handlers import menu
from bot.handlers.commands import publish_chat_menu
from bot.handlers.common import (
    Callback,
    answer_button,
    button_handlers,
    parse_button,
    show,
    user_id,
)
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.i18n import escape
from bot.keyboards.network import (
    back_to_staff,
    network_home,
    remove_staff_keyboard,
    staff_keyboard,
    stats_keyboard,
)
from bot.render.charts import bar_chart
from bot.render.formatting import reader_time
from bot.render.names import person_name
from bot.services.network import Counts, Rollup, country_name


async def network_command(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(user_id(update))
    await show_home(update, context)


async def home_button(update: Update, context: BotContext) -> None:
    await show_home(update, context)


async def show_home(update: Update, context: BotContext, header: str | None = None) -> None:
    """What the network offers everyone, and the office's tools for its staff."""
    tr, lang = context.services.translator, context.language
    keyboard = network_home(tr, lang, context.actor)
    await show(update, context, context.t("network-home"), keyboard, header=header)


# ------------------------------------------------------------------ network family's screens
async def network_stats_button(update: Update, context: BotContext) -> None:
    """The roll-up for network staff: a chart, then the counts as text with the export."""
    rollup = await context.services.network.rollup(context.require_actor())
    await answer_button(update, context)
    await context.bot.send_photo(user_id(update), _chart(context, rollup))
    keyboard = stats_keyboard(context.services.translator, context.language)
    await show(update, context, _stats_text(context, rollup), keyboard, new_message=True)


async def network_stats_export_button(update: Update, context: BotContext) -> None:
    data = await context.services.network.rollup_csv(context.require_actor(), context.language)
    await answer_button(update, context)
    await context.bot.send_document(user_id(update), data, filename="network-statistics.csv")


def _groups(context: BotContext, rollup: Rollup) -> list[tuple[str, Counts]]:
    """(name, counts): all partnerships, each country focus, each topic focus."""
    lang, none = context.language, context.label("network-stats-none")
    topics = rollup.by_topic.items()
    return [
        (context.label("network-stats-all"), rollup.total),
        *((country_name(c, lang) if c else none, n) for c, n in rollup.by_country.items()),
        *((context.label(f"network-topic-{t}") if t else none, n) for t, n in topics),
    ]


def _group_text(context: BotContext, name: str, counts: Counts) -> str:
    """The group's name in bold above its counts."""
    numbers = context.t(
        "network-stats-group",
        partnerships=counts.partnerships,
        participants=counts.participants,
        workshops=counts.workshops,
        ideas=counts.ideas,
        teams=counts.teams,
        booked=counts.booked,
        attended=counts.attended,
        no_show=counts.no_show,
    )
    return f"<b>{escape(name)}</b>\n{numbers}"


def _stats_text(context: BotContext, rollup: Rollup) -> str:
    groups = _groups(context, rollup)
    countries = 1 + len(rollup.by_country)
    title = f"<b>{context.t('network-stats-title')}</b>\n{context.t('network-stats-intro')}"
    return "\n\n".join(
        [
            title,
            _group_text(context, *groups[0]),
            f"<b>{context.t('network-stats-countries')}</b>",
            *(_group_text(context, *g) for g in groups[1:countries]),
            f"<b>{context.t('network-stats-topics')}</b>",
            *(_group_text(context, *g) for g in groups[countries:]),
        ]
    )


def _chart(context: BotContext, rollup: Rollup) -> bytes:
    groups = _groups(context, rollup)
    series = ("participants", "workshops", "ideas", "teams")
    return bar_chart(
        context.label("network-stats-chart-title"),
        [name for name, _ in groups],
        {
            context.label(f"network-stats-csv-{s}"): [getattr(n, s) for _, n in groups]
            for s in series
        },
    )


# ------------------------------------------------------------------ staff
async def staff_list_button(update: Update, context: BotContext) -> None:
    await show_staff(update, context)


async def show_staff(update: Update, context: BotContext, header: str | None = None) -> None:
    """Who works in the network office, a new invitation link, removing someone."""
    staff = await context.services.network.staff(context.require_actor())
    tr, lang = context.services.translator, context.language
    names = [(uid, person_name(tr, lang, person)) for uid, person in staff]
    lines = [
        context.t("network-staff-heading", network=context.label("network-default-name")),
        *(f"• {escape(name)}" for _, name in names),
        context.t("network-staff-admins" if names else "network-staff-none"),
    ]
    await show(update, context, "\n".join(lines), staff_keyboard(tr, lang, names), header=header)


async def staff_invite_button(update: Update, context: BotContext) -> None:
    invitation = await context.services.network.invite_staff(context.require_actor())
    payload = network_staff_payload(invitation.token)
    link = f"https://t.me/{context.bot.username}?start={payload}"
    zone = await context.services.workshops.reader_zone_of(context.participant)
    tr, lang = context.services.translator, context.language
    expires = reader_time(tr, lang, invitation.expires_at, zone)
    text = context.t("network-staff-invite-created", expires=expires)
    await show(update, context, f"{text}\n\n{escape(link)}", back_to_staff(tr, lang))


async def staff_remove_button(update: Update, context: BotContext) -> None:
    """Ask first: the person loses the office's tools."""
    step = parse_button(update, NetworkStaffStep)
    person = await context.services.network.staff_member(context.require_actor(), step.user_id)
    tr, lang = context.services.translator, context.language
    text = context.t("network-staff-remove-ask", name=person_name(tr, lang, person))
    await show(update, context, text, remove_staff_keyboard(tr, lang, step.user_id))


async def staff_remove_ok_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, NetworkStaffStep)
    person = await context.services.network.remove_staff(context.require_actor(), step.user_id)
    tr, lang = context.services.translator, context.language
    header = context.t("network-staff-removed", name=person_name(tr, lang, person))
    context.actor = await context.services.access.actor(user_id(update))
    if not context.require_actor().in_network_office:  # they removed themselves
        await show_home(update, context, header=header)
        return
    await show_staff(update, context, header=header)


async def join_staff(update: Update, context: BotContext, token: str) -> None:
    """A staff invitation link opened: the network home with the news, or why not."""
    problem = await context.services.network.join_staff(user_id(update), token)
    if problem is not None:
        await menu.show_main_menu(update, context, f"invitation-{problem.value}")
        return
    context.actor = await context.services.access.actor(user_id(update))
    await publish_chat_menu(
        context.bot, context.services.translator, user_id(update), context.language, context.actor
    )
    network = context.label("network-default-name")
    await show_home(update, context, header=context.t("network-staff-welcome", network=network))


# One callback per button action (NetworkStaffStep.action).
STAFF_BUTTONS: dict[NetworkStaffAction, Callback] = {
    "list": staff_list_button,
    "invite": staff_invite_button,
    "remove": staff_remove_button,
    "remove_ok": staff_remove_ok_button,
}

TEXT_INPUTS: dict[InputKey, TextInput] = {}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("network", network_command),
        CallbackQueryHandler(home_button, pattern=NetworkHome.pattern()),
        CallbackQueryHandler(network_stats_button, pattern=NetworkStats.pattern()),
        CallbackQueryHandler(network_stats_export_button, pattern=NetworkStatsExport.pattern()),
        *button_handlers(NetworkStaffStep, STAFF_BUTTONS),
    ]
