"""Telegram's rules as the emulator enforces them: recipients, texts, keyboards, speed."""

from __future__ import annotations

from typing import Any

from bot.offline.emulator.model import (
    ApiError,
    SimFile,
    SimMessage,
    SimUser,
    bad_request,
)
from bot.offline.emulator.state import SimState
from bot.telegram.html import EntityParseError, parse_html, utf16_len
from bot.telegram.limits import TokenBucket, over_budget_labels, retry_after_seconds


class Rules(SimState):
    """Checks every Bot API method makes before it changes anything (errors as Telegram's)."""

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
        self.send_times.append(now)

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
