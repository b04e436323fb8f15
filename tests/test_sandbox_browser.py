"""The sandbox in a real browser: headless Chromium clicks through onboarding and a workshop
sign-up on the chat page, against the real bot polling the emulator's HTTP front."""

from __future__ import annotations

import asyncio
import re
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import SystemClock
from bot.config import Settings
from bot.db import participants as participants_db
from bot.db import partnerships as partnerships_db
from bot.db import workshops as workshops_db
from bot.db.connection import Database, connect
from bot.db.migrations import apply_migrations
from bot.domain.participants import Participant
from bot.domain.partnerships import Partnership
from bot.domain.texts import LocalizedName
from bot.domain.workshops import Workshop, WorkshopKind, WorkshopStatus
from bot.offline.sandbox import run_sandbox
from bot.services.demo import seed_demo
from tests.stories import free_port

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
try:
    from selenium import webdriver
    from selenium.common.exceptions import (
        NoSuchElementException,
        StaleElementReferenceException,
        TimeoutException,
    )
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:  # pragma: no cover - the [test] extra installs it
    webdriver = None

pytestmark = [
    pytest.mark.skipif(
        CHROMIUM is None or DRIVER is None or webdriver is None,
        reason="no headless browser here: .ci/run installs Debian's chromium and chromium-driver",
    ),
    pytest.mark.slow,  # a real browser against the sandbox
]
TITLE = "Kick-off in the browser"
FIRST_PERSON = 100_001  # the emulator's id for the first person added on the page


async def demo_database(path: Path) -> tuple[Database, SystemClock, Partnership]:
    """A migrated database with the demo partnership, open (the caller closes it)."""
    db = connect(path)
    await db.open()
    await apply_migrations(db.conn)
    clock = SystemClock()
    partnership_id, _ = await seed_demo(db, clock)
    async with db.reading() as conn:
        partnership = await partnerships_db.get(conn, partnership_id)
    assert partnership is not None
    return db, clock, partnership


async def database_with_a_workshop(path: Path) -> None:
    db, clock, partnership = await demo_database(path)
    partnership_id, karlsruhe = partnership.id, partnership.cities[0]
    starts = clock.now().replace(microsecond=0) + timedelta(days=9)
    async with db.transaction() as conn:
        await workshops_db.save(
            conn,
            Workshop(
                id=0,
                partnership_id=partnership_id,
                kind=WorkshopKind.KICKOFF,
                title=LocalizedName({"en": TITLE}),
                starts_at=starts,
                ends_at=starts + timedelta(hours=3),
                time_zone=karlsruhe.time_zone,
                status=WorkshopStatus.PUBLISHED,
                city_id=karlsruhe.id,
                address="Rathaus, Marktplatz 1",
                capacity=20,
                questions=(),
            ),
            clock.now(),
        )
    await db.close()


def browser(width: int = 1280) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM or ""
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.add_argument(f"--window-size={width},900")
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(DRIVER))


def click_through(url: str) -> list[str]:
    """What a person does on the page; returns the texts of the bot's messages at the end."""
    driver = browser()
    wait = WebDriverWait(driver, 30)
    try:
        driver.get(url)
        driver.find_element(By.ID, "new-name").send_keys("Anna")
        driver.find_element(By.CSS_SELECTOR, "#add-user button").click()
        chat = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "section.chat"))

        def bot_texts() -> list[str]:
            while True:
                try:
                    return [m.text for m in chat.find_elements(By.CSS_SELECTOR, ".msg.bot")]
                except StaleElementReferenceException:
                    continue

        def say(text: str) -> None:
            box = chat.find_element(By.CSS_SELECTOR, ".compose input")
            box.send_keys(text)
            chat.find_element(By.CSS_SELECTOR, ".compose button").click()

        def press(label: str) -> None:
            before = bot_texts()

            def clicked(_: object) -> bool:
                # The page redraws a chat when it changes: find and click in one go.
                try:
                    for b in chat.find_elements(By.CSS_SELECTOR, ".msg.bot .kb button"):
                        if b.text.startswith(label):
                            b.click()
                            return True
                except StaleElementReferenceException:
                    pass
                return False

            try:
                wait.until(clicked)
                wait.until(lambda _: bot_texts() != before)  # the bot has answered
            except TimeoutException:
                raise AssertionError(
                    f"no button {label!r}; the chat shows: {bot_texts()}"
                ) from None

        say("/start")
        for label in ("English", "Karlsruhe", "I agree", "Use “Anna”"):
            press(label)
        say("/workshops")
        press(TITLE)
        press("✍️ Sign up")
        try:
            # The confirmation and then the calendar file, which comes as a message of its own.
            wait.until(
                lambda _: (
                    any("You are signed up" in t for t in bot_texts())
                    and any(".ics" in t for t in bot_texts())
                )
            )
        except TimeoutException:
            raise AssertionError(f"not signed up; the chat shows: {bot_texts()}") from None
        return bot_texts()
    finally:
        driver.quit()


