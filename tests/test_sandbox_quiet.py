"""The sandbox as a first impression: it prints its address and then stays quiet. A page that
polls every 0.4 s and a bot that long-polls every 10 s must not write a log line each time,
and stopping it (Ctrl-C, SIGTERM) logs no error."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.__main__ import configure_logging
from bot.clock import SystemClock
from bot.config import Settings
from bot.offline.emulator.core import TelegramSim
from bot.offline.sandbox import run_sandbox
from tests.stories import free_port

PAGE_POLLS = 150  # a minute of the page's polls (every 0.4 s)
LONG_POLLS = 6  # a minute of the bot's getUpdates (10 s each when nothing happens)


class CountingSim(TelegramSim):
    """The emulator, counting the bot's getUpdates calls as they start and end."""

    def __init__(self) -> None:
        super().__init__(SystemClock(), bot_username="twincity_sandbox_bot", queue_updates=True)
        self.polls_started = 0
        self.polls_ended = 0

    async def call(self, method: str, raw_params: dict[str, Any], files: Any = None) -> Any:
        if method != "getUpdates":
            return await super().call(method, raw_params, files)
        self.polls_started += 1
        try:
            return await super().call(method, raw_params, files)
        finally:
            self.polls_ended += 1


async def until(condition: Callable[[], bool], seconds: float = 30) -> None:
    async with asyncio.timeout(seconds):
        while not condition():  # noqa: ASYNC110 - the emulator has no event for these
            await asyncio.sleep(0.01)


def lines(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [
        f"{r.levelname} {r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= level
    ]


async def test_an_idle_sandbox_logs_no_line_per_poll_and_stops_without_errors(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    configure_logging(Settings())  # what `twincity-bot sandbox` does before it starts
    caplog.set_level(logging.INFO)
    sim = CountingSim()
    stop, ready = asyncio.Event(), asyncio.Event()
    port = free_port()
    sandbox = asyncio.create_task(
        run_sandbox(Settings(), port, stop, ready, database=tmp_path / "s.sqlite3", sim=sim)
    )
    await asyncio.wait_for(ready.wait(), 60)
    try:
        caplog.clear()
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as page:
            assert (await page.get("/")).status_code == 200
            for _ in range(PAGE_POLLS):
                assert (await page.get("/sandbox/state")).status_code == 200
        for _ in range(LONG_POLLS):
            # Answer the waiting long poll now, as 10 s of silence would, and let the bot ask again.
            await until(lambda: sim.polls_started > sim.polls_ended)
            asked = sim.polls_started
            sim.wake_long_polls()
            await until(lambda a=asked: sim.polls_started > a)  # type: ignore[misc]
        assert sim.polls_ended >= LONG_POLLS
        assert lines(caplog, logging.INFO) == []
    finally:
        stop.set()
        await asyncio.wait_for(sandbox, 60)
    assert sim.polls_started == sim.polls_ended  # no long poll left to be cut off at exit
    assert lines(caplog, logging.WARNING) == []


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_the_command_prints_its_address_and_stops_cleanly(
    tmp_path: Path, stop_signal: signal.Signals
) -> None:
    port = free_port()
    command = [sys.executable, "-m", "bot", "sandbox", "--port", str(port)]
    command += ["--database", str(tmp_path / "s.sqlite3")]
    env = {**os.environ, "LOG_LEVEL": "INFO", "BOT_TOKEN": ""}
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        assert process.stdout is not None
        address = ""
        while not address:
            line = process.stdout.readline()
            assert line, "the sandbox ended early"
            if "open http" in line:
                address = line.split("open ", 1)[1].split()[0]
        assert address == f"http://127.0.0.1:{port}/"
        for _ in range(5):
            assert httpx.get(address + "sandbox/state").status_code == 200
        process.send_signal(stop_signal)
        _, errors = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, errors
    assert "ERROR" not in errors and "Traceback" not in errors, errors
    assert "sandbox/state" not in errors  # no access line per page poll
    assert "stopped cleanly" in errors
