"""Typed button data: a prefix plus ':'-separated fields, at most 64 bytes, one codec for all.

The button kinds themselves (one per screen and action) are in `bot/callback_data.py`.

Each button kind is a frozen dataclass with a PREFIX; `pack()` builds the data, `unpack()` reads
it back (None for stale or forged data), and `pattern()` is the handler's regex. A field typed as
a `Literal[...]` is an action: `unpack()` refuses values outside it, and
`pattern(action="vote")` matches only that action, so each action gets its own handler.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any, ClassVar, Literal, Self, get_args, get_origin, get_type_hints

MAX_BYTES = 64
# Integer fields are ids and small numbers: 0 <= n < 2**63 (SQLite's INTEGER), digits only.
# Anything else (a sign, 40 digits, '١٢') is forged data, answered like a stale button.
MAX_INT = 2**63
_INT = r"[0-9]{1,19}"
_BOOL = r"[01]"
_TEXT = r"[^:]*"


@dataclass(frozen=True)
class CallbackData:
    PREFIX: ClassVar[str]

    def pack(self) -> str:
        parts = [self.PREFIX]
        for f in fields(self):
            value = getattr(self, f.name)
            text = str(int(value)) if isinstance(value, bool) else str(value)
            if isinstance(value, int) and not isinstance(value, bool) and not in_range(value):
                raise ValueError(f"{f.name} out of range: {value}")
            if ":" in text:
                raise ValueError(f"{f.name} must not contain ':'")
            parts.append(text)
        data = ":".join(parts)
        if len(data.encode("utf-8")) > MAX_BYTES:
            raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
        return data

    @classmethod
    def unpack(cls, data: str) -> Self | None:
        if not cls.pattern().fullmatch(data):
            return None
        values: dict[str, Any] = {}
        for (name, kind), raw in zip(_field_kinds(cls), data.split(":")[1:], strict=True):
            if kind is bool:
                values[name] = raw == "1"
            elif kind is int:
                values[name] = int(raw)
                if not in_range(values[name]):
                    return None
            else:
                values[name] = raw
        return cls(**values)

    @classmethod
    def pattern(cls, **fixed: str) -> re.Pattern[str]:
        """The whole data, field by field (an action only from its Literal's values); with
        `fixed`, only data whose fields equal those values. Malformed data matches no handler
        and falls through to the stale-button answer (a pop-up), never into a handler."""
        key = (cls, tuple(sorted(fixed.items())))
        if key not in _PATTERNS:
            _PATTERNS[key] = _build_pattern(cls, dict(fixed))
        return _PATTERNS[key]

    @classmethod
    def actions(cls) -> tuple[str, ...]:
        """Every value of the kind's `action` field (empty for kinds without one)."""
        for name, kind in _field_kinds(cls):
            if name == "action" and get_origin(kind) is Literal:
                return tuple(get_args(kind))
        return ()

    def exact_pattern(self) -> re.Pattern[str]:
        """Matches this one button's data only (one handler per value, e.g. a menu item)."""
        return re.compile(rf"^{re.escape(self.pack())}$")


def in_range(value: int) -> bool:
    return 0 <= value < MAX_INT


def _shape(kind: Any) -> str:
    if kind is bool:
        return _BOOL
    if kind is int:
        return _INT
    if get_origin(kind) is Literal:
        return "(?:" + "|".join(re.escape(str(v)) for v in get_args(kind)) + ")"
    return _TEXT


def _build_pattern(cls: type[CallbackData], fixed: dict[str, str]) -> re.Pattern[str]:
    parts = []
    for name, kind in _field_kinds(cls):
        if name not in fixed:
            parts.append(":" + _shape(kind))
            continue
        value = fixed.pop(name)
        if get_origin(kind) is Literal and value not in get_args(kind):
            raise ValueError(f"{cls.__name__}.{name} has no value {value!r}")
        parts.append(":" + re.escape(value))
    if fixed:
        raise ValueError(f"{cls.__name__} has no fields {sorted(fixed)}")
    return re.compile(rf"^{re.escape(cls.PREFIX)}{''.join(parts)}\Z")


_PATTERNS: dict[tuple[type, tuple[tuple[str, str], ...]], re.Pattern[str]] = {}


_KINDS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _field_kinds(cls: type) -> tuple[tuple[str, Any], ...]:
    """Each field's name and type, worked out once per button kind (not on every press)."""
    if cls not in _KINDS:
        hints = get_type_hints(cls)
        _KINDS[cls] = tuple((f.name, hints[f.name]) for f in fields(cls))
    return _KINDS[cls]
