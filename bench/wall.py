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

Ideas are posted through the chat as people do (SUBMISSION below: room code, "Post an idea",
title, description, Submit; each of 200 people posts one); +1 go through the service the chat's
+1 button calls. Submission = the moment Submit is tapped.

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
from bot.callback_data import IdeaDraftStep
from bot.callback_event import LivePost
from bot.clock import SystemClock
from bot.config import Settings
from bot.db import live_wall as live_db
from bot.db import participants as participants_db
from bot.db import partnerships as partnerships_db
from bot.db import workshops as workshops_db
from bot.db.connection import connect
from bot.db.migrations import apply_migrations
from bot.domain.live_wall import EventStatus, LiveRoom, Moderation, new_wall_token
from bot.domain.participants import Participant
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop, WorkshopKind, WorkshopStatus
from bot.offline.emulator import SimMessage, SimRequest, TelegramSim
from bot.services.demo import seed_demo
from bot.services.errors import UserFacingError
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
    db = connect(path)
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
WORDS = (
    "Garten",
    "Chor",
    "Radtour",
    "Repair-Café",
    "Lesecafé",
    "Schach",
    "Stadtlauf",
    "Podcast",
    "Kochabend",
    "Fotowalk",
    "Баскетбол",
    "Ярмарка",
    "Выставка",
    "Субботник",
    "Концерт",
    "Кинопоказ",
    "Квиз",
    "Хакатон",
    "Мастерская",
    "Экскурсия",
)


@dataclass
class Chat:
    """What one person sees change in their chat with the bot."""

    changed: asyncio.Event = field(default_factory=asyncio.Event)


async def until_button(sim: TelegramSim, chat: Chat, user_id: int, data: str) -> int:
    """Until a bot message in the chat carries this button; its message id."""
    while True:
        for message in reversed(sim.messages_to(user_id)):
            if data in message.button_data():
                return message.message_id
        chat.changed.clear()
        await chat.changed.wait()


async def post_through_the_chat(
    sim: TelegramSim, chat: Chat, user_id: int, room: LiveRoom, title: str
) -> float:
    """SUBMISSION: the room code, the room screen's "Post an idea", title, description, past
    the similar-idea check if it shows, Submit — taps and typed text as the emulator delivers
    them to the served bot (the live-ideas flow: the idea flow with the session's themes, the
    wall, the machine versions in the background). Returns the moment Submit was tapped."""
    sim.user_sends(user_id, f"/room {room.checkin_code}")
    post = LivePost(room.id).pack()
    screen = await until_button(sim, chat, user_id, post)
    chat.changed.clear()
    sim.user_presses(user_id, screen, post)
    await chat.changed.wait()  # the title question (the room screen becomes it)
    chat.changed.clear()
    sim.user_sends(user_id, title)
    await chat.changed.wait()  # the description question
    tail = "wer macht mit?" if room.display_language == "de" else "кто с нами?"
    sim.user_sends(user_id, f"{title}: {tail}")
    submit, review = IdeaDraftStep("submit", 0).pack(), IdeaDraftStep("review", 0).pack()
    while True:
        messages = sim.messages_to(user_id)[-2:]
        if any(submit in m.button_data() for m in messages):
            break
        if any(review in m.button_data() for m in messages):  # similar ideas: submit anyway
            at = next(m for m in messages if review in m.button_data())
            sim.user_presses(user_id, at.message_id, review)
        chat.changed.clear()
        await chat.changed.wait()
    message = next(m for m in reversed(sim.messages_to(user_id)) if submit in m.button_data())
    tapped = time.perf_counter()
    sim.user_presses(user_id, message.message_id, submit)
    return tapped


async def plus_one(services: Services, voter: int, room: LiveRoom, idea_id: int) -> bool:
    """A +1 through the service the chat's +1 button calls (False: refused, e.g. own idea)."""
    try:
        await services.live_ideas.plus(voter, room.id, idea_id, 0)
    except UserFacingError:
        return False
    return True


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
        chats = {uid: Chat() for uid in people}
        for n, uid in enumerate(people):
            sim.add_user(f"P{n}", LANGUAGES[n // PEOPLE_PER_ROOM], user_id=uid).started = True

        def on_change(kind: str, message: SimMessage) -> None:
            if message.from_bot and message.chat_id in chats:
                chats[message.chat_id].changed.set()

        sim.listeners.append(on_change)
        tapped: dict[int, float] = {}  # author -> when Submit was tapped
        room_of = {uid: event.rooms[n // PEOPLE_PER_ROOM] for n, uid in enumerate(people)}

        async def one_idea(n: int, at: float) -> None:
            await asyncio.sleep(at)
            author = people[n % len(people)]
            title = f"{WORDS[n % len(WORDS)]} {n}"
            tapped[author] = await post_through_the_chat(
                sim, chats[author], author, room_of[author], title
            )

        async def one_vote(at: float) -> bool:
            await asyncio.sleep(at)
            for _ in range(100):  # a shown idea this person has not +1'd yet, not their own
                shown = [i for f in followers for i in f.listed]
                if not shown:
                    await asyncio.sleep(0.2)
                    continue
                idea_id, voter = rng.choice(shown), rng.choice(people)
                if (idea_id, voter) not in given:
                    given.add((idea_id, voter))
                    if await plus_one(services, voter, room_of[voter], idea_id):
                        return True
            return False

        given: set[tuple[int, int]] = set()
        started = time.perf_counter()
        await asyncio.gather(
            *(one_idea(n, rng.uniform(0, window)) for n in range(ideas)),
            *(one_vote(rng.uniform(0, window)) for _ in range(votes)),
        )
        submitting = time.perf_counter() - started
        submitted: dict[int, float] = {}
        from_room: dict[int, LiveRoom] = {}
        rooms = {r.id: r for r in event.rooms}
        for _ in range(200):  # the last ideas' translations reach the walls: at most 10 s more
            async with services.db.reading() as conn:
                rows = await conn.execute_fetchall(
                    "SELECT l.idea_id, l.room_id, i.author_id FROM live_ideas l"
                    " JOIN ideas i ON i.id = l.idea_id"
                )
            for idea_id, room_id, author in rows:
                submitted[idea_id], from_room[idea_id] = tapped[author], rooms[room_id]
            if len(submitted) == ideas and all(arrived(f, from_room) for f in followers):
                break
            await asyncio.sleep(0.05)
        await services.live_ideas.settled()
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
