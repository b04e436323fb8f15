"""The network home (/network and the main menu's "🌉 Network"), staff tools: staff
invitations, partnership profiles, roll-up statistics."""

from __future__ import annotations

from collections.abc import Callable

from babel.lists import format_list
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_network import (
    ConsentAction,
    NetworkHome,
    NetworkStaffAction,
    NetworkStaffStep,
    NetworkStats,
    NetworkStatsExport,
    PartnershipProfileCard,
    ProfileAction,
    ProfileConsent,
    ProfileContact,
    ProfileCountry,
    ProfileStep,
    ProfileTopic,
)
from bot.context import BotContext
from bot.domain.deeplinks import network_staff_payload
from bot.domain.network import FOCUS_COUNTRIES
from bot.domain.network_dialogs import ProfileCountryInput, ProfileSinceInput
from bot.handlers import menu
from bot.handlers.commands import publish_chat_menu
from bot.handlers.common import (
    Callback,
    answer_button,
    button_handlers,
    drop_keyboard,
    menu_keyboard,
    organised_partnership,
    parse_button,
    show,
    user_id,
)
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.i18n import escape
from bot.keyboards.network import (
    back_to_profile,
    back_to_staff,
    consent_keyboard,
    contact_keyboard,
    countries_keyboard,
    network_home,
    profile_keyboard,
    remove_staff_keyboard,
    staff_keyboard,
    stats_keyboard,
    topics_keyboard,
    withdraw_keyboard,
)
from bot.render.charts import bar_chart
from bot.render.formatting import babel_locale, reader_time
from bot.render.names import person_name
from bot.services.network import Counts, ProfileView, Rollup, country_name


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


# ------------------------------------------------------------------ partnership profile
async def profile_card_button(update: Update, context: BotContext) -> None:
    pid = parse_button(update, PartnershipProfileCard).partnership_id
    await show_profile(update, context, pid)


async def show_profile(
    update: Update, context: BotContext, partnership_id: int, header: str | None = None
) -> None:
    """The organiser's view of the partnership's directory profile (asks which partnership
    when they run several and the button named none)."""
    chosen = await organised_partnership(update, context, partnership_id, PartnershipProfileCard)
    if chosen is None:
        return
    await context.services.dialogs.clear(user_id(update))
    view = await context.services.network.profile(context.require_actor(), chosen.id)
    tr, lang = context.services.translator, context.language
    keyboard = profile_keyboard(tr, lang, chosen.id, view.profile.contact_user_id is not None)
    await show(update, context, _profile_text(context, view), keyboard, header=header)


def _profile_text(context: BotContext, view: ProfileView) -> str:
    lang, profile, none = context.language, view.profile, context.label("network-profile-none")
    countries = [country_name(c, lang) for c in profile.countries]
    topics = [context.label(f"network-topic-{t}") for t in profile.topics]
    name = view.partnership.name.for_reader(lang)
    lines = [
        context.t("network-profile-title", partnership=name),
        context.t("network-profile-countries", countries=joined(countries, lang) or none),
        context.t("network-profile-topics", topics=joined(topics, lang) or none),
        context.t("network-profile-since", year=str(profile.since_year or none)),
    ]
    who = person_name(context.services.translator, lang, view.contact)
    if profile.contact_user_id is None:
        lines.append(context.t("network-profile-contact-none"))
    elif profile.contact_listed:
        lines.append(context.t("network-profile-contact-listed", name=who))
    else:
        lines.append(context.t("network-profile-contact-asked", name=who))
    return "\n".join(lines)


def joined(items: list[str], language: str) -> str:
    return format_list(items, locale=babel_locale(language)) if items else ""


async def profile_countries_button(update: Update, context: BotContext) -> None:
    await _show_countries(update, context, parse_button(update, ProfileStep).partnership_id)


async def _show_countries(update: Update, context: BotContext, partnership_id: int) -> None:
    view = await context.services.network.profile(context.require_actor(), partnership_id)
    tr, lang = context.services.translator, context.language
    chosen = view.profile.countries
    names = {c: country_name(c, lang) for c in (*FOCUS_COUNTRIES, *chosen)}
    keyboard = countries_keyboard(tr, lang, partnership_id, chosen, names)
    await show(update, context, context.t("network-profile-countries-ask"), keyboard)


async def profile_country_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, ProfileCountry)
    actor = context.require_actor()
    await context.services.network.toggle_country(actor, step.partnership_id, step.country)
    await _show_countries(update, context, step.partnership_id)


async def profile_topics_button(update: Update, context: BotContext) -> None:
    await _show_topics(update, context, parse_button(update, ProfileStep).partnership_id)


async def _show_topics(update: Update, context: BotContext, partnership_id: int) -> None:
    view = await context.services.network.profile(context.require_actor(), partnership_id)
    tr, lang = context.services.translator, context.language
    keyboard = topics_keyboard(tr, lang, partnership_id, view.profile.topics)
    await show(update, context, context.t("network-profile-topics-ask"), keyboard)


async def profile_topic_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, ProfileTopic)
    actor = context.require_actor()
    await context.services.network.toggle_topic(actor, step.partnership_id, step.topic)
    await _show_topics(update, context, step.partnership_id)


async def profile_code_button(update: Update, context: BotContext) -> None:
    await _ask_typed(update, context, "network-profile-code-ask", ProfileCountryInput)


async def profile_since_button(update: Update, context: BotContext) -> None:
    await _ask_typed(update, context, "network-profile-since-ask", ProfileSinceInput)


