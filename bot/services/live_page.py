"""The live wall page's read model: what one room's wall shows (one column per city, every
text in the room's language, bridge ideas, the exchange moment), and waiting for the next
change."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from functools import cached_property

from bot.db import live_wall as live_db
from bot.db import partnerships as partnerships_db
from bot.domain.live_wall import (
    WallColumn,
    WallData,
    WallIdea,
    is_bridge,
    top_per_theme,
)
from bot.services.due import TaskAction
from bot.services.event_part import EventPart
from bot.translation import NoMachineTranslation

# live-page: how a data request waits for the wall's next change
LONG_POLL = 25.0  # seconds at most (below the 30-60 s after which proxies give up on a request)
RECHECK = 2.0  # seconds between looks at the database: a change by another process wakes nobody
SHARED = 1.0  # seconds the pages asking about one version share its wall (a moment may begin)


class LiveWallPage(EventPart):
    def due_tasks(self) -> dict[str, TaskAction]:
        """The kinds of due work this service runs (see bot/services/due.py)."""
        return {}

    async def wall_data(self, token: str) -> WallData | None:
        """One room's wall, by the page's unguessable token (None: no such wall)."""
        async with self.db.reading() as conn:
            room = await live_db.room_by_token(conn, token)
            event = await live_db.get_event(conn, room.event_id) if room else None
            if room is None or event is None:
                return None
            partnership = await partnerships_db.get(conn, event.partnership_id)
            found = await live_db.wall_ideas(conn, event.id, room.display_language)
            moments = await live_db.moments(conn, event.id)
        language = room.display_language
        room_cities = [r.city_id for r in event.rooms]
        ideas = [replace(i, bridge=is_bridge(voters, room_cities)) for i, voters in found]

        def city_name(city_id: int | None) -> str:
            city = partnership.city(city_id) if partnership and city_id is not None else None
            return city.name.for_reader(language) if city else ""

        columns = tuple(
            WallColumn(
                room_id=r.id,
                city_id=r.city_id,
                city_name=city_name(r.city_id),
                ideas=tuple(i for i in ideas if i.room_id == r.id),
            )
            for r in event.rooms
        )
        theme_names = {
            t.id: t.name.for_reader(language)
            for t in (partnership.themes if partnership else ())
            if t.id in event.themes
        }
        now = self.clock.now()
        moment: dict[str, tuple[WallIdea, ...]] = {}
        if any(m.showing(now) for m in moments):
            others = [i for i in ideas if i.room_id != room.id]
            best = top_per_theme(others, event.themes)
            moment = {theme_names.get(t, ""): top for t, top in best.items()}
        return WallData(
            event_title=event.title,
            room_id=room.id,
            language=language,
            version=event.version,
            columns=columns,
            moment=moment,
            theme_names=theme_names,
            checkin_code=room.checkin_code,
            translating=not isinstance(self.machine, NoMachineTranslation),
        )

    async def version(self, token: str) -> int | None:
        """The wall's event version (None: no such wall), for pages asking "anything new?"."""
        async with self.db.reading() as conn:
            room = await live_db.room_by_token(conn, token)
            return await live_db.version_of(conn, room.event_id) if room else None

    # ------------------------------------------------------------ live-page: waiting for news
    async def wall_after(self, token: str, after: int, wait: float = LONG_POLL) -> WallData | None:
        """The wall once its event's version is newer than `after`, or as it is after `wait`
        seconds (an exchange moment starts and ends by the clock); None: no such wall. The
        database's version is the truth; the signal only saves asking it every RECHECK
        seconds in this process."""
        async with self.db.reading() as conn:
            room = await live_db.room_by_token(conn, token)
        if room is None:
            return None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        while True:
            # Listen before looking, so that a change between the look and the wait still wakes.
            woken = asyncio.ensure_future(self.signal.wait(room.event_id))
            await asyncio.sleep(0)
            try:
                async with self.db.reading() as conn:
                    version = await live_db.version_of(conn, room.event_id)
                left = deadline - loop.time()
                if version > after or left <= 0:
                    return await self._wall_at(token, version)
                await asyncio.wait({woken}, timeout=min(left, RECHECK))
            finally:
                woken.cancel()

    @cached_property
    def _shared(self) -> dict[str, tuple[int, float, asyncio.Future[WallData | None]]]:
        return {}

    async def _wall_at(self, token: str, version: int) -> WallData | None:
        """The wall, read once for every page that a change woke at the same time (a projector
        and the phones of people who opened the link), instead of once per page."""
        now = asyncio.get_running_loop().time()
        known = self._shared.get(token)
        if known is None or known[0] != version or now - known[1] > SHARED or _failed(known[2]):
            known = (version, now, asyncio.ensure_future(self.wall_data(token)))
            self._shared[token] = known
        # Shielded: a page that goes away does not cancel the others' answer.
        return await asyncio.shield(known[2])


def _failed(reading: asyncio.Future[WallData | None]) -> bool:
    return reading.done() and (reading.cancelled() or reading.exception() is not None)
