"""Hourly quotas: one person cannot flood the programme with ideas, translations or messages."""

from __future__ import annotations

from datetime import datetime, timedelta

import aiosqlite

from bot.db import quotas
from bot.domain.limits import HOURLY_QUOTAS, over_quota
from bot.services.errors import UserFacingError


async def require_quota(conn: aiosqlite.Connection, kind: str, user_id: int, now: datetime) -> None:
    """Raise a polite refusal when the person used up this hour's quota of `kind`."""
    used = await quotas.created_since(conn, kind, user_id, now - timedelta(hours=1))
    if over_quota(used, kind):
        raise UserFacingError(f"limits-hourly-{kind}", limit=HOURLY_QUOTAS[kind])
