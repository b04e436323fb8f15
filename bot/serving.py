"""Serving the bot: long polling or our own webhook server (secret first, bounded bodies,
every update journaled before Telegram gets its 200), a small health server answering
/healthz in both modes, and a stop signal (SIGTERM) that shuts everything down in order."""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import logging
import signal
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

import tornado.web
from telegram import Update
from tornado.httpserver import HTTPServer

from bot.app import BotApplication
from bot.config import Settings
from bot.db.claims import POLLER_LOCK
from bot.network_feeds import calendar_routes
from bot.receiving import Inbox, Poller
from bot.services.health import check_health
from bot.story_feeds import feed_routes
from bot.wall_pages import wall_routes
from bot.workers import InboxWorker, Role, shared

log = logging.getLogger(__name__)
HEALTH_TIMEOUT = 3.0  # seconds; a database that takes longer counts as unreachable
WEBHOOK_MAX_BODY = 1 << 20  # 1 MB: Telegram's updates are a few kB
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


class HealthHandler(tornado.web.RequestHandler):
    """Status for anyone who can reach it; the backlog figures only for this machine (a
    container's health check) or a monitor that shows HEALTH_TOKEN."""

    def initialize(self, app: BotApplication, token: str | None) -> None:
        self.bot_app = app
        self.token = token

    def _may_see_figures(self) -> bool:
        if is_loopback(self.request.remote_ip or ""):
            return True
        given = self.request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        return bool(self.token) and hmac.compare_digest(given.encode(), (self.token or "").encode())

    async def get(self) -> None:
        services = self.bot_app.bot_data.services
        try:
            if services is None:
                raise RuntimeError("not started")
            health = await asyncio.wait_for(check_health(services.db), HEALTH_TIMEOUT)
            report, ok = health.as_json(figures=self._may_see_figures()), health.ok
        except (TimeoutError, RuntimeError):
            report, ok = {"status": "failing", "database": "unreachable"}, False
        self.set_status(200 if ok else 503)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(report))


def health_server(app: BotApplication, settings: Settings) -> HTTPServer:
    server = HTTPServer(
        tornado.web.Application(
            [
                (r"/healthz", HealthHandler, {"app": app, "token": settings.health_token}),
                *feed_routes(app),  # the stories feed for the programme's website
                *calendar_routes(app),  # the network calendar's .ics feed
                *wall_routes(app),  # live-page: the live wall pages and their data
            ]
        )
    )
    server.listen(settings.health_port, address=settings.health_listen)
    return server


@tornado.web.stream_request_body
class WebhookHandler(tornado.web.RequestHandler):
    """Telegram's POSTs. The secret and the declared size are checked before a byte of the
    body is read; the update is in the inbox before the 200 goes out."""

    def initialize(self, inbox: Inbox, secret: str) -> None:
        self.inbox = inbox
        self.secret = secret
        self.body = bytearray()

    def prepare(self) -> None:
        if self.request.method != "POST":
            self._answer(405)
            return
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            self._answer(403)  # finishing now closes the connection: the body is never read
            return
        declared = self.request.headers.get("Content-Length")
        if declared is not None and (not declared.isdigit() or int(declared) > WEBHOOK_MAX_BODY):
            self._answer(413)
            return
        # A body without Content-Length (chunked) is cut off by tornado at the same limit.
        self.request.connection.set_max_body_size(WEBHOOK_MAX_BODY)  # type: ignore[union-attr]

    def _answer(self, status: int) -> None:
        self.set_status(status)
        self.finish()

    def data_received(self, chunk: bytes) -> None:
        self.body += chunk
        if len(self.body) > WEBHOOK_MAX_BODY:
            raise tornado.web.HTTPError(413)

    async def post(self) -> None:
        try:
            update = json.loads(self.body)
            if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
                raise ValueError("not an update")
        except ValueError:
            # Telegram retries errors 5xx; a body that is not an update will never become one.
            log.warning("webhook: refused a body that is not an update (%d bytes)", len(self.body))
            self._answer(400)
            return
        fresh = await self.inbox.accept([update])  # a failing database answers 500: resend
        self._answer(200)
        self.inbox.hand_over(fresh)  # a redelivery of something journaled before: nothing

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.finish()  # no traceback or page in the answer to whoever is calling


