"""The network calendar as an .ics feed: one VEVENT per public workshop or network event,
on its own zone's clock (DTSTART/DTEND with TZID, the zone's VTIMEZONE included), each with
a link back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from bot.domain.network_calendar import NetworkEvent
from bot.render.calendar import zone_rules
from bot.render.formatting import Messages, clock_time, moment, venue_time, zone_label


@dataclass(frozen=True)
class FeedEvent:
    uid: str  # stable: the same workshop or event keeps its UID in every fetch
    summary: str
    description: str
    location: str
    url: str
    starts_at: datetime
    ends_at: datetime
    time_zone: str


def calendar_feed(name: str, events: Sequence[FeedEvent], now: datetime) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Twin City Bot//network calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    years: dict[str, set[int]] = {}
    for item in events:
        years.setdefault(item.time_zone, set()).add(item.starts_at.year)
    for zone_name, found in sorted(years.items()):
        for year in sorted(found):
            calendar.add_component(zone_rules(zone_name, year))
    for item in events:
        zone = ZoneInfo(item.time_zone)
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", now)
        event.add("dtstart", item.starts_at.astimezone(zone))
        event.add("dtend", item.ends_at.astimezone(zone))
        event.add("summary", item.summary)
        event.add("url", item.url)
        if item.location:
            event.add("location", item.location)
        event.add("description", "\n\n".join(t for t in (item.description, item.url) if t))
        calendar.add_component(event)
    return calendar.to_ical()


def network_event_time(
    tr: Messages, language: str, event: NetworkEvent, reader_zone: str | None
) -> str:
    """A network event's time like a workshop's (event_time): on its city's clock with the
    city, plus the reader's clock when it differs ('10:00–16:00 Berlin time (12:00–18:00 your
    time)'); before onboarding (no reader zone) the city's clock alone."""
    zone = event.time_zone
    city = event.city_name.for_reader(language) if event.city_name else zone_label(zone, language)
    there = f"{moment(event.starts_at, language, zone)}–{clock_time(event.ends_at, language, zone)}"
    if reader_zone is None or all(
        t.astimezone(ZoneInfo(zone)).utcoffset() == t.astimezone(ZoneInfo(reader_zone)).utcoffset()
        for t in (event.starts_at, event.ends_at)
    ):
        return venue_time(tr, language, there, city)
    yours = (
        f"{clock_time(event.starts_at, language, reader_zone)}–"
        f"{clock_time(event.ends_at, language, reader_zone)}"
    )
    return tr.plain(language, "times-venue-and-yours", when=there, city=city, yours=yours)
