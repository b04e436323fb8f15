"""The live wall pages over HTTP: /wall/<token> (the page a room's projector shows) and
/wall/<token>/data.json?after=<version> (what the page asks for its next change). Served by
the health server (both modes) and by the sandbox, like the calendar feed.

Live updates are a **long poll**, not server-sent events. Every answer is the whole wall at one
event version, so a page that missed anything (a reconnect, a sleeping laptop) is right again
with the next answer, and the version it sends is all the server needs to know about it. The
database's `live_events.version` is the truth: today one process wakes its waiting requests
through `services.live_page.signal`; with several processes later each one also re-reads the
version every few seconds, so any process can answer any page without sticky sessions or a
message bus. A plain request/response also passes proxies that buffer responses (an SSE stream
needs them configured not to) and costs one request per change, which a wall of a few dozen
ideas a minute does not notice."""

from __future__ import annotations

import asyncio
import json
import secrets
from typing import Any

import tornado.web

from bot.app import BotApplication
from bot.domain.live_wall import WallData
from bot.render.wall_page import wall_html, wall_json
from bot.services.live_page import LONG_POLL

TOKEN = r"([A-Za-z0-9_-]{16,64})"


def _policy(nonce: str) -> str:
    return (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}';"
        " img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none';"
        " frame-ancestors 'none'"
    )


class _WallHandler(tornado.web.RequestHandler):
    def initialize(self, app: BotApplication) -> None:
        self.bot_app = app

    def set_default_headers(self) -> None:
        # Also on a 404: nothing about the wall or the server leaks, and no search engine keeps it.
        self.nonce = secrets.token_urlsafe(18)
        self.set_header("Content-Security-Policy", _policy(self.nonce))
        self.set_header("Referrer-Policy", "no-referrer")
        self.set_header("X-Robots-Tag", "noindex")
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Cache-Control", "no-store")
        self.clear_header("Server")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.finish()  # no detail: an unknown token looks like any other missing page


class WallPageHandler(_WallHandler):
    async def get(self, token: str) -> None:
        services = self.bot_app.bot_data.services
        if services is None:
            raise tornado.web.HTTPError(503)
        data = await services.live_page.wall_data(token)
        if data is None:
            raise tornado.web.HTTPError(404)
        bot = self.bot_app.bot.username
        link = f"https://t.me/{bot}?start=room-{data.checkin_code}"
        page = wall_html(data, services.translator, link=link, bot=bot, nonce=self.nonce)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(page)


class WallDataHandler(_WallHandler):
    """Answers at once when the event has a newer version than `after`, else when it gets
    one, or after LONG_POLL seconds with the wall as it is."""

    closed: asyncio.Future[None] | None = None

    async def get(self, token: str) -> None:
        services = self.bot_app.bot_data.services
        if services is None:
            raise tornado.web.HTTPError(503)
        raw = self.get_argument("after", "-1")
        after = int(raw) if raw.lstrip("-").isdigit() else -1
        self.closed = asyncio.get_running_loop().create_future()
        asking = asyncio.ensure_future(services.live_page.wall_after(token, after, LONG_POLL))
        either: set[asyncio.Future[Any]] = {asking, self.closed}
        await asyncio.wait(either, return_when=asyncio.FIRST_COMPLETED)
        if not asking.done():  # the page went away (or the server is stopping)
            asking.cancel()
            return
        try:
            data: WallData | None = asking.result()
        except RuntimeError:  # the database closed under a waiting request: the bot stops
            raise tornado.web.HTTPError(503) from None  # the page tries again later
        if data is None:
            raise tornado.web.HTTPError(404)
        body = wall_json(data, services.translator)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps(body, ensure_ascii=False))

    def on_connection_close(self) -> None:
        if self.closed is not None and not self.closed.done():
            self.closed.set_result(None)


class NoWallHandler(_WallHandler):
    """Any other address under /wall/: the same bare 404 as an unknown token."""

    def get(self, _: str) -> None:
        raise tornado.web.HTTPError(404)


def wall_routes(app: BotApplication) -> list[Any]:
    args = {"app": app}
    return [
        (rf"/wall/{TOKEN}", WallPageHandler, args),
        (rf"/wall/{TOKEN}/data\.json", WallDataHandler, args),
        (r"/wall/(.*)", NoWallHandler, args),
    ]
