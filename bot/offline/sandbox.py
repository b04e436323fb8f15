"""`twincity-bot sandbox`: the bot without Telegram. On 127.0.0.1 only: the emulator's HTTP
front, the real bot polling it (demo partnership seeded), and a web chat page where several
simulated people talk to the bot side by side."""

from __future__ import annotations

import asyncio
import json
import logging
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import tornado.web
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

from bot.app import BotApplication, build_application
from bot.clock import SystemClock
from bot.config import Settings
from bot.db import calls as calls_db
from bot.db.connection import Database, connect
from bot.db.migrations import apply_migrations
from bot.domain.languages import SUPPORTED_LANGUAGES
from bot.i18n import Translator
from bot.network_feeds import calendar_routes
from bot.offline.emulator.core import SimMessage, TelegramSim
from bot.offline.emulator.http import bot_api_routes
from bot.offline.emulator.model import SimFile
from bot.services.barcamp_demo import seed_barcamp
from bot.services.calls import CallService
from bot.services.demo import seed_demo, seed_sandbox
from bot.services.live_demo import demo_help, seed_live_wall
from bot.services.network_demo import seed_network
from bot.services.story_demo import seed_story
from bot.services.toolbox_demo import TEMPLATE_FILE_ID, seed_toolbox
from bot.serving import serve, until_signal
from bot.story_feeds import feed_routes
from bot.wall_pages import wall_routes

log = logging.getLogger(__name__)
access_log = logging.getLogger("tornado.access")
SANDBOX_TOKEN = "123456:sandbox-token"
# The page's own words (locales/<lang>/sandbox.ftl, ids "sandbox-<name>"), sent to the page once.
PAGE_LABELS = ("title", "add-person", "name", "send", "message", "empty", "edited", "file", "photo")
POPUPS_SHOWN = 5  # the newest pop-ups per person the page may still have to show
LanguageOf = Callable[[int], Awaitable[str | None]]


def log_request(handler: tornado.web.RequestHandler) -> None:
    """Tornado's access log, quiet for what succeeds: the page polls twice a second and the bot
    long-polls, and a line for each at INFO would bury everything else. Failures stay loud."""
    status = handler.get_status()
    level = logging.DEBUG if status < 400 else logging.WARNING if status < 500 else logging.ERROR
    request = handler.request
    access_log.log(
        level,
        "%d %s %s %.0f ms",
        status,
        request.method,
        request.path,
        1000 * request.request_time(),
    )


def page_labels(translator: Translator) -> dict[str, dict[str, str]]:
    return {
        language: {name: translator.plain(language, f"sandbox-{name}") for name in PAGE_LABELS}
        for language in translator.languages
    }


def popups_json(sim: TelegramSim, user_id: int) -> list[dict[str, Any]]:
    """The pop-ups (callback query answers with a text) this person got, newest last."""
    shown = [
        {"id": query_id, "text": str(answer["text"]), "alert": answer.get("show_alert") is True}
        for query_id, answer in sim.callback_answers.items()
        if answer.get("text") and sim.callback_queries[query_id]["from"]["id"] == user_id
    ]
    return shown[-POPUPS_SHOWN:]


def message_json(message: SimMessage) -> dict[str, Any]:
    """What the chat page shows of one message (text as plain text: the page never renders
    HTML it got from the bot or from people)."""
    media = message.photo or message.document
    return {
        "id": message.message_id,
        "from_bot": message.from_bot,
        "text": message.body,
        "entities": message.entities,
        "edited": message.edit_count > 0,
        "deleted": message.deleted,
        "buttons": [
            [
                {"text": b.get("text", ""), "data": b.get("callback_data"), "url": b.get("url")}
                for b in row
            ]
            for row in message.button_rows()
        ],
        "photo": message.photo.file_id if message.photo else None,
        "file": media.file_id if message.document and media else None,
        "file_name": message.document.file_name if message.document else None,
    }


