"""What a load balancer or Docker asks: can the bot reach its database, is delivery keeping up."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db import inbox, outbox
from bot.db.connection import Database


@dataclass(frozen=True)
class Health:
    database: bool
    outbox_pending: int | None
    inbox_backlog: int | None = None  # updates received but not handled yet

    @property
    def ok(self) -> bool:
        return self.database

    def as_json(self, *, figures: bool = True) -> dict[str, object]:
        """`figures`: the backlogs too (not for strangers: they tell how busy the bot is)."""
        report: dict[str, object] = {
            "status": "ok" if self.ok else "failing",
            "database": "reachable" if self.database else "unreachable",
        }
        if figures:
            report.update(outbox_pending=self.outbox_pending, inbox_backlog=self.inbox_backlog)
        return report


async def check_health(db: Database) -> Health:
    try:
        await db.flush()  # done marks waiting to ride with a trip are not backlog
        async with db.reading() as conn:
            pending = await outbox.pending_count(conn)
            backlog = await inbox.backlog(conn)
    except Exception:  # any failure means "not healthy"; the reason is in the bot's log
        return Health(database=False, outbox_pending=None)
    return Health(database=True, outbox_pending=pending, inbox_backlog=backlog)
