"""The stories feed over HTTP, for the programme's website: /stories/feed.xml (RSS 2.0) and
/stories/feed.json (JSON Feed 1.1), `?lang=ru` for a language (the bot's default otherwise).
Served by the health server (both modes) and by the sandbox."""

from __future__ import annotations

from typing import Any

import tornado.web

from bot.app import BotApplication
from bot.render.story_feed import FeedInfo, json_feed, rss

CONTENT_TYPES = {"xml": "application/rss+xml; charset=utf-8", "json": "application/feed+json"}


class StoryFeedHandler(tornado.web.RequestHandler):
    def initialize(self, app: BotApplication) -> None:
        self.bot_app = app

    async def get(self, kind: str) -> None:
        services = self.bot_app.bot_data.services
        if services is None:
            raise tornado.web.HTTPError(503)
        tr = services.translator
        asked = self.get_argument("lang", "")
        language = asked if asked in tr.languages else services.settings.default_language
        username = self.bot_app.bot.username
        items = await services.story_publishing.feed(language, username)
        info = FeedInfo(
            title=tr.plain(language, "stories-feed-title"),
            description=tr.plain(language, "stories-feed-description"),
            home_url=f"https://t.me/{username}",
            feed_url=self.request.full_url(),
            language=language,
        )
        self.set_header("Content-Type", CONTENT_TYPES[kind])
        self.set_header("Cache-Control", "public, max-age=300")
        self.finish(rss(info, items) if kind == "xml" else json_feed(info, items))

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.finish()  # no traceback in the answer


def feed_routes(app: BotApplication) -> list[Any]:
    return [(r"/stories/feed\.(xml|json)", StoryFeedHandler, {"app": app})]
