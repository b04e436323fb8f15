"""Keyboards of the network newsletter (staff) and the network calendar."""

from __future__ import annotations

from babel import Locale
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callback_network import (
    CalendarEventCity,
    CalendarEventStep,
    CalendarHome,
    CalendarPick,
    CalendarPublic,
    CalendarView,
    NetworkHome,
    NewsletterCountry,
    NewsletterOriginal,
    NewsletterRoleChoice,
    NewsletterStep,
    NewsletterTopic,
    NewsletterUnschedule,
    NewsletterVersion,
)
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.domain.network_calendar import ANY, CalendarFilter
from bot.domain.newsletter import NEWSLETTER_ROLES, NewsletterDraft
from bot.domain.partnerships import City
from bot.i18n import Translator
from bot.keyboards import Row, button, checked, fit, markup, rows_of
from bot.render.formatting import babel_locale
from bot.telegram.limits import LABEL_BUDGETS


def _cancel(tr: Translator, lang: str) -> Row:
    return [button(tr.plain(lang, "newsletter-cancel-button"), NewsletterStep("cancel"))]


def _checked_one(selected: bool, text: str) -> str:
    """A label alone in its row, with room for the ✅ of the selected one."""
    return checked(selected, fit(text, LABEL_BUDGETS[1] - 3))


def _checked_fit(selected: bool, text: str) -> str:
    """A label two to a row, with room for the ✅ of the selected one."""
    return checked(selected, fit(text, LABEL_BUDGETS[2] - (3 if selected else 0)))


def _back_to_audience(tr: Translator, lang: str) -> Row:
    return [button(tr.plain(lang, "newsletter-back-to-audience"), NewsletterStep("audience"))]


def home(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [
            [button(tr.plain(lang, "newsletter-write-button"), NewsletterStep("write"))],
            [button(tr.plain(lang, "newsletter-back-button"), NetworkHome())],
        ]
    )


