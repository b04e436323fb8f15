"""Calendar files (.ics) for workshops and consultations, so they land in a calendar."""

from __future__ import annotations

import functools
from datetime import date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

from bot.domain.consultations import Booking
from bot.domain.workshops import Workshop


def workshop_ics(
    workshop: Workshop,
    *,
    language: str,
    location: str,
    description: str,
    uid_domain: str,
    now: datetime,
    cancelled: bool = False,
) -> bytes:
    """One VEVENT with the start and end in the workshop's own time zone. `cancelled`: the
    same event (same UID, a later SEQUENCE) as a cancellation, so calendars remove it."""
    zone = ZoneInfo(workshop.time_zone)
    calendar = Calendar()
    calendar.add("prodid", "-//Twin City Bot//twincity-bot//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    event = Event()
    event.add("uid", f"workshop-{workshop.id}@{uid_domain}")
    event.add("dtstamp", now)
    event.add("dtstart", workshop.starts_at.astimezone(zone))
    event.add("dtend", workshop.ends_at.astimezone(zone))
    event.add("summary", workshop.title.for_reader(language))
    event.add("location", location)
    event.add("description", description)
    if cancelled:
        event.add("status", "CANCELLED")
        event.add("sequence", 1)
    calendar.add_component(zone_rules(workshop.time_zone, workshop.starts_at.year))
    calendar.add_component(event)
    return calendar.to_ical()


def consultation_ics(
    booking: Booking,
    *,
    host_zone: str,
    summary: str,
    description: str,
    url: str | None,
    uid_domain: str,
    now: datetime,
    cancelled: bool = False,
) -> bytes:
    """A booked consultation on the host's clock (TZID of the host's zone), with the video
    link as its URL; `cancelled` removes it from the calendar (same UID, later SEQUENCE)."""
    zone = ZoneInfo(host_zone)
    calendar = Calendar()
    calendar.add("prodid", "-//Twin City Bot//twincity-bot//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    event = Event()
    event.add("uid", f"consultation-{booking.id}@{uid_domain}")
    event.add("dtstamp", now)
    event.add("dtstart", booking.starts_at.astimezone(zone))
    event.add("dtend", booking.ends_at.astimezone(zone))
    event.add("summary", summary)
    event.add("description", description)
    if url:
        event.add("url", url)
        event.add("location", url)
    if cancelled:
        event.add("status", "CANCELLED")
        event.add("sequence", 1)
    calendar.add_component(zone_rules(host_zone, booking.starts_at.year))
    calendar.add_component(event)
    return calendar.to_ical()


@functools.lru_cache(maxsize=64)
def zone_rules(name: str, year: int) -> Timezone:
    """The zone's rules for the workshop's year and the next: enough for any calendar to place
    the event, and a few lines instead of every transition since 1970 (which took ~4 ms to
    write out for each sign-up)."""
    return Timezone.from_tzinfo(
        ZoneInfo(name), first_date=date(year, 1, 1), last_date=date(year + 2, 1, 1)
    )
