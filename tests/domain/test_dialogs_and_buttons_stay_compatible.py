"""Dialogs in progress and buttons already sent survive the move to typed state and actions:
the stored kinds and the button data read exactly as before."""

from bot.callback_data import (
    CheckinStep,
    DraftAction,
    MatchingStep,
    OpenMenu,
    PrivacyStep,
    ProfileStep,
)
from bot.domain.dialogs import (
    CheckinAnswerInput,
    CoachReplyInput,
    ProfileNameInput,
    ToCoachInput,
    decode,
    encode,
)
from bot.domain.partnerships import PartnershipDialog
from bot.domain.texts import LocalizedName

OLD_DRAFT = {"name": {"en": "Karlsruhe–Krasnodar"}, "cities": [], "themes": []}


def test_states_stored_by_the_untyped_code_decode_into_their_dataclasses() -> None:
    assert decode("checkin_answer", {"round_id": 3, "index": 1}) == CheckinAnswerInput(3, 1)
    assert decode("coach_reply", {"team_id": 7}) == CoachReplyInput(7)
    assert decode("to_coach", {}) == ToCoachInput()
    assert decode("profile_name", {"onboarding": True}) == ProfileNameInput(True)


def test_a_partnership_conversation_in_progress_keeps_its_draft_and_question() -> None:
    old = {"draft": OLD_DRAFT, "awaiting": "translation", "target": "name", "index": 0}
    dialog = decode("new_partnership", {**old, "lang": "de"})
    assert isinstance(dialog, PartnershipDialog)
    assert dialog.draft.name == LocalizedName({"en": "Karlsruhe–Krasnodar"})
    assert (dialog.awaiting, dialog.target, dialog.index, dialog.language) == (
        "translation",
        "name",
        0,
        "de",
    )
    waiting = decode(
        "new_partnership",
        {"draft": OLD_DRAFT, "awaiting": "city_tz", "city_name": {"en": "Karlsruhe"}},
    )
    assert isinstance(waiting, PartnershipDialog) and waiting.city_name == {"en": "Karlsruhe"}
    assert decode(*encode(dialog)) == dialog


def test_damaged_states_read_as_no_dialog() -> None:
    assert decode("checkin_answer", {"round_id": "3", "index": 1}) is None
    assert decode("profile_name", {"onboarding": 1}) is None
    assert decode("new_partnership", {"draft": OLD_DRAFT, "awaiting": "lunch"}) is None


def test_typed_dialogs_keep_their_stored_kind_names() -> None:
    kinds = [
        encode(d)[0]
        for d in (
            CheckinAnswerInput(1, 0),
            CoachReplyInput(1),
            ToCoachInput(),
            ProfileNameInput(False),
            PartnershipDialog(),
        )
    ]
    assert kinds == ["checkin_answer", "coach_reply", "to_coach", "profile_name", "new_partnership"]


def test_button_data_is_byte_identical_after_the_renamed_fields() -> None:
    assert ProfileStep("interests", True).pack() == "prof:interests:1"
    assert OpenMenu("staff").pack() == "menu:staff"
    assert PrivacyStep("keep").pack() == "erase:keep"
    assert ProfileStep.unpack("prof:spoken:0") == ProfileStep("spoken", False)


def test_actions_outside_their_literal_are_stale() -> None:
    assert ProfileStep.unpack("prof:partnership:0") is None
    assert OpenMenu.unpack("menu:settings") is None
    assert CheckinStep.unpack("ck:explode:1:0") is None
    assert MatchingStep.unpack("mt:solve:1:0:0") is None
    assert DraftAction.unpack("np:delete:-:0:-") is None
