"""The idea draft: the steps as pure rules, and the stored JSON read back as before."""

from __future__ import annotations

import pytest

from bot.domain.dialogs import IdeaEditInput, IdeaTranslationInput, decode, encode
from bot.domain.idea_drafts import IdeaDraft
from bot.domain.ideas import IdeaInputError

# What the service stored for a draft at the review before the draft was typed.
STORED_AT_REVIEW = {
    "step": "review",
    "themes": [1, 3],
    "show_author": False,
    "title": "Night buses",
    "description": "Buses between the districts all night long.",
    "language": "en",
    "workshop_id": 7,
}


def test_a_stored_draft_reads_back_and_is_stored_the_same_way() -> None:
    draft = decode("idea", STORED_AT_REVIEW)
    assert draft == IdeaDraft(
        step="review",
        themes=(1, 3),
        show_author=False,
        title="Night buses",
        description="Buses between the districts all night long.",
        language="en",
        workshop_id=7,
    )
    assert encode(draft) == ("idea", STORED_AT_REVIEW)
    assert encode(IdeaDraft()) == ("idea", {"step": "title", "themes": [], "show_author": True})


@pytest.mark.parametrize(
    "damaged",
    [
        {"themes": []},
        {"step": "somewhere", "themes": []},
        {"step": "review", "themes": ["1"]},
        {"step": "review", "themes": [], "workshop_id": "7"},
        {"step": "review", "themes": [], "title": 5},
    ],
)
def test_a_damaged_draft_reads_as_no_dialog(damaged: dict[str, object]) -> None:
    assert decode("idea", damaged) is None


def test_typed_steps_validate_and_move_on() -> None:
    draft = IdeaDraft().with_text("  Night   buses ")
    assert (draft.step, draft.title) == ("description", "Night buses")
    draft = draft.with_text("All night long.")
    assert draft.step == "themes"
    with pytest.raises(IdeaInputError) as refused:
        draft.with_text("typed at the themes step")
    assert refused.value.reason == "ideas-error-use-buttons"
    with pytest.raises(IdeaInputError) as refused:
        draft.themes_done()
    assert refused.value.reason == "ideas-error-themes-empty"
    draft = draft.toggle_theme(3).toggle_theme(1).toggle_theme(3).toggle_theme(2)
    assert draft.themes == (1, 2)
    assert draft.themes_done().step == "needs"


def test_only_needs_and_photo_may_be_skipped_and_the_language_is_detected_once() -> None:
    draft = IdeaDraft(step="needs", title="Nachtbusse", description="Die Busse fahren die Nacht")
    assert IdeaDraft().skipped() is None
    assert draft.with_photo("file") is None  # not at the photo step
    at_photo = draft.skipped()
    assert at_photo is not None and at_photo.step == "photo"
    at_review = at_photo.with_photo("file")
    assert at_review is not None and (at_review.step, at_review.photo) == ("review", "file")
    assert at_review.with_language_detected("en").language == "de"
    chosen = IdeaDraft(step="review", title="Nachtbusse", description="Die Busse", language="uk")
    assert chosen.with_language_detected("en").language == "uk"
    assert draft.with_language_detected("en").language is None  # not at the review yet


def test_translation_and_edit_inputs_read_what_was_stored_before() -> None:
    assert decode("idea_translation", {"idea_id": 4, "language": "de"}) == IdeaTranslationInput(
        4, "de"
    )
    titled = IdeaTranslationInput(4, "de", "Nachtbusse")
    assert decode(*encode(titled)) == titled
    assert decode("idea_edit", {"idea_id": 4, "field": "needs"}) == IdeaEditInput(4, "needs")
    assert decode("idea_edit", {"idea_id": "4", "field": "needs"}) is None
