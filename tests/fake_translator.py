"""A LibreTranslate-compatible server on 127.0.0.1 for tests: translates by tagging the text,
or answers with an error, or never answers (to exercise timeouts)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field


@dataclass
class FakeTranslator:
    mode: str = "ok"  # ok, error, hang, garbage
    requests: list[dict[str, str]] = field(default_factory=list)
    url: str = ""
    _never: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.decode().split("\r\n"):
                if line.lower().startswith("content-length:"):
                    length = int(line.split(":", 1)[1])
            body = json.loads(await reader.readexactly(length) or b"{}")
            self.requests.append(body)
            if self.mode == "hang":
                await self._never.wait()
                return
            if self.mode == "error":
                payload, status = b'{"error": "overloaded"}', "500 Internal Server Error"
            elif self.mode == "garbage":
                payload, status = b"<html>not json</html>", "200 OK"
            else:
                translated = f"[{body['target']}] {body['q']}"
                payload = json.dumps({"translatedText": translated}).encode()
                status = "200 OK"
            writer.write(
                f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n".encode()
                + payload
            )
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@asynccontextmanager
async def fake_translator(mode: str = "ok") -> AsyncIterator[FakeTranslator]:
    fake = FakeTranslator(mode)
    server = await asyncio.start_server(fake.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    fake.url = f"http://127.0.0.1:{port}"
    try:
        yield fake
    finally:
        fake._never.set()
        server.close()
        await server.wait_closed()
