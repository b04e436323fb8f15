"""What the 'new workshop' conversation says at each step: the question, the calendar's month,
the clock-change question, and the preview showing all that participants will see."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date, time, timedelta

from babel.dates import format_date
from babel.lists import format_list

from bot.context import BotContext
from bot.domain.local_time import Gap
from bot.domain.partnerships import Partnership
from bot.domain.workshop_draft_steps import FULL_DAY_MINUTES, programme_languages
from bot.domain.workshop_drafts import WorkshopDraft
from bot.domain.workshops import WorkshopKind
from bot.handlers.workshop_admin import question_line
from bot.i18n import escape
from bot.render.formatting import (
    babel_locale,
    event_time,
    long_date,
    moment,
    venue_time,
    wall_clock,
    zone_label,
)

Screen = Callable[[BotContext, WorkshopDraft, Partnership, date], Awaitable[str]]


def example_date(today: date, language: str) -> str:
    """A date a week ahead written the way the wizard reads it: '08.12.2026' (en: 08/12/2026)."""
    pattern = "dd/MM/yyyy" if language == "en" else "dd.MM.yyyy"
    return format_date(today + timedelta(days=7), pattern, locale=babel_locale(language))


def example_clock(_: date, language: str) -> str:
    return wall_clock(time(18, 30), language)


# Error messages about a typed date or time get an example in the person's language.
EXAMPLES: dict[str, Callable[[date, str], str]] = {
    "workshops-error-date": example_date,
    "workshops-error-clock": example_clock,
}


def clock_city(context: BotContext, draft: WorkshopDraft, partnership: Partnership) -> str:
    """Whose clock the times are on: the venue's city, for an online workshop the partnership
    city in that zone (the organiser's), else the zone's own city name. Never 'Europe/Berlin'."""
    lang = context.language
    city = partnership.city(draft.city_id or 0) or next(
        (c for c in partnership.cities if c.time_zone == draft.time_zone), None
    )
    return city.name.for_reader(lang) if city else zone_label(draft.time_zone, lang)


async def draft_prompt(
    context: BotContext, draft: WorkshopDraft, partnership: Partnership, today: date
) -> str:
    screen = SCREENS.get(draft.step)
    if screen is not None:
        return await screen(context, draft, partnership, today)
    city = partnership.city(draft.city_id or 0)
    if draft.step == "address" and city is not None:
        text = context.t(
            "workshops-draft-ask-address-in", city=city.name.for_reader(context.language)
        )
    else:
        text = context.t(f"workshops-draft-ask-{draft.step.replace('_', '-')}")
    if draft.step == "address" and draft.last_address:
        text += "\n\n" + context.t("workshops-draft-last-address", address=draft.last_address)
    current = _current(draft)
    if current:
        text += "\n\n" + context.t("workshops-draft-current", value=current)
    return text


def _current(draft: WorkshopDraft) -> str | None:
    """The answer a step already has, shown when the organiser comes back to it."""
    values = {
        "title": draft.title,
        "description": draft.description,
        "address": draft.address,
        "link": draft.online_link,
    }
    return values.get(draft.step) if draft.step in draft.answered else None


async def _kind(context: BotContext, *_: object) -> str:
    lines = [context.t(f"workshops-kind-{k.value}-about") for k in WorkshopKind]
    return "\n".join([context.t("workshops-draft-ask-kind"), "", *lines])


async def _date(
    context: BotContext, draft: WorkshopDraft, partnership: Partnership, today: date
) -> str:
    month = format_date(
        draft.calendar_month(today), "LLLL y", locale=babel_locale(context.language)
    )
    return context.t(
        "workshops-draft-ask-date", month=month, example=example_date(today, context.language)
    )


async def _time(
    context: BotContext, draft: WorkshopDraft, partnership: Partnership, _: date
) -> str:
    assert draft.day is not None
    return context.t(
        "workshops-draft-ask-time",
        date=format_date(draft.day, "full", locale=babel_locale(context.language)),
        city=clock_city(context, draft, partnership),
    )


async def _duration(
    context: BotContext, draft: WorkshopDraft, partnership: Partnership, _: date
) -> str:
    assert draft.starts_at is not None
    lang, tr = context.language, context.services.translator
    start = moment(draft.starts_at, lang, draft.time_zone)
    return context.t(
        "workshops-draft-ask-duration",
        start=venue_time(tr, lang, start, clock_city(context, draft, partnership)),
        hours=FULL_DAY_MINUTES // 60,
    )


async def _deadline(
    context: BotContext, draft: WorkshopDraft, partnership: Partnership, _: date
) -> str:
    return context.t("workshops-draft-ask-deadline", city=clock_city(context, draft, partnership))


async def _capacity(context: BotContext, *_: object) -> str:
    return context.t("workshops-draft-ask-capacity")


async def _quotas(
    context: BotContext, draft: WorkshopDraft, partnership: Partnership, _: date
) -> str:
    lang, seats = context.language, draft.capacity or 0
    share, extra = divmod(seats, len(partnership.cities))
    split = format_list(
        [
            context.label(
                "workshops-draft-city-seats",
                city=c.name.for_reader(lang),
                seats=share + (1 if i < extra else 0),
            )
            for i, c in enumerate(partnership.cities)
        ],
        locale=babel_locale(lang),
    )
    return context.t("workshops-draft-ask-quotas-split", seats=seats, split=split)


async def _quota(
    context: BotContext, draft: WorkshopDraft, partnership: Partnership, _: date
) -> str:
    city = partnership.city(draft.quota_cities[0])
    name = city.name.for_reader(context.language) if city else ""
    return context.t("workshops-draft-ask-quota", city=name)


async def _questions(context: BotContext, draft: WorkshopDraft, *_: object) -> str:
    lines = [question_line(context, q) for q in draft.questions]
    listing = "\n".join(lines) if lines else context.label("workshops-draft-no-questions")
    return context.t("workshops-draft-ask-questions", questions=listing)


async def _time_question(
    context: BotContext, draft: WorkshopDraft, partnership: Partnership, _: date
) -> str:
    """A time skipped by the clocks (gap) or happening twice (fold): which one is meant."""
    lang, found = context.language, draft.time_question()
    place = clock_city(context, draft, partnership)
    when = {"time": wall_clock(found.typed, lang), "date": long_date(found.typed, lang)}
    if isinstance(found, Gap):
        return context.t(
            "workshops-draft-time-gap",
            **when,
            place=place,
            jump=wall_clock(found.jump_to, lang),
            suggestion=wall_clock(found.suggestion, lang),
        )
    summer, winter = found.earlier.tzname() or "", found.later.tzname() or ""
    return context.t("workshops-draft-time-fold", **when, place=place, summer=summer, winter=winter)


async def _review(
    context: BotContext, draft: WorkshopDraft, partnership: Partnership, _: date
) -> str:
    """Everything participants will see (the address too), then what only organisers set."""
    lang, tr = context.language, context.services.translator
    city = partnership.city(draft.city_id or 0)
    workshop = replace(
        draft.preview(context.require_actor().user_id), venue_city=city.name if city else None
    )
    reader = await context.services.workshops.reader_zone_of(context.participant)
    place = (await context.services.workshops.place(workshop, with_link=True))(lang)
    lines = [
        context.t(
            "workshops-draft-preview",
            kind=context.label(f"workshops-kind-{workshop.kind.value}"),
            title=draft.title or "",
            when=event_time(tr, lang, workshop, reader),
            place=place,
            capacity=draft.capacity if draft.capacity is not None else -1,
        )
    ]
    if draft.description:
        lines += ["", escape(draft.description), ""]
    quotas = [
        context.label("workshops-draft-city-seats", city=c.name.for_reader(lang), seats=n)
        for c in partnership.cities
        if (n := draft.city_quotas.get(c.id)) is not None
    ]
    if quotas:
        listing = format_list(quotas, locale=babel_locale(lang))
        lines.append(context.t("workshops-draft-preview-quotas", quotas=listing))
    if draft.deadline:
        until = moment(draft.deadline, lang, draft.time_zone)
        deadline = venue_time(tr, lang, until, clock_city(context, draft, partnership))
        lines.append(context.t("workshops-draft-preview-deadline", deadline=deadline))
    else:
        lines.append(context.t("workshops-draft-preview-deadline-start"))
    lines.append(context.t("workshops-draft-preview-questions", questions=len(draft.questions)))
    lines.append(_languages_line(context, draft))
    lines += ["", context.t("workshops-draft-preview-edit")]
    return "\n".join(lines)


async def _languages(
    context: BotContext, draft: WorkshopDraft, partnership: Partnership, _: date
) -> str:
    """Each other language of the programme: its title (marked when machine-made) or not yet."""
    done = draft.translations
    lines = [
        context.t("workshops-draft-languages-head", language=_language(context, draft.language))
    ]
    for code in programme_languages(partnership):
        if code == draft.language:
            continue
        name = _language(context, code)
        if code in done.titles:
            machine = "yes" if code in done.machine else "no"
            title = done.titles[code]
            line = context.t(
                "workshops-draft-language-line", language=name, title=title, machine=machine
            )
        else:
            line = context.t("workshops-draft-language-missing", language=name)
        lines.append(line)
    if not context.services.workshop_drafts.machine_available:
        lines += ["", context.t("workshops-draft-languages-no-machine")]
    return "\n".join(lines)


async def _translated_title(context: BotContext, draft: WorkshopDraft, *_: object) -> str:
    code = draft.translations.language or ""
    text = context.t("workshops-translate-ask", language=_language(context, code))
    return _with_current(context, text, draft.translations.titles.get(code))


async def _translated_description(context: BotContext, draft: WorkshopDraft, *_: object) -> str:
    code = draft.translations.language or ""
    language = _language(context, code)
    text = context.t("workshops-draft-ask-tr-description", language=language)
    return _with_current(context, text, draft.translations.descriptions.get(code))


def _with_current(context: BotContext, text: str, current: str | None) -> str:
    if not current:
        return text
    return text + "\n\n" + context.t("workshops-draft-current", value=current)


def _language(context: BotContext, code: str) -> str:
    return context.label(f"language-name-{code}")


def _languages_line(context: BotContext, draft: WorkshopDraft) -> str:
    others = [_language(context, code) for code in draft.translations.titles]
    if not others:
        own = _language(context, draft.language)
        return context.t("workshops-draft-preview-languages-none", language=own)
    listing = format_list(others, locale=babel_locale(context.language))
    return context.t("workshops-draft-preview-languages", languages=listing)


SCREENS: dict[str, Screen] = {
    "kind": _kind,
    "date": _date,
    "time": _time,
    "duration": _duration,
    "deadline": _deadline,
    "capacity": _capacity,
    "quotas": _quotas,
    "quota": _quota,
    "questions": _questions,
    "time_check": _time_question,
    "review": _review,
    "languages": _languages,
    "tr_title": _translated_title,
    "tr_description": _translated_description,
}
