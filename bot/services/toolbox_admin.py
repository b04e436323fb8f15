"""Keeping the toolbox: organisers add and edit entries (versions per language, machine
translations marked, templates checked before download), moderate members' suggestions with
credit, owners are reminded at the review date, and searches that found nothing reach the
organisers' weekly notice."""

from __future__ import annotations

from bot.clock import Clock
from bot.db.connection import Database
from bot.i18n import Translator
from bot.services.due import TaskAction
from bot.services.notify import Notifier
from bot.translation import MachineTranslator


class ToolboxAdmin:
    """Authoring, moderation, review dates and the weekly notice of missed searches."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: Notifier,
        translator: Translator,
        machine: MachineTranslator,
    ) -> None:
        self.db = db
        self.clock = clock
        self.notifier = notifier
        self.translator = translator
        self.machine = machine

    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {}
