"""Messages to people other than the one acting: rendered in each recipient's language and
queued in the outbox in the same transaction as the change they report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import aiosqlite
from telegram import InlineKeyboardMarkup

from bot.db import outbox, participants
from bot.db.outbox import OutgoingMessage
from bot.i18n import Translator

# Higher goes first: nothing time-critical waits behind a big broadcast.
PRIORITY_CRITICAL = 100  # cancellations, seat offers, answers to the person's own action
PRIORITY_REMINDER = 50
PRIORITY_NORMAL = 10
PRIORITY_BROADCAST = 0

PerLanguage = Callable[[str], Any]


class Notifier:
    def __init__(self, translator: Translator, default_language: str) -> None:
        self.translator = translator
        self.default_language = default_language
        self.on_queued: Callable[[], None] = lambda: None

    async def language_of(self, conn: aiosqlite.Connection, user_id: int) -> str:
        person = await participants.get(conn, user_id)
        return person.language if person else self.default_language

    async def send(
        self,
        conn: aiosqlite.Connection,
        user_id: int,
        message_id: str,
        now: datetime,
        *,
        priority: int = PRIORITY_NORMAL,
        markup: Callable[[str], InlineKeyboardMarkup | None] | None = None,
        dedupe_key: str | None = None,
        document: tuple[str, Callable[[str], bytes]] | None = None,
        photo: Callable[[str], bytes] | None = None,
        **args: Any,
    ) -> bool:
        """Queue one message; values given as functions of the language are resolved per reader.

        Returns False when nothing was queued (unreachable person or an earlier duplicate).
        """
        if not await participants.is_reachable(conn, user_id):
            return False
        language = await self.language_of(conn, user_id)
        resolved = {k: (v(language) if callable(v) else v) for k, v in args.items()}
        keyboard = markup(language) if markup else None
        queued = await outbox.enqueue(
            conn,
            OutgoingMessage(
                recipient_id=user_id,
                text=self.translator.html(language, message_id, **resolved),
                priority=priority,
                reply_markup=keyboard.to_json() if keyboard else None,
                document_name=document[0] if document else None,
                document=document[1](language) if document else None,
                photo=photo(language) if photo else None,
                dedupe_key=dedupe_key,
            ),
            now,
        )
        if queued:
            self.on_queued()
        return queued
