"""Names given per language (partnerships, cities, themes) and how a reader sees them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.domain.languages import SUPPORTED_LANGUAGES

MAX_NAME_LENGTH = 80


class InvalidName(ValueError):
    """A name is empty or too long."""


@dataclass(frozen=True)
class LocalizedName:
    """A name in one or more languages; readers without their language get a fallback."""

    values: Mapping[str, str]

    def __post_init__(self) -> None:
        if not self.values:
            raise InvalidName("a name needs at least one language")

    def for_reader(self, language: str, fallback: str = "en") -> str:
        return self.values[self.language_for(language, fallback)]

    def language_for(self, language: str, fallback: str = "en") -> str:
        """The language a reader is shown: theirs, else the fallback, else the first there is."""
        for lang in (language, fallback, *SUPPORTED_LANGUAGES):
            if lang in self.values:
                return lang
        return next(iter(self.values))

    def with_value(self, language: str, value: str) -> LocalizedName:
        return LocalizedName({**self.values, language: clean_name(value)})

    def with_text(self, language: str, text: str) -> LocalizedName:
        """Like with_value, for longer texts the caller has validated."""
        return LocalizedName({**self.values, language: text})

    def to_dict(self) -> dict[str, str]:
        return dict(self.values)


def clean_name(value: str) -> str:
    """Trim and validate a name typed by an organiser."""
    cleaned = " ".join(value.split())
    if not cleaned:
        raise InvalidName("empty")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidName("too long")
    return cleaned


class TypedTextProblem(ValueError):
    """A typed text that is empty or too long: `args[0]` is "empty" or "long"."""


def typed_text(raw: str, limit: int, *, one_line: bool = False) -> str:
    """What someone typed, trimmed (a title on one line: runs of spaces and line breaks become
    one space); raises TypedTextProblem("empty") or ("long") so each family names its own
    message."""
    text = " ".join(raw.split()) if one_line else raw.strip()
    if not text:
        raise TypedTextProblem("empty")
    if len(text) > limit:
        raise TypedTextProblem("long")
    return text
