"""Downloads (a support statement, a photo) come from the same Bot API server as the methods:
a local Bot API server or the sandbox serve both, so a file never goes to api.telegram.org."""

from __future__ import annotations

from dataclasses import replace

from bot.app import build_application
from bot.config import Settings


def test_files_come_from_the_configured_server() -> None:
    settings = replace(Settings(), telegram_api_base_url="http://127.0.0.1:8099/bot")
    bot = build_application(settings).bot
    assert bot.base_url.startswith("http://127.0.0.1:8099/bot")
    assert bot.base_file_url.startswith("http://127.0.0.1:8099/file/bot")


def test_telegram_itself_keeps_its_file_address() -> None:
    bot = build_application(Settings()).bot
    assert bot.base_file_url.startswith("https://api.telegram.org/file/bot")
