"""The live wall page over HTTP: unknown tokens get a bare 404, the page has strict headers and
escapes what people typed, the data endpoint answers in the room's language (machine version
marked, the original one tap away, "translation pending" while missing) and its long poll
wakes on a change (signal or, from another process, the database's version)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import Settings
from bot.db import ideas as ideas_db
from bot.db import live_wall as live_wall_db
from bot.db import participants as participants_db
from bot.db import partnerships as partnerships_db
from bot.db.connection import connect
from bot.db.migrations import apply_migrations
from bot.domain.ideas import IdeaText, Translation
from bot.domain.live_wall import WallData
from bot.domain.participants import Participant
from bot.offline.emulator import TelegramSim
from bot.offline.emulator.request import SimRequest
from bot.offline.harness import BotHarness
from bot.offline.sandbox import run_sandbox
from bot.render.wall_page import wall_json
from bot.services import live_page
from bot.services.demo import seed_demo
from bot.serving import serve
from tests.stories import crowd, demo_wall_tokens, free_port, live_event, wall_idea, wall_server

UNKNOWN = "x" * 24
PERSON = 100_001


async def machine_version(h: BotHarness, idea_id: int, language: str, title: str) -> None:
    """The provider's translation arrives (and the walls are told, as the idea flow does)."""
    async with h.services.db.transaction() as conn:
        text = IdeaText(title, f"{title}.", None)
        await ideas_db.save_translation(
            conn, idea_id, Translation(language, text, machine=True), None, h.clock.now()
        )
        idea = await ideas_db.get(conn, idea_id)
        assert idea is not None
        room = await live_wall_db.room_of_workshop(conn, idea.workshop_id or 0)
        assert room is not None
        await live_wall_db.bump_version(conn, room.event_id)
    h.services.live_page.signal.changed(room.event_id)


