"""The network newsletter (staff) and the network calendar with its .ics feed links."""

from __future__ import annotations

from collections import Counter

from babel import Locale
from babel.lists import format_list
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callback_network import (
    CalendarEventAction,
    CalendarEventCity,
    CalendarEventStep,
    CalendarHome,
    CalendarPick,
    CalendarPickAction,
    CalendarPublic,
    CalendarView,
    NewsletterAction,
    NewsletterCountry,
    NewsletterHome,
    NewsletterOriginal,
    NewsletterRoleChoice,
    NewsletterStep,
    NewsletterTopic,
    NewsletterUnschedule,
    NewsletterVersion,
)
from bot.context import BotContext
from bot.domain.network_calendar import (
    FEED_PATH,
    SHOWN,
    CalendarEntry,
    CalendarFilter,
    NetworkEventInput,
)
from bot.domain.newsletter import NewsletterDraft
from bot.handlers.common import (
    Callback,
    answer_button,
    button_handlers,
    drop_keyboard,
    parse_button,
    show,
)
from bot.handlers.text_input import InputKey, MediaInput, TextInput
from bot.handlers.workshop_admin import show_card
from bot.i18n import escape
from bot.keyboards import newsletter as kb
from bot.render.formatting import babel_locale, event_time, reader_time, zone_label
from bot.render.network_calendar import network_event_time
from bot.services.errors import UserFacingError


# ------------------------------------------------------------------ newsletter
async def newsletter_home_button(update: Update, context: BotContext) -> None:
    await show_newsletter_home(update, context)


async def show_newsletter_home(
    update: Update, context: BotContext, header: str | None = None
) -> None:
    """Staff only: the service refuses everyone else (also a forged button)."""
    await context.services.newsletter.recent(context.require_actor())
    tr, lang = context.services.translator, context.language
    await show(update, context, context.t("newsletter-home"), kb.home(tr, lang), header=header)


async def newsletter_write_button(update: Update, context: BotContext) -> None:
    await context.services.newsletter.start(context.require_actor(), context.language)
    language = context.label(f"language-name-{context.language}")
    tr, lang = context.services.translator, context.language
    text = context.t("newsletter-ask-section", language=language)
    shown = await show(update, context, text, kb.cancel_only(tr, lang))
    await context.services.newsletter.remember_prompt(context.require_actor(), shown)


async def newsletter_cancel_button(update: Update, context: BotContext) -> None:
    await context.services.newsletter.cancel(context.require_actor())
    await show_newsletter_home(update, context, context.t("newsletter-cancelled"))


async def draft_text(update: Update, context: BotContext, asked: NewsletterDraft) -> None:
    """Typed text: a section, a section of a language version, or the time to send it."""
    message = update.message
    assert message is not None and message.text is not None
    service, actor = context.services.newsletter, context.require_actor()
    if asked.step == "schedule":
        scheduled = await service.schedule(actor, message.text)
        await drop_keyboard(update, context, asked.prompt_message_id)  # answered
        assert scheduled.scheduled_at is not None
        _, zone = await service.staff_clock(actor)
        when = reader_time(
            context.services.translator, context.language, scheduled.scheduled_at, zone
        )
        tr, lang = context.services.translator, context.language
        markup = kb.scheduled(tr, lang, scheduled.id)
        await show(update, context, context.t("newsletter-scheduled", when=when), markup)
        return
    draft = await service.typed(actor, message.text)
    await drop_keyboard(update, context, asked.prompt_message_id)  # answered
    if draft.step == "version":
        await _ask_version_section(update, context, draft)
    else:
        await _sections(update, context, draft)


async def _sections(
    update: Update, context: BotContext, draft: NewsletterDraft, header: str | None = None
) -> None:
    versions = [context.label(f"language-name-{c}") for c in draft.complete_versions()]
    text = context.t(
        "newsletter-sections",
        count=len(draft.sections),
        languages=format_list(versions, locale=babel_locale(context.language)),
    )
    machine = context.services.newsletter.machine_available
    tr, lang = context.services.translator, context.language
    shown = await show(update, context, text, kb.sections(tr, lang, draft, machine), header=header)
    await context.services.newsletter.remember_prompt(context.require_actor(), shown)


