"""Typed wall-clock times on the nights the clocks change."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.domain.local_time import Exists, Fold, Gap, resolve_local

BERLIN = "Europe/Berlin"


def test_an_ordinary_time_exists_once() -> None:
    found = resolve_local(datetime(2026, 3, 29, 18, 30), BERLIN)
    assert isinstance(found, Exists)
    assert found.at.astimezone(UTC) == datetime(2026, 3, 29, 16, 30, tzinfo=UTC)


def test_a_time_in_the_spring_gap_is_a_gap_with_a_suggestion() -> None:
    found = resolve_local(datetime(2026, 3, 29, 2, 30), BERLIN)
    assert isinstance(found, Gap)
    assert found.jump_from == datetime(2026, 3, 29, 2, 0)
    assert found.jump_to == datetime(2026, 3, 29, 3, 0)
    assert found.suggestion.replace(tzinfo=None) == datetime(2026, 3, 29, 3, 30)
    assert found.suggestion.tzname() == "CEST"
    assert found.suggestion.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_a_time_in_the_autumn_fold_offers_both_occurrences() -> None:
    found = resolve_local(datetime(2026, 10, 25, 2, 30), BERLIN)
    assert isinstance(found, Fold)
    assert (found.earlier.tzname(), found.later.tzname()) == ("CEST", "CET")
    assert found.earlier.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert found.later.astimezone(UTC) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_the_edges_of_the_changes() -> None:
    assert isinstance(resolve_local(datetime(2026, 3, 29, 1, 59), BERLIN), Exists)
    assert isinstance(resolve_local(datetime(2026, 3, 29, 2, 0), BERLIN), Gap)
    assert isinstance(resolve_local(datetime(2026, 3, 29, 3, 0), BERLIN), Exists)
    assert isinstance(resolve_local(datetime(2026, 10, 25, 1, 59), BERLIN), Exists)
    assert isinstance(resolve_local(datetime(2026, 10, 25, 2, 0), BERLIN), Fold)
    assert isinstance(resolve_local(datetime(2026, 10, 25, 3, 0), BERLIN), Exists)


def test_a_zone_without_summer_time_never_asks() -> None:
    for moment in (datetime(2026, 3, 29, 2, 30), datetime(2026, 10, 25, 2, 30)):
        assert isinstance(resolve_local(moment, "Europe/Moscow"), Exists)


def test_a_half_hour_jump() -> None:
    # Lord Howe Island moves its clocks by 30 minutes (02:00 → 02:30 on 4 October 2026).
    found = resolve_local(datetime(2026, 10, 4, 2, 10), "Australia/Lord_Howe")
    assert isinstance(found, Gap)
    assert (found.jump_from.time().isoformat(), found.jump_to.time().isoformat()) == (
        "02:00:00",
        "02:30:00",
    )
    assert found.suggestion.replace(tzinfo=None) == datetime(2026, 10, 4, 2, 40)
