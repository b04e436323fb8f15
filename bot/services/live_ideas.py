"""The live wall, the people's side: ideas posted in a room through the idea flow, their
translations into every room's language (pending while the provider is slow, filled in later),
+1 from the chat, bridge ideas, and the room moderators' approve / hide / merge / correct."""

from __future__ import annotations

from bot.services.due import TaskAction
from bot.services.event_part import EventPart


class LiveIdeas(EventPart):
    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {}
