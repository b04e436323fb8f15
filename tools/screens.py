"""`python -m tools.screens`: phone-sized screenshots of the bot, taken in the sandbox.

Starts the sandbox on a fresh temporary database (demo partnership, the sandbox's kick-offs,
a few ideas and a team the new people belong to), opens its page in headless Chromium at
412 px wide (a common Android phone) and walks one person per language through onboarding, a
workshop sign-up, the ideas, a vote and the team card, writing PNGs to docs/screens/
(`<lang>-<screen>.png`). Buttons are pressed by their callback data, not their labels, so the
walk survives new wording. Needs Debian's chromium and chromium-driver and selenium (the
[test] extra), like tests/test_sandbox_browser.py.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import socket
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select, WebDriverWait

from bot.clock import SystemClock
from bot.config import Settings
from bot.db import checkins as checkins_db
from bot.db import ideas as ideas_db
from bot.db import participants as participants_db
from bot.db import partnerships as partnerships_db
from bot.db import roles as roles_db
from bot.db import teams as teams_db
from bot.db.connection import connect
from bot.db.migrations import apply_migrations
from bot.domain.checkins import Question, RoundKind
from bot.domain.ideas import Idea, IdeaStatus, IdeaText
from bot.domain.participants import Participant
from bot.domain.roles import Role
from bot.offline.emulator.core import SimMessage, TelegramSim
from bot.offline.sandbox import run_sandbox
from bot.services.demo import seed_demo, seed_sandbox
from tools.screens_barcamp import BarcampScreens, seed_barcamp, walk_barcamp
from tools.screens_calls import CALL_PEOPLE, seed_calls, walk_calls
from tools.screens_network import walk_network
from tools.screens_stories import walk_stories
from tools.screens_toolbox import walk_toolbox
from tools.screens_wall import shoot_walls, walk_room

WIDTH, HEIGHT = 412, 915  # CSS pixels of a common Android phone
# One person per language: (their name, index of their city in the demo partnership, a typed
# answer for the sign-up's required question). The page gives them ids 100001, 100002, ...
PEOPLE = {
    "en": ("Anna", 0, "Retired teacher, I love gardening"),
    "ru": ("Ольга", 1, "Учитель на пенсии, люблю сад"),
    "de": ("Jonas", 0, "Student, ich fahre gern Rad"),
}
FIRST_ID = 100_001
TEAMMATES = ((900_001, "ru", 1, "Сергей"), (900_002, "de", 0, "Lena"))
IDEAS = (
    ("de", 0, "Gemeinschaftsgarten", "Ein Garten an der Alb, gepflegt von Nachbarn beider Städte."),
    ("ru", 1, "Велопробег дружбы", "Совместный велопробег с онлайн-трансляцией из обоих городов."),
    ("en", 0, "Recipe exchange", "Families swap recipes and cook each other's dishes online."),
)
# Staff, added to the page after the participants: an organiser and the team's coach, and the
# check-in answers the coach finds waiting (who answered, in which language, what blocks them).
STAFF = {"organiser": ("Petra", "de"), "coach": ("Irina", "ru")}
ANSWERS = (
    (900_001, "ru", Question.BLOCKING, "Нет зала для встречи в марте", 2),
    (900_002, "de", Question.MOVED, "Flyer für den Garten gedruckt", 4),
)
WIZARD = {  # what the organiser types into the workshop wizard
    "title": "Stadtspaziergang zu zweit",
    "description": "Wir zeigen einander unsere Lieblingsorte – per Video aus beiden Städten.",
    "address": "Stadtbibliothek, Ständehausstraße 2",
}
SETTLE = 0.8  # seconds without a change in the chat before a screenshot


async def seed(path: Path, languages: list[str]) -> BarcampScreens:
    """The demo data plus ideas and one team with everyone who will be on the page, the
    calls' people and the BarCamps the BarCamp walk shows."""
    db = connect(path)
    await db.open()
    await apply_migrations(db.conn)
    clock = SystemClock()
    partnership_id, _ = await seed_demo(db, clock)
    await seed_sandbox(db, clock, partnership_id)
    now = clock.now()
    async with db.transaction() as conn:
        partnership = await partnerships_db.get(conn, partnership_id)
        assert partnership is not None
        cities = partnership.cities
        for user_id, language, city, name in TEAMMATES:
            await participants_db.save(
                conn,
                Participant(user_id, language, partnership_id, cities[city].id, name, now),
                now,
            )
        idea_ids = [
            await ideas_db.create(
                conn,
                Idea(
                    0,
                    partnership_id,
                    TEAMMATES[n % 2][0],
                    cities[city].id,
                    language,
                    IdeaText(title, text, None),
                    IdeaStatus.PUBLISHED,
                ),
                now,
            )
            for n, (language, city, title, text) in enumerate(IDEAS)
        ]
        members = [user_id for user_id, *_ in TEAMMATES]
        members += [FIRST_ID + n for n in range(len(languages))]
        team_id = await teams_db.create(conn, partnership_id, idea_ids[0], members, now)
        organiser, coach = (FIRST_ID + len(languages) + n for n in range(len(STAFF)))
        await roles_db.grant(conn, organiser, partnership_id, Role.ORGANISER, None, now)
        await roles_db.grant(conn, coach, partnership_id, Role.COACH, None, now)
        await teams_db.set_coach(conn, team_id, coach)
        round_id = await checkins_db.create_round(
            conn, team_id, RoundKind.REGULAR, now.date(), now + timedelta(days=2)
        )
        assert round_id is not None
        for user_id, language, question, answer, mood in ANSWERS:
            await checkins_db.save_answer(
                conn, round_id, user_id, question.value, answer, None, language, now
            )
            await checkins_db.save_answer(
                conn, round_id, user_id, Question.MOOD.value, None, mood, language, now
            )
    await seed_calls(db, calls_first_id(languages))
    barcamps = await seed_barcamp(db, barcamp_first_id(languages))
    await db.close()
    return barcamps


