"""The emulator over HTTP: `/bot<token>/<method>` and `/file/bot<token>/<path>`, as Telegram
serves them, so an unchanged bot (or any client) can use it via TELEGRAM_API_BASE_URL.
Every call goes to the same `TelegramSim.call` as the in-process SimRequest: one core, one set
of rules."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

import tornado.web

from bot.offline.emulator.core import TelegramSim


class BotApiHandler(tornado.web.RequestHandler):
    def initialize(self, sim: TelegramSim, token: str) -> None:
        self.sim = sim
        self.token = token

    async def get(self, token: str, method: str) -> None:
        await self._answer(token, method)

    async def post(self, token: str, method: str) -> None:
        await self._answer(token, method)

    async def _answer(self, token: str, method: str) -> None:
        if token != self.token:
            self._json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        params: dict[str, Any] = {k: v for k, v in parse_qsl(self.request.query)}
        files: dict[str, tuple[str | None, bytes, str | None]] = {}
        content_type = self.request.headers.get("Content-Type", "")
        if content_type.startswith("application/json") and self.request.body:
            body = json.loads(self.request.body)
            params.update({k: v if isinstance(v, str) else json.dumps(v) for k, v in body.items()})
        else:
            params.update(
                {k: v[-1].decode("utf-8") for k, v in self.request.body_arguments.items()}
            )
            for name, uploads in self.request.files.items():
                upload = uploads[-1]
                files[name] = (upload.filename or None, upload.body, upload.content_type or None)
        status, body = await self.sim.call(method, params, files)
        self._json(status, body)

    def _json(self, status: int, body: dict[str, Any]) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body))


class FileHandler(tornado.web.RequestHandler):
    def initialize(self, sim: TelegramSim, token: str) -> None:
        self.sim = sim
        self.token = token

    def get(self, token: str, path: str) -> None:
        sim_file = self.sim.files.get(path.rsplit("/", 1)[-1])
        if token != self.token or sim_file is None:
            raise tornado.web.HTTPError(404)
        self.set_header("Content-Type", sim_file.mime_type or "application/octet-stream")
        self.finish(sim_file.content)


def bot_api_routes(sim: TelegramSim, token: str) -> list[Any]:
    """Routes to mount in a tornado Application (the sandbox adds its chat page beside them)."""
    args = {"sim": sim, "token": token}
    return [
        (r"/bot([^/]+)/([A-Za-z]+)/?", BotApiHandler, args),
        (r"/file/bot([^/]+)/(.+)", FileHandler, args),
    ]
