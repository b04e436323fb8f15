"""Partnerships, their cities (each with a time zone) and their themes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.domain.texts import LocalizedName

MIN_CITIES = 2


class InvalidTimeZone(ValueError):
    """Not an IANA time zone name."""


def parse_time_zone(name: str) -> str:
    """Return the canonical IANA name, or raise InvalidTimeZone."""
    candidate = name.strip()
    if not candidate or " " in candidate or candidate.startswith("/") or ".." in candidate:
        raise InvalidTimeZone(name)
    try:
        ZoneInfo(candidate)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidTimeZone(name) from exc
    return candidate


@dataclass(frozen=True)
class City:
    id: int
    partnership_id: int
    name: LocalizedName
    time_zone: str


@dataclass(frozen=True)
class Theme:
    id: int
    partnership_id: int
    name: LocalizedName


@dataclass(frozen=True)
class Partnership:
    id: int
    name: LocalizedName
    cities: tuple[City, ...] = ()
    themes: tuple[Theme, ...] = ()

    def city(self, city_id: int) -> City | None:
        return next((c for c in self.cities if c.id == city_id), None)

    def theme(self, theme_id: int) -> Theme | None:
        return next((t for t in self.themes if t.id == theme_id), None)


@dataclass(frozen=True)
class CityDraft:
    name: LocalizedName
    time_zone: str


@dataclass
class PartnershipDraft:
    """What an admin has entered so far in the 'new partnership' conversation."""

    name: LocalizedName | None = None
    cities: list[CityDraft] = field(default_factory=list)
    themes: list[LocalizedName] = field(default_factory=list)

    def missing(self) -> str | None:
        """Name the first thing still missing before the partnership can be created."""
        if self.name is None:
            return "name"
        if len(self.cities) < MIN_CITIES:
            return "cities"
        return None

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name.to_dict() if self.name else None,
            "cities": [{"name": c.name.to_dict(), "tz": c.time_zone} for c in self.cities],
            "themes": [t.to_dict() for t in self.themes],
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> PartnershipDraft:
        name = data.get("name")
        cities = data.get("cities") or []
        themes = data.get("themes") or []
        assert isinstance(cities, list) and isinstance(themes, list)
        return cls(
            name=LocalizedName(name) if isinstance(name, dict) and name else None,
            cities=[CityDraft(LocalizedName(c["name"]), c["tz"]) for c in cities],
            themes=[LocalizedName(t) for t in themes],
        )


# What the 'new partnership' conversation waits for the admin to type.
Awaiting = Literal["name", "translation", "city_name", "city_tz", "theme", "review"]


@dataclass
class PartnershipDialog:
    """The admin's 'new partnership' conversation: the draft so far, what typed text it
    waits for, and that text's place (which name to translate into which language, the
    city whose time zone comes next)."""

    KIND: ClassVar[str] = "new_partnership"

    draft: PartnershipDraft = field(default_factory=PartnershipDraft)
    awaiting: Awaiting | None = None
    target: str = ""  # name, city or theme: what a translation is for
    index: int = 0  # which city or theme
    language: str = ""  # the translation's language
    city_name: dict[str, str] | None = None  # the city waiting for its time zone

    def to_dict(self) -> dict[str, Any]:
        return {
            "draft": self.draft.to_dict(),
            "awaiting": self.awaiting,
            "target": self.target,
            "index": self.index,
            "lang": self.language,
            "city_name": self.city_name,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PartnershipDialog:
        awaiting, index, city_name = (
            data.get("awaiting"),
            data.get("index", 0),
            data.get("city_name"),
        )
        if awaiting is not None and awaiting not in get_args(Awaiting):
            raise ValueError(f"awaiting: {awaiting!r}")
        if type(index) is not int or not (city_name is None or isinstance(city_name, dict)):
            raise ValueError("index or city_name")
        return cls(
            draft=PartnershipDraft.from_dict(data["draft"]),
            awaiting=awaiting,
            target=str(data.get("target") or ""),
            index=index,
            language=str(data.get("lang") or ""),
            city_name=city_name,
        )
