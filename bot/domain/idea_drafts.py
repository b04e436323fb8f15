"""A participant's idea while they write it: the steps as a pure state machine.

Title and description are typed, one tap on a theme reaches the review (UX.md's budget: an idea
in six interactions). From the review the author may add what the idea needs, a photo and more
themes (each returns to the review), and set its options. The service stores the draft between
messages (kind "idea"), so a restart in the middle loses nothing; drafts stored by the older
wizard (themes, needs, photo, review in a row) carry on.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, ClassVar, Literal, get_args

from bot.domain.ideas import (
    IdeaInputError,
    detect_language,
    validate_description,
    validate_needs,
    validate_title,
)

DraftStep = Literal["title", "description", "themes", "needs", "photo", "review"]
_STEPS: dict[str, DraftStep] = {step: step for step in get_args(DraftStep)}


@dataclass(frozen=True)
class IdeaDraft:
    KIND: ClassVar[str] = "idea"

    step: DraftStep = "title"
    themes: tuple[int, ...] = ()
    show_author: bool = True
    title: str | None = None
    description: str | None = None
    needs: str | None = None
    photo: str | None = None  # a Telegram file id
    language: str | None = None  # detected at the review, then the author's choice
    workshop_id: int | None = None
    prompt_message_id: int = 0  # the typed step's question, whose buttons go once answered
    live: bool = False  # posted from a live room: its workshop is the room's, not to choose

    # ---------------------------------------------------------------- steps
    def with_text(self, raw: str) -> IdeaDraft:
        """Typed text for the current step; bad text raises IdeaInputError, the step stays."""
        if self.step == "title":
            return replace(self, title=validate_title(raw), step="description")
        if self.step == "description":
            # Themes preset (a live wall's session themes): on to the review, where they change.
            after: DraftStep = "review" if self.themes else "themes"
            return replace(self, description=validate_description(raw), step=after)
        if self.step == "needs":
            return replace(self, needs=validate_needs(raw), step="review")
        raise IdeaInputError("ideas-error-use-buttons")

    def toggle_theme(self, theme_id: int) -> IdeaDraft | None:
        """The first theme picked goes straight on to the review; from the review's "themes"
        (some chosen already) a tap adds or removes one and "Done" goes back."""
        if self.step != "themes":
            return None
        if not self.themes:
            return replace(self, themes=(theme_id,), step="review")
        return replace(self, themes=tuple(sorted(set(self.themes) ^ {theme_id})))

    def themes_done(self) -> IdeaDraft | None:
        if self.step != "themes":
            return None
        if not self.themes:
            raise IdeaInputError("ideas-error-themes-empty")
        return replace(self, step="review")

    def editing(self, step: DraftStep) -> IdeaDraft | None:
        """From the review to an optional step (themes, needs or photo); None elsewhere."""
        if self.step != "review" or step not in ("themes", "needs", "photo"):
            return None
        return replace(self, step=step)

    def skipped(self) -> IdeaDraft | None:
        """Back to the review from an optional step, leaving it as it was; None elsewhere."""
        if self.step in ("needs", "photo") or (self.step == "themes" and self.themes):
            return replace(self, step="review")
        return None

    def with_photo(self, file_id: str) -> IdeaDraft:
        """A photo at its step, or sent straight to the review; earlier it is refused (the
        review offers it)."""
        if self.step not in ("photo", "review"):
            raise IdeaInputError("ideas-error-photo-later")
        return replace(self, photo=file_id, step="review")

    def with_prompt(self, message_id: int) -> IdeaDraft:
        return replace(self, prompt_message_id=message_id)

    def with_author_toggled(self) -> IdeaDraft:
        return replace(self, show_author=not self.show_author)

    def with_language_detected(self, fallback: str) -> IdeaDraft:
        """At the review, the language the text reads as (once; the author may change it)."""
        if self.step != "review" or self.language is not None:
            return self
        text = f"{self.title} {self.description} {self.needs or ''}"
        return replace(self, language=detect_language(text, fallback))

    # ---------------------------------------------------------------- stored form
    def to_dict(self) -> dict[str, Any]:
        """The JSON stored between messages: the same keys as before the draft was typed
        (optional ones only once they are set)."""
        data: dict[str, Any] = {
            "step": self.step,
            "themes": list(self.themes),
            "show_author": self.show_author,
        }
        optional = {
            "title": self.title,
            "description": self.description,
            "needs": self.needs,
            "photo": self.photo,
            "language": self.language,
            "workshop_id": self.workshop_id,
            "prompt_message_id": self.prompt_message_id or None,
            "live": self.live or None,
        }
        data.update({key: value for key, value in optional.items() if value is not None})
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IdeaDraft:
        return cls(
            step=_STEPS[data["step"]],
            themes=_numbers(data.get("themes") or []),
            show_author=bool(data.get("show_author", True)),
            title=_text(data, "title"),
            description=_text(data, "description"),
            needs=_text(data, "needs"),
            photo=_text(data, "photo"),
            language=_text(data, "language"),
            workshop_id=_number(data, "workshop_id"),
            prompt_message_id=_number(data, "prompt_message_id") or 0,  # absent before
            live=bool(data.get("live", False)),
        )


def _text(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"idea draft {key}: {value!r}")
    return value or None


def _number(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is not None and type(value) is not int:
        raise ValueError(f"idea draft {key}: {value!r}")
    return value or None


def _numbers(values: list[Any]) -> tuple[int, ...]:
    if any(type(value) is not int for value in values):
        raise ValueError(f"idea draft themes: {values!r}")
    return tuple(values)
