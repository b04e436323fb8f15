"""Applying to a call: drafts saved after every answer, the partner city joining by link,
documents, sign-offs and submission. Only a party of an application may read or change it."""

from __future__ import annotations

from bot.clock import Clock
from bot.db.connection import Database
from bot.i18n import Translator
from bot.services.due import TaskAction
from bot.services.notify import Notifier
from bot.translation import MachineTranslator


class ApplicationService:
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
