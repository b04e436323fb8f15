"""The live wall pages for `python -m tools.screens` (desktop, 1280×800, as a projector shows
them): the Karlsruhe room's wall in German and the Krasnodar room's wall in Russian, during an
exchange moment. The sandbox's demo event is used when there is one (bot/services/live_demo.py);
`seed_walls` adds a demo event with ideas only where there is none, or ideas where it has none.

For the lead's tools/screens.py: `await seed_walls(db)` before the sandbox starts, then
`shoot_walls(f"http://127.0.0.1:{port}", database, out)` from the browser thread.
Alone: `python -m tools.screens_wall [--out docs/screens]`."""

from __future__ import annotations

import argparse
import asyncio
import shutil
import socket
import sqlite3
import tempfile
from datetime import timedelta
from pathlib import Path

from bot.clock import SystemClock
from bot.config import Settings
from bot.db import ideas as ideas_db
from bot.db import live_wall as live_db
from bot.db import partnerships as partnerships_db
from bot.db import workshops as workshops_db
from bot.db.codec import time_to_sql
from bot.db.connection import Database
from bot.db.migrations import apply_migrations
from bot.domain.ideas import Idea, IdeaStatus, IdeaText, Translation
from bot.domain.live_wall import EventStatus, Moderation, new_wall_token
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop, WorkshopKind, WorkshopStatus
from bot.offline.sandbox import run_sandbox
from bot.services.demo import seed_demo

WIDTH, HEIGHT = 1280, 800
LANGUAGES = ("de", "ru")  # room 0 shows German (Karlsruhe), room 1 Russian (Krasnodar)
# (room, title, description, theme, the other room's version or None: pending,
#  a person's correction rather than the machine's, +1 from Karlsruhe, +1 from Krasnodar)
Version = tuple[str, str] | None
IDEAS: tuple[tuple[int, str, str, int, Version, bool, int, int], ...] = (
    (
        0,
        "Gemeinschaftsgarten an der Alb",
        "Nachbarn aus beiden Städten pflegen Beete und tauschen Saatgut per Post.",
        0,
        (
            "Общий сад на реке Альб",
            "Соседи из обоих городов ухаживают за грядками и обмениваются семенами по почте.",
        ),
        False,
        5,
        3,
    ),
    (
        1,
        "Фестиваль уличной еды",
        "Повара из Карлсруэ и Краснодара вместе готовят на набережной.",
        2,
        (
            "Streetfood-Festival",
            "Köchinnen und Köche aus Karlsruhe und Krasnodar kochen gemeinsam am Ufer.",
        ),
        False,
        3,
        6,
    ),
    (
        0,
        "Radtour der Partnerschaft",
        "Jedes Jahr eine gemeinsame Radtour, live aus beiden Städten übertragen.",
        2,
        (
            "Велопробег партнёрства",
            "Каждый год совместный велопробег с трансляцией из обоих городов.",
        ),
        False,
        4,
        0,
    ),
    (
        1,
        "Молодёжный медиалагерь",
        "Школьники снимают короткие фильмы о городах друг друга.",
        2,
        (
            "Jugend-Medienlager",
            "Schülerinnen und Schüler drehen Kurzfilme über die Stadt der anderen.",
        ),
        False,
        0,
        4,
    ),
    (
        1,
        "Зелёные крыши школ",
        "Пилотный проект озеленения крыш школ в обоих городах.",
        0,
        ("Grüne Schuldächer", "Ein Pilotprojekt für begrünte Schuldächer in beiden Städten."),
        True,
        2,
        2,
    ),
    (
        0,
        "Offene Daten für beide Rathäuser",
        "Verkehrs- und Umweltdaten im gleichen Format veröffentlichen.",
        3,
        (
            "Открытые данные для обеих мэрий",
            "Публиковать данные о транспорте и экологии в одном формате.",
        ),
        False,
        2,
        1,
    ),
    (
        0,
        "Start-up-Austausch",
        "Gründerinnen und Gründer verbringen eine Woche im Ökosystem der Partnerstadt.",
        1,
        None,
        False,
        1,
        0,
    ),
    (
        1,
        "Цифровая приёмная",
        "Обмен опытом: онлайн-запись в городские службы.",
        3,
        None,
        False,
        0,
        1,
    ),
)