async def _ask_typed(
    update: Update,
    context: BotContext,
    question: str,
    kind: type[ProfileCountryInput] | type[ProfileSinceInput],
) -> None:
    """A typed step of the card: its question with "cancel"; the answer comes as text."""
    pid = parse_button(update, ProfileStep).partnership_id
    await context.services.network.profile(context.require_actor(), pid)  # organisers only
    keyboard = back_to_profile(context.services.translator, context.language, pid)
    prompt = await show(update, context, context.t(question), keyboard)
    await context.services.dialogs.start(user_id(update), kind(pid, prompt))


async def country_code_text(
    update: Update, context: BotContext, asked: ProfileCountryInput
) -> None:
    assert update.message is not None and update.message.text is not None
    actor = context.require_actor()
    await context.services.network.add_country(actor, asked.partnership_id, update.message.text)
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show_profile(update, context, asked.partnership_id)


async def since_text(update: Update, context: BotContext, asked: ProfileSinceInput) -> None:
    assert update.message is not None and update.message.text is not None
    actor = context.require_actor()
    await context.services.network.set_since(actor, asked.partnership_id, update.message.text)
    await drop_keyboard(update, context, asked.prompt_message_id)
    await show_profile(update, context, asked.partnership_id)


async def profile_contact_button(update: Update, context: BotContext) -> None:
    """The organisers and coaches who could be listed."""
    pid = parse_button(update, ProfileStep).partnership_id
    people = await context.services.network.contact_candidates(context.require_actor(), pid)
    tr, lang = context.services.translator, context.language
    names = [(uid, person_name(tr, lang, person)) for uid, person in people]
    keyboard = contact_keyboard(tr, lang, pid, names)
    await show(update, context, context.t("network-profile-contact-ask"), keyboard)


async def profile_propose_button(update: Update, context: BotContext) -> None:
    step = parse_button(update, ProfileContact)
    tr = context.services.translator

    def consent(pid: int) -> Callable[[str], InlineKeyboardMarkup]:
        return lambda lang: consent_keyboard(tr, lang, pid)

    person = await context.services.network.propose_contact(
        context.require_actor(), step.partnership_id, step.user_id, consent
    )
    name = person_name(tr, context.language, person)
    header = context.t("network-profile-contact-sent", name=name)
    await show_profile(update, context, step.partnership_id, header=header)


async def profile_unlist_button(update: Update, context: BotContext) -> None:
    pid = parse_button(update, ProfileStep).partnership_id
    await context.services.network.unlist(context.require_actor(), pid)
    await show_profile(update, context, pid, header=context.t("network-profile-unlisted"))


async def contact_yes_button(update: Update, context: BotContext) -> None:
    await _answer_contact(update, context, True, "network-contact-agreed")


async def contact_no_button(update: Update, context: BotContext) -> None:
    await _answer_contact(update, context, False, "network-contact-declined")


async def contact_withdraw_button(update: Update, context: BotContext) -> None:
    await _answer_contact(update, context, False, "network-contact-withdrawn")


async def _answer_contact(
    update: Update, context: BotContext, agree: bool, message_id: str
) -> None:
    """The asked person's answer replaces the question; a listing can be withdrawn there."""
    pid = parse_button(update, ProfileConsent).partnership_id
    partnership = await context.services.network.answer_contact(user_id(update), pid, agree)
    tr, lang = context.services.translator, context.language
    text = context.t(message_id, partnership=partnership.name.for_reader(lang))
    keyboard = withdraw_keyboard(tr, lang, pid) if agree else menu_keyboard(context)
    await show(update, context, text, keyboard)


PROFILE_BUTTONS: dict[ProfileAction, Callback] = {
    "countries": profile_countries_button,
    "topics": profile_topics_button,
    "code": profile_code_button,
    "since": profile_since_button,
    "contact": profile_contact_button,
    "unlist": profile_unlist_button,
}
CONSENT_BUTTONS: dict[ConsentAction, Callback] = {
    "yes": contact_yes_button,
    "no": contact_no_button,
    "withdraw": contact_withdraw_button,
}

# One callback per button action (NetworkStaffStep.action).
STAFF_BUTTONS: dict[NetworkStaffAction, Callback] = {
    "list": staff_list_button,
    "invite": staff_invite_button,
    "remove": staff_remove_button,
    "remove_ok": staff_remove_ok_button,
}

TEXT_INPUTS: dict[InputKey, TextInput] = {
    ProfileCountryInput: country_code_text,
    ProfileSinceInput: since_text,
}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


def handlers() -> list[BaseHandler]:
    return [
        CommandHandler("network", network_command),
        CallbackQueryHandler(home_button, pattern=NetworkHome.pattern()),
        CallbackQueryHandler(network_stats_button, pattern=NetworkStats.pattern()),
        CallbackQueryHandler(network_stats_export_button, pattern=NetworkStatsExport.pattern()),
        *button_handlers(NetworkStaffStep, STAFF_BUTTONS),
        CallbackQueryHandler(profile_card_button, pattern=PartnershipProfileCard.pattern()),
        *button_handlers(ProfileStep, PROFILE_BUTTONS),
        CallbackQueryHandler(profile_country_button, pattern=ProfileCountry.pattern()),
        CallbackQueryHandler(profile_topic_button, pattern=ProfileTopic.pattern()),
        CallbackQueryHandler(profile_propose_button, pattern=ProfileContact.pattern()),
        *button_handlers(ProfileConsent, CONSENT_BUTTONS),
    ]
