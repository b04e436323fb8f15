"""A BarCamp's plan: the one-tap build, the organiser's move / swap / lock / merge, the
announcement (image, text per slot, each person's .ics, reminders) and changes that notify
only the people interested."""

from __future__ import annotations

from bot.services.due import TaskAction
from bot.services.event_part import EventPart


class BarcampPlanning(EventPart):
    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {}
