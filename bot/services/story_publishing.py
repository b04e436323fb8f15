"""Publishing a story: an organiser reviews and publishes it (refused while consent is
missing); published stories are readable in every language and listed by topic and city pair,
offered as an RSS/JSON feed; the idea's voters are told; the team is asked for a one-line
update on the review date."""

from __future__ import annotations

from bot.clock import Clock
from bot.db.connection import Database
from bot.i18n import Translator
from bot.services.due import TaskAction
from bot.services.notify import Notifier
from bot.translation import MachineTranslator


class StoryPublishing:
    """Review, publishing, reading, the feed, telling voters, updates."""

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
