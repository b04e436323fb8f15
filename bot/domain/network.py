"""The network level above the partnerships: topic focuses, country focuses, a partnership's
profile for the directory, and what network staff may do."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal, get_args

DEFAULT_NETWORK = 1

# Topic focuses of the network (keys; names in locales as `network-topic-<key>`).
NetworkTopic = Literal[
    "integration",
    "migration",
    "digitalisation",
    "youth",
    "education",
    "sustainability",
    "culture",
    "municipal",
]
NETWORK_TOPICS: tuple[NetworkTopic, ...] = get_args(NetworkTopic)

# Countries offered first in pickers (the network's country focus); any ISO 3166-1 alpha-2
# code is valid, names come from babel in the reader's language.
FOCUS_COUNTRIES: tuple[str, ...] = (
    "DE",
    "RU",
    "UA",
    "BY",
    "PL",
    "GB",
    "US",
    "HU",
    "TR",
    "AL",
    "MK",
    "FR",
)

# A directory entry's contact is asked "still correct?" once a year; without an answer
# within this time after the question the entry is shown as possibly outdated.
REVIEW_EVERY = timedelta(days=365)
REVIEW_GRACE = timedelta(days=30)


def is_country_code(code: str) -> bool:
    """Two capital letters (the set of real codes is babel's; the render layer names them)."""
    return len(code) == 2 and code.isascii() and code.isalpha() and code.isupper()


@dataclass(frozen=True)
class PartnershipProfile:
    """What the directory shows about a partnership besides its name and cities."""

    partnership_id: int
    network_id: int = DEFAULT_NETWORK
    since_year: int | None = None
    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    contact_user_id: int | None = None
    contact_agreed_at: datetime | None = None
    reviewed_at: datetime | None = None
    review_asked_at: datetime | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def contact_listed(self) -> bool:
        """A contact is shown only after they agreed to be listed."""
        return self.contact_user_id is not None and self.contact_agreed_at is not None

    def review_due(self, now: datetime) -> bool:
        """Time to ask the contact "still correct?" (once a year, not again while asked)."""
        last = self.reviewed_at or self.contact_agreed_at
        if last is None or self.contact_user_id is None:
            return False
        asked_since = self.review_asked_at is not None and self.review_asked_at > last
        return now - last >= REVIEW_EVERY and not asked_since

    def stale(self, now: datetime) -> bool:
        """Asked and not confirmed within the grace time: shown as "may be outdated"."""
        last = self.reviewed_at or self.contact_agreed_at
        if self.review_asked_at is None or (last is not None and last >= self.review_asked_at):
            return False
        return now - self.review_asked_at >= REVIEW_GRACE
