"""A participant's right to erase what the bot stores about them."""

from __future__ import annotations

from bot.db import privacy
from bot.db.connection import Database


class PrivacyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def erase(self, user_id: int) -> None:
        async with self.db.transaction() as conn:
            await privacy.erase_person(conn, user_id)
