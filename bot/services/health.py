"""What a load balancer or Docker asks: can the bot reach its database, is delivery keeping up."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db import outbox
from bot.db.connection import Database


@dataclass(frozen=True)
class Health:
    database: bool
    outbox_pending: int | None

    @property
    def ok(self) -> bool:
        return self.database

    def as_json(self) -> dict[str, object]:
        return {
            "status": "ok" if self.ok else "failing",
            "database": "reachable" if self.database else "unreachable",
            "outbox_pending": self.outbox_pending,
        }


async def check_health(db: Database) -> Health:
    try:
        async with db.reading() as conn:
            pending = await outbox.pending_count(conn)
    except Exception:  # any failure means "not healthy"; the reason is in the bot's log
        return Health(database=False, outbox_pending=None)
    return Health(database=True, outbox_pending=pending)
