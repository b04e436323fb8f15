"""The live wall, the organiser's side: an event joining simultaneous workshops (one room
each), themes, moderation mode, room moderators, display languages, check-in codes and wall
links, exchange moments, and closing the event (its ideas become ordinary ideas)."""

from __future__ import annotations

from bot.services.due import TaskAction
from bot.services.event_part import EventPart


class LiveSetup(EventPart):
    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {}
