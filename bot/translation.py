"""Machine translation behind a small interface: a DeepL adapter (the official client) and a
LibreTranslate-compatible HTTP adapter.

With no provider configured everything works with originals and human translations. A slow
or failing provider never breaks a screen: callers get TranslationUnavailable and show the
original.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol

import deepl
import httpx

from bot.config import Settings

log = logging.getLogger(__name__)


class TranslationUnavailable(Exception):
    """The provider could not translate this time (off, slow, or answered with an error)."""


class MachineTranslator(Protocol):
    async def translate(self, text: str, source: str, target: str) -> str: ...


class NoMachineTranslation:
    async def translate(self, text: str, source: str, target: str) -> str:
        raise TranslationUnavailable("no provider configured")


class LibreTranslate:
    """POST {url}/translate with q, source, target, format=text and an optional api_key."""

    def __init__(
        self,
        url: str,
        api_key: str | None = None,
        timeout: float = 5.0,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout
        self._client = client

    async def translate(self, text: str, source: str, target: str) -> str:
        payload = {"q": text, "source": source, "target": target, "format": "text"}
        if self.api_key:
            payload["api_key"] = self.api_key
        try:
            if self._client is not None:
                response = await self._client.post(
                    f"{self.url}/translate", json=payload, timeout=self.timeout
                )
            else:
                async with httpx.AsyncClient(timeout=self.timeout) as client:
                    response = await client.post(f"{self.url}/translate", json=payload)
            response.raise_for_status()
            translated = response.json().get("translatedText")
        except (httpx.HTTPError, ValueError) as exc:
            log.warning("machine translation failed: %s", type(exc).__name__)
            raise TranslationUnavailable(str(exc)) from exc
        if not isinstance(translated, str) or not translated.strip():
            raise TranslationUnavailable("empty answer")
        return translated


# DeepL's codes for the bot's languages. Targets name a variant for English; sources never do.
# Belarusian is not offered by DeepL: readers of `be` see originals and human translations.
DEEPL_SOURCE = {"de": "DE", "en": "EN", "ru": "RU", "uk": "UK"}
DEEPL_TARGET = {"de": "DE", "en": "EN-GB", "ru": "RU", "uk": "UK"}


class DeepL:
    """DeepL's /v2/translate through the official (synchronous) client, run in a worker thread."""

    def __init__(self, auth_key: str, server_url: str | None = None, timeout: float = 5.0) -> None:
        # The client's documented knobs are module settings. No retries: a reader waits for one
        # attempt only, and a failure shows the original. Connection/read timeout as ours.
        deepl.http_client.max_network_retries = 0
        deepl.http_client.min_connection_timeout = timeout
        self.timeout = timeout
        self._client = deepl.DeepLClient(auth_key, server_url=server_url, send_platform_info=False)

    async def translate(self, text: str, source: str, target: str) -> str:
        if source not in DEEPL_SOURCE or target not in DEEPL_TARGET:
            log.debug("DeepL does not translate %s -> %s", source, target)
            raise TranslationUnavailable("DeepL does not support this language")
        try:
            result = await asyncio.wait_for(
                asyncio.to_thread(
                    self._client.translate_text,
                    text,
                    source_lang=DEEPL_SOURCE[source],
                    target_lang=DEEPL_TARGET[target],
                ),
                timeout=self.timeout,
            )
        # LookupError, TypeError: an answer without the fields the client reads.
        except (deepl.DeepLException, TimeoutError, ValueError, LookupError, TypeError) as exc:
            # Only the kind of failure: never the text, the key or the server's answer.
            status = getattr(exc, "http_status_code", None)
            log.warning(
                "machine translation failed (DeepL): %s%s",
                type(exc).__name__,
                f" (HTTP {status})" if status else "",
            )
            raise TranslationUnavailable(type(exc).__name__) from exc
        translated = result.text if isinstance(result, deepl.TextResult) else ""
        if not translated.strip():
            raise TranslationUnavailable("empty answer")
        return translated


def machine_translator(settings: Settings) -> MachineTranslator:
    """The provider the settings name, or none (texts are then shown as written)."""
    provider = settings.machine_translation
    if provider == "deepl" and settings.translation_api_key:
        return DeepL(settings.translation_api_key, settings.translation_url)
    if provider == "libretranslate" and settings.translation_url:
        return LibreTranslate(settings.translation_url, settings.translation_api_key)
    return NoMachineTranslation()
