"""Serving the bot: PTB's webhook server (checking the secret on every request) or long polling,
a small health server answering /healthz in both modes, and a stop signal (SIGTERM) that shuts
everything down in order."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

import tornado.web
from telegram import Update
from tornado.httpserver import HTTPServer

from bot.app import BotApplication
from bot.config import Settings
from bot.services.health import check_health

log = logging.getLogger(__name__)
HEALTH_TIMEOUT = 3.0  # seconds; a database that takes longer counts as unreachable


class HealthHandler(tornado.web.RequestHandler):
    def initialize(self, app: BotApplication) -> None:
        self.bot_app = app

    async def get(self) -> None:
        services = self.bot_app.bot_data.services
        try:
            if services is None:
                raise RuntimeError("not started")
            health = await asyncio.wait_for(check_health(services.db), HEALTH_TIMEOUT)
            report, ok = health.as_json(), health.ok
        except (TimeoutError, RuntimeError):
            report, ok = {"status": "failing", "database": "unreachable"}, False
        self.set_status(200 if ok else 503)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(report))


def health_server(app: BotApplication, listen: str, port: int) -> HTTPServer:
    server = HTTPServer(tornado.web.Application([(r"/healthz", HealthHandler, {"app": app})]))
    server.listen(port, address=listen)
    return server


async def serve(
    app: BotApplication,
    settings: Settings,
    stop: asyncio.Event,
    ready: asyncio.Event | None = None,
    *,
    webhook: bool = True,
) -> None:
    """Run until `stop` is set, then: stop taking updates, finish the ones already received,
    stop the delivery worker (post_stop) and close the database (post_shutdown)."""
    await app.initialize()
    assert app.updater is not None
    health = None
    try:
        if app.post_init is not None:  # run_polling/run_webhook would call these hooks
            await app.post_init(app)
        if webhook:
            url, secret = settings.require_webhook()
            await app.updater.start_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                url_path=urlsplit(url).path or "/",
                webhook_url=url,
                secret_token=secret,
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            await app.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        await app.start()
        health = health_server(app, settings.webhook_listen, settings.health_port)
        log.info(
            "%s mode; health on port %s/healthz",
            "webhook" if webhook else "polling",
            settings.health_port,
        )
        if ready is not None:
            ready.set()
        await stop.wait()
        log.info("stopping: finishing the updates in flight")
    finally:
        if health is not None:
            health.stop()
        if app.updater.running:
            await app.updater.stop()  # no new requests are accepted from here on
        if app.running:
            await app.stop()  # processes every update already received
            if app.post_stop is not None:
                await app.post_stop(app)  # stops the delivery worker after its batch
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


def run_until_signal(app: BotApplication, settings: Settings, *, webhook: bool) -> None:
    until_signal(lambda stop: serve(app, settings, stop, webhook=webhook))
