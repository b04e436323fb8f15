"""The stories feed over real HTTP from a running bot (polling mode, the health server):
RSS 2.0 and JSON Feed 1.1 per language, only published stories, only consented names (never a
token, a declined or an erased name), items linking to the story in the bot."""

from __future__ import annotations

import asyncio
import json
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import httpx
import pytest

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import Settings
from bot.db import stories as stories_db
from bot.db import story_publishing as publishing_db
from bot.db.codec import time_to_sql
from bot.db.connection import connect
from bot.db.migrations import apply_migrations
from bot.domain.stories import person_token
from bot.offline.emulator import TelegramSim
from bot.offline.emulator.request import SimRequest
from bot.offline.sandbox import run_sandbox
from bot.services.demo import seed_demo
from bot.serving import serve
from tests.stories import KARLSRUHE, KRASNODAR, free_port

NOW = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)


async def _seed(path: Path) -> tuple[int, int]:
    """A published story naming Klara (consents), Karl (declined), Nina (erased) and a
    draft; returns both ids."""
    db = connect(path)
    await db.open()
    await apply_migrations(db.conn)
    await seed_demo(db, SystemClock())
    async with db.transaction() as conn:
        story = await stories_db.create_story(conn, 1, None, None, "de", None, NOW)
        klara = await stories_db.add_person(conn, story, 501, "Klara", KARLSRUHE)
        karl = await stories_db.add_person(conn, story, 502, "Karl", KARLSRUHE)
        nina = await stories_db.add_person(conn, story, 503, "Nina", KRASNODAR)
        await stories_db.set_consent(conn, klara, "given", NOW)
        await stories_db.set_consent(conn, karl, "declined", NOW)
        await stories_db.set_consent(conn, nina, "given", NOW)
        await publishing_db.erase_person(conn, 503)
        team = ", ".join(person_token(p) for p in (klara, karl, nina))
        for kind, text in (
            ("title", "Grüne Innenstadt"),
            ("team", f"{team} haben gepflanzt <und> gegossen & gefeiert."),
            ("outcome", "Zwölf Bäume."),
        ):
            await stories_db.set_section(conn, story, kind, "de", text, "team", None, NOW)  # type: ignore[arg-type]
        await stories_db.add_timeline(conn, story, date(2026, 3, 12), "idea")
        await publishing_db.publish(conn, story, 1, NOW, None)
        draft = await stories_db.create_story(conn, 1, None, None, "de", None, NOW)
        await stories_db.set_section(conn, draft, "title", "de", "Geheimprojekt", "team", None, NOW)
        await conn.execute(
            "UPDATE stories SET status = 'withdrawn', published_at = ? WHERE id = ?",
            (time_to_sql(NOW), draft),
        )
    await db.close()
    return story, draft


@pytest.fixture
async def running(tmp_path: Path) -> AsyncIterator[tuple[str, int, int]]:
    path = tmp_path / "bot.sqlite3"
    story, hidden = await _seed(path)
    health_port = free_port()
    settings = Settings(database_path=path, health_port=health_port, default_language="de")
    sim = TelegramSim(SystemClock(), bot_username="twincity_test_bot")
    app = build_application(settings, request=SimRequest(sim))
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(serve(app, settings, stop, ready, webhook=False))
    await asyncio.wait_for(ready.wait(), 30)
    yield f"http://127.0.0.1:{health_port}", story, hidden
    stop.set()
    await asyncio.wait_for(task, 30)


def _checked_rss(body: bytes) -> ET.Element:
    root = ET.fromstring(body)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel is not None
    for tag in ("title", "link", "description"):
        assert (channel.findtext(tag) or "").strip(), tag
    for item in channel.findall("item"):
        assert item.findtext("title") and item.findtext("description")
        assert item.findtext("link") == item.findtext("guid")
        parsedate_to_datetime(item.findtext("pubDate") or "")
    return channel


def _checked_json(body: bytes) -> dict:
    feed = json.loads(body)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] and isinstance(feed["items"], list)
    for item in feed["items"]:
        assert isinstance(item["id"], str) and item["id"]
        assert item.get("content_text") or item.get("content_html")
        datetime.fromisoformat(item["date_published"])
    return feed


async def test_the_feed_validates_and_holds_only_published_consented_text(
    running: tuple[str, int, int],
) -> None:
    base, story, hidden = running
    async with httpx.AsyncClient() as client:
        xml_answer = await client.get(f"{base}/stories/feed.xml")
        json_answer = await client.get(f"{base}/stories/feed.json?lang=ru")
    assert xml_answer.status_code == 200 and "rss" in xml_answer.headers["content-type"]
    channel = _checked_rss(xml_answer.content)
    items = channel.findall("item")
    assert [i.findtext("link") for i in items] == [
        f"https://t.me/twincity_test_bot?start=st{story}"
    ]
    german = items[0].findtext("description") or ""
    assert items[0].findtext("title") == "Grüne Innenstadt"
    assert "Klara, ein Teammitglied aus Karlsruhe, ein Teammitglied aus Krasnodar" in german
    assert "<und> gegossen & gefeiert" in german  # typed text as typed, escaped by XML once
    assert "Das Team" in german and "12. März 2026" in german

    assert json_answer.status_code == 200
    feed = _checked_json(json_answer.content)
    assert feed["language"] == "ru"
    assert [i["url"] for i in feed["items"]] == [f"https://t.me/twincity_test_bot?start=st{story}"]
    russian = feed["items"][0]["content_text"]
    assert "Команда" in russian and "участник команды из города Карлсруэ" in russian

    for text in (xml_answer.text, json_answer.text):
        assert "Karl," not in text and "Karl " not in text and "Nina" not in text
        assert "[[person" not in text
        assert "Geheimprojekt" not in text and f"st{hidden}" not in text


async def test_the_sandbox_serves_the_feed_with_its_seeded_story(tmp_path: Path) -> None:
    sim = TelegramSim(SystemClock(), bot_username="twincity_sandbox_bot", queue_updates=True)
    stop, ready = asyncio.Event(), asyncio.Event()
    port = free_port()
    sandbox = asyncio.create_task(
        run_sandbox(Settings(), port, stop, ready, database=tmp_path / "s.sqlite3", sim=sim)
    )
    await asyncio.wait_for(ready.wait(), 60)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as page:
            xml_answer = await page.get("/stories/feed.xml?lang=en")
            json_answer = await page.get("/stories/feed.json?lang=ru")
    finally:
        stop.set()
        await asyncio.wait_for(sandbox, 60)
    items = _checked_rss(xml_answer.content).findall("item")
    assert [i.findtext("title") for i in items] == ["A greener city centre"]
    english = items[0].findtext("description") or ""
    assert "Klara" in english and "a team member from Krasnodar" in english
    assert "Sergei" not in xml_answer.text
    feed = _checked_json(json_answer.content)
    assert [i["title"] for i in feed["items"]] == ["Зелёный центр города"]
    assert "Sergei" not in json_answer.text
    assert feed["items"][0]["url"].startswith("https://t.me/twincity_sandbox_bot?start=st")