def calls_first_id(languages: list[str]) -> int:
    """The page id of the first person of the call walk: after participants and staff."""
    return FIRST_ID + len(languages) + len(STAFF)


def barcamp_first_id(languages: list[str]) -> int:
    """The page id of the first person of the BarCamp walk, right after the calls' people."""
    return calls_first_id(languages) + len(CALL_PEOPLE)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Phone:
    """The sandbox page in a phone-sized headless Chromium, driven person by person."""

    def __init__(self, url: str, sim: TelegramSim, out: Path) -> None:
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or ""
        for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
            options.add_argument(flag)
        options.add_argument("--hide-scrollbars")
        options.add_argument("--force-device-scale-factor=1")
        service = webdriver.ChromeService(shutil.which("chromedriver"))
        self.driver: WebDriver = webdriver.Chrome(options=options, service=service)
        self.driver.set_window_size(WIDTH, HEIGHT)
        # Window size includes browser chrome in some versions; make the page itself 412 wide.
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": True},
        )
        self.driver.get(url)
        self.sim = sim
        self.out = out
        self.wait = WebDriverWait(self.driver, 30)

    def close(self) -> None:
        self.driver.quit()

    def add_person(self, name: str, language: str) -> int:
        before = set(self.sim.users)
        option = f'#new-language option[value="{language}"]'
        self.wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, option))  # page loaded
        Select(self.driver.find_element(By.ID, "new-language")).select_by_value(language)
        self.driver.find_element(By.ID, "new-name").send_keys(name)
        self.driver.find_element(By.ID, "add-person").click()
        self.wait.until(lambda _: set(self.sim.users) - before)
        (user_id,) = set(self.sim.users) - before
        self.wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, self.chat_selector(user_id)))
        return user_id

    @staticmethod
    def chat_selector(user_id: int) -> str:
        return f'section.chat[data-user="{user_id}"]'

    def show(self, user_id: int) -> None:
        self.driver.execute_script(
            "document.querySelector(arguments[0]).scrollIntoView({inline: 'start'})",
            self.chat_selector(user_id),
        )

    def messages(self, user_id: int) -> list[SimMessage]:
        return [m for m in self.sim.chats.get(user_id, []) if not m.deleted]

    def say(self, user_id: int, text: str) -> None:
        chat = self.driver.find_element(By.CSS_SELECTOR, self.chat_selector(user_id))
        chat.find_element(By.CSS_SELECTOR, ".compose input").send_keys(text)
        chat.find_element(By.CSS_SELECTOR, ".compose button").click()
        self.settle(user_id)

    def buttons(self, user_id: int) -> list[str]:
        """Callback data of the newest bot message with buttons."""
        for message in reversed(self.messages(user_id)):
            data = [b["callback_data"] for b in message.buttons() if b.get("callback_data")]
            if message.from_bot and data:
                return data
        return []

    def find(self, user_id: int, wanted: Callable[[str], bool]) -> str | None:
        return next((data for data in self.buttons(user_id) if wanted(data)), None)

    def press(self, user_id: int, data: str) -> None:
        selector = f'{self.chat_selector(user_id)} button[data-callback="{data}"]'

        def clicked(driver: WebDriver) -> bool:
            try:
                found = driver.find_elements(By.CSS_SELECTOR, selector)
                if found:
                    driver.execute_script("arguments[0].click()", found[-1])
                return bool(found)
            except StaleElementReferenceException:
                return False

        self.wait.until(clicked)
        self.settle(user_id)

    def press_first(self, user_id: int, prefix: str) -> bool:
        data = self.find(user_id, lambda d: d.startswith(prefix))
        if data is not None:
            self.press(user_id, data)
        return data is not None

    def settle(self, user_id: int) -> None:
        """Wait until the bot has answered and the page shows it."""
        last, since = None, time.monotonic()
        deadline = since + 30
        while time.monotonic() < deadline:
            now = [(m.message_id, m.body, m.edit_count) for m in self.messages(user_id)]
            now.append(len(self.sim.pending_updates))  # type: ignore[arg-type]
            if now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since > SETTLE:
                break
            time.sleep(0.1)
        time.sleep(0.5)  # the page polls every 0.4 s

    def last_text(self, user_id: int) -> str:
        return next((m.text or "" for m in reversed(self.messages(user_id)) if m.from_bot), "")

    def shot(self, language: str, name: str) -> None:
        path = self.out / f"{language}-{name}.png"
        self.driver.save_screenshot(str(path))
        print(f"wrote {path}", flush=True)


