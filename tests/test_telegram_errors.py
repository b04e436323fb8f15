"""bot.telegram.errors.classify: what each kind of Telegram error answer means for the bot."""

from __future__ import annotations

from datetime import timedelta

import pytest
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.telegram.errors import Problem, classify


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (Forbidden("Forbidden: bot was blocked by the user"), Problem.GONE),
        (Forbidden("Forbidden: user is deactivated"), Problem.GONE),
        (Forbidden("Forbidden: bot can't initiate conversation with a user"), Problem.GONE),
        (BadRequest("Bad Request: chat not found"), Problem.GONE),
        (BadRequest("Bad Request: user is deactivated"), Problem.GONE),
        (
            BadRequest(
                "Bad Request: message is not modified: specified new message content and "
                "reply markup are exactly the same as a current content and reply markup"
            ),
            Problem.NOT_MODIFIED,
        ),
        (BadRequest("Bad Request: can't parse entities: unclosed tag"), Problem.BAD_REQUEST),
        (BadRequest("Bad Request: message to edit not found"), Problem.BAD_REQUEST),
        (TimedOut(), Problem.NETWORK),
        (NetworkError("httpx.ConnectError: connection refused"), Problem.NETWORK),
        (ChatMigrated(12345), Problem.NETWORK),
        (TelegramError("Internal Server Error"), Problem.NETWORK),
    ],
)
def test_each_answer_has_one_meaning(error: TelegramError, problem: Problem) -> None:
    failure = classify(error)
    assert failure.problem is problem
    assert failure.retry_after == 0
    assert failure.detail == error.message


@pytest.mark.parametrize("wait", [3, timedelta(seconds=3)])
def test_flood_control_says_how_long_to_wait(wait: int | timedelta) -> None:
    failure = classify(RetryAfter(wait))  # type: ignore[arg-type]  # PTB takes either
    assert failure.problem is Problem.RETRY_AFTER
    assert failure.retry_after == 3.0


def test_a_bad_request_is_not_mistaken_for_a_network_error() -> None:
    """PTB's BadRequest is a subclass of NetworkError: the order of the checks matters."""
    assert isinstance(BadRequest("x"), NetworkError)
    assert classify(BadRequest("Bad Request: x")).problem is Problem.BAD_REQUEST


def test_an_answer_to_an_old_button_press_is_its_own_problem() -> None:
    error = BadRequest("Query is too old and response timeout expired or query id is invalid")
    assert classify(error).problem is Problem.OLD_QUERY
