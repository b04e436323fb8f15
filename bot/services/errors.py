"""Failures a user can cause and should hear about in their language."""

from __future__ import annotations


class UserFacingError(Exception):
    """An expected refusal; `message_id` names the Fluent message that explains it."""

    def __init__(self, message_id: str, **args: object) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.args_for_message = args


class NotFound(UserFacingError):
    pass


class Unreachable(NotFound):
    """Unknown, or not this person's to see or use: both look the same, so ids can't be
    probed. A button press hears 'this button is out of date'; typed input hears message_id."""