def onboard(phone: Phone, uid: int, language: str, city: int, shots: bool) -> None:
    phone.show(uid)
    phone.say(uid, "/start")
    if shots:
        phone.shot(language, "onboarding-language")
    phone.press(uid, f"lang:{language}")
    phone.press_first(uid, "ptn:")  # only when there is more than one partnership
    if shots:
        phone.shot(language, "onboarding-city")
    cities = [d for d in phone.buttons(uid) if d.startswith("city:")]
    if cities:  # a coach's invitation may already know the city
        phone.press(uid, cities[min(city, len(cities) - 1)])
    if shots:
        phone.shot(language, "onboarding-privacy")
    phone.press_first(uid, "priv:1")
    if not shots:
        phone.press_first(uid, "pname:")  # the Telegram name, as most people do


def walk(phone: Phone, language: str) -> None:
    name, city, answer = PEOPLE[language]
    uid = phone.add_person(name, language)
    onboard(phone, uid, language, city, shots=True)

    phone.say(uid, "/workshops")
    phone.shot(language, "workshops")
    phone.press_first(uid, "wo:")
    phone.shot(language, "workshop-card")
    phone.press_first(uid, "ws:")
    for _ in range(8):  # the sign-up questions, if the workshop asks any
        step = phone.find(uid, lambda d: d.startswith("sa:") and (":skip:" in d or ":submit:" in d))
        if step is not None:
            phone.press(uid, step)
        elif phone.find(uid, lambda d: d.startswith("sa:")) is not None:
            phone.say(uid, answer)  # a required question asks for a typed answer
        else:
            break
    phone.shot(language, "signup-confirmed")

    phone.say(uid, "/ideas")
    if not phone.find(uid, lambda d: d.startswith(("io:", "ia:"))):
        phone.press_first(uid, "il:")
    phone.shot(language, "ideas")
    vote = phone.find(uid, lambda d: d.startswith("ia:") and ":vote:" in d)
    if vote is None:
        phone.press_first(uid, "io:")
        vote = phone.find(uid, lambda d: d.startswith("ia:") and ":vote:" in d)
    if vote is not None:
        phone.press(uid, vote)
    phone.shot(language, "vote")

    phone.say(uid, "/team")
    phone.shot(language, "team")


