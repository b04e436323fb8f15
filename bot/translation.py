"""Machine translation behind a small interface; LibreTranslate-compatible HTTP adapter.

With no provider configured everything works with originals and human translations. A slow
or failing provider never breaks a screen: callers get TranslationUnavailable and show the
original.
"""

from __future__ import annotations

import logging
from typing import Protocol

import httpx

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
