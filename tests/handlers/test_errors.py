"""A crash inside a handler: the user hears it in their language, with a code for the log."""

from __future__ import annotations

import logging

import pytest

from bot.harness import BotHarness
from tests.conftest import onboard


async def test_crash_gives_friendly_message_with_correlation_id(
    harness: BotHarness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    user = harness.user("Anna", "de")
    await onboard(
        user, language="Deutsch", accept="✅ Einverstanden", skip="Überspringen ▶️", done="✅ Fertig"
    )

    async def broken(*args: object) -> None:
        raise RuntimeError("database on fire")

    monkeypatch.setattr(harness.services.partnerships, "get", broken)
    harness.allow_errors = True
    with caplog.at_level(logging.ERROR):
        await user.send("/profile")
    code, error = harness.app.bot_data.recent_errors[-1]  # type: ignore[union-attr]
    assert isinstance(error, RuntimeError)
    assert user.last_text.startswith("Entschuldige, bei mir ist etwas schiefgelaufen.")
    assert user.last_text.endswith(code)
    assert any(code in record.getMessage() for record in caplog.records)
