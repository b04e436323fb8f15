"""The idea draft: the steps as pure rules, and the stored JSON read back as before."""

from __future__ import annotations

from dataclasses import replace

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


def test_typed_steps_validate_and_one_theme_reaches_the_review() -> None:
    draft = IdeaDraft().with_text("  Night   buses ")
    assert (draft.step, draft.title) == ("description", "Night buses")
    assert draft.toggle_theme(1) is None  # not at the themes yet
    draft = draft.with_text("All night long.")
    assert draft.step == "themes"
    with pytest.raises(IdeaInputError) as refused:
        draft.with_text("typed at the themes step")
    assert refused.value.reason == "ideas-error-use-buttons"
    with pytest.raises(IdeaInputError) as refused:
        draft.themes_done()
    assert refused.value.reason == "ideas-error-themes-empty"
    assert draft.skipped() is None  # the first theme is not optional
    at_review = draft.toggle_theme(3)
    assert at_review is not None and (at_review.step, at_review.themes) == ("review", (3,))


def test_from_the_review_more_themes_needs_and_a_photo_each_come_back() -> None:
    review = IdeaDraft(step="review", themes=(3,), title="Nachtbusse", description="Die Busse")
    themes = review.editing("themes")
    assert themes is not None and themes.step == "themes"
    for theme in (1, 3, 2):
        changed = themes.toggle_theme(theme)
        assert changed is not None
        themes = changed
    assert themes.themes == (1, 2) and themes.step == "themes"
    done = themes.themes_done()
    assert done is not None and done.step == "review"
    needs = review.editing("needs")
    assert needs is not None and needs.with_text("Musik").needs == "Musik"
    assert needs.with_text("Musik").step == "review"
    back = needs.skipped()
    assert back == review  # back without typing: nothing changed
    photo = review.editing("photo")
    assert photo is not None and photo.with_photo("file") == replace(review, photo="file")
    assert review.with_photo("sent at the review") is not None
    assert review.editing("title") is None and needs.editing("photo") is None
    assert IdeaDraft().skipped() is None
    with pytest.raises(IdeaInputError) as refused:
        IdeaDraft().with_photo("file")  # at the title: the review offers it later
    assert refused.value.reason == "ideas-error-photo-later"


def test_the_language_is_detected_once_at_the_review() -> None:
    draft = IdeaDraft(step="needs", title="Nachtbusse", description="Die Busse fahren die Nacht")
    assert draft.with_language_detected("en").language is None  # not at the review yet
    at_review = draft.skipped()
    assert at_review is not None
    assert at_review.with_language_detected("en").language == "de"
    chosen = IdeaDraft(step="review", title="Nachtbusse", description="Die Busse", language="uk")
    assert chosen.with_language_detected("en").language == "uk"


@pytest.mark.parametrize("step", ["themes", "needs", "photo"])
def test_a_draft_of_the_old_wizard_carries_on(step: str) -> None:
    """Stored by the wizard that asked themes, needs and photo in a row: each reaches the review."""
    stored = {"step": step, "themes": [1], "show_author": True, "title": "T", "description": "D"}
    draft = decode("idea", stored)
    assert isinstance(draft, IdeaDraft)
    moved = draft.themes_done() if step == "themes" else draft.skipped()
    assert moved is not None and moved.step == "review"
    prompted = draft.with_prompt(42)
    assert encode(prompted) == ("idea", {**stored, "prompt_message_id": 42})
    assert decode(*encode(prompted)) == prompted


def test_translation_and_edit_inputs_read_what_was_stored_before() -> None:
    assert decode("idea_translation", {"idea_id": 4, "language": "de"}) == IdeaTranslationInput(
        4, "de"
    )
    titled = IdeaTranslationInput(4, "de", "Nachtbusse")
    assert decode(*encode(titled)) == titled
    assert decode("idea_edit", {"idea_id": 4, "field": "needs"}) == IdeaEditInput(4, "needs")
    assert decode("idea_edit", {"idea_id": "4", "field": "needs"}) is None
