"""The emulator's state and its answers to Bot API methods, with Telegram's rules enforced.

Both the in-process request (`request.SimRequest`) and any HTTP front call `TelegramSim.call`,
so every rule is checked in one place.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import random
import re
import struct
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from bot.clock import Clock
from bot.telegram.html import EntityParseError, parse_html, utf16_len
from bot.telegram.limits import Limits, TokenBucket, over_budget_labels, retry_after_seconds

# Values that stay strings even when they look like JSON ("123" typed as a text is text).
STRING_PARAMS = {
    "text",
    "caption",
    "parse_mode",
    "callback_query_id",
    "url",
    "language_code",
    "secret_token",
    "file_id",
    "action",
}
SENDING_METHODS = {"sendMessage", "sendDocument", "sendPhoto"}
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")


class ApiError(Exception):
    """A Bot API error answer."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(detail: str) -> ApiError:
    return ApiError(400, f"Bad Request: {detail}")


@dataclass
class SimUser:
    id: int
    first_name: str
    language_code: str | None = "en"
    username: str | None = None
    last_name: str | None = None
    started: bool = False
    blocked: bool = False
    deactivated: bool = False

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data


@dataclass
class SimFile:
    file_id: str
    file_unique_id: str
    file_name: str | None
    mime_type: str | None
    content: bytes
    width: int = 0
    height: int = 0


@dataclass
class SimMessage:
    """A message in a private chat, as the user's Telegram client would show it."""

    message_id: int
    chat_id: int
    from_bot: bool
    date: int
    text: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    source: str | None = None  # what the bot sent before entity parsing
    reply_markup: dict[str, Any] | None = None
    caption: str | None = None
    document: SimFile | None = None
    photo: SimFile | None = None
    edit_count: int = 0
    deleted: bool = False

    @property
    def body(self) -> str:
        """The visible text: message text or caption."""
        return self.text if self.text is not None else (self.caption or "")

    def button_rows(self) -> list[list[dict[str, Any]]]:
        if not self.reply_markup:
            return []
        rows = self.reply_markup.get("inline_keyboard") or []
        return [list(row) for row in rows]

    def buttons(self) -> list[dict[str, Any]]:
        return [button for row in self.button_rows() for button in row]

    def button_texts(self) -> list[str]:
        return [b["text"] for b in self.buttons()]

    def button_data(self) -> list[str]:
        """The callback data of each button that has one (links have none)."""
        return [b["callback_data"] for b in self.buttons() if "callback_data" in b]


def png_size(content: bytes) -> tuple[int, int]:
    if content[:8] == b"\x89PNG\r\n\x1a\n" and len(content) >= 24:
        width, height = struct.unpack(">II", content[16:24])
        return width, height
    return 0, 0


def decode_params(raw: dict[str, Any]) -> dict[str, Any]:
    """Bot API parameters arrive as form strings or JSON; give them their JSON types."""
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, str) and key not in STRING_PARAMS:
            try:
                params[key] = json.loads(value)
            except ValueError:
                params[key] = value
        else:
            params[key] = value
    return params


