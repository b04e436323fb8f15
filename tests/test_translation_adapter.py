"""The LibreTranslate adapter against a fake server on 127.0.0.1: answers, errors, timeouts."""

from __future__ import annotations

import pytest

from bot.translation import LibreTranslate, NoMachineTranslation, TranslationUnavailable
from tests.fake_translator import fake_translator


async def test_translates_and_sends_the_key() -> None:
    async with fake_translator() as fake:
        adapter = LibreTranslate(fake.url, api_key="k3y", timeout=2)
        assert await adapter.translate("Stadtgrün", "de", "ru") == "[ru] Stadtgrün"
    assert fake.requests == [
        {"q": "Stadtgrün", "source": "de", "target": "ru", "format": "text", "api_key": "k3y"}
    ]


@pytest.mark.parametrize("mode", ["error", "garbage", "hang"])
async def test_failures_become_translation_unavailable(mode: str) -> None:
    async with fake_translator(mode) as fake:
        adapter = LibreTranslate(fake.url, timeout=0.3)
        with pytest.raises(TranslationUnavailable):
            await adapter.translate("Hallo", "de", "en")


async def test_unreachable_server_and_no_provider() -> None:
    with pytest.raises(TranslationUnavailable):
        await LibreTranslate("http://127.0.0.1:9", timeout=0.3).translate("x", "de", "en")
    with pytest.raises(TranslationUnavailable):
        await NoMachineTranslation().translate("x", "de", "en")