async def newsletter_version_button(update: Update, context: BotContext) -> None:
    chosen = parse_button(update, NewsletterVersion)
    draft = await context.services.newsletter.ask_version(context.require_actor(), chosen.language)
    await _ask_version_section(update, context, draft)


async def _ask_version_section(update: Update, context: BotContext, draft: NewsletterDraft) -> None:
    """The next section to type in the version's language, with the original below it."""
    assert draft.pending_language is not None
    number = len(draft.versions.get(draft.pending_language, [])) + 1
    original = draft.sections[number - 1]
    question = context.t(
        "newsletter-ask-version",
        language=context.label(f"language-name-{draft.pending_language}"),
        number=number,
        count=len(draft.sections),
    )
    body = f"<b>{escape(original.heading)}</b>\n{escape(original.text)}"
    tr, lang = context.services.translator, context.language
    shown = await show(update, context, question + "\n\n" + body, kb.cancel_only(tr, lang))
    await context.services.newsletter.remember_prompt(context.require_actor(), shown)


async def newsletter_machine_button(update: Update, context: BotContext) -> None:
    draft, failed = await context.services.newsletter.machine_versions(context.require_actor())
    names = [context.label(f"language-name-{c}") for c in failed]
    header = (
        context.t(
            "newsletter-machine-failed",
            languages=format_list(names, locale=babel_locale(context.language)),
        )
        if failed
        else context.t("newsletter-machine-done")
    )
    await _sections(update, context, draft, header)


async def newsletter_audience_button(update: Update, context: BotContext) -> None:
    draft, counts = await context.services.newsletter.to_audience(context.require_actor())
    await _audience(update, context, draft, counts)


async def _audience(
    update: Update, context: BotContext, draft: NewsletterDraft, counts: Counter[str]
) -> None:
    a = draft.audience
    country = (
        Locale.parse(babel_locale(context.language)).territories.get(a.country, a.country)
        if a.country
        else context.label("newsletter-any-country")
    )
    topic = (
        context.label(f"network-topic-{a.topic}")
        if a.topic
        else context.label("newsletter-any-topic")
    )
    text = context.t(
        "newsletter-audience",
        country=country,
        topic=topic,
        role=context.label(f"newsletter-role-{a.role}"),
        count=sum(counts.values()),
    )
    tr, lang = context.services.translator, context.language
    await show(update, context, text, kb.audience(tr, lang, draft))


async def newsletter_role_button(update: Update, context: BotContext) -> None:
    role = parse_button(update, NewsletterRoleChoice).role
    draft, counts = await context.services.newsletter.choose(context.require_actor(), role=role)
    await _audience(update, context, draft, counts)


async def newsletter_country_button(update: Update, context: BotContext) -> None:
    country = parse_button(update, NewsletterCountry).country
    draft, counts = await context.services.newsletter.choose(
        context.require_actor(), country=country
    )
    await _audience(update, context, draft, counts)


async def newsletter_topic_button(update: Update, context: BotContext) -> None:
    topic = parse_button(update, NewsletterTopic).topic
    draft, counts = await context.services.newsletter.choose(context.require_actor(), topic=topic)
    await _audience(update, context, draft, counts)


async def newsletter_countries_button(update: Update, context: BotContext) -> None:
    actor = context.require_actor()
    draft = await context.services.newsletter.draft(actor)
    codes, _ = await context.services.newsletter.focus_options(actor)
    tr, lang = context.services.translator, context.language
    text = context.t("newsletter-choose-country")
    await show(update, context, text, kb.countries(tr, lang, codes, draft.audience.country))


async def newsletter_topics_button(update: Update, context: BotContext) -> None:
    actor = context.require_actor()
    draft = await context.services.newsletter.draft(actor)
    _, keys = await context.services.newsletter.focus_options(actor)
    tr, lang = context.services.translator, context.language
    text = context.t("newsletter-choose-topic")
    await show(update, context, text, kb.topics(tr, lang, keys, draft.audience.topic))


