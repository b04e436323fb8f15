"""Writing a story: the bot drafts it from the team's idea, members, check-ins and closing
answers; the team edits it section by section in any language, adds photos (EXIF stripped),
and every named person consents or is shown as "a team member from <city>"."""

from __future__ import annotations

from bot.clock import Clock
from bot.db.connection import Database
from bot.i18n import Translator
from bot.services.due import TaskAction
from bot.services.notify import Notifier
from bot.translation import MachineTranslator


class StoryService:
    """Drafts, section edits, photos and consent."""

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
