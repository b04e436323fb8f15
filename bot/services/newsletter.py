"""The network newsletter and calendar: staff compose a newsletter (sections, per-language
versions, audience, preview with the recipient count, scheduled, delivered through the
outbox); public workshops and network events form a calendar with an .ics feed."""

from __future__ import annotations

from bot.clock import Clock
from bot.db.connection import Database
from bot.i18n import Translator
from bot.services.due import TaskAction
from bot.services.notify import Notifier
from bot.translation import MachineTranslator


class NewsletterService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        translator: Translator,
        machine: MachineTranslator,
        admin_ids: frozenset[int],
    ) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.translator = translator
        self.machine = machine
        self.admin_ids = admin_ids

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {}