async def newsletter_preview_button(update: Update, context: BotContext) -> None:
    """Each language's readers' text exactly as sent, with their count; then the question."""
    service = context.services.newsletter
    draft, counts = await service.preview(context.require_actor())
    chat, query = update.effective_chat, update.callback_query
    assert chat is not None and query is not None and query.message is not None
    await drop_keyboard(update, context, query.message.message_id)  # answered: one preview
    for language in sorted(counts):
        header = context.t(
            "newsletter-preview-header",
            language=context.label(f"language-name-{language}"),
            count=counts[language],
        )
        await context.bot.send_message(chat.id, header + "\n\n" + service.rendered(draft, language))
    await _confirm(update, context, counts)


async def _confirm(update: Update, context: BotContext, counts: Counter[str]) -> None:
    parts = [
        context.label(
            "newsletter-count-part", language=context.label(f"language-name-{c}"), count=n
        )
        for c, n in sorted(counts.items())
    ]
    total = sum(counts.values())
    listed = format_list(parts, locale=babel_locale(context.language)) if parts else ""
    text = context.t("newsletter-confirm", count=total, parts=listed)
    tr, lang = context.services.translator, context.language
    await show(update, context, text, kb.confirm(tr, lang, total), new_message=True)


async def newsletter_send_button(update: Update, context: BotContext) -> None:
    """The pressed message becomes the delivery report (edited by the delivery worker, as
    for announcements); with nobody to send to there is no batch: say so here."""
    query = update.callback_query
    assert query is not None and query.message is not None
    count = await context.services.newsletter.send_now(
        context.require_actor(), query.message.chat.id, query.message.message_id
    )
    if count:
        await answer_button(update, context)
        return
    zeros = {"total": 0, "sent": 0, "waiting": 0, "blocked": 0, "failed": 0}
    await show(update, context, context.t("broadcasts-finished", **zeros))


async def newsletter_schedule_button(update: Update, context: BotContext) -> None:
    """The time is typed on the staff member's clock, named by their city."""
    _, city, zone = await context.services.newsletter.ask_schedule(context.require_actor())
    place = city.name.for_reader(context.language) if city else zone_label(zone, context.language)
    tr, lang = context.services.translator, context.language
    text = context.t("newsletter-ask-time", city=place)
    shown = await show(update, context, text, kb.cancel_only(tr, lang))
    await context.services.newsletter.remember_prompt(context.require_actor(), shown)


async def newsletter_unschedule_button(update: Update, context: BotContext) -> None:
    chosen = parse_button(update, NewsletterUnschedule)
    await context.services.newsletter.cancel_scheduled(
        context.require_actor(), chosen.newsletter_id
    )
    await show_newsletter_home(update, context, context.t("newsletter-unscheduled"))


async def newsletter_original_button(update: Update, context: BotContext) -> None:
    """Under a machine version: the newsletter as written, as a new message."""
    chosen = parse_button(update, NewsletterOriginal)
    text = await context.services.newsletter.original(chosen.newsletter_id, context.language)
    await show(update, context, text, new_message=True)


# ------------------------------------------------------------------ the network calendar
async def calendar_command(update: Update, context: BotContext) -> None:
    await show_calendar(update, context, CalendarFilter())


async def calendar_home_button(update: Update, context: BotContext) -> None:
    await show_calendar(update, context, CalendarFilter())


def _filter(country: str, topic: str) -> CalendarFilter:
    chosen = CalendarFilter.parse(country, topic)
    if chosen is None:
        raise UserFacingError("errors-stale-button")
    return chosen


async def calendar_view_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, CalendarView)
    await show_calendar(update, context, _filter(data.country, data.topic))