class _SandboxHandler(tornado.web.RequestHandler):
    def initialize(self, sim: TelegramSim, language_of: LanguageOf) -> None:
        self.sim = sim
        self.language_of = language_of

    def body(self) -> dict[str, Any]:
        try:
            data = json.loads(self.request.body or b"{}")
        except json.JSONDecodeError:
            raise tornado.web.HTTPError(400) from None
        if not isinstance(data, dict):
            raise tornado.web.HTTPError(400)
        return data

    def user_id(self, data: dict[str, Any]) -> int:
        try:
            uid = int(data["user_id"])
        except (KeyError, TypeError, ValueError):
            raise tornado.web.HTTPError(400) from None
        if uid not in self.sim.users:
            raise tornado.web.HTTPError(404)
        return uid


class StateHandler(_SandboxHandler):
    async def get(self) -> None:
        users = [
            {
                "id": u.id,
                "name": u.first_name,
                "language": u.language_code,
                # The language chosen in the bot, once onboarding asked; the page speaks it.
                "chosen": await self.language_of(u.id) or u.language_code,
            }
            for u in list(self.sim.users.values())
        ]
        chats = {
            str(uid): [message_json(m) for m in self.sim.chats.get(uid, []) if not m.deleted]
            for uid in self.sim.users
        }
        popups = {str(uid): popups_json(self.sim, uid) for uid in self.sim.users}
        self.finish(
            {
                "bot": self.sim.bot_username,
                "users": users,
                "chats": chats,
                "popups": popups,
                "languages": list(SUPPORTED_LANGUAGES),
            }
        )


class UsersHandler(_SandboxHandler):
    def post(self) -> None:
        data = self.body()
        name = str(data.get("name", "")).strip()[:64] or "Anna"
        language = str(data.get("language", "en"))
        user = self.sim.add_user(name, language if language in SUPPORTED_LANGUAGES else "en")
        self.finish({"id": user.id})


class SendHandler(_SandboxHandler):
    def post(self) -> None:
        data = self.body()
        uid = self.user_id(data)
        text = str(data.get("text", ""))
        if not text.strip():
            raise tornado.web.HTTPError(400)
        self.sim.user_sends(uid, text)
        self.finish({"ok": True})


class PressHandler(_SandboxHandler):
    def post(self) -> None:
        data = self.body()
        uid = self.user_id(data)
        try:
            self.sim.user_presses(uid, int(data["message_id"]), str(data["data"]))
        except (KeyError, ValueError):
            raise tornado.web.HTTPError(400) from None
        self.finish({"ok": True})


class SandboxFileHandler(_SandboxHandler):
    def get(self, file_id: str) -> None:
        sim_file = self.sim.files.get(file_id)
        if sim_file is None:
            raise tornado.web.HTTPError(404)
        self.set_header("Content-Type", sim_file.mime_type or "application/octet-stream")
        if sim_file.file_name:
            self.set_header("Content-Disposition", f'attachment; filename="{sim_file.file_name}"')
        self.finish(sim_file.content)


class PageHandler(tornado.web.RequestHandler):
    def get(self) -> None:
        page = resources.files("bot.offline").joinpath("static/sandbox.html").read_text("utf-8")
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(page)


class LabelsHandler(tornado.web.RequestHandler):
    def initialize(self, labels: dict[str, dict[str, str]]) -> None:
        self.labels = labels

    def get(self) -> None:
        self.finish(self.labels)


async def _no_language(user_id: int) -> str | None:
    return None


def sandbox_app(
    sim: TelegramSim,
    token: str,
    language_of: LanguageOf = _no_language,
    translator: Translator | None = None,
    routes: list[Any] | None = None,
) -> tornado.web.Application:
    args = {"sim": sim, "language_of": language_of}
    labels = page_labels(translator or Translator())
    return tornado.web.Application(
        [
            *bot_api_routes(sim, token),
            (r"/", PageHandler),
            (r"/sandbox/labels", LabelsHandler, {"labels": labels}),
            (r"/sandbox/state", StateHandler, args),
            (r"/sandbox/users", UsersHandler, args),
            (r"/sandbox/send", SendHandler, args),
            (r"/sandbox/press", PressHandler, args),
            (r"/sandbox/files/([A-Za-z0-9_-]+)", SandboxFileHandler, args),
            *(routes or []),
        ],
        log_function=log_request,
    )


