"""The network office above the partnerships: the network home, staff and their invitations,
partnership profiles for the directory, and the roll-up statistics for staff (counts per
country and topic; never another partnership's people)."""

from __future__ import annotations

from bot.clock import Clock
from bot.db.connection import Database
from bot.i18n import Translator
from bot.services.due import TaskAction
from bot.services.notify import Notifier
from bot.translation import MachineTranslator


class NetworkService:
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
