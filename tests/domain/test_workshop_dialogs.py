"""The workshop dialogs read what was stored before they were typed, and store it the same way."""

from __future__ import annotations

from typing import Any

import pytest

from bot.domain.dialogs import (
    FeedbackCommentInput,
    SignupAnswersInput,
    WorkshopCheckinInput,
    WorkshopEditInput,
    WorkshopMessageInput,
    decode,
    encode,
)

# Kind and data exactly as the untyped code wrote them.
STORED: list[tuple[str, dict[str, Any], object]] = [
    (
        "signup",
        {"workshop_id": 7, "index": 2, "answers": {"0": "A teacher", "2": "Sunday"}},
        SignupAnswersInput(7, 2, ((0, "A teacher"), (2, "Sunday"))),
    ),
    ("signup", {"workshop_id": 7, "index": 0, "answers": {}}, SignupAnswersInput(7, 0)),
    ("feedback_comment", {"registration_id": 3}, FeedbackCommentInput(3)),
    ("checkin", {"workshop_id": 7}, WorkshopCheckinInput(7)),
    ("message_workshop", {"workshop_id": 7}, WorkshopMessageInput(7)),
    (
        "message_workshop",
        {"workshop_id": 7, "text": "The room has changed."},
        WorkshopMessageInput(7, text="The room has changed."),
    ),
    ("edit_workshop", {"workshop_id": 7, "field": "start"}, WorkshopEditInput(7, "start")),
    (
        "edit_workshop",
        {"workshop_id": 7, "field": "end", "start": "24.04.2027 18:30"},
        WorkshopEditInput(7, "end", start="24.04.2027 18:30"),
    ),
    (
        "edit_workshop",
        {"workshop_id": 7, "field": "title", "language": "ru"},
        WorkshopEditInput(7, "title", language="ru"),
    ),
]


@pytest.mark.parametrize(("kind", "data", "dialog"), STORED)
def test_stored_state_reads_as_its_dataclass_and_is_stored_the_same(
    kind: str, data: dict[str, Any], dialog: object
) -> None:
    assert decode(kind, data) == dialog
    assert encode(dialog) == (kind, data)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("signup", {"workshop_id": "7", "index": 0, "answers": {}}),
        ("signup", {"workshop_id": 7, "index": 0, "answers": {"first": "x"}}),
        ("signup", {"workshop_id": 7, "index": 0, "answers": {"0": 5}}),
        ("edit_workshop", {"workshop_id": 7, "field": "colour"}),
        ("edit_workshop", {"workshop_id": 7, "field": "end", "start": 1830}),
        ("checkin", {"workshop_id": True}),
    ],
)
def test_damaged_state_reads_as_no_dialog(kind: str, data: dict[str, Any]) -> None:
    assert decode(kind, data) is None


def test_an_answer_moves_on_and_a_skip_leaves_no_answer() -> None:
    state = SignupAnswersInput(7, 0).answered(0, "A teacher").answered(1, None)
    assert state == SignupAnswersInput(7, 2, ((0, "A teacher"),))
