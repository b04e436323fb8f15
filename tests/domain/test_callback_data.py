from dataclasses import dataclass
from typing import ClassVar, Literal

import pytest

from bot.callback_data import CallbackData, DraftAction, InviteStep, PrivacyAnswer, SetLanguage


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


@dataclass(frozen=True)
class _Act(CallbackData):
    PREFIX: ClassVar[str] = "zz"
    item_id: int
    action: Literal["vote", "unvote"]
    value: int


def test_a_literal_action_outside_its_values_is_stale_data() -> None:
    assert _Act.unpack("zz:5:vote:0") == _Act(5, "vote", 0)
    assert _Act.unpack("zz:5:delete:0") is None


def test_the_pattern_of_one_action_matches_only_that_action() -> None:
    vote = _Act.pattern(action="vote")
    assert vote.match(_Act(5, "vote", 0).pack())
    assert not vote.match(_Act(5, "unvote", 0).pack())
    assert not vote.match("zz:5:vote")  # a field short
    assert _Act.actions() == ("vote", "unvote")


def test_a_pattern_for_an_unknown_action_or_field_fails_at_registration() -> None:
    with pytest.raises(ValueError, match="no value"):
        _Act.pattern(action="votes")
    with pytest.raises(ValueError, match="no fields"):
        _Act.pattern(colour="red")


def test_integer_fields_are_bounded_digits() -> None:
    from bot.callback_data import WorkshopOpen

    assert WorkshopOpen.unpack(f"wo:{2**63 - 1}") == WorkshopOpen(2**63 - 1)
    for forged in ("wo:" + "9" * 40, f"wo:{2**63}", "wo:-1", "wo:+1", "wo:1_0", "wo:١٢", "wo:1\n"):
        assert WorkshopOpen.unpack(forged) is None, forged
        # the pattern is the shape (19 digits at most); unpack also checks the value
        assert forged.endswith("808") or not WorkshopOpen.pattern().match(forged), forged
    with pytest.raises(ValueError):
        WorkshopOpen(-1).pack()
    with pytest.raises(ValueError):
        WorkshopOpen(2**63).pack()


def test_pattern_matches_only_well_formed_data() -> None:
    assert InviteStep.pattern().match("inv:7:coach")
    assert not InviteStep.pattern().match("inv:seven:coach")
    assert not InviteStep.pattern().match("inv:7")
    assert not PrivacyAnswer.pattern().match("priv:2")
