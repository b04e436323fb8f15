"""How dates, times and places read for a reader: their language, their city's time zone."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_skeleton, format_time, format_timedelta, get_timezone_location

from bot.domain.workshops import Workshop

# The programme is European: English reads as in Britain (24-hour clock, day before month).
BABEL_LOCALES = {"en": "en_GB"}
# CLDR's abbreviated Belarusian months are cut words ("ліс" for November reads "forest"):
# these languages spell the month out.
FULL_MONTH_LANGUAGES = frozenset({"be"})


def babel_locale(language: str) -> str:
    """The babel locale that formats dates, times and numbers for a working language."""
    return BABEL_LOCALES.get(language, language)


def moment(when: datetime, language: str, time_zone: str) -> str:
    """'Sa., 24. Apr. 2027, 18:30' in German, in the given zone."""
    local = when.astimezone(ZoneInfo(time_zone))
    locale = babel_locale(language)
    skeleton = "yMMMMEd" if language in FULL_MONTH_LANGUAGES else "yMMMEd"
    date_part = format_skeleton(skeleton, local, locale=locale)
    time_part = format_time(local, "short", locale=locale)
    pattern = str(Locale.parse(locale).datetime_formats["medium"])
    return pattern.replace("{1}", date_part).replace("{0}", time_part)


def clock_time(when: datetime, language: str, time_zone: str) -> str:
    return format_time(when.astimezone(ZoneInfo(time_zone)), "short", locale=babel_locale(language))


def wall_clock(when: datetime | time, language: str) -> str:
    """The clock time as it reads on the wall there ('02:30'), without converting zones."""
    clock = when.time() if isinstance(when, datetime) else when
    return format_time(clock, "short", locale=babel_locale(language))


def long_date(when: datetime | date, language: str) -> str:
    """'29 March 2026' / '29. März 2026', as it reads on the wall there."""
    day = when.date() if isinstance(when, datetime) else when
    return format_skeleton("yMMMMd", day, locale=babel_locale(language))


def days_ago(day: date, today: date, language: str) -> str:
    """'3 days ago' / 'vor 3 Tagen' (babel), counted in whole days; empty for today."""
    days = (today - day).days
    if days <= 0:
        return ""
    return format_timedelta(
        timedelta(days=-days),
        granularity="day",
        threshold=1000,  # always days: "45 days ago", not "1 month ago"
        add_direction=True,
        locale=babel_locale(language),
    )


class Messages(Protocol):
    """The part of bot.i18n.Translator these functions use (it imports this module)."""

    def plain(self, language: str, message_id: str, /, **args: Any) -> str: ...


def workshop_when(workshop: Workshop, language: str, time_zone: str) -> str:
    """Start–end on one zone's clock, no zone named: 'Sa., 24. Apr. 2027, 18:30–21:00'."""
    start = moment(workshop.starts_at, language, time_zone)
    return f"{start}–{clock_time(workshop.ends_at, language, time_zone)}"


def zone_label(time_zone: str, language: str) -> str:
    """A zone as people name it: its city in the reader's language ('Berlin', 'Москва')."""
    return get_timezone_location(ZoneInfo(time_zone), babel_locale(language), return_city=True)


def event_time(tr: Messages, language: str, workshop: Workshop, reader_zone: str) -> str:
    """A workshop's time as every screen shows it, saying whose time it is.

    At a venue: the venue's clock with its city, plus the reader's clock when it differs
    ('Sat, 24 Apr 2027, 18:30–21:00 Krasnodar time (17:30–20:00 your time)'); online: the
    reader's clock with their zone. The one function for lists, cards, notices, reminders,
    calendar files and organiser screens, so no two screens disagree.
    """
    if workshop.is_online:
        return your_time(tr, language, workshop_when(workshop, language, reader_zone), reader_zone)
    venue_zone = workshop.time_zone
    city = (
        workshop.venue_city.for_reader(language)
        if workshop.venue_city
        else zone_label(venue_zone, language)
    )
    there = workshop_when(workshop, language, venue_zone)
    if _same_clock(workshop, venue_zone, reader_zone):
        return venue_time(tr, language, there, city)
    start = workshop.starts_at
    same_day = start.astimezone(ZoneInfo(venue_zone)).date() == (
        start.astimezone(ZoneInfo(reader_zone)).date()
    )
    yours = (
        f"{clock_time(start, language, reader_zone)}–"
        f"{clock_time(workshop.ends_at, language, reader_zone)}"
        if same_day
        else workshop_when(workshop, language, reader_zone)
    )
    return tr.plain(language, "times-venue-and-yours", when=there, city=city, yours=yours)


def venue_time(tr: Messages, language: str, text: str, city: str) -> str:
    """A time already on the venue's clock, with its city: '18:30–21:00 Karlsruhe time'."""
    return tr.plain(language, "times-venue", when=text, city=city)


def reader_time(tr: Messages, language: str, when: datetime, reader_zone: str) -> str:
    """A moment (a deadline, a scheduled send) on the reader's clock, with their zone."""
    return your_time(tr, language, moment(when, language, reader_zone), reader_zone)


def your_time(tr: Messages, language: str, text: str, reader_zone: str) -> str:
    return tr.plain(language, "times-yours", when=text, zone=zone_label(reader_zone, language))


def _same_clock(workshop: Workshop, venue_zone: str, reader_zone: str) -> bool:
    """Whether both clocks read the same at the start and the end (zone names may differ)."""
    return all(
        t.astimezone(ZoneInfo(venue_zone)).utcoffset()
        == t.astimezone(ZoneInfo(reader_zone)).utcoffset()
        for t in (workshop.starts_at, workshop.ends_at)
    )
