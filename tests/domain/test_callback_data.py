import pytest

from bot.callback_data import DraftAction, InviteStep, PrivacyAnswer, SetLanguage


def test_round_trip_and_typed_fields() -> None:
    data = DraftAction("translate", "city", 3, "de")
    assert DraftAction.unpack(data.pack()) == data
    assert InviteStep.unpack("inv:7:coach") == InviteStep(7, "coach")


def test_forged_or_stale_data_is_refused() -> None:
    assert PrivacyAnswer.unpack("priv:maybe") is None
    assert InviteStep.unpack("inv:seven:coach") is None
    assert InviteStep.unpack("inv:7") is None
    assert SetLanguage.unpack("ptn:1") is None


def test_packing_refuses_over_64_bytes() -> None:
    with pytest.raises(ValueError):
        SetLanguage("я" * 40).pack()


def test_pattern_matches_only_own_prefix() -> None:
    assert SetLanguage.pattern().match("lang:de")
    assert not SetLanguage.pattern().match("language:de")
