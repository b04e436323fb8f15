import pytest

from bot.domain.partnerships import CityDraft, InvalidTimeZone, PartnershipDraft, parse_time_zone
from bot.domain.texts import InvalidName, LocalizedName, clean_name


def test_time_zones_must_be_iana_names() -> None:
    assert parse_time_zone(" Europe/Moscow ") == "Europe/Moscow"
    for bad in ["Mars/Olympus", "", "Europe/../etc", "GMT+3 ", "/etc/passwd", "Berlin City"]:
        with pytest.raises(InvalidTimeZone):
            parse_time_zone(bad)


def test_reader_gets_own_language_then_fallback() -> None:
    name = LocalizedName({"de": "Karlsruhe", "ru": "Карлсруэ"})
    assert name.for_reader("ru") == "Карлсруэ"
    assert name.for_reader("uk") == "Karlsruhe"  # no en: first supported language available


def test_names_are_cleaned() -> None:
    assert clean_name("  Ökologie   & Gesundheit ") == "Ökologie & Gesundheit"
    with pytest.raises(InvalidName):
        clean_name(" ")
    with pytest.raises(InvalidName):
        clean_name("x" * 81)


def test_draft_needs_a_name_and_two_cities() -> None:
    draft = PartnershipDraft()
    assert draft.missing() == "name"
    draft.name = LocalizedName({"en": "A ↔ B"})
    draft.cities.append(CityDraft(LocalizedName({"en": "A"}), "Europe/Berlin"))
    assert draft.missing() == "cities"
    draft.cities.append(CityDraft(LocalizedName({"en": "B"}), "Europe/Moscow"))
    assert draft.missing() is None
    assert PartnershipDraft.from_dict(draft.to_dict()) == draft
