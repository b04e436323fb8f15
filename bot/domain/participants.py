"""A participant's profile and what onboarding still needs from them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

MAX_DISPLAY_NAME_LENGTH = 64


class OnboardingStep(enum.Enum):
    """The next thing to ask a new participant, in order."""

    LANGUAGE = "language"
    PARTNERSHIP = "partnership"
    CITY = "city"
    PRIVACY = "privacy"
    DONE = "done"


@dataclass(frozen=True)
class Participant:
    user_id: int
    language: str
    partnership_id: int | None = None
    city_id: int | None = None
    display_name: str | None = None  # the name they chose to show
    privacy_accepted_at: datetime | None = None
    languages_spoken: frozenset[str] = field(default_factory=frozenset)
    interests: frozenset[int] = field(default_factory=frozenset)
    reachable: bool = True  # False after they blocked the bot, until they write again
    announcements_muted: bool = False
    show_originals: bool = False  # reads ideas in their original language
    first_name: str | None = None  # from Telegram, kept current by their own updates
    city_optional: bool = False  # invited as a coach: onboarding asks no home city

    @property
    def next_step(self) -> OnboardingStep:
        if self.partnership_id is None:
            return OnboardingStep.PARTNERSHIP
        if self.city_id is None and not self.city_optional:
            return OnboardingStep.CITY
        if self.privacy_accepted_at is None:
            return OnboardingStep.PRIVACY
        return OnboardingStep.DONE

    @property
    def is_onboarded(self) -> bool:
        return self.next_step is OnboardingStep.DONE


class InvalidDisplayName(ValueError):
    """Empty, too long or made of control characters."""


def clean_display_name(value: str) -> str:
    cleaned = " ".join(value.split())
    if not cleaned or not any(ch.isalnum() for ch in cleaned):
        raise InvalidDisplayName("empty")
    if len(cleaned) > MAX_DISPLAY_NAME_LENGTH:
        raise InvalidDisplayName("too long")
    return cleaned


def clean_first_name(value: str | None) -> str | None:
    """A Telegram first name as it can be shown: one line, bounded; None when nothing is left."""
    cleaned = " ".join((value or "").split())[:MAX_DISPLAY_NAME_LENGTH]
    return cleaned if any(ch.isalnum() for ch in cleaned) else None


def shown_name(person: Participant | None) -> str | None:
    """The one rule for the name others see: the display name the person chose, else their
    Telegram first name. None only for someone who never wrote to the bot (or is gone): the
    screen then uses its neutral word."""
    return name_from(person.display_name, person.first_name) if person else None


def name_from(display_name: str | None, first_name: str | None) -> str | None:
    """`shown_name` for rows read without the whole participant (bulk exports)."""
    return display_name or first_name


def toggle(selection: frozenset, item: object) -> frozenset:
    """Multi-select buttons: pressing an item adds it or takes it away."""
    return selection - {item} if item in selection else selection | {item}