class TelegramSim:
    """Users, chats, messages and updates of one bot, and the Bot API methods it answers."""

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
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.webhook: dict[str, Any] = {}
        self.pending_updates: list[dict[str, Any]] = []
        self._updates_ready = asyncio.Event()
        self.long_polls = 0  # getUpdates calls waiting for an update right now
        self.error_counts: dict[int, int] = {}
        self.sent_count = 0
        self.listeners: list[Callable[[str, SimMessage], None]] = []
        now = self._now()
        self._global_bucket = TokenBucket(
            self.limits.global_per_second, self.limits.global_burst, now
        )
        self._chat_buckets: dict[int, TokenBucket] = {}
        self._forced_429: list[int] = []

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
            "supports_inline_queries": False,
        }

    # ------------------------------------------------------------------ the user's side
    def add_user(
        self,
        first_name: str = "Anna",
        language_code: str | None = "en",
        *,
        user_id: int | None = None,
        username: str | None = None,
    ) -> SimUser:
        uid = user_id if user_id is not None else next(self._user_ids)
        user = SimUser(uid, first_name, language_code, username)
        self.users[uid] = user
        return user

    def block(self, user_id: int) -> None:
        self.users[user_id].blocked = True

    def _user(self, user_id: int) -> SimUser:
        try:
            return self.users[user_id]
        except KeyError:
            raise KeyError(f"no simulated user {user_id}") from None

    def _user_writes(self, user: SimUser) -> None:
        # Writing to a bot starts the chat and lifts a block, as in Telegram.
        user.started = True
        user.blocked = False

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

    def _emit(self, update: dict[str, Any]) -> dict[str, Any]:
        if self.queue_updates:
            self.pending_updates.append(update)
            self._updates_ready.set()
        return update

    def user_sends(
        self, user_id: int, text: str, entities: list[dict[str, Any]] | None = None
    ) -> dict[str, Any]:
        """The user types `text` (formatted by `entities`); returns the update the bot gets."""
        user = self._user(user_id)
        self._user_writes(user)
        message = self._store(
            SimMessage(self._next_message_id(user.id), user.id, False, self._date(), text=text)
        )
        payload: dict[str, Any] = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": self._chat_json(user),
            "from": user.to_json(),
            "text": text,
        }
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            payload["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(command)}
            ]
        elif entities:
            payload["entities"] = entities
        self._notify("user_message", message)
        return self._emit({"update_id": next(self._update_ids), "message": payload})

    def user_sends_document(
        self, user_id: int, file_name: str, content: bytes, mime_type: str = "text/plain"
    ) -> dict[str, Any]:
        user = self._user(user_id)
        self._user_writes(user)
        sim_file = self._new_file(file_name, mime_type, content)
        message = self._store(
            SimMessage(
                self._next_message_id(user.id), user.id, False, self._date(), document=sim_file
            )
        )
        payload = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": self._chat_json(user),
            "from": user.to_json(),
            "document": self._file_json(sim_file),
        }
        self._notify("user_message", message)
        return self._emit({"update_id": next(self._update_ids), "message": payload})

    def user_sends_photo(self, user_id: int, content: bytes, caption: str = "") -> dict[str, Any]:
        user = self._user(user_id)
        self._user_writes(user)
        sim_file = self._new_file(None, "image/png", content)
        message = self._store(
            SimMessage(
                self._next_message_id(user.id),
                user.id,
                False,
                self._date(),
                caption=caption or None,
                photo=sim_file,
            )
        )
        photo = self._file_json(sim_file)
        photo.update(width=sim_file.width, height=sim_file.height)
        payload: dict[str, Any] = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": self._chat_json(user),
            "from": user.to_json(),
            "photo": [photo],
        }
        if caption:
            payload["caption"] = caption
        self._notify("user_message", message)
        return self._emit({"update_id": next(self._update_ids), "message": payload})

    def user_sends_sticker(self, user_id: int) -> dict[str, Any]:
        """A sticker: something a bot cannot read as an answer."""
        user = self._user(user_id)
        self._user_writes(user)
        sim_file = self._new_file(None, "image/webp", b"RIFF-sticker")
        message = self._store(
            SimMessage(self._next_message_id(user.id), user.id, False, self._date())
        )
        sticker = self._file_json(sim_file)
        sticker.update(width=512, height=512, is_animated=False, is_video=False, type="regular")
        payload = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": self._chat_json(user),
            "from": user.to_json(),
            "sticker": sticker,
        }
        self._notify("user_message", message)
        return self._emit({"update_id": next(self._update_ids), "message": payload})

    def inject_429(self, times: int, retry_after: int) -> None:
        """The next `times` sends get 429 with this retry_after (Telegram's flood control)."""
        self._forced_429 = [retry_after] * times

    def user_presses(self, user_id: int, message_id: int, data: str) -> dict[str, Any]:
        """The user presses an inline button carrying `data` (which may be forged)."""
        user = self._user(user_id)
        self._user_writes(user)
        message = self._messages.get((user.id, message_id))
        if message is None or message.deleted:
            raise KeyError(f"message {message_id} is not in the chat of user {user_id}")
        query_id = str(next(self._callback_ids))
        query = {
            "id": query_id,
            "from": user.to_json(),
            "message": self._message_json(message, user),
            "chat_instance": f"ci{user.id}",
            "data": data,
        }
        self.callback_queries[query_id] = query
        return self._emit({"update_id": next(self._update_ids), "callback_query": query})

    # ------------------------------------------------------------------ the bot's side
    async def call(
        self,
        method: str,
        raw_params: dict[str, Any],
        files: dict[str, tuple[str | None, bytes, str | None]] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        """Answer one Bot API call as Telegram would: (HTTP status, JSON body)."""
        params = decode_params(raw_params)
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        delay = self.round_trip()
        if delay > 0:  # half on the way there: the effect happens at Telegram's end
            await self._sleep(delay / 2)
        try:
            if method == "getUpdates":
                result = await self._api_getUpdates(params)
            else:
                result = handler(params, files or {})
        except ApiError as exc:
            self.error_counts[exc.code] = self.error_counts.get(exc.code, 0) + 1
            return exc.code, exc.to_json()
        finally:
            if delay > 0:  # and half on the way back
                await self._sleep(delay / 2)
        return 200, {"ok": True, "result": result}

    def round_trip(self) -> float:
        """How long the next call spends on the network (0 without latency)."""
        if self.latency <= 0 and self.jitter <= 0:
            return 0.0
        return max(0.0, self.latency + self._random.uniform(-self.jitter, self.jitter))

    def _api_getMe(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        return self.bot_user_json()

    def _api_logOut(self, params: dict[str, Any], files: Any) -> bool:
        return True

    def _api_close(self, params: dict[str, Any], files: Any) -> bool:
        return True

    def _api_deleteWebhook(self, params: dict[str, Any], files: Any) -> bool:
        self.webhook = {}
        return True

    def _api_setWebhook(self, params: dict[str, Any], files: Any) -> bool:
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise bad_request("secret token contains unallowed characters")
        self.webhook = dict(params)
        return True

    def _api_getWebhookInfo(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        return {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self.pending_updates),
        }

    def wake_long_polls(self) -> None:
        """Answer a waiting getUpdates now, with what is pending (maybe nothing): a server
        shutting down lets its long poll end instead of cancelling it mid-request."""
        self._updates_ready.set()

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        if offset:
            self.pending_updates = [u for u in self.pending_updates if u["update_id"] >= offset]
        timeout = float(params.get("timeout") or 0)
        if not self.pending_updates and timeout > 0:
            self._updates_ready.clear()
            self.long_polls += 1
            try:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._updates_ready.wait(), timeout)
            finally:
                self.long_polls -= 1
        limit = int(params.get("limit") or 100)
        return self.pending_updates[:limit]

    def _api_sendChatAction(self, params: dict[str, Any], files: Any) -> bool:
        self._recipient(params)
        return True

    def _api_sendMessage(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        user = self._recipient(params)
        text, entities = self._parse_text(params.get("text"), params.get("parse_mode"))
        markup = self._check_markup(params.get("reply_markup"))
        self._check_speed(user.id)
        message = SimMessage(
            self._next_message_id(user.id),
            user.id,
            True,
            self._date(),
            text=text,
            entities=entities,
            source=str(params.get("text")),
            reply_markup=markup,
        )
        return self._deliver(message, user)

    def _api_sendDocument(
        self, params: dict[str, Any], files: dict[str, tuple[str | None, bytes, str | None]]
    ) -> dict[str, Any]:
        user = self._recipient(params)
        sim_file = self._input_file(params, files, "document")
        caption, entities = self._parse_caption(params)
        markup = self._check_markup(params.get("reply_markup"))
        self._check_speed(user.id)
        message = SimMessage(
            self._next_message_id(user.id),
            user.id,
            True,
            self._date(),
            caption=caption,
            entities=entities,
            document=sim_file,
            reply_markup=markup,
        )
        return self._deliver(message, user)

    def _api_sendPhoto(
        self, params: dict[str, Any], files: dict[str, tuple[str | None, bytes, str | None]]
    ) -> dict[str, Any]:
        user = self._recipient(params)
        sim_file = self._input_file(params, files, "photo")
        if sim_file.width == 0:
            raise bad_request("IMAGE_PROCESS_FAILED")
        caption, entities = self._parse_caption(params)
        markup = self._check_markup(params.get("reply_markup"))
        self._check_speed(user.id)
        message = SimMessage(
            self._next_message_id(user.id),
            user.id,
            True,
            self._date(),
            caption=caption,
            entities=entities,
            photo=sim_file,
            reply_markup=markup,
        )
        return self._deliver(message, user)

    def _api_editMessageText(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        user, message = self._editable(params, "edit")
        if message.text is None:
            raise bad_request("there is no text in the message to edit")
        text, entities = self._parse_text(params.get("text"), params.get("parse_mode"))
        markup = self._check_markup(params.get("reply_markup"))
        if text == message.text and entities == message.entities and markup == message.reply_markup:
            raise bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        message.text, message.entities, message.reply_markup = text, entities, markup
        message.source = str(params.get("text"))
        message.edit_count += 1
        self._notify("edit", message)
        return self._message_json(message, user)

    def _api_editMessageReplyMarkup(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        user, message = self._editable(params, "edit")
        markup = self._check_markup(params.get("reply_markup"))
        if markup == message.reply_markup:
            raise bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        message.reply_markup = markup
        message.edit_count += 1
        self._notify("edit", message)
        return self._message_json(message, user)

    def _api_deleteMessage(self, params: dict[str, Any], files: Any) -> bool:
        _user, message = self._editable(params, "delete")
        message.deleted = True
        self._notify("delete", message)
        return True

    def _api_answerCallbackQuery(self, params: dict[str, Any], files: Any) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self.callback_queries or query_id in self.callback_answers:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        text = params.get("text")
        if text is not None and len(str(text)) > self.limits.callback_answer_max:
            raise bad_request("MESSAGE_TOO_LONG")
        self.callback_answers[query_id] = params
        return True

    def _api_setMyCommands(self, params: dict[str, Any], files: Any) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > self.limits.commands_max:
            raise bad_request("commands must be a list of at most 100 commands")
        for command in commands:
            name = str(command.get("command", ""))
            description = str(command.get("description", ""))
            if not _COMMAND_NAME.match(name):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        language = str(params.get("language_code") or "")
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise bad_request("LANG_CODE_INVALID")
        scope = json.dumps(params.get("scope") or {"type": "default"}, sort_keys=True)
        self.commands[(scope, language)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    def _api_deleteMyCommands(self, params: dict[str, Any], files: Any) -> bool:
        scope = json.dumps(params.get("scope") or {"type": "default"}, sort_keys=True)
        self.commands.pop((scope, str(params.get("language_code") or "")), None)
        return True

    def _api_getMyCommands(self, params: dict[str, Any], files: Any) -> list[dict[str, str]]:
        scope = json.dumps(params.get("scope") or {"type": "default"}, sort_keys=True)
        return self.commands.get((scope, str(params.get("language_code") or "")), [])

    def _api_getFile(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        sim_file = self.files.get(str(params.get("file_id")))
        if sim_file is None:
            raise bad_request("invalid file_id")
        return {
            "file_id": sim_file.file_id,
            "file_unique_id": sim_file.file_unique_id,
            "file_size": len(sim_file.content),
            "file_path": f"files/{sim_file.file_id}",
        }

    # ------------------------------------------------------------------ rules
    def _recipient(self, params: dict[str, Any]) -> SimUser:
        chat_id = params.get("chat_id")
        user = self.users.get(chat_id) if isinstance(chat_id, int) else None
        if user is None or not user.started:
            raise bad_request("chat not found")
        if user.deactivated:
            raise ApiError(403, "Forbidden: user is deactivated")
        if user.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return user

    def _parse_text(self, raw: Any, parse_mode: Any) -> tuple[str, list[dict[str, Any]]]:
        if raw is None:
            raise bad_request("message text is empty")
        text, entities = self._parse(str(raw), parse_mode)
        if not text.strip():
            raise bad_request("message text is empty")
        if utf16_len(text) > self.limits.text_max:
            raise bad_request("message is too long")
        return text, entities

    def _parse_caption(self, params: dict[str, Any]) -> tuple[str | None, list[dict[str, Any]]]:
        raw = params.get("caption")
        if raw is None:
            return None, []
        caption, entities = self._parse(str(raw), params.get("parse_mode"))
        if utf16_len(caption) > self.limits.caption_max:
            raise bad_request("message caption is too long")
        return caption, entities

    @staticmethod
    def _parse(text: str, parse_mode: Any) -> tuple[str, list[dict[str, Any]]]:
        if parse_mode is None or parse_mode == "":
            return text, []
        if str(parse_mode).upper() != "HTML":
            raise bad_request(f"unsupported parse_mode {parse_mode!r} in this emulator")
        try:
            return parse_html(text)
        except EntityParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from None

    def _check_markup(self, markup: Any) -> dict[str, Any] | None:
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        rows = markup.get("inline_keyboard")
        if rows is None:
            return markup  # reply keyboards and keyboard removal pass as they are
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise bad_request(
                'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
            )
        total = sum(len(r) for r in rows)
        if total > self.limits.buttons_max or any(
            len(r) > self.limits.buttons_per_row_max for r in rows
        ):
            raise bad_request("reply markup is too long")
        for button in (b for r in rows for b in r):
            if not str(button.get("text", "")).strip():
                raise bad_request("text buttons are unallowed in the inline keyboard")
            data = button.get("callback_data")
            if data is not None:
                size = len(str(data).encode("utf-8"))
                if not 1 <= size <= self.limits.callback_data_max_bytes:
                    raise bad_request("BUTTON_DATA_INVALID")
            elif not any(
                k in button
                for k in (
                    "url",
                    "switch_inline_query",
                    "copy_text",
                    "switch_inline_query_current_chat",
                    "web_app",
                    "login_url",
                    "pay",
                    "callback_game",
                )
            ):
                raise bad_request(
                    'can\'t find field "callback_data" or "url" in inline keyboard button'
                )
        self._check_label_budget(rows)
        return markup

    @staticmethod
    def _check_label_budget(rows: list[list[dict[str, Any]]]) -> None:
        """UX.md's phone budget: a label Telegram would cut with "…" on a phone is an error."""
        for row in rows:
            over = over_budget_labels([[str(button.get("text", "")) for button in row]])
            if over:
                label, width, budget = over[0]
                raise bad_request(
                    f"BUTTON_TEXT_TOO_LONG: label {label!r} is {width} characters wide "
                    f"(an emoji counts 2), over the phone budget of {budget} for a row of "
                    f"{len(row)} button{'s' if len(row) != 1 else ''}"
                )

    def _check_speed(self, chat_id: int) -> None:
        """429 when sending faster than allowed overall or in one chat; nothing is consumed."""
        if self._forced_429:
            seconds = self._forced_429.pop(0)
            raise ApiError(429, f"Too Many Requests: retry after {seconds}", retry_after=seconds)
        now = self._now()
        bucket = self._chat_buckets.get(chat_id)
        if bucket is None:
            bucket = TokenBucket(self.limits.chat_per_second, self.limits.chat_burst, now)
            self._chat_buckets[chat_id] = bucket
        wait = max(bucket.wait_time(now), self._global_bucket.wait_time(now))
        if wait > 0:
            seconds = retry_after_seconds(wait)
            raise ApiError(429, f"Too Many Requests: retry after {seconds}", retry_after=seconds)
        bucket.take(now)
        self._global_bucket.take(now)

    def _editable(self, params: dict[str, Any], action: str) -> tuple[SimUser, SimMessage]:
        if "inline_message_id" in params:
            raise bad_request("inline messages are not supported by this emulator")
        chat_id = params.get("chat_id")
        user = self.users.get(chat_id) if isinstance(chat_id, int) else None
        if user is None or not user.started:
            raise bad_request("chat not found")
        if user.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        message = self._messages.get((user.id, int(params.get("message_id") or 0)))
        if message is None or message.deleted:
            raise bad_request(f"message to {action} not found")
        if action == "edit" and not message.from_bot:
            raise bad_request("message can't be edited")
        return user, message

    def _new_file(self, name: str | None, mime: str | None, content: bytes) -> SimFile:
        number = next(self._file_ids)
        width, height = png_size(content)
        sim_file = SimFile(f"F{number:06d}", f"U{number:06d}", name, mime, content, width, height)
        self.files[sim_file.file_id] = sim_file
        return sim_file

    def _input_file(
        self,
        params: dict[str, Any],
        files: dict[str, tuple[str | None, bytes, str | None]],
        field_name: str,
    ) -> SimFile:
        value = params.get(field_name)
        if isinstance(value, str) and value.startswith("attach://"):
            upload = files.get(value[len("attach://") :])
        else:
            upload = files.get(field_name)
        if upload is not None:
            name, content, mime = upload
            if not content:
                raise bad_request("file must be non-empty")
            return self._new_file(name, mime, content)
        if isinstance(value, str) and value in self.files:
            return self.files[value]
        raise bad_request(f"there is no {field_name} in the request")

    def _deliver(self, message: SimMessage, user: SimUser) -> dict[str, Any]:
        self._store(message)
        self.sent_count += 1
        self._notify("message", message)
        return self._message_json(message, user)

    def _notify(self, kind: str, message: SimMessage) -> None:
        for listener in self.listeners:
            listener(kind, message)

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

    # ------------------------------------------------------------------ inspection for tests
    def messages_to(self, user_id: int) -> list[SimMessage]:
        """What the bot sent to this user and is still visible, oldest first."""
        return [m for m in self.chats.get(user_id, []) if m.from_bot and not m.deleted]
