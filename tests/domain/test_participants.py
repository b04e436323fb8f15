import pytest

from bot.domain.languages import suggest_language
from bot.domain.participants import (
    InvalidDisplayName,
    OnboardingStep,
    Participant,
    clean_display_name,
    toggle,
)


def test_onboarding_steps_follow_what_is_missing() -> None:
    p = Participant(user_id=1, language="de")
    assert p.next_step is OnboardingStep.PARTNERSHIP
    p = Participant(user_id=1, language="de", partnership_id=1)
    assert p.next_step is OnboardingStep.CITY
    p = Participant(user_id=1, language="de", partnership_id=1, city_id=2)
    assert p.next_step is OnboardingStep.PRIVACY
    assert not p.is_onboarded


def test_display_name_is_trimmed_and_validated() -> None:
    assert clean_display_name("  Anna   K. ") == "Anna K."
    with pytest.raises(InvalidDisplayName):
        clean_display_name("   ")
    with pytest.raises(InvalidDisplayName):
        clean_display_name("!!!")
    with pytest.raises(InvalidDisplayName):
        clean_display_name("a" * 65)


def test_toggle_adds_and_removes() -> None:
    assert toggle(frozenset({"de"}), "ru") == {"de", "ru"}
    assert toggle(frozenset({"de", "ru"}), "ru") == {"de"}


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("de-AT", "de"),
        ("ru", "ru"),
        ("uk", "uk"),
        ("be", "be"),
        ("pl", "en"),
        (None, "en"),
        ("EN_us", "en"),
    ],
)
def test_language_suggestion_from_telegram(code: str | None, expected: str) -> None:
    assert suggest_language(code, "en") == expected
