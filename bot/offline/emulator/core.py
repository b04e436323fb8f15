"""The emulator's answers to Bot API methods, with Telegram's rules enforced.

Both the in-process request (`request.SimRequest`) and any HTTP front call `TelegramSim.call`,
so every rule is checked in one place. `TelegramSim` is the one class tests, the harness and
the sandbox use; its parts live beside it: `model` (users, files, messages, errors), `state`,
`users` (the user's side) and `rules` (Telegram's checks).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from typing import Any

from bot.offline.emulator.model import (
    ApiError,
    SimFile,
    SimMessage,
    SimUser,
    bad_request,
    decode_params,
)
from bot.offline.emulator.rules import Rules
from bot.offline.emulator.users import UserSide
from bot.telegram.limits import Limits

# Importers take these from here (and from `bot.offline.emulator`): the facade's names.
__all__ = [
    "ApiError",
    "Limits",
    "SimFile",
    "SimMessage",
    "SimUser",
    "TelegramSim",
    "bad_request",
    "decode_params",
]

_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")


class TelegramSim(UserSide, Rules):
    """Users, chats, messages and updates of one bot, and the Bot API methods it answers.

    The state is in `state.SimState`, the user's side in `users.UserSide`, Telegram's checks
    in `rules.Rules`; here are the bot's side (one `_api_<method>` per Bot API method) and
    what tests inspect.
    """

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
        return self._send_file(params, files, "document")

    def _api_sendPhoto(
        self, params: dict[str, Any], files: dict[str, tuple[str | None, bytes, str | None]]
    ) -> dict[str, Any]:
        return self._send_file(params, files, "photo")

    def _send_file(
        self,
        params: dict[str, Any],
        files: dict[str, tuple[str | None, bytes, str | None]],
        field_name: str,
    ) -> dict[str, Any]:
        """sendDocument and sendPhoto: the file under `field_name`, with a caption."""
        user = self._recipient(params)
        sim_file = self._input_file(params, files, field_name)
        if field_name == "photo" and sim_file.width == 0:
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
            reply_markup=markup,
            document=sim_file if field_name == "document" else None,
            photo=sim_file if field_name == "photo" else None,
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

    def _api_answerInlineQuery(self, params: dict[str, Any], files: Any) -> bool:
        """Telegram's rules: a known, unanswered query; at most 50 results, unique ids of
        1-64 bytes; each message text 1-4096 characters of valid HTML; valid keyboards."""
        query_id = str(params.get("inline_query_id", ""))
        if query_id not in self.inline_queries or query_id in self.inline_answers:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        results = params.get("results")
        if not isinstance(results, list):
            raise bad_request("results must be an array")
        if len(results) > self.limits.inline_results_max:
            raise bad_request("RESULTS_TOO_MUCH")
        ids = [str(r.get("id", "")) for r in results]
        if len(set(ids)) != len(ids):
            raise bad_request("RESULT_ID_DUPLICATE")
        for result, result_id in zip(results, ids, strict=True):
            self._check_inline_result(result, result_id)
        self.inline_answers[query_id] = params
        return True

    def _check_inline_result(self, result: dict[str, Any], result_id: str) -> None:
        if not 1 <= len(result_id.encode("utf-8")) <= 64:
            raise bad_request("RESULT_ID_INVALID")
        if result.get("type") != "article" or not str(result.get("title", "")).strip():
            raise bad_request(
                "RESULT_TITLE_EMPTY"
                if result.get("type") == "article"
                else "unsupported result type in this emulator"
            )
        content = result.get("input_message_content") or {}
        self._parse_text(content.get("message_text"), content.get("parse_mode"))
        self._check_markup(result.get("reply_markup"))
        for button in (
            b for row in (result.get("reply_markup") or {}).get("inline_keyboard", []) for b in row
        ):
            url = button.get("url")
            if url is not None and not re.fullmatch(r"(https?|tg)://[^\s]+", str(url)):
                raise bad_request("BUTTON_URL_INVALID")

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

    # ------------------------------------------------------------------ inspection for tests
    def messages_to(self, user_id: int) -> list[SimMessage]:
        """What the bot sent to this user and is still visible, oldest first."""
        return [m for m in self.chats.get(user_id, []) if m.from_bot and not m.deleted]
