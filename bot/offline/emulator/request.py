"""python-telegram-bot's request seam, answered in-process by the emulator."""

from __future__ import annotations

import json
from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData

from bot.offline.emulator.core import TelegramSim


class SimRequest(BaseRequest):
    """Hands every Bot API call to a TelegramSim instead of the network."""

    def __init__(self, sim: TelegramSim) -> None:
        self.sim = sim

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if "/file/bot" in url:  # a download (bot.get_file(...).download_*), as http.py serves it
            sim_file = self.sim.files.get(url.rsplit("/", 1)[-1])
            return (200, sim_file.content) if sim_file else (404, b"Not Found")
        api_method = url.rstrip("/").rsplit("/", 1)[-1]
        params: dict[str, Any] = dict(request_data.json_parameters) if request_data else {}
        files: dict[str, tuple[str | None, bytes, str | None]] = {}
        if request_data is not None and request_data.contains_files:
            for name, field_tuple in request_data.multipart_data.items():
                file_name, content, mime = field_tuple[0], field_tuple[1], field_tuple[2]
                data = content if isinstance(content, bytes) else content.read()
                files[name] = (file_name, data, mime)
        status, body = await self.sim.call(api_method, params, files)
        return status, json.dumps(body).encode("utf-8")
