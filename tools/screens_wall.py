"""The live wall pages for `python -m tools.screens` (desktop, 1280×800, as a projector shows
them): the sandbox's demo event (bot/services/live_demo.py) — the Karlsruhe room's wall in
German, the Krasnodar room's wall in Russian, and the Karlsruhe wall once more during an
exchange moment (the tool moves the demo's moment to now; the open page picks it up from the
database by itself, as a page does when another process changed the event).

For the lead's tools/screens.py: `shoot_walls(f"http://127.0.0.1:{port}", database, out)` from
the browser thread while the sandbox runs on `database`.
Alone: `python -m tools.screens_wall [--out docs/screens]`."""

from __future__ import annotations

import argparse
import asyncio
import shutil
import socket
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.clock import SystemClock
from bot.config import Settings
from bot.db.codec import time_to_sql
from bot.db.connection import connect
from bot.db.migrations import apply_migrations
from bot.offline.sandbox import run_sandbox
from bot.services.demo import seed_demo
from bot.services.live_demo import DEMO_TITLE

WIDTH, HEIGHT = 1280, 800


def wall_tokens(database: Path) -> list[tuple[str, str]]:
    """(language, token) of the demo event's rooms, in room order."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT r.display_language, r.wall_token FROM live_rooms r"
            " WHERE r.event_id = (SELECT MAX(id) FROM live_events WHERE title = ?)"
            " ORDER BY r.position",
            (DEMO_TITLE,),
        ).fetchall()
    return [(str(language), str(token)) for language, token in rows]


def moment_now(database: Path) -> None:
    """The demo's exchange moment begins now (for ten minutes); the walls' version moves on."""
    now = datetime.now(UTC)
    with sqlite3.connect(database, timeout=30) as conn:
        event = conn.execute(
            "SELECT MAX(id) FROM live_events WHERE title = ?", (DEMO_TITLE,)
        ).fetchone()[0]
        conn.execute(
            "UPDATE live_moments SET due_at = ?, ends_at = ? WHERE event_id = ?",
            (
                time_to_sql(now - timedelta(minutes=1)),
                time_to_sql(now + timedelta(minutes=10)),
                event,
            ),
        )
        conn.execute("UPDATE live_events SET version = version + 1 WHERE id = ?", (event,))


def shoot_walls(base: str, database: Path, out: Path) -> list[Path]:
    """Desktop screenshots of each room's wall page: out/wall-<language>.png."""
    from selenium import webdriver  # the [test] extra, like tools/screens.py
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or ""
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.add_argument("--hide-scrollbars")
    options.add_argument("--force-device-scale-factor=1")
    driver = webdriver.Chrome(
        options=options, service=webdriver.ChromeService(shutil.which("chromedriver"))
    )
    shots = []
    try:
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
        )
        for language, token in wall_tokens(database):
            driver.get(f"{base}/wall/{token}")
            WebDriverWait(driver, 30).until(
                lambda d: d.find_elements(By.CSS_SELECTOR, "#wall .column")
            )
            path = out / f"wall-{language}.png"
            driver.save_screenshot(str(path))
            shots.append(path)
        # The first room's page stays open while the moment begins: it updates by itself.
        language, token = wall_tokens(database)[0]
        driver.get(f"{base}/wall/{token}")
        WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#wall .column"))
        moment_now(database)
        WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "moment").is_displayed())
        path = out / f"wall-moment-{language}.png"
        driver.save_screenshot(str(path))
        shots.append(path)
    finally:
        driver.quit()
    return shots


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def take(out: Path) -> list[Path]:
    database = Path(tempfile.mkdtemp(prefix="twincity-walls-")) / "walls.sqlite3"
    db = connect(database)
    await db.open()
    await apply_migrations(db.conn)
    await seed_demo(db, SystemClock())  # the sandbox adds the live demo event
    await db.close()
    stop, ready = asyncio.Event(), asyncio.Event()
    port = free_port()
    sandbox = asyncio.create_task(run_sandbox(Settings(), port, stop, ready, database=database))
    await asyncio.wait_for(ready.wait(), 60)
    try:
        return await asyncio.to_thread(shoot_walls, f"http://127.0.0.1:{port}", database, out)
    finally:
        stop.set()
        await sandbox


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screens"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in asyncio.run(take(args.out)):
        print(path)


if __name__ == "__main__":
    main()


# The chat side of the wall at phone width: who steps into which room of the demo event (its
# codes are the sandbox's, printed when it starts), and the idea they post.
ROOM_PEOPLE = (
    ("Ольга", "ru", 1, "KRD24", "Обмен рецептами", "Семьи обоих городов готовят блюда друг друга."),
    ("Jonas", "de", 0, "KAR24", "Lesepaten per Video", "Kinder lesen einander vor, online."),
)


def walk_room(phone: Any, languages: list[str], onboard: Any) -> None:
    """/room CODE (the room screen), posting an idea (the idea flow with the session's themes
    preset), then the ideas of both rooms with +1."""
    for name, language, city, code, title, text in ROOM_PEOPLE:
        if language not in languages:
            continue
        uid = phone.add_person(name, language)
        onboard(phone, uid, language, city)
        phone.say(uid, f"/room {code}")
        phone.shot(language, "live-room")
        assert phone.press_first(uid, "lvp:"), "the room screen has no Post button"
        phone.say(uid, title)
        phone.say(uid, text)
        phone.press_first(uid, "id:review:")  # past similar ideas, when there are any
        phone.shot(language, "live-post-review")
        assert phone.press_first(uid, "id:submit:"), "the review has no Submit button"
        phone.shot(language, "live-posted")
        phone.say(uid, f"/room {code}")
        assert phone.press_first(uid, "lvb:"), "the room screen has no ideas button"
        phone.shot(language, "live-plus")