def chosen_language(app: BotApplication) -> LanguageOf:
    """The language a person picked in the bot (None before onboarding asked)."""

    async def language_of(user_id: int) -> str | None:
        services = app.bot_data.services
        if services is None:
            return None
        participant = await services.onboarding.participant(user_id)
        return participant.language if participant else None

    return language_of


async def seed_call(db: Database) -> None:
    """An open programme call (the default Twin City Booster), so /apply has something to show."""
    clock = SystemClock()
    now = clock.now()
    async with db.transaction() as conn:
        if await calls_db.all_calls(conn):
            return
        call = CallService(db, clock, Translator()).default_call(0, now)
        await calls_db.create(conn, replace(call, published_at=now), now)


async def run_sandbox(
    settings: Settings,
    port: int,
    stop: asyncio.Event,
    ready: asyncio.Event | None = None,
    database: Path | None = None,
    sim: TelegramSim | None = None,
) -> str:
    """Serve until `stop` is set; returns the page's URL (also printed). `sim` lets a test or
    the screenshot script look at the emulator the page talks to."""
    sim = sim or TelegramSim(SystemClock(), bot_username="twincity_sandbox_bot", queue_updates=True)
    sockets = bind_sockets(port, "127.0.0.1")
    actual_port = sockets[0].getsockname()[1]
    url = f"http://127.0.0.1:{actual_port}/"
    path = database or Path(tempfile.mkdtemp(prefix="twincity-sandbox-")) / "sandbox.sqlite3"
    db = connect(path)
    await db.open()
    await apply_migrations(db.conn)
    partnership_id, _ = await seed_demo(db, SystemClock())
    await seed_sandbox(db, SystemClock(), partnership_id)
    await seed_call(db)
    await seed_story(db, SystemClock(), partnership_id)
    await seed_toolbox(db, SystemClock())
    await seed_network(db, SystemClock(), partnership_id)
    live_demo = await seed_live_wall(db, SystemClock(), partnership_id)  # live-setup
    await seed_barcamp(db, SystemClock(), partnership_id)
    # The demo template's file, as if a keeper had uploaded it.
    sim.files[TEMPLATE_FILE_ID] = SimFile(
        TEMPLATE_FILE_ID, "sandbox-template", "Projektantrag.docx", "application/msword", b"PK"
    )
    await db.close()
    bot_settings = replace(
        settings,
        bot_token=SANDBOX_TOKEN,
        database_path=path,
        database_url=None,  # the sandbox keeps its own SQLite file, whatever DATABASE_URL says
        telegram_api_base_url=f"http://127.0.0.1:{actual_port}/bot",
        webhook_listen="127.0.0.1",
        health_port=0,
        # live-page: links to wall pages in the chat open this sandbox's own pages.
        public_url=settings.public_url or url.rstrip("/"),
    )
    app = build_application(bot_settings, background=True)
    # The stories feed and the network calendar's .ics feed, as the health server serves them.
    # live-page: and the live wall pages with their data.
    feeds = [*feed_routes(app), *calendar_routes(app), *wall_routes(app)]
    server = HTTPServer(sandbox_app(sim, SANDBOX_TOKEN, chosen_language(app), routes=feeds))
    server.add_sockets(sockets)
    app_ready = asyncio.Event()
    serving = asyncio.create_task(serve(app, bot_settings, stop, app_ready, webhook=False))
    await app_ready.wait()
    print(
        f"\n  Twin City Bot sandbox: open {url}\n  (database {path}; Ctrl-C stops it)\n"
        + demo_help(live_demo, url),
        flush=True,
    )
    if ready is not None:
        ready.set()
    try:
        await serving
    finally:
        # The bot has stopped polling; end the long poll still waiting in the emulator so that
        # no request is cut off (and logged as an error) when the event loop closes.
        sim.wake_long_polls()
        while sim.long_polls:  # noqa: ASYNC110 - a loop turn or two, then the answer is sent
            await asyncio.sleep(0)
        server.stop()
        await server.close_all_connections()
    return url


def sandbox_main(settings: Settings, port: int, database: Path | None) -> None:
    until_signal(lambda stop: run_sandbox(settings, port, stop, database=database))
