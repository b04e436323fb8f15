"""How much a person created recently: the counts behind the hourly quotas."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.db.codec import time_to_sql

_COUNTS = {
    "idea": "SELECT COUNT(*) FROM ideas WHERE author_id = ? AND created_at > ?",
    "translation": (
        "SELECT COUNT(*) FROM idea_translations WHERE translator_id = ? AND created_at > ?"
    ),
    "team-message": "SELECT COUNT(*) FROM team_messages WHERE sender_id = ? AND created_at > ?",
}


async def created_since(
    conn: aiosqlite.Connection, kind: str, user_id: int, since: datetime
) -> int:
    async with conn.execute(_COUNTS[kind], (user_id, time_to_sql(since))) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0
