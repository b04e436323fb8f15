"""Reading Telegram's error answers the same way across PTB versions."""

from __future__ import annotations

import warnings
from datetime import timedelta

from telegram.error import RetryAfter
from telegram.warnings import PTBDeprecationWarning


def retry_after_seconds(error: RetryAfter) -> float:
    """Seconds Telegram asks us to wait (PTB 22 moves from int to timedelta)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