async def seed_walls(db: Database) -> None:
    """A live two-room event of the demo partnership with ideas, +1 and an exchange moment
    now, unless the sandbox's demo already has one with ideas."""
    clock = SystemClock()
    now = clock.now()
    async with db.transaction() as conn:
        found = await conn.execute_fetchall(
            "SELECT e.id, (SELECT COUNT(*) FROM live_ideas i WHERE i.event_id = e.id)"
            " FROM live_events e WHERE e.status = 'live' ORDER BY e.id DESC LIMIT 1"
        )
        rows = list(found)
        if rows and rows[0][1]:
            return
        partnership = (await partnerships_db.list_all(conn))[0]
        if rows:
            event_id = int(rows[0][0])
        else:
            event_id = await live_db.create_event(
                conn, partnership.id, "Kick-off Karlsruhe ↔ Krasnodar", Moderation.POST, None, now
            )
            starts = now.replace(minute=0, second=0, microsecond=0)
            for n, city in enumerate(partnership.cities[:2]):
                workshop_id = await workshops_db.save(
                    conn,
                    Workshop(
                        id=0,
                        partnership_id=partnership.id,
                        kind=WorkshopKind.KICKOFF,
                        title=LocalizedName({LANGUAGES[n]: "Kick-off"}),
                        starts_at=starts,
                        ends_at=starts + timedelta(hours=4),
                        time_zone=city.time_zone,
                        status=WorkshopStatus.PUBLISHED,
                        city_id=city.id,
                        address="Rathaus",
                        capacity=80,
                        questions=(),
                    ),
                    now,
                )
                await live_db.add_room(
                    conn, event_id, workshop_id, city.id, LANGUAGES[n], new_wall_token(), f"KA{n}RU"
                )
            await live_db.set_themes(conn, event_id, [t.id for t in partnership.themes])
            await live_db.set_status(conn, event_id, EventStatus.LIVE, now)
        event = await live_db.get_event(conn, event_id)
        assert event is not None
        voter = 700_000
        for n, (room_n, title, text, theme, version, corrected, *votes) in enumerate(IDEAS):
            room, other = event.rooms[room_n], event.rooms[1 - room_n]
            at = now - timedelta(minutes=len(IDEAS) - n)
            idea_id = await ideas_db.create(
                conn,
                Idea(
                    0,
                    partnership.id,
                    None,
                    room.city_id,
                    room.display_language,
                    IdeaText(title, text, None),
                    IdeaStatus.PUBLISHED,
                    workshop_id=room.workshop_id,
                ),
                at,
            )
            await ideas_db.set_themes(conn, idea_id, [partnership.themes[theme].id])
            if version is not None:
                translated = Translation(
                    other.display_language, IdeaText(*version, None), machine=not corrected
                )
                await ideas_db.save_translation(conn, idea_id, translated, None, at)
            await conn.execute(
                "INSERT INTO live_ideas (idea_id, room_id, event_id, wall_status, submitted_at,"
                " shown_at, changed_in) VALUES (?, ?, ?, 'shown', ?, ?, 1)",
                (idea_id, room.id, event.id, time_to_sql(at), time_to_sql(at)),
            )
            for city, count in zip((r.city_id for r in event.rooms), votes, strict=True):
                for _ in range(count):
                    voter += 1
                    await conn.execute(
                        "INSERT INTO live_votes (idea_id, user_id, city_id, created_at)"
                        " VALUES (?, ?, ?, ?)",
                        (idea_id, voter, city, time_to_sql(now)),
                    )
        await live_db.add_moment(
            conn, event.id, now - timedelta(minutes=1), now + timedelta(hours=2)
        )
        await live_db.bump_version(conn, event.id)


def wall_tokens(database: Path) -> list[tuple[str, str]]:
    """(language, token) of the rooms of the newest live event, in room order."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT r.display_language, r.wall_token FROM live_rooms r"
            " WHERE r.event_id = (SELECT MAX(id) FROM live_events WHERE status = 'live')"
            " ORDER BY r.position"
        ).fetchall()
    return [(str(language), str(token)) for language, token in rows]


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
    finally:
        driver.quit()
    return shots


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def take(out: Path) -> list[Path]:
    database = Path(tempfile.mkdtemp(prefix="twincity-walls-")) / "walls.sqlite3"
    db = Database(database)
    await db.open()
    await apply_migrations(db.conn)
    await seed_demo(db, SystemClock())
    await seed_walls(db)
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
