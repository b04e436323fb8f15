"""Conversions between SQLite column values and domain values."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from bot.domain.texts import LocalizedName


def names_to_sql(name: LocalizedName) -> str:
    return json.dumps(name.to_dict(), ensure_ascii=False, sort_keys=True)


def names_from_sql(raw: str) -> LocalizedName:
    return LocalizedName(json.loads(raw))


def time_to_sql(moment: datetime | None) -> str | None:
    """Always UTC, so that stored times compare correctly as text."""
    return moment.astimezone(UTC).isoformat() if moment is not None else None


def time_from_sql(raw: str | None) -> datetime | None:
    return datetime.fromisoformat(raw) if raw else None