def walk_staff(phone: Phone) -> None:
    """The organiser's home, workshop wizard and a chart; the coach's teams."""
    name, language = STAFF["organiser"]
    uid = phone.add_person(name, language)
    onboard(phone, uid, language, 0, shots=False)
    phone.say(uid, "/organise")
    phone.shot(language, "organiser-home")
    phone.press_first(uid, "og:workshops:")
    phone.press_first(uid, "wd:new:")
    phone.shot(language, "wizard-kind")
    phone.press(uid, "wd:kind:kickoff")
    phone.say(uid, WIZARD["title"])
    phone.say(uid, WIZARD["description"])
    phone.say(uid, WIZARD["address"])
    phone.shot(language, "wizard-calendar")
    days = [d for d in phone.buttons(uid) if d.startswith("wd:day:")]
    phone.press(uid, days[len(days) // 2])  # a day in the middle of what is left this month
    phone.press(uid, "wd:start:1800")
    phone.press(uid, "wd:dur:180")
    phone.shot(language, "wizard-preview")
    phone.say(uid, "/stats")
    phone.shot(language, "stats-chart")

    name, language = STAFF["coach"]
    uid = phone.add_person(name, language)
    onboard(phone, uid, language, 1, shots=False)
    phone.say(uid, "/coach")
    phone.shot(language, "coach-home")
    phone.press_first(uid, "co:team:")
    phone.shot(language, "coach-team")


async def take(languages: list[str], out: Path) -> None:
    database = Path(tempfile.mkdtemp(prefix="twincity-screens-")) / "screens.sqlite3"
    barcamps = await seed(database, languages)
    # The last person of the call walk administers the calls.
    settings = Settings(admin_ids=frozenset({calls_first_id(languages) + len(CALL_PEOPLE) - 1}))
    sim = TelegramSim(SystemClock(), bot_username="twincity_sandbox_bot", queue_updates=True)
    stop, ready = asyncio.Event(), asyncio.Event()
    port = free_port()
    sandbox = asyncio.create_task(
        run_sandbox(settings, port, stop, ready, database=database, sim=sim)
    )
    await asyncio.wait_for(ready.wait(), 60)

    def drive() -> None:
        phone = Phone(f"http://127.0.0.1:{port}/", sim, out)
        try:
            for language in languages:
                walk(phone, language)
            walk_staff(phone)
            walk_calls(phone)
            walk_barcamp(phone, languages, barcamps)  # its people's ids follow the calls'
            walk_stories(phone, languages)  # after the calls: their people's ids are counted
            walk_toolbox(phone, languages)
            walk_network(
                phone, languages, lambda p, uid, lang, city: onboard(phone, uid, lang, city, False)
            )
            walk_room(
                phone, languages, lambda p, uid, lang, city: onboard(phone, uid, lang, city, False)
            )
        finally:
            phone.close()
        # The live walls as a projector shows them (desktop width, their own browser).
        shoot_walls(f"http://127.0.0.1:{port}", database, out)

    try:
        await asyncio.to_thread(drive)
    finally:
        stop.set()
        await sandbox


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screens"))
    parser.add_argument("languages", nargs="*", help=f"some of {', '.join(PEOPLE)} (default: all)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    unknown = set(args.languages) - set(PEOPLE)
    if unknown:
        parser.error(f"no person for {', '.join(sorted(unknown))}")
    asyncio.run(take(args.languages or list(PEOPLE), args.out))


if __name__ == "__main__":
    main()
