"""Calendar files (.ics) for a workshop, so it lands in the participant's calendar."""

from __future__ import annotations

import functools
from datetime import date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

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


@functools.lru_cache(maxsize=64)
def zone_rules(name: str, year: int) -> Timezone:
    """The zone's rules for the workshop's year and the next: enough for any calendar to place
    the event, and a few lines instead of every transition since 1970 (which took ~4 ms to
    write out for each sign-up)."""
    return Timezone.from_tzinfo(
        ZoneInfo(name), first_date=date(year, 1, 1), last_date=date(year + 2, 1, 1)
    )