async def test_onboarding_and_sign_up_in_the_browser(tmp_path: Path) -> None:
    database = tmp_path / "sandbox.sqlite3"
    await database_with_a_workshop(database)
    stop, ready = asyncio.Event(), asyncio.Event()
    port = free_port()
    sandbox = asyncio.create_task(run_sandbox(Settings(), port, stop, ready, database=database))
    await asyncio.wait_for(ready.wait(), 60)
    try:
        texts = await asyncio.to_thread(click_through, f"http://127.0.0.1:{port}/")
    finally:
        stop.set()
        await asyncio.wait_for(sandbox, 60)
    signed_up = next(t for t in texts if "You are signed up" in t)
    assert TITLE in signed_up
    assert "Your check-in code:" in signed_up
    assert any(".ics" in t for t in texts)  # the calendar file, as a download link


async def onboarded_admin(path: Path) -> None:
    """The demo partnership and its admin, already onboarded: the first person on the page."""
    db, clock, partnership = await demo_database(path)
    partnership_id, city = partnership.id, partnership.cities[0]
    async with db.transaction() as conn:
        await participants_db.save(
            conn,
            Participant(FIRST_PERSON, "en", partnership_id, city.id, None, clock.now()),
            clock.now(),
        )
    await db.close()


def follow_an_invitation(url: str) -> tuple[list[str], list[str], str]:
    """The admin asks for an invitation and taps its link in the chat; returns the bot's texts,
    the person's own messages and the address the page is on at the end."""
    driver = browser(width=412)  # a phone
    wait = WebDriverWait(driver, 30)
    try:
        driver.get(url)
        driver.find_element(By.ID, "new-name").send_keys("Anna")
        driver.find_element(By.CSS_SELECTOR, "#add-user button").click()
        chat = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "section.chat"))

        def texts(selector: str) -> list[str]:
            while True:
                try:
                    return [m.text for m in chat.find_elements(By.CSS_SELECTOR, selector)]
                except StaleElementReferenceException:
                    continue

        def click(selector: str) -> bool:
            try:
                chat.find_element(By.CSS_SELECTOR, selector).click()
                return True
            except (StaleElementReferenceException, NoSuchElementException):
                return False

        chat.find_element(By.CSS_SELECTOR, ".compose input").send_keys("/invite")
        chat.find_element(By.CSS_SELECTOR, ".compose button").click()
        try:
            wait.until(lambda _: click('button[data-callback$=":coach"]'))
            wait.until(lambda _: click("a.deeplink"))
            wait.until(lambda _: any("You have joined" in t for t in texts(".msg.bot")))
        except TimeoutException:
            raise AssertionError(f"the chat shows: {texts('.msg')}") from None
        return texts(".msg.bot"), texts(".msg.me"), driver.current_url
    finally:
        driver.quit()


async def test_an_invitation_link_in_the_page_opens_the_chat_with_its_start_payload(
    tmp_path: Path,
) -> None:
    database = tmp_path / "sandbox.sqlite3"
    await onboarded_admin(database)
    stop, ready = asyncio.Event(), asyncio.Event()
    port = free_port()
    settings = Settings(admin_ids=frozenset({FIRST_PERSON}))
    sandbox = asyncio.create_task(run_sandbox(settings, port, stop, ready, database=database))
    await asyncio.wait_for(ready.wait(), 60)
    try:
        from_bot, from_person, address = await asyncio.to_thread(
            follow_an_invitation, f"http://127.0.0.1:{port}/"
        )
    finally:
        stop.set()
        await asyncio.wait_for(sandbox, 60)
    payload = next(m for t in from_bot if (m := re.search(r"\?start=(inv-[\w-]+)", t)))[1]
    assert from_person == ["/invite", f"/start {payload}"]  # the link was opened in the chat
    # The bot's answer to that link, then the menu.
    assert any(t.startswith("🎉 You have joined") for t in from_bot[-2:]), from_bot
    assert address == f"http://127.0.0.1:{port}/"  # still on the page, not off to t.me