def cancel_only(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([_cancel(tr, lang)])


def sections(
    tr: Translator, lang: str, draft: NewsletterDraft, machine: bool
) -> InlineKeyboardMarkup:
    """After a section: versions per language (✅ typed), machine versions where a provider
    exists, then on to the audience."""
    done = draft.complete_versions()
    versions = [
        button(
            _checked_fit(code in done, tr.plain(lang, f"language-name-{code}")),
            NewsletterVersion(code),
        )
        for code in SUPPORTED_LANGUAGES
        if code != draft.language
    ]
    rows = rows_of(versions, 2)
    if machine:
        rows.append(
            [button(tr.plain(lang, "newsletter-machine-button"), NewsletterStep("machine"))]
        )
    rows.append([button(tr.plain(lang, "newsletter-audience-button"), NewsletterStep("audience"))])
    return markup([*rows, _cancel(tr, lang)])


def audience(tr: Translator, lang: str, draft: NewsletterDraft) -> InlineKeyboardMarkup:
    roles = [
        button(
            checked(draft.audience.role == role, tr.plain(lang, f"newsletter-role-{role}")),
            NewsletterRoleChoice(role),
        )
        for role in NEWSLETTER_ROLES
    ]
    return markup(
        [
            *rows_of(roles, 1),
            [button(tr.plain(lang, "newsletter-country-button"), NewsletterStep("countries"))],
            [button(tr.plain(lang, "newsletter-topic-button"), NewsletterStep("topics"))],
            [button(tr.plain(lang, "newsletter-preview-button"), NewsletterStep("preview"))],
            _cancel(tr, lang),
        ]
    )


def countries(
    tr: Translator, lang: str, codes: list[str], chosen: str | None
) -> InlineKeyboardMarkup:
    names = Locale.parse(babel_locale(lang)).territories
    options = [
        button(_checked_fit(code == chosen, names.get(code, code)), NewsletterCountry(code))
        for code in codes
    ]
    anyone = button(
        checked(chosen is None, tr.plain(lang, "newsletter-any-country")), NewsletterCountry("-")
    )
    return markup([[anyone], *rows_of(options, 2), _back_to_audience(tr, lang)])


def topics(tr: Translator, lang: str, keys: list[str], chosen: str | None) -> InlineKeyboardMarkup:
    options = [
        [
            button(
                _checked_one(key == chosen, tr.plain(lang, f"network-topic-{key}")),
                NewsletterTopic(key),
            )
        ]
        for key in keys
    ]
    anyone = button(
        checked(chosen is None, tr.plain(lang, "newsletter-any-topic")), NewsletterTopic("-")
    )
    return markup([[anyone], *options, _back_to_audience(tr, lang)])


def confirm(tr: Translator, lang: str, count: int) -> InlineKeyboardMarkup:
    """Sending says how many people it reaches (nothing to send to nobody); editing the
    audience keeps the text."""
    sending = [
        [button(tr.plain(lang, "newsletter-send-button", count=count), NewsletterStep("send"))],
        [button(tr.plain(lang, "newsletter-schedule-button"), NewsletterStep("schedule"))],
    ]
    return markup(
        [
            *(sending if count else []),
            [button(tr.plain(lang, "newsletter-edit-audience-button"), NewsletterStep("audience"))],
            _cancel(tr, lang),
        ]
    )


def scheduled(tr: Translator, lang: str, newsletter_id: int) -> InlineKeyboardMarkup:
    unschedule = button(
        tr.plain(lang, "newsletter-unschedule-button"), NewsletterUnschedule(newsletter_id)
    )
    return markup([[unschedule], [button(tr.plain(lang, "newsletter-back-button"), NetworkHome())]])


def original(tr: Translator, lang: str, newsletter_id: int) -> InlineKeyboardMarkup:
    """Under a machine version: the original one tap away."""
    label = tr.plain(lang, "newsletter-original-button")
    return markup([[button(label, NewsletterOriginal(newsletter_id))]])


# ------------------------------------------------------------------ the network calendar
def calendar(
    tr: Translator, lang: str, chosen: CalendarFilter, staff: bool = False
) -> InlineKeyboardMarkup:
    """Filters; for network staff also a new network event."""
    country, topic = chosen.country or ANY, chosen.topic or ANY
    new_event = button(tr.plain(lang, "calendar-event-new-button"), CalendarEventStep("new"))
    return markup(
        [
            [new_event] if staff else [],
            [
                button(
                    tr.plain(lang, "calendar-country-button"),
                    CalendarPick("countries", country, topic),
                ),
                button(
                    tr.plain(lang, "calendar-topic-button"), CalendarPick("topics", country, topic)
                ),
            ],
            [button(tr.plain(lang, "newsletter-back-button"), NetworkHome())],
        ]
    )


def calendar_countries(
    tr: Translator, lang: str, codes: list[str], chosen: CalendarFilter
) -> InlineKeyboardMarkup:
    names = Locale.parse(babel_locale(lang)).territories
    topic = chosen.topic or ANY
    options = [
        button(
            _checked_fit(code == chosen.country, names.get(code, code)), CalendarView(code, topic)
        )
        for code in codes
    ]
    anyone = button(
        checked(chosen.country is None, tr.plain(lang, "newsletter-any-country")),
        CalendarView(ANY, topic),
    )
    return markup([[anyone], *rows_of(options, 2), _back_to_calendar(tr, lang, chosen)])


def _back_to_calendar(tr: Translator, lang: str, chosen: CalendarFilter) -> Row:
    back = CalendarView(chosen.country or ANY, chosen.topic or ANY)
    return [button(tr.plain(lang, "newsletter-back-to-audience"), back)]


def calendar_topics(
    tr: Translator, lang: str, keys: list[str], chosen: CalendarFilter
) -> InlineKeyboardMarkup:
    country = chosen.country or ANY
    options = [
        [
            button(
                _checked_one(key == chosen.topic, tr.plain(lang, f"network-topic-{key}")),
                CalendarView(country, key),
            )
        ]
        for key in keys
    ]
    anyone = button(
        checked(chosen.topic is None, tr.plain(lang, "newsletter-any-topic")),
        CalendarView(country, ANY),
    )
    return markup([[anyone], *options, _back_to_calendar(tr, lang, chosen)])


def public_toggle(
    tr: Translator, lang: str, workshop_id: int, public: bool
) -> InlineKeyboardButton:
    """On the organiser's workshop card: the state it is in and what pressing does."""
    label = "calendar-public-remove" if public else "calendar-public-add"
    return button(tr.plain(lang, label), CalendarPublic(workshop_id, not public))


def event_cancel(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup(
        [[button(tr.plain(lang, "newsletter-cancel-button"), CalendarEventStep("cancel"))]]
    )


def event_cities(tr: Translator, lang: str, cities: list[City]) -> InlineKeyboardMarkup:
    """The city whose clock the times are typed on (one to a row: names are long)."""
    rows = [[button(fit(c.name.for_reader(lang)), CalendarEventCity(c.id))] for c in cities]
    cancel = button(tr.plain(lang, "newsletter-cancel-button"), CalendarEventStep("cancel"))
    return markup([*rows, [cancel]])


def event_created(tr: Translator, lang: str) -> InlineKeyboardMarkup:
    return markup([[button(tr.plain(lang, "calendar-back-button"), CalendarHome())]])
