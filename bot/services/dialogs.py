"""What a user is in the middle of typing, stored so a restart loses nothing."""

from __future__ import annotations

from typing import Any

from bot.clock import Clock
from bot.db import dialogs
from bot.db.connection import Database
from bot.domain.dialogs import Dialog


class DialogService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def get(self, user_id: int) -> tuple[str, dict[str, Any]] | None:
        async with self.db.reading() as conn:
            return await dialogs.get_state(conn, user_id)

    async def current(self, user_id: int) -> Dialog | None:
        async with self.db.reading() as conn:
            return await dialogs.get_dialog(conn, user_id)

    async def start(self, user_id: int, dialog: Dialog) -> None:
        """Begin (or replace) the person's dialog with a typed state."""
        async with self.db.transaction() as conn:
            await dialogs.set_dialog(conn, user_id, dialog, self.clock.now())

    async def clear(self, user_id: int) -> None:
        async with self.db.transaction() as conn:
            await dialogs.clear_state(conn, user_id)
