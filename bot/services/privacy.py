"""A participant's rights over their data: to see it, to take it with them, to erase it."""

from __future__ import annotations

import contextlib
import json

from bot.clock import Clock
from bot.db import privacy
from bot.db.connection import Database
from bot.db.privacy import Erasure
from bot.i18n import Translator
from bot.services.errors import UserFacingError
from bot.services.registrations import RegistrationService


class PrivacyService:
    def __init__(
        self, db: Database, clock: Clock, registrations: RegistrationService, tr: Translator
    ) -> None:
        self.db = db
        self.clock = clock
        self.registrations = registrations
        self.tr = tr

    async def my_data(self, user_id: int) -> bytes | None:
        """Everything stored about the person as readable JSON, or None when there is nothing."""
        async with self.db.reading() as conn:
            sections = await privacy.person_data(conn, user_id)
        if not any(sections.values()):
            return None
        document = {
            "telegram_id": user_id,
            "exported_at": self.clock.now().isoformat(),
            **{name: rows for name, rows in sections.items() if rows},
        }
        return json.dumps(document, ensure_ascii=False, indent=2, default=str).encode("utf-8")

    async def authored_ideas(self, user_id: int) -> int:
        async with self.db.reading() as conn:
            return await privacy.authored_ideas(conn, user_id)

    async def erase(self, user_id: int, *, keep_ideas: bool = False) -> Erasure:
        # Cancel seats first, through the normal path: the next person on the waiting list
        # gets the seat and hears about it.
        async with self.db.reading() as conn:
            active = await privacy.active_registrations(conn, user_id)
        for registration_id in active:
            # Already started or gone: it is erased below all the same.
            with contextlib.suppress(UserFacingError):
                await self.registrations.cancel(user_id, registration_id)
        async with self.db.transaction() as conn:
            return await privacy.erase_person(conn, user_id, keep_ideas=keep_ideas)
