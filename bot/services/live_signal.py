"""Wakes the wall pages of one event when something they show changed, in this process.

The database keeps the truth (`live_events.version`, bumped in the change's transaction); this
only saves pages from asking it again and again. A page that misses a wake-up (another process
changed the event) still sees the newer version on its next question."""

from __future__ import annotations

import asyncio


class WallSignal:
    def __init__(self) -> None:
        self._events: dict[int, asyncio.Event] = {}

    def changed(self, event_id: int) -> None:
        """Call after the change's transaction committed."""
        waiting = self._events.pop(event_id, None)
        if waiting is not None:
            waiting.set()

    async def wait(self, event_id: int) -> None:
        """Until the next change of this event (bound it with `asyncio.timeout`)."""
        await self._events.setdefault(event_id, asyncio.Event()).wait()
