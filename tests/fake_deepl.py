"""A fake DeepL API on 127.0.0.1 for tests: POST /v2/translate as DeepL speaks it (JSON body
with a `text` list and upper-case language codes, `DeepL-Auth-Key` header), translating by
tagging the text; or quota exceeded (456), a server error (500), an unsupported language (400),
a wrong key (403), or no answer at all (to exercise timeouts).

It runs in its own thread (http.server): the official client is synchronous and the adapter
calls it from a worker thread, so the fake must not depend on the test's event loop."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

KEY = "fake-deepl-key:fx"
# The targets this fake offers; others get DeepL's 400 "not supported" answer.
TARGETS = {"DE", "EN-GB", "EN-US", "RU", "UK"}


@dataclass
class FakeDeepL:
    mode: str = "ok"  # ok, quota, error, hang, forbidden
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    url: str = ""
    release: threading.Event = field(default_factory=threading.Event)
    targets: set[str] = field(default_factory=lambda: set(TARGETS))

    def answer(self, path: str, headers: dict[str, str], body: dict[str, Any]) -> tuple[int, Any]:
        if path != "/v2/translate":
            return 404, {"message": "Not found"}
        self.requests.append(body)
        self.headers.append(headers)
        if self.mode == "hang":
            self.release.wait(30)
            return 500, {"message": "too late"}
        if headers.get("Authorization") != f"DeepL-Auth-Key {KEY}" or self.mode == "forbidden":
            return 403, {"message": "Wrong endpoint. Use https://api.deepl.com"}
        if self.mode == "quota":
            return 456, {"message": "Quota Exceeded"}
        if self.mode == "error":
            return 500, {"message": "Internal error"}
        if body.get("target_lang") not in self.targets:
            return 400, {"message": "Value for 'target_lang' not supported."}
        target = str(body["target_lang"]).lower()
        return 200, {
            "translations": [
                {
                    "detected_source_language": body.get("source_lang", "DE"),
                    "text": f"[{target}] {text}",
                    "billed_characters": len(text),
                }
                for text in body["text"]
            ]
        }


def _handler(fake: FakeDeepL) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b"{}"
            body = json.loads(raw or b"{}")
            status, payload = fake.answer(self.path, dict(self.headers.items()), body)
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (timeout test)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: no line per request in the test output

    return Handler


@contextmanager
def fake_deepl(mode: str = "ok", targets: set[str] = TARGETS) -> Iterator[FakeDeepL]:
    fake = FakeDeepL(mode, targets=set(targets))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, name="fake-deepl", daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
