"""How dates, times and places read for a reader: their language, their city's time zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_skeleton, format_time

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


def wall_clock(when: datetime, language: str) -> str:
    """The clock time as it reads on the wall there ('02:30'), without converting zones."""
    return format_time(when.time(), "short", locale=language)


def long_date(when: datetime, language: str) -> str:
    """'29 March 2026' / '29. März 2026', as it reads on the wall there."""
    return format_skeleton("yMMMMd", when.replace(tzinfo=None), locale=language)


def workshop_when(workshop: Workshop, language: str, reader_zone: str) -> str:
    """Start–end in the reader's zone, e.g. 'Sa., 24. Apr. 2027, 18:30–21:00'."""
    start = moment(workshop.starts_at, language, reader_zone)
    return f"{start}–{clock_time(workshop.ends_at, language, reader_zone)}"
