"""The bot as separate processes on PostgreSQL, for benchmarks: a fresh database on a server,
the emulator's HTTP front, one receiver (`twincity-bot run --receive-only`) and N
`twincity-bot worker` processes (see bot/workers.py)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
import httpx
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application

from bot.offline.emulator import TelegramSim
from bot.offline.emulator.http import bot_api_routes
from bot.paths import PROJECT_ROOT

TOKEN = "123456:bench-token"
START_DEADLINE = 60.0  # seconds for the processes to start polling


@asynccontextmanager
async def fresh_database(server: str) -> AsyncIterator[str]:
    """A new, empty database on the server at `server` (postgresql://…/any), dropped after."""
    name = f"bench_{os.getpid()}_{time.monotonic_ns() % 10**6}"
    admin = await asyncpg.connect(server)
    try:
        await admin.execute(f"CREATE DATABASE {name}")
    finally:
        await admin.close()
    try:
        yield server.rsplit("/", 1)[0] + "/" + name
    finally:
        admin = await asyncpg.connect(server)
        try:
            await admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        finally:
            await admin.close()


def _free_port() -> int:
    sockets = bind_sockets(0, "127.0.0.1")
    port = int(sockets[0].getsockname()[1])
    for s in sockets:
        s.close()
    return port


@asynccontextmanager
async def bot_processes(
    sim: TelegramSim, address: str, workers: int, in_flight: int
) -> AsyncIterator[None]:
    """The receiver and `workers` worker processes against `sim`, stopped (SIGTERM) after."""
    logging.getLogger("tornado.access").setLevel(logging.ERROR)  # not a line per 429
    sockets = bind_sockets(0, "127.0.0.1")
    server = HTTPServer(Application(bot_api_routes(sim, TOKEN)))
    server.add_sockets(sockets)
    logs = Path(tempfile.mkdtemp(prefix="bench-processes-"))
    env = {
        **os.environ,
        "PYTHONPATH": str(PROJECT_ROOT),
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{sockets[0].getsockname()[1]}/bot",
        "DATABASE_URL": address,
        "CONCURRENT_UPDATES": str(in_flight),
        "LOG_LEVEL": "WARNING",
    }
    commands = [["run", "--receive-only"]] + [["worker"]] * workers
    procs, ports = [], []
    for i, args in enumerate(commands):
        ports.append(_free_port())
        procs.append(_spawn(args, env, ports[-1], logs / f"{args[0]}-{i}.log"))
        if i == 0:  # the receiver first: it migrates, and polls once it holds the lock
            await _until(lambda: sim.long_polls > 0, procs, f"the receiver to poll; see {logs}")
    async with httpx.AsyncClient(timeout=1.0) as http:
        for port in ports:  # every worker serving (/healthz answers) before the crowd comes
            await _until_healthy(http, port, procs, logs)
    try:
        yield
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + START_DEADLINE
        while any(p.poll() is None for p in procs):  # the emulator on this loop keeps answering
            if time.monotonic() > deadline:
                raise RuntimeError(f"the bot processes did not stop; see {logs}")
            await asyncio.sleep(0.05)
        server.stop()


async def _until(
    condition: Callable[[], bool], procs: list[subprocess.Popen[bytes]], what: str
) -> None:
    deadline = time.monotonic() + START_DEADLINE
    while not condition():
        if any(p.poll() is not None for p in procs) or time.monotonic() > deadline:
            raise RuntimeError(f"gave up waiting for {what}")
        await asyncio.sleep(0.05)


async def _until_healthy(
    http: httpx.AsyncClient, port: int, procs: list[subprocess.Popen[bytes]], logs: Path
) -> None:
    deadline = time.monotonic() + START_DEADLINE
    while True:
        with contextlib.suppress(httpx.HTTPError):
            if (await http.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                return
        if any(p.poll() is not None for p in procs) or time.monotonic() > deadline:
            raise RuntimeError(f"a bot process did not start; see {logs}")
        await asyncio.sleep(0.05)


def _spawn(args: list[str], env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        env={**env, "HEALTH_PORT": str(port)},
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
