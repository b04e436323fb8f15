"""The live wall page's read model: what one room's wall shows (one column per city, every
text in the room's language, bridge ideas, the exchange moment), and waiting for the next change."""

from __future__ import annotations

from bot.services.due import TaskAction
from bot.services.event_part import EventPart


class LiveWallPage(EventPart):
    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {}
