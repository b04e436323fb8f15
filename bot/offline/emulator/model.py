"""What the emulator keeps and answers with: users, files, messages, and Bot API errors."""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from typing import Any

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
    via_bot: bool = False  # sent by the user through the bot's inline mode

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
    """The size of a PNG or JPEG picture, as Telegram reads it; (0, 0) for anything else."""
    if content[:8] == b"\x89PNG\r\n\x1a\n" and len(content) >= 24:
        width, height = struct.unpack(">II", content[16:24])
        return width, height
    if content[:2] == b"\xff\xd8":
        return _jpeg_size(content)
    return 0, 0


def _jpeg_size(content: bytes) -> tuple[int, int]:
    """Walk the JPEG segments to the frame header (SOF0..SOF15 but DHT, JPG and DAC)."""
    at = 2
    while at + 9 <= len(content) and content[at] == 0xFF:
        marker = content[at + 1]
        length = struct.unpack(">H", content[at + 2 : at + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", content[at + 5 : at + 9])
            return width, height
        at += 2 + length
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
