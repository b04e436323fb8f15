"""Wall latency: two simultaneous kick-offs (Karlsruhe shows German, Krasnodar Russian) post
200 ideas and 1,000 +1 within a minute; how long until an idea is on the other room's wall,
translated?

The bot is the real Application served as `twincity-bot run` serves it (bot/serving.serve:
long polling against the in-process emulator; the health server serves the wall pages). Its
machine translation is LibreTranslate's API answered by a local fake after `--delay` seconds
(100 ms). Each room's wall is followed by one client long-polling the health server's
`/wall/<token>/data.json?after=<version>` over real HTTP, as the page's script does.

Submission to appearing: from the moment an idea is submitted to the moment the other room's
client receives wall data that shows it in its own language (no longer "translation pending").
Ideas and +1 arrive at seeded random moments spread over `--window` seconds of real time.

How ideas are submitted: SUBMISSION below (see its docstring).

Run: python -m bench.wall [--ideas 200] [--votes 1000] [--window 60] [--delay 0.1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

import httpx

from bench.common import result
from bot.app import Services, build_application
from bot.clock import SystemClock
from bot.config import Settings
from bot.db import ideas as ideas_db
from bot.db import live_wall as live_db
from bot.db import participants as participants_db
from bot.db import partnerships as partnerships_db
from bot.db import workshops as workshops_db
from bot.db.codec import time_to_sql
from bot.db.connection import Database
from bot.db.migrations import apply_migrations
from bot.domain.ideas import Idea, IdeaStatus, IdeaText, Translation
from bot.domain.live_wall import EventStatus, LiveEvent, LiveRoom, Moderation, new_wall_token
from bot.domain.participants import Participant
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop, WorkshopKind, WorkshopStatus
from bot.offline.emulator import SimRequest, TelegramSim
from bot.services.demo import seed_demo
from bot.serving import serve

LANGUAGES = ("de", "ru")  # room 0 (Karlsruhe), room 1 (Krasnodar)
PEOPLE_PER_ROOM = 100


# ---------------------------------------------------------------- the translation provider
@dataclass
class SlowLibreTranslate:
    """LibreTranslate's /translate on 127.0.0.1, answering after `delay` seconds with the
    text tagged by its target language (a copy of tests/fake_translator.py's idea: benches do
    not import the tests)."""

    delay: float
    url: str = ""
    requests: int = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.decode().split("\r\n"):
                if line.lower().startswith("content-length:"):
                    length = int(line.split(":", 1)[1])
            body = json.loads(await reader.readexactly(length) or b"{}")
            self.requests += 1
            await asyncio.sleep(self.delay)
            payload = json.dumps({"translatedText": f"[{body['target']}] {body['q']}"}).encode()
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n".encode()
                + payload
            )
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@asynccontextmanager
async def slow_provider(delay: float) -> AsyncIterator[SlowLibreTranslate]:
    fake = SlowLibreTranslate(delay)
    server = await asyncio.start_server(fake.handle, "127.0.0.1", 0)
    fake.url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    try:
        yield fake
    finally:
        server.close()
        await server.wait_closed()


# ---------------------------------------------------------------- the event
async def prepare(path: Path) -> tuple[int, list[int]]:
    """The demo partnership, two kick-offs at the same time, a live event joining them, and
    PEOPLE_PER_ROOM people checked in to each room. Returns the event and the people."""
    clock = SystemClock()
    db = Database(path)
    await db.open()
    try:
        await apply_migrations(db.conn)
        partnership_id, _ = await seed_demo(db, clock)
        now = clock.now()
        starts = now.replace(microsecond=0)
        async with db.transaction() as conn:
            partnership = await partnerships_db.get(conn, partnership_id)
            assert partnership is not None
            event_id = await live_db.create_event(
                conn, partnership_id, "Kick-off Karlsruhe ↔ Krasnodar", Moderation.POST, None, now
            )
            people = []
            for n, city in enumerate(partnership.cities[:2]):
                workshop_id = await workshops_db.save(
                    conn,
                    Workshop(
                        id=0,
                        partnership_id=partnership_id,
                        kind=WorkshopKind.KICKOFF,
                        title=LocalizedName({"en": f"Kick-off {city.name.for_reader('en')}"}),
                        starts_at=starts,
                        ends_at=starts + timedelta(hours=3),
                        time_zone=city.time_zone,
                        status=WorkshopStatus.PUBLISHED,
                        city_id=city.id,
                        address="Rathaus",
                        capacity=500,
                        questions=(),
                    ),
                    now,
                )
                room_id = await live_db.add_room(
                    conn, event_id, workshop_id, city.id, LANGUAGES[n], new_wall_token(), f"RM{n}"
                )
                for i in range(PEOPLE_PER_ROOM):
                    user_id = 500_000 + n * PEOPLE_PER_ROOM + i
                    await participants_db.save(
                        conn,
                        Participant(user_id, LANGUAGES[n], partnership_id, city.id, None, now),
                        now,
                    )
                    await live_db.check_in(conn, room_id, user_id, now)
                    people.append(user_id)
            await live_db.set_themes(conn, event_id, [t.id for t in partnership.themes])
            await live_db.set_status(conn, event_id, EventStatus.LIVE, now)
        return event_id, people
    finally:
        await db.close()


# ---------------------------------------------------------------- submitting and voting
async def submit_direct(
    services: Services, event: LiveEvent, room: LiveRoom, author: int, title: str
) -> int:
    """SUBMISSION (until the live-ideas flow lands on main): the idea as the idea flow stores
    it (an ordinary idea of the room's workshop, shown at once under post-moderation, the
    event's version bumped and the walls woken), then its machine version for every other
    room's language through the bot's own provider, stored and announced the same way."""
    clock, db, signal = services.live_page.clock, services.db, services.live_page.signal
    language, now = room.display_language, clock.now()
    description = f"{title}: wer macht mit?" if language == "de" else f"{title}: кто с нами?"
    async with db.transaction() as conn:
        idea_id = await ideas_db.create(
            conn,
            Idea(
                0,
                event.partnership_id,
                author,
                room.city_id,
                language,
                IdeaText(title, description, None),
                IdeaStatus.PUBLISHED,
                workshop_id=room.workshop_id,
            ),
            now,
        )
        await ideas_db.set_themes(conn, idea_id, [event.themes[idea_id % len(event.themes)]])
        version = await live_db.bump_version(conn, event.id)
        await conn.execute(
            "INSERT INTO live_ideas (idea_id, room_id, event_id, wall_status, submitted_at,"
            " shown_at, changed_in) VALUES (?, ?, ?, 'shown', ?, ?, ?)",
            (idea_id, room.id, event.id, time_to_sql(now), time_to_sql(now), version),
        )
    signal.changed(event.id)
    machine = services.live_page.machine
    for other in event.other_rooms(room.id):
        target = other.display_language
        if target == language:
            continue
        title_t, text_t = await asyncio.gather(
            machine.translate(title, language, target),
            machine.translate(description, language, target),
        )
        async with db.transaction() as conn:
            await ideas_db.save_translation(
                conn,
                idea_id,
                Translation(target, IdeaText(title_t, text_t, None), machine=True),
                None,
                clock.now(),
            )
            await live_db.bump_version(conn, event.id)
        signal.changed(event.id)
    return idea_id


async def plus_one(
    services: Services, event: LiveEvent, idea_id: int, voter: int, city: int | None
) -> None:
    """A +1 as the chat stores it (with the voter's city), the walls woken."""
    async with services.db.transaction() as conn:
        await conn.execute(
            "INSERT INTO live_votes (idea_id, user_id, city_id, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (idea_id, voter, city, time_to_sql(services.live_page.clock.now())),
        )
        await live_db.bump_version(conn, event.id)
    services.live_page.signal.changed(event.id)


# ---------------------------------------------------------------- following the walls
@dataclass
class Follower:
    """One room's wall, long-polled as its page does; when each other-room idea first showed
    in the room's language."""

    room: LiveRoom
    shown: dict[int, float] = field(default_factory=dict)  # idea -> first seen translated
    listed: dict[int, float] = field(default_factory=dict)  # idea -> first seen at all
    answers: int = 0
    bytes: int = 0

    async def follow(self, base: str) -> None:
        after = -1
        async with httpx.AsyncClient(base_url=base, timeout=60) as client:
            while True:
                answer = await client.get(f"/wall/{self.room.wall_token}/data.json?after={after}")
                arrived = time.perf_counter()
                answer.raise_for_status()
                self.answers += 1
                self.bytes += len(answer.content)
                data = answer.json()
                after = data["version"]
                for column in data["columns"]:
                    if column["room"] == self.room.id:
                        continue
                    for idea in column["ideas"]:
                        self.listed.setdefault(idea["id"], arrived)
                        if not idea["pending"]:
                            self.shown.setdefault(idea["id"], arrived)


def arrived(follower: Follower, from_room: dict[int, LiveRoom]) -> bool:
    """Every idea of the other rooms is on this wall, translated."""
    return all(i in follower.shown for i, r in from_room.items() if r.id != follower.room.id)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def run(ideas: int, votes: int, window: float, delay: float) -> float:
    tmp = Path(tempfile.mkdtemp(prefix="bench-wall-"))
    event_id, people = await prepare(tmp / "bench.sqlite3")
    async with slow_provider(delay) as provider:
        port = free_port()
        settings = replace(
            Settings(),
            database_path=tmp / "bench.sqlite3",
            health_port=port,
            translation_url=provider.url,
        )
        sim = TelegramSim(SystemClock(), queue_updates=True)
        app = build_application(settings, request=SimRequest(sim), background=True)
        stop, ready = asyncio.Event(), asyncio.Event()
        serving = asyncio.create_task(serve(app, settings, stop, ready, webhook=False))
        await ready.wait()
        services = app.bot_data.services
        assert services is not None
        async with services.db.reading() as conn:
            event = await live_db.get_event(conn, event_id)
        assert event is not None
        followers = [Follower(room) for room in event.rooms]
        base = f"http://127.0.0.1:{port}"
        following = [asyncio.create_task(f.follow(base)) for f in followers]
        rng = random.Random(21)
        submitted: dict[int, float] = {}
        from_room: dict[int, LiveRoom] = {}
        given: set[tuple[int, int]] = set()
        first_idea = asyncio.Event()

        async def one_idea(n: int, at: float) -> None:
            await asyncio.sleep(at)
            room = event.rooms[n % 2]
            author = people[(n % 2) * PEOPLE_PER_ROOM + rng.randrange(PEOPLE_PER_ROOM)]
            started = time.perf_counter()
            idea_id = await submit_direct(
                services, event, room, f"Idee {n}" if n % 2 == 0 else f"Идея {n}", author
            )
            submitted[idea_id] = started
            first_idea.set()
            from_room[idea_id] = room

        async def one_vote(at: float) -> None:
            await asyncio.sleep(at)
            await first_idea.wait()  # nothing to +1 before the first idea
            for _ in range(100):  # a person gives one idea one +1: find a new pair
                idea_id, voter = rng.choice(list(submitted)), rng.randrange(len(people))
                if (idea_id, voter) not in given:
                    break
            given.add((idea_id, voter))
            city = event.rooms[voter // PEOPLE_PER_ROOM].city_id
            await plus_one(services, event, idea_id, people[voter], city)

        started = time.perf_counter()
        await asyncio.gather(
            *(one_idea(n, rng.uniform(0, window)) for n in range(ideas)),
            *(one_vote(rng.uniform(0, window)) for _ in range(votes)),
        )
        submitting = time.perf_counter() - started
        # Let the last translations reach the walls (each follower is long-polling).
        for _ in range(200):  # at most 10 s more
            if all(arrived(f, from_room) for f in followers):
                break
            await asyncio.sleep(0.05)
        for task in following:
            task.cancel()
        await asyncio.gather(*following, return_exceptions=True)
        async with (
            services.db.reading() as conn,
            conn.execute("SELECT COUNT(*) FROM live_votes") as cur,
        ):
            row = await cur.fetchone()
        stored_votes = int(row[0]) if row else 0
        stop.set()
        await serving
    latencies, listed, missing = [], [], 0
    for idea_id, at in submitted.items():
        follower = next(f for f in followers if f.room.id != from_room[idea_id].id)
        if idea_id in follower.shown:
            latencies.append(follower.shown[idea_id] - at)
            listed.append(follower.listed[idea_id] - at)
        else:
            missing += 1
    print(
        f"{len(submitted)} ideas and {stored_votes} +1 from {len(people)} people in"
        f" {submitting:.1f} s; {provider.requests}"
        f" translation requests answered after {delay * 1000:.0f} ms each"
    )
    for f in followers:
        print(
            f"wall {f.room.display_language}: {f.answers} data answers,"
            f" {f.bytes / max(f.answers, 1) / 1024:.1f} kB on average"
        )
    return describe(latencies, listed, missing)


def describe(latencies: list[float], listed: list[float], missing: int) -> float:
    """Prints the figures; returns the p95 from submission to the translated idea on the
    other wall (infinite when an idea never got there)."""
    if len(latencies) < 2:
        print("CHECK fewer than two ideas reached the other wall: the run is not valid")
        return float("inf")
    cuts = statistics.quantiles(latencies, n=100)
    first = statistics.quantiles(listed, n=100)
    print(
        f"submission to the other wall, translated: p50 {cuts[49] * 1000:.0f} ms,"
        f" p95 {cuts[94] * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms"
        f" ({len(latencies)} ideas)"
    )
    print(
        f"submission to the other wall at all (pending or translated): p50"
        f" {first[49] * 1000:.0f} ms, p95 {first[94] * 1000:.0f} ms"
    )
    if missing:
        print(f"CHECK {missing} ideas never reached the other wall translated")
        return float("inf")
    return cuts[94]


async def main(ideas: int, votes: int, window: float, delay: float) -> None:
    print(
        f"{ideas} ideas and {votes} +1 over two rooms (de, ru) within {window:.0f} s (real"
        f" time); translation provider answering after {delay * 1000:.0f} ms"
    )
    p95 = await run(ideas, votes, window, delay)
    print(result("wall_p95_s", p95, "<=", 1.0, 3))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ideas", type=int, default=200)
    parser.add_argument("--votes", type=int, default=1000)
    parser.add_argument("--window", type=float, default=60.0)
    parser.add_argument("--delay", type=float, default=0.1)
    args = parser.parse_args()
    asyncio.run(main(args.ideas, args.votes, args.window, args.delay))
