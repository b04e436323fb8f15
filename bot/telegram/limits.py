"""Telegram's limits as the emulator enforces them, and a token bucket for the speed limits."""

from __future__ import annotations

import functools
import math
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Defaults follow Telegram (see shared/TELEGRAM.md); speed limits can be scaled for benches."""

    text_max: int = 4096
    caption_max: int = 1024
    callback_data_max_bytes: int = 64
    buttons_max: int = 100
    buttons_per_row_max: int = 8
    callback_answer_max: int = 200
    inline_results_max: int = 50  # results of one answerInlineQuery
    commands_max: int = 100
    global_per_second: float = 30.0
    global_burst: int = 30
    chat_per_second: float = 1.0
    # Telegram lets a short burst through in one private chat (a reply plus a follow-up).
    chat_burst: int = 3


class TokenBucket:
    """`capacity` sends at once, refilled at `rate` per second of (injected) time."""

    def __init__(self, rate: float, capacity: int, now: float) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = float(capacity)
        self.updated = now

    def _refill(self, now: float) -> None:
        if now > self.updated:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now

    def wait_time(self, now: float) -> float:
        """Seconds until one send is allowed (0 when it is allowed now)."""
        self._refill(now)
        if self.tokens >= 1:
            return 0.0
        return (1 - self.tokens) / self.rate

    def take(self, now: float) -> None:
        self._refill(now)
        self.tokens -= 1


def retry_after_seconds(wait: float) -> int:
    """Telegram reports whole seconds, at least one."""
    return max(1, math.ceil(wait - 1e-9))


# ------------------------------------------------------------------ button labels on a phone
# UX.md's budget: characters per label by the number of buttons in its row (4 or more: 6).
LABEL_BUDGETS = {1: 30, 2: 14, 3: 9}
LABEL_BUDGET_MANY = 6

# Blocks whose symbols phones draw as emoji (two columns wide) even without U+FE0F.
_EMOJI_RANGES = (
    (0x2300, 0x23FF),  # misc technical: ⌛ ⏰ ⏸ ⏩
    (0x25A0, 0x25FF),  # geometric shapes: ▶ ◀ ◻
    (0x2600, 0x27BF),  # misc symbols and dingbats: ☀ ✅ ✏ ➕
    (0x2B00, 0x2BFF),  # arrows and stars: ⬅ ⭐
    (0x1F000, 0x1F1E5),  # mahjong, cards, enclosed alphanumerics: 🅰 🆗
    (0x1F200, 0x1FAFF),  # pictographs, emoticons, transport, symbols: 📅 😀 🗑
)
_REGIONAL_INDICATORS = (0x1F1E6, 0x1F1FF)  # a flag is two of them: each counts 1
_SKIN_TONES = (0x1F3FB, 0x1F3FF)
_ZWJ = "\u200d"
_EMOJI_PRESENTATION = "\ufe0f"


def _zero_width(char: str) -> bool:
    code = ord(char)
    return (
        0xFE00 <= code <= 0xFE0F  # variation selectors
        or 0xE0100 <= code <= 0xE01EF
        or _SKIN_TONES[0] <= code <= _SKIN_TONES[1]
        or unicodedata.category(char) in ("Mn", "Me", "Cf")  # combining marks, ZWJ, tags
    )


def _wide(char: str) -> bool:
    code = ord(char)
    return unicodedata.east_asian_width(char) in ("W", "F") or any(
        low <= code <= high for low, high in _EMOJI_RANGES
    )


@functools.lru_cache(maxsize=4096)  # the same few hundred labels, on every keyboard
def label_width(text: str) -> int:
    """A button label's length on a phone: an emoji counts 2, joiners and selectors 0.

    "Emoji" means East Asian Width W/F, a symbol from the emoji blocks, or any character
    followed by U+FE0F (emoji presentation); a character joined by U+200D (ZWJ) to the one
    before is part of the same picture and adds nothing.
    """
    width = 0
    joined = False
    for i, char in enumerate(text):
        if joined:
            joined = False
        elif char == _ZWJ:
            joined = True
        elif _zero_width(char):
            continue
        elif _REGIONAL_INDICATORS[0] <= ord(char) <= _REGIONAL_INDICATORS[1]:
            width += 1
        elif _wide(char) or text[i + 1 : i + 2] == _EMOJI_PRESENTATION:
            width += 2
        else:
            width += 1
    return width


def label_budget(buttons_in_row: int) -> int:
    """How many characters (emoji 2) each label may use in a row of this many buttons."""
    return LABEL_BUDGETS.get(buttons_in_row, LABEL_BUDGET_MANY)


def over_budget_labels(rows: list[list[str]]) -> list[tuple[str, int, int]]:
    """(label, its width, the budget) of every label too wide for its row."""
    found = []
    for row in rows:
        budget = label_budget(len(row))
        found += [(text, label_width(text), budget) for text in row if label_width(text) > budget]
    return found
