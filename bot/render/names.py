"""How a person reads on every screen and export: `shown_name` decides, this adds the words."""

from __future__ import annotations

from collections.abc import Callable

from bot.domain.participants import Participant, shown_name
from bot.domain.texts import LocalizedName
from bot.i18n import Translator


def person_name(
    tr: Translator,
    language: str,
    person: Participant | None,
    city: LocalizedName | None = None,
) -> str:
    """Display name, else Telegram first name, else the neutral word; with their city where
    the screen needs it ("Sergei · Krasnodar")."""
    name = shown_name(person) or tr.plain(language, "people-unnamed")
    if city is None:
        return name
    return tr.plain(language, "people-name-city", name=name, city=city.for_reader(language))


def person_name_for(
    tr: Translator, person: Participant | None, city: LocalizedName | None = None
) -> Callable[[str], str]:
    """The same, rendered later in each reader's language (messages to many people)."""
    return lambda language: person_name(tr, language, person, city)
