"""Editing a partnership's profile: typed years and country codes, toggled focuses."""

from __future__ import annotations

from dataclasses import replace

from bot.domain.network import NETWORK_TOPICS, PartnershipProfile, is_country_code

FIRST_YEAR = 1900  # the oldest city partnerships date from the 1920s


def parse_year(text: str, this_year: int) -> int | None:
    """A year the partnership began ("1992"), None unless it is FIRST_YEAR..this year."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()):
        return None
    year = int(text)
    return year if FIRST_YEAR <= year <= this_year else None


def parse_country(text: str, known: set[str]) -> str | None:
    """A typed ISO 3166-1 alpha-2 code ("pl", " PL ") that names a country, else None."""
    code = text.strip().upper()
    return code if is_country_code(code) and code in known else None


def toggled(values: tuple[str, ...], value: str) -> tuple[str, ...]:
    return tuple(sorted(set(values) ^ {value}))


def with_country(profile: PartnershipProfile, code: str) -> PartnershipProfile:
    return replace(profile, countries=toggled(profile.countries, code))


def with_topic(profile: PartnershipProfile, topic: str) -> PartnershipProfile:
    if topic not in NETWORK_TOPICS:
        raise ValueError(topic)
    return replace(profile, topics=toggled(profile.topics, topic))