async def show_calendar(update: Update, context: BotContext, chosen: CalendarFilter) -> None:
    """Upcoming public workshops and network events on the reader's clock, and the feed."""
    calendar = context.services.newsletter.calendar
    network, entries, zone = await calendar.listing(context.participant, chosen)
    country, topic = _focus_names(context, chosen)
    lines = [context.t("calendar-home", country=country, topic=topic)]
    lines += [_entry_lines(context, entry, zone) for entry in entries[:SHOWN]]
    if not entries:
        lines.append(context.t("calendar-empty"))
    lines.append(_feed_lines(context, chosen))
    tr, lang = context.services.translator, context.language
    staff = context.actor is not None and context.actor.is_network_staff(network)
    await show(update, context, "\n\n".join(lines), kb.calendar(tr, lang, chosen, staff))


def _focus_names(context: BotContext, chosen: CalendarFilter) -> tuple[str, str]:
    names = Locale.parse(babel_locale(context.language)).territories
    country = names.get(chosen.country, chosen.country) if chosen.country else None
    topic = context.label(f"network-topic-{chosen.topic}") if chosen.topic else None
    return (
        country or context.label("newsletter-any-country"),
        topic or context.label("newsletter-any-topic"),
    )


def _entry_lines(context: BotContext, entry: CalendarEntry, zone: str | None) -> str:
    """A title and its time, saying whose time it is (the venue's, and the reader's)."""
    tr, lang = context.services.translator, context.language
    if entry.workshop is not None:
        w = entry.workshop
        when = event_time(tr, lang, w, zone or w.time_zone)
        return f"• <b>{escape(w.title.for_reader(lang))}</b>\n{escape(when)}"
    event = entry.event
    assert event is not None
    lines = [f"• <b>{escape(event.title)}</b>", escape(network_event_time(tr, lang, event, zone))]
    lines += [escape(text) for text in (event.place, event.link) if text]
    return "\n".join(lines)


def _feed_lines(context: BotContext, chosen: CalendarFilter) -> str:
    """The feed's address for this filter, where the bot has a public web address."""
    origin = context.services.settings.public_origin
    if not origin:
        return context.t("calendar-feed-none")
    url = f"{origin}{FEED_PATH}?{chosen.query(context.language)}"
    return context.t("calendar-feed") + "\n" + escape(url)


async def calendar_countries_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, CalendarPick)
    chosen = _filter(data.country, data.topic)
    calendar = context.services.newsletter.calendar
    codes, _ = await calendar.options_for(context.participant)
    tr, lang = context.services.translator, context.language
    markup = kb.calendar_countries(tr, lang, codes, chosen)
    await show(update, context, context.t("calendar-choose-country"), markup)


async def calendar_topics_button(update: Update, context: BotContext) -> None:
    data = parse_button(update, CalendarPick)
    chosen = _filter(data.country, data.topic)
    calendar = context.services.newsletter.calendar
    _, keys = await calendar.options_for(context.participant)
    tr, lang = context.services.translator, context.language
    markup = kb.calendar_topics(tr, lang, keys, chosen)
    await show(update, context, context.t("calendar-choose-topic"), markup)


async def calendar_public_button(update: Update, context: BotContext) -> None:
    """The organiser's toggle on the workshop card; the card shows the new state."""
    data = parse_button(update, CalendarPublic)
    calendar = context.services.newsletter.calendar
    await calendar.set_public(context.require_actor(), data.workshop_id, data.public)
    await show_card(update, context, data.workshop_id)


# ------------------------------------------------------------------ staff: a network event
async def calendar_event_new_button(update: Update, context: BotContext) -> None:
    calendar = context.services.newsletter.calendar
    network = await calendar.network_for(context.participant)
    state = await calendar.start_event(context.require_actor(), network)
    await _ask_event_step(update, context, state)


async def calendar_event_cancel_button(update: Update, context: BotContext) -> None:
    await context.services.newsletter.calendar.cancel_event(context.require_actor())
    await show_calendar(update, context, CalendarFilter())


async def calendar_event_city_button(update: Update, context: BotContext) -> None:
    city_id = parse_button(update, CalendarEventCity).city_id
    calendar = context.services.newsletter.calendar
    state = await calendar.choose_city(context.require_actor(), city_id)
    await _ask_event_step(update, context, state)