class WebhookReceiver:
    """Our own small server instead of PTB's, to control body reading and journaling."""

    def __init__(self, app: BotApplication, inbox: Inbox, settings: Settings) -> None:
        self.app = app
        self.inbox = inbox
        url, secret = settings.require_webhook()
        self.url, self.secret = url, secret
        self.listen, self.port = settings.webhook_listen, settings.webhook_port
        self.server: HTTPServer | None = None

    async def start(self) -> None:
        path = urlsplit(self.url).path or "/"
        routes = [(path, WebhookHandler, {"inbox": self.inbox, "secret": self.secret})]
        self.server = HTTPServer(
            tornado.web.Application(routes), max_body_size=WEBHOOK_MAX_BODY, xheaders=False
        )
        self.server.listen(self.port, address=self.listen)
        await self.app.bot.set_webhook(
            url=self.url, secret_token=self.secret, allowed_updates=list(Update.ALL_TYPES)
        )

    async def stop(self) -> None:
        if self.server is not None:
            self.server.stop()  # no new connections; a request in flight is journaled or not
            self.server = None


async def serve(
    app: BotApplication,
    settings: Settings,
    stop: asyncio.Event,
    ready: asyncio.Event | None = None,
    *,
    webhook: bool = True,
    receive: bool = True,
    work: bool = True,
) -> None:
    """Run until `stop` is set, then: stop taking updates, finish the ones already received,
    stop the delivery worker (post_stop) and close the database (post_shutdown).

    On PostgreSQL the inbox table is shared: this process claims chats from it like any
    `twincity-bot worker` (bot/workers.py), and polls only while it holds the poller's lock;
    `receive=False` is a worker that takes no updates from Telegram, `work=False` a receiver
    that only journals."""
    await app.initialize()
    health = None
    receiver: WebhookReceiver | Poller | None = None
    worker: InboxWorker | None = None
    role: Role | None = None
    try:
        if app.post_init is not None:  # run_polling/run_webhook would call these hooks
            await app.post_init(app)
        inbox = app.bot_data.inbox
        services = app.bot_data.services
        assert inbox is not None and services is not None
        db = shared(services.db)
        if db is None:
            # What was received before a crash goes first: each chat's old updates first.
            inbox.hand_over(await inbox.unhandled())
        await app.start()  # handles what the queue holds, through the ChatOrderedProcessor
        health = health_server(app, settings)
        if db is not None and work:
            worker = InboxWorker(app, db, services.clock, settings.concurrent_updates)
            inbox.on_journaled = worker.wake
            await worker.start()
        if receive and not webhook and db is not None:
            role = Role(db, POLLER_LOCK, "polling Telegram")  # Telegram allows one poller
            await role.take(stop.is_set)
        if receive and not stop.is_set():
            receiver = WebhookReceiver(app, inbox, settings) if webhook else Poller(app, inbox)
            await receiver.start()
        log.info(
            "%s mode; health on %s:%s/healthz",
            ("webhook" if webhook else "polling") if receive else "worker",
            settings.health_listen,
            settings.health_port,
        )
        if ready is not None:
            ready.set()
        await stop.wait()
        log.info("stopping: finishing the updates in flight")
    finally:
        if health is not None:
            health.stop()
            await health.close_all_connections()  # live-page: ends the wall pages' long polls
        if receiver is not None:
            await receiver.stop()  # no new updates are taken from here on
        if worker is not None:
            await worker.stop()  # the chats held finish their update in hand
        if app.running:
            await app.stop()  # handles every update already received
            if isinstance(receiver, Poller):
                await receiver.confirm()
            if app.post_stop is not None:
                await app.post_stop(app)  # stops the delivery worker after its batch
        if role is not None:
            await role.release()
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)  # closes the database
    log.info("stopped cleanly")


def until_signal(body: Callable[[asyncio.Event], Awaitable[object]]) -> None:
    """Run `body(stop)` in a new event loop; SIGTERM or SIGINT sets `stop`."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await body(stop)

    asyncio.run(main())


def run_until_signal(
    app: BotApplication,
    settings: Settings,
    *,
    webhook: bool,
    receive: bool = True,
    work: bool = True,
) -> None:
    until_signal(
        lambda stop: serve(app, settings, stop, webhook=webhook, receive=receive, work=work)
    )
