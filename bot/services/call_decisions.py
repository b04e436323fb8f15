"""Deciding a call: decisions per application, letters per language through the outbox, an accepted
application becoming a partnership, exports, and the retention of documents."""

from __future__ import annotations

from bot.clock import Clock
from bot.db.connection import Database
from bot.i18n import Translator
from bot.services.due import TaskAction
from bot.services.notify import Notifier
from bot.translation import MachineTranslator


class CallDecisionService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        translator: Translator,
        machine: MachineTranslator,
    ) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._translator = translator
        self._machine = machine

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {}
