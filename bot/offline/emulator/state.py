"""The emulator's state: users, chats, messages, files, updates, and how they look as JSON.

`users.UserSide` (what people do) and `rules.Rules` (Telegram's checks) build on it;
`core.TelegramSim` puts them together with the Bot API methods.
"""

from __future__ import annotations

import asyncio
import itertools
import random
from collections.abc import Awaitable, Callable
from typing import Any

from bot.clock import Clock
from bot.offline.emulator.model import (
    SimFile,
    SimMessage,
    SimUser,
    png_size,
)
from bot.telegram.limits import Limits, TokenBucket


class SimState:
    """Users, chats, messages and updates of one bot (see `core.TelegramSim`)."""

    def __init__(
        self,
        clock: Clock,
        *,
        limits: Limits | None = None,
        bot_id: int = 7_000_000_001,
        bot_username: str = "TwinCityTestBot",
        queue_updates: bool = False,
        latency: float = 0.0,
        jitter: float = 0.0,
        seed: int = 0,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.clock = clock
        # The network: every Bot API call takes `latency` seconds there and back, give or take
        # up to `jitter` (seeded, so a run can be repeated). 0 by default: tests stay fast and
        # deterministic; benchmarks set 40 ms, a realistic round trip to api.telegram.org.
        self.latency = latency
        self.jitter = jitter
        self._random = random.Random(seed)
        self._sleep = sleep
        self.limits = limits or Limits()
        self.bot_id = bot_id
        self.bot_username = bot_username
        self.queue_updates = queue_updates
        self.users: dict[int, SimUser] = {}
        self.chats: dict[int, list[SimMessage]] = {}
        self._messages: dict[tuple[int, int], SimMessage] = {}
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._update_ids = itertools.count(1)
        self._user_ids = itertools.count(100_001)
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self.files: dict[str, SimFile] = {}
        self.callback_queries: dict[str, dict[str, Any]] = {}
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self._inline_ids = itertools.count(1)
        self.inline_queries: dict[str, dict[str, Any]] = {}
        self.inline_answers: dict[str, dict[str, Any]] = {}
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.webhook: dict[str, Any] = {}
        self.pending_updates: list[dict[str, Any]] = []
        self._updates_ready = asyncio.Event()
        self.long_polls = 0  # getUpdates calls waiting for an update right now
        self.error_counts: dict[int, int] = {}
        self.sent_count = 0
        self.send_times: list[float] = []  # when each speed-checked send was accepted
        self.listeners: list[Callable[[str, SimMessage], None]] = []
        now = self._now()
        self._global_bucket = TokenBucket(
            self.limits.global_per_second, self.limits.global_burst, now
        )
        self._chat_buckets: dict[int, TokenBucket] = {}
        self._forced_429: list[int] = []

    def peak_sends(self, window: float = 1.0) -> int:
        """The most sends accepted within any `window` seconds: the rate Telegram saw."""
        times, peak, first = sorted(self.send_times), 0, 0
        for last, at in enumerate(times):
            while at - times[first] >= window:
                first += 1
            peak = max(peak, last - first + 1)
        return peak

    # ------------------------------------------------------------------ time and ids
    def _now(self) -> float:
        return self.clock.now().timestamp()

    def _date(self) -> int:
        return int(self._now())

    def bot_user_json(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Twin City Bot",
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }

    # ------------------------------------------------------------------ storing, as JSON
    def _store(self, message: SimMessage) -> SimMessage:
        self.chats.setdefault(message.chat_id, []).append(message)
        self._messages[(message.chat_id, message.message_id)] = message
        return message

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def _chat_json(self, user: SimUser) -> dict[str, Any]:
        data: dict[str, Any] = {"id": user.id, "type": "private", "first_name": user.first_name}
        if user.username:
            data["username"] = user.username
        return data

    def _notify(self, kind: str, message: SimMessage) -> None:
        for listener in self.listeners:
            listener(kind, message)

    def _new_file(self, name: str | None, mime: str | None, content: bytes) -> SimFile:
        number = next(self._file_ids)
        width, height = png_size(content)
        sim_file = SimFile(f"F{number:06d}", f"U{number:06d}", name, mime, content, width, height)
        self.files[sim_file.file_id] = sim_file
        return sim_file

    def _deliver(self, message: SimMessage, user: SimUser) -> dict[str, Any]:
        self._store(message)
        self.sent_count += 1
        self._notify("message", message)
        return self._message_json(message, user)

    def _file_json(self, sim_file: SimFile) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file_id": sim_file.file_id,
            "file_unique_id": sim_file.file_unique_id,
            "file_size": len(sim_file.content),
        }
        if sim_file.file_name:
            data["file_name"] = sim_file.file_name
        if sim_file.mime_type:
            data["mime_type"] = sim_file.mime_type
        return data

    def _message_json(self, message: SimMessage, user: SimUser) -> dict[str, Any]:
        data: dict[str, Any] = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": self._chat_json(user),
            "from": self.bot_user_json() if message.from_bot else user.to_json(),
        }
        if message.text is not None:
            data["text"] = message.text
        if message.caption is not None:
            data["caption"] = message.caption
        if message.entities:
            data["caption_entities" if message.text is None else "entities"] = message.entities
        if message.reply_markup is not None:
            data["reply_markup"] = message.reply_markup
        if message.document is not None:
            data["document"] = self._file_json(message.document)
        if message.photo is not None:
            photo = self._file_json(message.photo)
            photo.update(width=message.photo.width, height=message.photo.height)
            data["photo"] = [photo]
        if message.edit_count:
            data["edit_date"] = self._date()
        return data
