"""The network calendar over HTTP: /network/calendar.ics?country=PL&topic=youth&lang=de, an
.ics feed calendars subscribe to (public workshops and network events). Served by the health
server (both modes) and by the sandbox, like the stories feed."""

from __future__ import annotations

import re
from typing import Any

import tornado.web

from bot.app import BotApplication
from bot.domain.network_calendar import FEED_PATH, CalendarFilter


class CalendarFeedHandler(tornado.web.RequestHandler):
    def initialize(self, app: BotApplication) -> None:
        self.bot_app = app

    async def get(self) -> None:
        services = self.bot_app.bot_data.services
        if services is None:
            raise tornado.web.HTTPError(503)
        chosen = CalendarFilter.parse(
            self.get_argument("country", ""), self.get_argument("topic", "")
        )
        if chosen is None:
            raise tornado.web.HTTPError(400)
        asked = self.get_argument("lang", "")
        tr = services.translator
        language = asked if asked in tr.languages else services.settings.default_language
        body = await services.newsletter.calendar.feed(chosen, language, self.bot_app.bot.username)
        self.set_header("Content-Type", "text/calendar; charset=utf-8")
        self.set_header("Cache-Control", "public, max-age=300")
        self.finish(body)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.finish()  # no traceback in the answer


def calendar_routes(app: BotApplication) -> list[Any]:
    return [(re.escape(FEED_PATH), CalendarFeedHandler, {"app": app})]