def listening(h: BotHarness, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The events data requests started to listen for, one entry per request and look."""
    signal = h.services.live_page.signal
    listens: list[int] = []
    wait = signal.wait

    async def listen(event_id: int) -> None:
        listens.append(event_id)
        await wait(event_id)

    monkeypatch.setattr(signal, "wait", listen)
    return listens


async def waiting(listens: list[int], count: int) -> None:
    """Until `count` looks have listened, and a moment for the last one to read the version
    and begin to wait."""
    for _ in range(500):
        if len(listens) >= count:
            await asyncio.sleep(0.2)
            return
        await asyncio.sleep(0.01)
    raise AssertionError("no data request is waiting")


def data_of(page: str) -> dict[str, object]:
    found = re.search(r'<script type="application/json" id="wall-data">(.*?)</script>', page)
    assert found is not None
    return dict(json.loads(found[1]))


async def test_an_unknown_token_is_a_bare_404(harness: BotHarness) -> None:
    await live_event(harness)
    async with wall_server(harness) as base, httpx.AsyncClient(base_url=base) as client:
        page = await client.get(f"/wall/{UNKNOWN}")
        data = await client.get(f"/wall/{UNKNOWN}/data.json?after=0")
        short = await client.get("/wall/abc")
    for answer in (page, data, short):
        assert answer.status_code == 404
        assert answer.content == b""  # no detail, no traceback, no server name
        assert "server" not in answer.headers
    assert page.headers["x-robots-tag"] == "noindex"


async def test_the_page_has_strict_headers_and_the_room_code_with_its_qr(
    harness: BotHarness,
) -> None:
    event = await live_event(harness)
    karlsruhe = event.rooms[0]
    async with wall_server(harness) as base, httpx.AsyncClient(base_url=base) as client:
        answer = await client.get(f"/wall/{karlsruhe.wall_token}")
    assert answer.status_code == 200
    headers = answer.headers
    nonce = re.search(r"script-src 'nonce-([\w-]+)'", headers["content-security-policy"])
    assert nonce is not None
    assert headers["content-security-policy"].startswith(
        f"default-src 'none'; script-src 'nonce-{nonce[1]}'; style-src 'nonce-{nonce[1]}';"
        " img-src data:; connect-src 'self';"
    )
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-robots-tag"] == "noindex"
    page = answer.text
    # Every script and style carries the nonce; nothing is loaded from elsewhere.
    assert page.count(f'nonce="{nonce[1]}"') == 2
    assert not re.search(r"<(link|img|iframe)\b|\bsrc=|https?://(?!t\.me/)", page)
    assert 'lang="de"' in page and "Ideenwand" in page
    assert ">ROOM0<" in page and "/room ROOM0" in page
    # The QR code, drawn in the page, and a link for those who read it on their phone.
    bot = harness.app.bot.username if harness.app else ""
    assert f'<a class="qr-link" href="https://t.me/{bot}?start=room-ROOM0"><svg' in page
    assert "<path" in page
    # A second visit gets a new nonce.
    async with wall_server(harness) as base, httpx.AsyncClient(base_url=base) as client:
        again = await client.get(f"/wall/{karlsruhe.wall_token}")
    assert nonce[1] not in again.headers["content-security-policy"]


async def test_what_people_typed_is_never_markup(harness: BotHarness) -> None:
    event = await live_event(harness)
    karlsruhe = event.rooms[0]
    evil = '</script><script>alert("x")</script> & <b>bold</b>'
    await wall_idea(harness, karlsruhe, evil, language="de")
    async with wall_server(harness) as base, httpx.AsyncClient(base_url=base) as client:
        page = (await client.get(f"/wall/{karlsruhe.wall_token}")).text
        data = (await client.get(f"/wall/{karlsruhe.wall_token}/data.json?after=-1")).json()
    assert "alert" in page
    assert "<script>alert" not in page and "<b>bold" not in page
    assert page.count("</script>") == 2  # the data block's and the script's own
    shown = data_of(page)["columns"][0]["ideas"][0]  # type: ignore[index]
    assert shown["title"] == evil  # the script sets it as text
    assert data["columns"][0]["ideas"][0]["title"] == evil


async def test_each_wall_shows_the_other_room_in_its_language_marked_as_such(
    harness: BotHarness,
) -> None:
    event = await live_event(harness)
    karlsruhe, krasnodar = event.rooms
    garden = await wall_idea(harness, krasnodar, "Общий сад", language="ru")
    await wall_idea(harness, karlsruhe, "Gemeinsamer Chor", language="de")
    await machine_version(harness, garden, "de", "Gemeinsamer Garten")
    async with wall_server(harness) as base, httpx.AsyncClient(base_url=base) as client:
        german = (await client.get(f"/wall/{karlsruhe.wall_token}/data.json?after=-1")).json()
        russian = (await client.get(f"/wall/{krasnodar.wall_token}/data.json?after=-1")).json()
    assert [c["city"] for c in german["columns"]] == ["Karlsruhe", "Krasnodar"]
    assert [c["count"] for c in german["columns"]] == ["1 Idee", "1 Idee"]
    [translated] = german["columns"][1]["ideas"]
    assert translated["title"] == "Gemeinsamer Garten"
    assert translated["note"] == "maschinell übersetzt"
    assert translated["original"] == {
        "label": "Originaltext (Russisch)",
        "title": "Общий сад",
        "text": "Общий сад",
    }
    [own] = german["columns"][0]["ideas"]
    assert (own["title"], own["note"], own["original"]) == ("Gemeinsamer Chor", "", None)
    # The German idea has no Russian version: shown as written. Without a provider nothing is
    # promised; with one, it is "pending" until the version arrives.
    [untranslated] = russian["columns"][0]["ideas"]
    assert untranslated["title"] == "Gemeinsamer Chor" and untranslated["pending"] is True
    assert untranslated["note"] == "оригинал (немецкий) · сервис перевода не подключён"
    wall = await harness.services.live_page.wall_data(krasnodar.wall_token)
    assert wall is not None and wall.translating is False
    promised = wall_json(replace(wall, translating=True), harness.services.translator)
    assert promised["columns"][0]["ideas"][0]["note"] == "перевод в пути · оригинал (немецкий)"
    assert russian["words"]["empty"] == "Идей пока нет: отправьте свою в чате."


async def test_votes_bridge_ideas_themes_and_the_exchange_moment(harness: BotHarness) -> None:
    event = await live_event(harness)
    karlsruhe, krasnodar = event.rooms
    garden = await wall_idea(harness, krasnodar, "Общий сад", language="ru")
    people = await crowd(harness, 2, ("de", "ru"))
    async with harness.services.db.transaction() as conn:
        for person, room in zip(people, event.rooms, strict=True):
            await conn.execute(
                "INSERT INTO live_votes (idea_id, user_id, city_id, created_at)"
                " VALUES (?, ?, ?, ?)",
                (garden, person.id, room.city_id, harness.clock.now().isoformat()),
            )
        now = harness.clock.now()
        await live_wall_db.add_moment(conn, event.id, now, now + timedelta(minutes=10))
        await live_wall_db.bump_version(conn, event.id)
    async with wall_server(harness) as base, httpx.AsyncClient(base_url=base) as client:
        data = (await client.get(f"/wall/{karlsruhe.wall_token}/data.json?after=-1")).json()
    [idea] = data["columns"][1]["ideas"]
    assert (idea["votes"], idea["votes_label"], idea["bridge"]) == (2, "2 × +1", True)
    assert idea["themes"] and all(isinstance(t, str) for t in idea["themes"])
    assert data["words"]["bridge"] == "Brückenidee"
    moment = data["moment"]
    assert moment["title"] == "Austauschmoment · aus Krasnodar: die besten Ideen je Thema"
    assert [i["id"] for t in moment["themes"] for i in t["ideas"]] == [garden]


async def test_the_data_answers_at_once_when_newer_and_waits_for_the_next_change(
    harness: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(live_page, "RECHECK", 20.0)  # only the signal can wake it in time
    event = await live_event(harness)
    karlsruhe, krasnodar = event.rooms
    wall = f"/wall/{karlsruhe.wall_token}/data.json"
    listens = listening(harness, monkeypatch)
    async with wall_server(harness) as base, httpx.AsyncClient(base_url=base) as client:
        first = (await client.get(f"{wall}?after=-1")).json()
        asking = asyncio.create_task(client.get(f"{wall}?after={first['version']}"))
        await waiting(listens, 2)
        assert not asking.done()
        posted = time.perf_counter()
        garden = await wall_idea(harness, krasnodar, "Общий сад", language="ru")
        answer = (await asyncio.wait_for(asking, 5)).json()
        woke_after = time.perf_counter() - posted
    assert answer["version"] > first["version"]
    assert [i["id"] for i in answer["columns"][1]["ideas"]] == [garden]
    assert woke_after < 1.0  # woken by the signal, not by looking again


async def test_a_change_by_another_process_is_seen_from_the_database(
    harness: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(live_page, "RECHECK", 0.1)
    event = await live_event(harness)
    karlsruhe = event.rooms[0]
    wall = f"/wall/{karlsruhe.wall_token}/data.json"
    listens = listening(harness, monkeypatch)
    async with wall_server(harness) as base, httpx.AsyncClient(base_url=base) as client:
        first = (await client.get(f"{wall}?after=-1")).json()
        asking = asyncio.create_task(client.get(f"{wall}?after={first['version']}"))
        await waiting(listens, 2)
        other = connect(harness.settings.database_path)  # its own connection, no signal here
        await other.open()
        try:
            async with other.transaction() as conn:
                await live_wall_db.bump_version(conn, event.id)
        finally:
            await other.close()
        answer = (await asyncio.wait_for(asking, 5)).json()
    assert answer["version"] == first["version"] + 1


async def test_without_news_the_long_poll_ends_with_the_wall_as_it_is(
    harness: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.wall_pages.LONG_POLL", 0.2)
    event = await live_event(harness)
    wall = f"/wall/{event.rooms[0].wall_token}/data.json"
    async with wall_server(harness) as base, httpx.AsyncClient(base_url=base) as client:
        first = (await client.get(f"{wall}?after=-1")).json()
        started = time.perf_counter()
        same = (await client.get(f"{wall}?after={first['version']}")).json()
        waited = time.perf_counter() - started
    assert same == first
    assert waited >= 0.2


async def test_the_sandbox_and_the_health_server_serve_the_wall(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = tmp_path / "sandbox.sqlite3"
    db = connect(database)
    await db.open()
    await apply_migrations(db.conn)
    partnership_id, _ = await seed_demo(db, SystemClock())
    async with db.transaction() as conn:  # someone already onboarded in Karlsruhe
        karlsruhe = (await partnerships_db.get(conn, partnership_id) or pytest.fail()).cities[0]
        person = Participant(PERSON, "de", partnership_id, karlsruhe.id, None, SystemClock().now())
        await participants_db.save(conn, person, SystemClock().now())
    await db.close()
    sim = TelegramSim(SystemClock(), bot_username="twincity_sandbox_bot", queue_updates=True)
    stop, ready = asyncio.Event(), asyncio.Event()
    port = free_port()
    sandbox = asyncio.create_task(
        run_sandbox(Settings(), port, stop, ready, database=database, sim=sim)
    )
    await asyncio.wait_for(ready.wait(), 60)
    # The sandbox's demo event (live-setup seeds it).
    [(_, token), _] = await demo_wall_tokens(database)
    # Checked in to the demo's Karlsruhe room, the room screen links this sandbox's wall page.
    answered = asyncio.Event()
    sim.listeners.append(lambda kind, m: answered.set() if m.from_bot else None)
    sim.add_user("Lena", "de", user_id=PERSON)
    sim.user_sends(PERSON, "/room KAR24")
    await asyncio.wait_for(answered.wait(), 30)
    links = [b.get("url") for m in sim.messages_to(PERSON) for r in m.button_rows() for b in r]
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as page:
            shown = await page.get(f"/wall/{token}")
            first = (await page.get(f"/wall/{token}/data.json")).json()
            # A page still waiting for news when the sandbox stops.
            waiting = asyncio.create_task(
                page.get(f"/wall/{token}/data.json?after={first['version']}")
            )
            await asyncio.sleep(0.3)
            stop.set()
            await asyncio.wait_for(sandbox, 60)
            with contextlib.suppress(httpx.HTTPError):
                await waiting
    finally:
        stop.set()
    assert f"http://127.0.0.1:{port}/wall/{token}" in links
    assert shown.status_code == 200 and "Ideenwand" in shown.text
    assert [c["city"] for c in first["columns"]] == ["Karlsruhe", "Krasnodar"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text

    # The same database behind a running bot: its health server serves the wall too.
    health = free_port()
    settings = Settings(database_path=database, health_port=health)
    app = build_application(settings, request=SimRequest(TelegramSim(SystemClock())))
    stop, ready = asyncio.Event(), asyncio.Event()
    bot = asyncio.create_task(serve(app, settings, stop, ready, webhook=False))
    await asyncio.wait_for(ready.wait(), 30)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{health}") as client:
            served = await client.get(f"/wall/{token}")
            unknown = await client.get(f"/wall/{UNKNOWN}/data.json")
    finally:
        stop.set()
        await asyncio.wait_for(bot, 30)
    assert served.status_code == 200 and 'id="room-code"' in served.text
    assert unknown.status_code == 404


async def test_pages_woken_by_one_change_share_one_reading_of_the_wall(
    harness: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = await live_event(harness)
    karlsruhe, krasnodar = event.rooms
    service = harness.services.live_page
    readings: list[str] = []
    read = service.wall_data

    async def counted(token: str) -> WallData | None:
        readings.append(token)
        return await read(token)

    monkeypatch.setattr(service, "wall_data", counted)
    listens = listening(harness, monkeypatch)
    version = (await read(karlsruhe.wall_token) or pytest.fail("no wall")).version
    pages = 10
    async with wall_server(harness) as base, httpx.AsyncClient(base_url=base) as client:
        asking = [
            asyncio.create_task(
                client.get(f"/wall/{karlsruhe.wall_token}/data.json?after={version}")
            )
            for _ in range(pages)
        ]
        await waiting(listens, pages)
        await wall_idea(harness, krasnodar, "Общий сад", language="ru")
        answers = [(await asyncio.wait_for(a, 5)).json() for a in asking]
    assert {a["version"] for a in answers} == {version + 1}
    assert all(a["columns"][1]["ideas"] for a in answers)
    assert readings == [karlsruhe.wall_token]  # once, not once per page
