"""How a host's consultation hours read: the summary in words, a booking's time on a named
clock, the weekly windows. One place, so the host's screens and messages never disagree."""

from __future__ import annotations

from datetime import datetime

from babel import Locale
from babel.lists import format_list

from bot.domain.consultations import Host, Window
from bot.domain.partnerships import City
from bot.i18n import Translator
from bot.render.formatting import (
    babel_locale,
    clock_time,
    moment,
    venue_time,
    wall_clock,
    your_time,
    zone_label,
)


def clock_name(host: Host, home: City | None, language: str) -> str:
    """Whose clock the host's times are on: their city ("Karlsruhe") when its zone is the
    host's, otherwise the zone's city ("Berlin")."""
    if home is not None and home.time_zone == host.time_zone:
        return home.name.for_reader(language)
    return zone_label(host.time_zone, language)


def weekday_name(weekday: int, language: str, width: str = "wide") -> str:
    """'Tuesday' / 'Dienstag' / 'вторник' (babel; 0 = Monday)."""
    days = Locale.parse(babel_locale(language)).days["stand-alone"][width]
    return str(days[weekday])


def window_text(window: Window, language: str) -> str:
    return f"{wall_clock(window.starts, language)}–{wall_clock(window.ends, language)}"


def windows_text(tr: Translator, host: Host, home: City | None, language: str) -> str:
    """'Tuesday 10:00–12:00 and 14:00–15:00, Thursday 14:00–16:00 Karlsruhe time' (empty
    without windows)."""
    locale = babel_locale(language)
    days = sorted({w.weekday for w in host.windows})
    items = [
        tr.plain(
            language,
            "hosting-window-item",
            day=weekday_name(day, language),
            hours=format_list(
                [window_text(w, language) for w in host.windows if w.weekday == day],
                locale=locale,
            ),
        )
        for day in days
    ]
    if not items:
        return ""
    joined = format_list(items, style="unit", locale=locale)
    return venue_time(tr, language, joined, clock_name(host, home, language))


def day_hours(tr: Translator, host: Host, home: City | None, language: str, weekday: int) -> str:
    """One weekday's hours with their clock: '10:00–12:00 and 14:00–15:00 Karlsruhe time'
    (empty when the day has none)."""
    hours = [window_text(w, language) for w in host.windows if w.weekday == weekday]
    if not hours:
        return ""
    joined = format_list(hours, locale=babel_locale(language))
    return venue_time(tr, language, joined, clock_name(host, home, language))


def host_time(
    tr: Translator, host: Host, home: City | None, language: str, start: datetime, end: datetime
) -> str:
    """A consultation on the host's clock, named: 'Tue, 2 Mar 2027, 10:00–10:30 Karlsruhe time'."""
    text = f"{moment(start, language, host.time_zone)}–{clock_time(end, language, host.time_zone)}"
    return venue_time(tr, language, text, clock_name(host, home, language))


def person_time(tr: Translator, language: str, start: datetime, end: datetime, zone: str) -> str:
    """A consultation on the reader's clock: 'Tue, 2 Mar 2027, 12:00–12:30 your time (Moscow)'."""
    text = f"{moment(start, language, zone)}–{clock_time(end, language, zone)}"
    return your_time(tr, language, text, zone)