async def event_text(update: Update, context: BotContext, asked: NetworkEventInput) -> None:
    """A typed answer; after the link the event is in the calendar."""
    message = update.message
    assert message is not None and message.text is not None
    calendar = context.services.newsletter.calendar
    result = await calendar.event_typed(context.require_actor(), message.text)
    await drop_keyboard(update, context, asked.prompt_message_id)  # answered
    if isinstance(result, NetworkEventInput):
        await _ask_event_step(update, context, result)
        return
    zone = await calendar.reader_zone(context.participant)
    when = network_event_time(context.services.translator, context.language, result, zone)
    text = (
        context.t("calendar-event-created") + f"\n\n<b>{escape(result.title)}</b>\n{escape(when)}"
    )
    await show(
        update, context, text, kb.event_created(context.services.translator, context.language)
    )


async def _ask_event_step(update: Update, context: BotContext, state: NetworkEventInput) -> None:
    """The question of the step; times name the chosen city's clock."""
    tr, lang = context.services.translator, context.language
    cities = await context.services.newsletter.calendar.cities(state.network_id)
    if state.step == "city":
        markup = kb.event_cities(tr, lang, cities)
        await show(update, context, context.t("calendar-event-ask-city"), markup)
        return
    city = next((c.name.for_reader(lang) for c in cities if c.id == state.city_id), "")
    text = context.t(f"calendar-event-ask-{state.step}", city=city)
    shown = await show(update, context, text, kb.event_cancel(tr, lang))
    await context.services.newsletter.calendar.remember_prompt(context.require_actor(), shown)


CALENDAR_EVENT_BUTTONS: dict[CalendarEventAction, Callback] = {
    "new": calendar_event_new_button,
    "cancel": calendar_event_cancel_button,
}

CALENDAR_PICKS: dict[CalendarPickAction, Callback] = {
    "countries": calendar_countries_button,
    "topics": calendar_topics_button,
}


# One callback per button action (NewsletterStep.action); a test checks every action has one.
NEWSLETTER_BUTTONS: dict[NewsletterAction, Callback] = {
    "write": newsletter_write_button,
    "machine": newsletter_machine_button,
    "audience": newsletter_audience_button,
    "countries": newsletter_countries_button,
    "topics": newsletter_topics_button,
    "preview": newsletter_preview_button,
    "send": newsletter_send_button,
    "schedule": newsletter_schedule_button,
    "cancel": newsletter_cancel_button,
}

TEXT_INPUTS: dict[InputKey, TextInput] = {
    NewsletterDraft: draft_text,
    NetworkEventInput: event_text,
}
MEDIA_INPUTS: dict[InputKey, MediaInput] = {}


def handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(newsletter_home_button, pattern=NewsletterHome.pattern()),
        *button_handlers(NewsletterStep, NEWSLETTER_BUTTONS),
        CallbackQueryHandler(newsletter_version_button, pattern=NewsletterVersion.pattern()),
        CallbackQueryHandler(newsletter_role_button, pattern=NewsletterRoleChoice.pattern()),
        CallbackQueryHandler(newsletter_country_button, pattern=NewsletterCountry.pattern()),
        CallbackQueryHandler(newsletter_topic_button, pattern=NewsletterTopic.pattern()),
        CallbackQueryHandler(newsletter_original_button, pattern=NewsletterOriginal.pattern()),
        CallbackQueryHandler(newsletter_unschedule_button, pattern=NewsletterUnschedule.pattern()),
        CommandHandler("calendar", calendar_command),
        CallbackQueryHandler(calendar_home_button, pattern=CalendarHome.pattern()),
        CallbackQueryHandler(calendar_view_button, pattern=CalendarView.pattern()),
        *button_handlers(CalendarPick, CALENDAR_PICKS),
        CallbackQueryHandler(calendar_public_button, pattern=CalendarPublic.pattern()),
        *button_handlers(CalendarEventStep, CALENDAR_EVENT_BUTTONS),
        CallbackQueryHandler(calendar_event_city_button, pattern=CalendarEventCity.pattern()),
    ]
