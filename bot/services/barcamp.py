"""A workshop's BarCamp, the people's side and its setup: rooms and slots, the phases,
proposals (with the similar-proposal check), interest, hosts' notes and the documentation."""

from __future__ import annotations

from bot.services.due import TaskAction
from bot.services.event_part import EventPart


class BarcampPeople(EventPart):
    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {}
