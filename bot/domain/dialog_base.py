"""What every dialog kind is: a stored name and a JSON-safe form (kept apart from
`dialogs.py` so that feature modules can define their kinds without importing the registry)."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from typing import Any, ClassVar, Protocol, Self, get_type_hints


class Dialog(Protocol):
    """What every dialog kind offers: its stored name and a JSON-safe form."""

    KIND: ClassVar[str]

    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self: ...


@dataclass(frozen=True)
class TypedInput:
    """A dialog whose fields are plain ints, strings and bools (most typed-text questions)."""

    KIND: ClassVar[str]

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        hints = get_type_hints(cls)
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data and f.default is not MISSING:
                continue  # a field added later: a dialog stored before it keeps the default
            value = data[f.name]
            if type(value) is not hints[f.name]:  # bool is not int here on purpose
                raise ValueError(f"{cls.KIND}.{f.name}: {value!r}")
            values[f.name] = value
        return cls(**values)


# Multiple choices a dialog collects (topics, countries) travel as comma-separated text.
def toggled(csv: str, value: str) -> str:
    """A comma-separated selection with `value` switched on or off (order kept)."""
    chosen = [v for v in csv.split(",") if v]
    if value in chosen:
        chosen.remove(value)
    else:
        chosen.append(value)
    return ",".join(chosen)


def selection(csv: str) -> tuple[str, ...]:
    return tuple(v for v in csv.split(",") if v)
