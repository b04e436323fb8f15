"""Reading Telegram's error answers: one classification for the whole bot (delivery worker,
screens edited in place, the error handler), the same way across PTB versions."""

from __future__ import annotations

import enum
import warnings
from dataclasses import dataclass
from datetime import timedelta

from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning


class Problem(enum.Enum):
    RETRY_AFTER = "retry_after"  # 429: wait `retry_after` seconds, then the same call again
    GONE = "gone"  # blocked the bot, deleted their account, or the chat does not exist
    NOT_MODIFIED = "not_modified"  # an edit to exactly what the message already shows
    OLD_QUERY = "old_query"  # a button press answered already, or too old to answer
    BAD_REQUEST = "bad_request"  # Telegram refused this call; trying again will not help
    NETWORK = "network"  # no answer, or an unexplained one: trying again later may help


@dataclass(frozen=True)
class TelegramFailure:
    problem: Problem
    retry_after: float = 0.0  # seconds, for RETRY_AFTER only
    detail: str = ""  # Telegram's own words, for logs and the outbox's error column


# Bad Request descriptions that mean the person or chat is gone for good (Telegram answers
# some of these with 400 rather than 403).
_GONE_DETAILS = (
    "chat not found",
    "user not found",
    "user is deactivated",
    "bot was blocked by the user",
    "peer_id_invalid",
)
_NOT_MODIFIED = "message is not modified"
_OLD_QUERY = "query is too old"


def classify(error: TelegramError) -> TelegramFailure:
    """What a failed Bot API call means for whoever made it."""
    detail = error.message
    text = detail.lower()
    if isinstance(error, RetryAfter):
        return TelegramFailure(Problem.RETRY_AFTER, retry_after_seconds(error), detail)
    if isinstance(error, Forbidden):
        return TelegramFailure(Problem.GONE, detail=detail)
    # BadRequest is a subclass of NetworkError in PTB: test it first.
    if isinstance(error, BadRequest):
        if _NOT_MODIFIED in text:
            return TelegramFailure(Problem.NOT_MODIFIED, detail=detail)
        if _OLD_QUERY in text:
            return TelegramFailure(Problem.OLD_QUERY, detail=detail)
        if any(gone in text for gone in _GONE_DETAILS):
            return TelegramFailure(Problem.GONE, detail=detail)
        return TelegramFailure(Problem.BAD_REQUEST, detail=detail)
    return TelegramFailure(Problem.NETWORK, detail=detail)


def retry_after_seconds(error: RetryAfter) -> float:
    """Seconds Telegram asks us to wait (PTB 22 moves from int to timedelta)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
