"""The network calendar: public workshops of the network's partnerships and events of the
network itself, filtered by country and topic focus."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, ClassVar
from urllib.parse import urlencode

from bot.domain.dialog_base import TypedInput
from bot.domain.network import NETWORK_TOPICS, is_country_code
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop

ANY = "-"  # "any country", "any topic" in button data
FEED_PATH = "/network/calendar.ics"  # served by the health server and the sandbox
SHOWN = 10  # the calendar screen lists the next ten; the feed holds all


@dataclass(frozen=True)
class CalendarFilter:
    """Which partnerships' workshops: a country focus and a topic focus (None: any). Network
    events belong to the whole network and are always listed."""

    country: str | None = None
    topic: str | None = None

    @classmethod
    def parse(cls, country: str, topic: str) -> CalendarFilter | None:
        """From button data or a feed URL's query; None when a value is not a code or key."""
        chosen_country = None if country in (ANY, "") else country.upper()
        chosen_topic = None if topic in (ANY, "") else topic
        if chosen_country is not None and not is_country_code(chosen_country):
            return None
        if chosen_topic is not None and chosen_topic not in NETWORK_TOPICS:
            return None
        return cls(chosen_country, chosen_topic)

    def query(self, language: str) -> str:
        """The feed URL's query for this filter and a language."""
        params = {"country": self.country, "topic": self.topic, "lang": language}
        return urlencode({k: v for k, v in params.items() if v})


@dataclass(frozen=True)
class NetworkEvent:
    """An event of the network (the "Day of City Partnerships"), on a chosen city's clock."""

    id: int
    network_id: int
    title: str
    description: str
    time_zone: str
    starts_at: datetime
    ends_at: datetime
    place: str = ""
    link: str = ""
    city_name: LocalizedName | None = None


@dataclass(frozen=True)
class CalendarEntry:
    """One line of the calendar: a public workshop or a network event."""

    workshop: Workshop | None = None
    event: NetworkEvent | None = None

    @property
    def starts_at(self) -> datetime:
        found = self.workshop or self.event
        assert found is not None
        return found.starts_at


# The steps of a network event, in order; the city is chosen with buttons (its clock is the
# one the times are typed on), the rest is typed ("-" skips description, place and link).
EVENT_STEPS: tuple[str, ...] = ("title", "description", "city", "start", "end", "place", "link")


@dataclass(frozen=True)
class NetworkEventInput(TypedInput):
    """Staff creating a network event, step by step."""

    KIND: ClassVar[str] = "newsletter_calendar_event"

    network_id: int
    step: str = "title"
    title: str = ""
    description: str = ""
    city_id: int = 0
    time_zone: str = ""
    starts: str = ""  # ISO, UTC
    ends: str = ""
    place: str = ""
    link: str = ""
    prompt_message_id: int = 0  # the question's message, whose buttons go once it is answered

    def next(self, **changes: Any) -> NetworkEventInput:
        """The same event with `changes`, at the step after this one."""
        following = EVENT_STEPS[EVENT_STEPS.index(self.step) + 1]
        return replace(self, step=following, **changes)
